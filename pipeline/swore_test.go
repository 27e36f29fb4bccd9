package pipeline

import "testing"

// TestSwore: "swear" to do something is a vow, as "vow" and "pledge" are: a
// will of its subject (a threat when what is sworn is force), never the act
// itself; swearing revenge or to hit back is a threat (130). Sworn into
// office, an oath of office ("swore to uphold the constitution") or
// allegiance sworn is no vow of an act.
func TestSwore(t *testing.T) {
	testLexRows(t, []lexRow{
		{"swore to hit back", "2015-01-01", "The Taliban swore to hit back at the government.", "130", "AFGREB>AFGGOV", ""},
		{"swore to avenge", d, "The rebels swore to avenge the killing of their commander.", "138", "REB>", ""},
		{"swore to fight on", d, "The opposition leader swore to fight on until the president resigns.", "138", "OPP>", ""},
		{"swore revenge against", d, "Militants swore revenge against the army.", "130", "REB>MIL", ""},
		{"has sworn to retaliate", d, "Iran has sworn to retaliate against Israel for the strike.", "138", "IRN>ISR", ""},
		{"not the avenging itself", d, "The rebels swore to avenge the killing of their commander.", "190", "", ""},
		{"not: sworn in", d, "The new president was sworn in on Monday.", "03", "", ""},
		{"not: an oath of office", d, "The new president swore to uphold the constitution.", "03", "", ""},
	})
}

// TestMakePay: making another pay, held out ("vowed to make the United
// States pay", "warned it would make Israel pay for the strike"), is a
// threat against the one made to pay (130); a vow of a threat is that
// threat, not a promise (030). Told as done ("made the farmers pay the
// tax") it is no threat.
func TestMakePay(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed to make X pay", d, "Pyongyang rejected the sanctions and vowed to make the United States pay.", "130", "PRKGOV>USA", ""},
		{"warned it would make X pay for", d, "Iran warned it would make Israel pay for the strike.", "130", "IRN>ISR", ""},
		{"rebels vowed to make the government pay", d, "The rebels vowed to make the government pay dearly.", "130", "REB>GOV", ""},
		{"said it would make X pay a price", d, "Hamas said it would make Israel pay a heavy price.", "130", "PSEREB>ISR", ""},
		{"promised to make X pay", d, "Erdogan promised to make the Kurdish militants pay for the bombing in Ankara.", "130", "TURGOV>TURREB", ""},
		{"not a promise", d, "The rebels vowed to make the government pay dearly.", "030", "", ""},
		{"not: made to pay a tax", d, "The minister made the farmers pay the new tax.", "13", "", ""},
	})
}
