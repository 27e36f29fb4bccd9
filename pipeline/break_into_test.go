package pipeline

import "testing"

// Forces that break into a home or an office raid it (173), as "raided"
// says; a crowd that breaks in protests (145); an opening participle before
// an adjective and the subject's noun describes it ("Armed federal agents").
func TestForcesBreakInto(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police into offices", "2020-01-01", "Police broke into the offices of the opposition newspaper in Harare on Monday.", "173", "ZWECOP>ZWEMED", ""},
		{"soldiers into a leader's house", "2020-01-01", "Soldiers broke into the house of the opposition leader in Harare.", "173", "ZWEMIL>ZWEOPP", ""},
		{"armed federal agents", "2000-04-23", "Armed federal agents broke into a house in Miami before dawn on Saturday.", "173", "USACOP>USACVL", ""},
		{"a crowd, as before", "2020-01-01", "Protesters broke into the party headquarters in Harare.", "145", "ZWEOPP>ZWEPTY", ""},
		{"not: burglars", "2020-01-01", "Burglars broke into the house of a businessman in Harare.", "173", "", ""},
	})
}
