package syntax

import "testing"

// TestYearBeforeAgentWord keeps a year that modifies an agent noun inside
// its phrase ("led the 2019 uprising", "crushed the 1988 revolt"), as it
// does before a common noun ("the 2015 deal"): the phrase is the verb's
// object, not three phrases. A year before a capitalised name ("in 2011
// Obama said") or one that opens a phrase with no determiner ("in 2011
// rebels attacked") stays its own phrase.
func TestYearBeforeAgentWord(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "uprising after a determiner", text: "The association led the 2019 uprising against Bashir.", named: []string{"uprising", "Bashir"}, names: []string{"Bashir"}, times: []string{"2019"},
			rels: []string{"obj(led, the 2019 uprising)"}},
		{name: "revolt, another verb", text: "The army crushed the 1988 revolt in the north.", named: []string{"army", "revolt"}, times: []string{"1988"},
			rels: []string{"obj(crushed, the 1988 revolt)"}},
		{name: "rebels, a possessive determiner", text: "The government pardoned its 1995 rebels on Monday.", named: []string{"government", "rebels"}, times: []string{"1995", "Monday"},
			rels: []string{"obj(pardoned, its 1995 rebels)"}},
		{name: "common noun, as before", text: "Iran signed the 2015 deal with six powers.", named: []string{"Iran"}, names: []string{"Iran"}, times: []string{"2015"},
			rels: []string{"obj(signed, the 2015 deal)"}},
		{name: "not: a year before a name", text: "In 2011 Obama ordered the raid.", named: []string{"Obama"}, names: []string{"Obama"}, times: []string{"In 2011"},
			rels: []string{"subj(ordered, Obama)"}},
		{name: "not: no determiner", text: "In 2011 rebels attacked the town.", named: []string{"rebels"}, times: []string{"In 2011"},
			rels: []string{"subj(attacked, rebels)"}},
	})
}
