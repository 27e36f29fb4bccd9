package pipeline

import "testing"

// TestOrderedHeld: one who orders people held, detained or released with
// a bare participle does it, as "ordered the detention of" and "ordered
// the release of" read: a court ordering sailors held detains them (173),
// not some police the story never named.
func TestOrderedHeld(t *testing.T) {
	testLexRows(t, []lexRow{
		{"court ordered sailors held", d, "A Russian court ordered 12 Ukrainian sailors held for two months.", "173", "RUSJUD>UKR", ""},
		{"court ordered journalists held pending trial", d, "A Turkish court ordered 20 journalists held pending trial.", "173", "TURJUD>TURMED", ""},
		{"judge ordered the opposition leader detained", d, "A Venezuelan judge ordered the opposition leader detained on Friday.", "173", "VENJUD>VENOPP", ""},
		{"prosecutors ordered the activists arrested", d, "Egyptian prosecutors ordered the activists arrested.", "173", "EGYJUD>EGYOPP", ""},
		{"court ordered the soldiers released", d, "A Ukrainian court ordered the two Russian soldiers released.", "0841", "UKRJUD>RUSMIL", ""},
	})
}
