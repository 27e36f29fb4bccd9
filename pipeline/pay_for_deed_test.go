package pipeline

import "testing"

// TestPayForDeed: a statement that a party will pay for a wrong or a deed
// of its own ("warned that France would pay for the intervention") holds a
// price out to it, a threat (130) by the speaker, as "pay a heavy price"
// does; paying for a thing bought, or a price told as paid, is none.
func TestPayForDeed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would pay for the intervention", d, "A spokesman for Ansar Dine warned that France would pay for the intervention.", "130", "MLIRAD>FRA", ""},
		{"would pay for its crimes", d, "Iran warned that Israel would pay for its crimes in Gaza.", "130", "IRN>ISR", ""},
		{"pay dearly for a provocation", d, "North Korea warned that Seoul would pay dearly for the provocation.", "130", "PRK>KORGOV", ""},
		{"said would pay for the attack", d, "The Kremlin said Ukraine would pay for the attack on the bridge.", "130", "RUSGOV>UKR", ""},
		{"will pay for this, report after", d, "Russia will pay for this, the Ukrainian president said.", "130", "UKRGOV>RUS", ""},
		{"paying for a reconstruction", d, "The minister said the government would pay for the reconstruction of the bridge.", "13", "", ""},
		{"told as paid", d, "Israel paid for the attack, the Iranian general said.", "13", "", ""},
	})
}
