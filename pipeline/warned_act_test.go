package pipeline

import "testing"

// TestWarnedActHeldOut: a warning (warn, caution) that its own side will
// act, or of a named reprisal on a condition, is the warner's threat (13),
// not the act it foretells (which has not happened) and not a plain
// statement: "Ciller warned that Turkey would break the hands of anyone
// ...", "the bloc warned that they would push on to the capital unless
// Jammeh stood down", "warned of consequences if Italy did not keep its
// word", "said Moscow would respond". A warning of what things or others
// will do, of a danger, or of what was done holds out nothing.
func TestWarnedActHeldOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"own state's act, no condition", d, "Iran's defence minister warned that Iran would crush the hands of any aggressor.", "13", "IRNGOV>", ""},
		{"own forces, a pronoun and unless", d, "Syrian troops reached the suburbs, and the army warned that they would drive on to the port unless the rebels laid down their arms.", "13", "SYRMIL>SYRREB", ""},
		{"cautioned, own state, if", d, "The Chinese foreign ministry cautioned that China would take matters into its own hands if Manila sent more ships.", "13", "CHNGOV>PHLGOV", ""},
		{"warned of consequences if", d, "Ankara warned of consequences if Athens did not withdraw its troops.", "13", "TURGOV>GRCGOV", ""},
		{"warned of repercussions unless", d, "The Kremlin warned of repercussions unless Kyiv halted the offensive.", "13", "RUSGOV>UKRGOV", ""},
		{"said it would respond", d, "Canada expelled two Iranian diplomats on Monday. Tehran said Iran would respond.", "13", "IRN>CAN", ""},
		{"a firm response faced", d, "Seoul warned that any ship entering its waters would face a firm response.", "13", "KORGOV>", ""},
		{"threatened, gas cut if", d, "Moscow threatened that Russia would cut gas supplies if Kyiv did not pay its debts.", "13", "RUSGOV>UKRGOV", ""},
		{"vowed, ties severed", d, "Beijing vowed that China would sever ties with any country that recognised Taiwan.", "13", "CHNGOV>", ""},
		{"warned, sanctions unless", d, "The EU warned that it would impose sanctions unless Minsk freed the prisoners.", "13", "IGOEUR>BLRGOV", ""},
		{"cautioned, troops if", d, "Ankara cautioned that Turkey would send troops if Damascus crossed the line.", "13", "TUR>SYRGOV", ""},
		{"would not stand by if", d, "Russia warned that Moscow would not stand by if Kyiv attacked.", "13", "RUSGOV>UKRGOV", ""},
		{"not standing by an ally is no threat", d, "Russia said it would not stand by Assad.", "13", "", ""},
		{"prices would rise", d, "The central bank warned that prices would rise.", "13", "", ""},
		{"a storm", d, "India warned of a storm along the coast.", "13", "", ""},
		{"a past act reported", d, "Pakistan warned that Indian troops had crossed the border.", "13", "", ""},
		{"the economy unless parliament", d, "The minister warned that the economy would collapse unless parliament passed the budget.", "13", "", ""},
		{"a reply to a proposal", d, "Russia said it would respond to the proposal next week.", "13", "", ""},
	})
}
