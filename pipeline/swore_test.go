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
