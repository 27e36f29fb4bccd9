package pipeline

import "testing"

// TestBareNumberSentenced: people a state's courts sentence or its
// authorities execute, counted and named by no more than a number or
// their sex, are the state's own civilians, as those its police arrest
// are (policy.tsv bare=CVL on 116 and 1823).
func TestBareNumberSentenced(t *testing.T) {
	testLexRows(t, []lexRow{
		{"executed two men", d, "Iran executed two men on Saturday.", "1823", "IRN>IRNCVL", ""},
		{"executed 81 men", "2022-03-13", "Saudi Arabia executed 81 men in a single day.", "1823", "SAU>SAUCVL", ""},
		{"hanged two women", d, "Iran hanged two women in Tabriz on Saturday.", "1823", "IRN>IRNCVL", ""},
		{"sentenced 75 people", d, "An Egyptian court sentenced 75 people to death on Saturday.", "116", "EGYJUD>EGYCVL", ""},
		{"jailed dozens", d, "A court in Minsk jailed dozens for taking part in the protests.", "116", "BLRJUD>BLRCVL", ""},
	})
}
