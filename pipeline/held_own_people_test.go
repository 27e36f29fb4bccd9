package pipeline

import "testing"

// TestHeldAreTheHoldersOwn: people a state arrests, jails or detains who
// have no country the story gives are its own (policy.tsv's held), as the
// people a domestic measure falls on are; a nationality named keeps its
// country, and armed groups keep theirs.
func TestHeldAreTheHoldersOwn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"jailed opponents", d, "Nicaragua jailed 94 opponents on Monday.", "173", "NIC>NICOPP", ""},
		{"jailed opposition activists", d, "Belarus jailed dozens of opposition activists on Tuesday.", "173", "BLR>BLROPP", ""},
		{"arrested journalists", d, "Iran arrested three journalists in Tehran.", "173", "IRN>IRNMED", ""},
		{"detained protesters", d, "Egypt detained 40 protesters after the rally.", "173", "EGY>EGYOPP", ""},
		{"arrested lawyers", d, "China detained 20 human rights lawyers.", "173", "CHN>CHNCVL", ""},
		{"a nationality named keeps its country", d, "Russia arrested an American journalist on spying charges.", "173", "RUS>USAMED", ""},
		{"foreigners keep theirs", d, "China detained two Canadians.", "173", "CHN>CANCVL", ""},
	})
}
