package pipeline

import "testing"

// TestHeldAreTheHoldersOwn: people a state arrests, jails, detains,
// convicts, sentences or executes who have no country the story gives are
// its own (policy.tsv's held on 173, 116 and 1823), as the
// people a domestic measure falls on are, the opposition and parties
// included; a nationality named keeps its country, and armed groups take
// none.
func TestHeldAreTheHoldersOwn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"jailed opponents", d, "Nicaragua jailed 94 opponents on Monday.", "173", "NIC>NICOPP", ""},
		{"jailed opposition activists", d, "Belarus jailed dozens of opposition activists on Tuesday.", "173", "BLR>BLROPP", ""},
		{"arrested journalists", d, "Iran arrested three journalists in Tehran.", "173", "IRN>IRNMED", ""},
		{"detained protesters", d, "Egypt detained 40 protesters after the rally.", "173", "EGY>EGYOPP", ""},
		{"arrested lawyers", d, "China detained 20 human rights lawyers.", "173", "CHN>CHNCVL", ""},
		{"a nationality named keeps its country", d, "Russia arrested an American journalist on spying charges.", "173", "RUS>USAMED", ""},
		{"foreigners keep theirs", d, "China detained two Canadians.", "173", "CHN>CANCVL", ""},
		// sentenced, convicted, fined or executed: held by the same state
		{"hanged protesters", d, "Iran hanged two protesters on Monday.", "1823", "IRN>IRNOPP", ""},
		{"sentenced an activist", d, "China sentenced a prominent activist to 14 years in prison.", "116", "CHN>CHNOPP", ""},
		{"convicted bloggers", d, "Vietnam convicted six bloggers of subversion.", "116", "VNM>VNMMED", ""},
		{"fined a newspaper", d, "Russia fined the independent newspaper on Friday.", "116", "RUS>RUSMED", ""},
		{"convicted people of a named nation", d, "Israel convicted two Palestinians of murder.", "116", "ISR>PSECVL", ""},
		// a domestic measure's opponents and parties are the state's own too
		{"stripped opponents of citizenship", d, "Nicaragua stripped 94 opponents of their citizenship.", "1722", "NIC>NICOPP", ""},
		{"banned opposition parties", d, "Iran banned two opposition parties on Sunday.", "1722", "IRN>IRNOPP", ""},
		{"dissolved political parties", d, "Myanmar dissolved 40 political parties.", "1722", "MMR>MMRPTY", ""},
		{"armed groups keep no country", d, "Mali banned three armed groups on Tuesday.", "1722", "MLI>UAF", ""},
	})
}
