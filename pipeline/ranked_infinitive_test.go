package pipeline

import "testing"

// TestRankedInfinitive: a copula's subject ranked among those who did an
// act ("were among the first to withdraw their envoys", "was the only
// country to recognise the junta") did it: the infinitive is the act, told
// as done, not a complement of "be" to come. With a modal ("would be the
// first to") it is still to come, and an infinitive after a noun of no
// rank ("was the country to host the talks") stays what it was, and a
// passive infinitive ranks a fate, not the subject's act ("the third
// president to be driven from office").
func TestRankedInfinitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"among the first: compound subject", "1975-09-29", "Britain, West Germany and the Netherlands were among the first to withdraw their envoys on Saturday.", "161", "GBR>", ""},
		{"the first: recognised a government", "1975-04-18", "Thailand was the first to recognise the new authorities in Phnom Penh.", "054", "THA>KHMGOV", ""},
		{"the only country: recognised", "1973-09-20", "Mexico was the only country to recognise the junta in Chile.", "054", "MEX>CHLGOV", ""},
		{"the last country: withdrew its ambassador", "2011-03-01", "Italy was the last country to withdraw its ambassador from Libya.", "161", "ITA>LBY", ""},
		{"the latest: present tense", d, "Kenya is the latest country to recall its ambassador from Burundi.", "161", "KEN>BDI", ""},
		{"the second: imposed sanctions", "2022-03-01", "Japan was the second country to impose sanctions on Russia.", "163", "JPN>RUS", ""},
		{"the first: expelled diplomats", "2018-03-20", "Britain was the first to expel Russian diplomats over the poisoning.", "16", "GBR>RUSGOV", ""},
		{"would be the first: still to come", "1975-04-18", "Thailand would be the first to recognise the new authorities in Phnom Penh.", "054", "", ""},
		{"a passive infinitive ranks a fate: no one's act", "2005-04-21", "Gutierrez is the third elected president in eight years to be driven from office in Ecuador.", "17", "", ""},
		{"no rank: the man to lead", d, "Kenya was the country to host the talks with Ethiopia.", "04", "", ""},
	})
}
