package syntax

import "testing"

// TestOwnWith holds a "with" right after a preposition's object that takes
// it for its other side ("near the border with Finland"): it modifies that
// noun and is no oblique of the verb; a "with" after the verb's object, or
// after a noun of no such kind, stays the verb's.
func TestOwnWith(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "near the border with", text: "Russia held an exercise near the border with Finland.", named: []string{"Russia", "Finland"}, names: []string{"Russia", "Finland"},
			rels: []string{"nmod(the border, with)", "obl(held, near)"}, absent: []string{"obl(held, with)"}},
		{name: "along the frontier with, a time after", text: "Troops staged drills along the frontier with Pakistan on Monday.", named: []string{"Troops", "Pakistan"}, names: []string{"Pakistan"}, times: []string{"Monday"},
			rels: []string{"nmod(the frontier, with)"}, absent: []string{"obl(staged, with)"}},
		{name: "a possessive, future", text: "China will hold exercises on its border with India.", named: []string{"China", "India"}, names: []string{"China", "India"},
			absent: []string{"obl(will hold, with)"}},
		{name: "not: with after the object", text: "Russia held an exercise with Belarus near the border.", named: []string{"Russia", "Belarus"}, names: []string{"Russia", "Belarus"},
			rels: []string{"obl(held, with)"}},
		{name: "not: a town is no side", text: "The army clashed near the town with rebels.", named: []string{"The army", "rebels"},
			rels: []string{"obl(clashed, with)"}},
	})
}
