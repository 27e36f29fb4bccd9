package pipeline

import "testing"

// TestTwoPeopleMutual: two named people joined by "and" who do a mutual act
// with no target and no object ("Kiir and Machar met") do it to each other,
// as "Kiir met Machar" is aimed at Machar, though both are of one country's
// government; two sides of one code were read as one side with no target.
// An unnamed partner ("his deputy") is no second person; future meetings are
// intents, and negated or conditional meetings code none.
func TestTwoPeopleMutual(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two of one government met", "2016-07-10", "Kiir and Machar met at the presidential palace on Friday to calm tensions.", "040", "SSDGOV>SSDGOV", ""},
		{"a coalition's partners, a place", "2020-05-17", "Netanyahu and Gantz met in Jerusalem on Sunday.", "040", "ISRGOV>ISRGOV", ""},
		{"full names, outgoing and incoming", "2021-12-06", "Angela Merkel and Olaf Scholz met in Berlin on Monday.", "040", "DEUGOV>DEUGOV", ""},
		{"a future meeting is an intent", "2016-07-10", "Kiir and Machar will meet in Juba next week.", "036", "SSDGOV>SSDGOV", ""},
		{"two sides, as before", "2014-09-21", "Ashraf Ghani and Abdullah Abdullah met at the presidential palace on Sunday.", "040", "AFGGOV>AFGOPP", ""},
		{"not: an unnamed partner", "2016-07-10", "Kiir and his deputy met on Friday.", "040", "SSDGOV>", ""},
		{"not: negated", "2016-07-10", "Kiir and Machar did not meet on Friday.", "040", "", ""},
		{"not: a condition", "2016-07-10", "If Kiir and Machar met, the fighting would stop.", "040", "", ""},
	})
}
