package syntax

import "testing"

// TestDatedObjectConj: after a verb's object and its time phrase, "and" and
// a noun phrase join the object, not the time ("struck Gaza on Monday and
// Lebanon on Tuesday"); a noun phrase with a verb of its own after it opens
// a clause, and a time with no object before it joins nothing.
func TestDatedObjectConj(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "two places, two days", text: "Israel struck Gaza on Monday and Lebanon on Tuesday.",
			named: []string{"Israel", "Gaza", "Lebanon"}, names: []string{"Israel", "Gaza", "Lebanon"}, times: []string{"Monday", "Tuesday"},
			rels: []string{"conj(Gaza, Lebanon)", "obj(struck, Gaza)"}},
		{name: "visits, a name as subject", text: "Kenya's president visited Uganda on Monday and Tanzania on Wednesday.",
			named: []string{"Kenya", "Uganda", "Tanzania"}, names: []string{"Kenya", "Uganda", "Tanzania"}, times: []string{"Monday", "Wednesday"},
			rels: []string{"conj(Uganda, Tanzania)"}},
		{name: "the second with no time", text: "Police arrested the editor on Monday and his deputy.",
			named: []string{"Police"}, times: []string{"Monday"}, rels: []string{"conj(the editor, his deputy)"}},
		{name: "not: a new clause with its own verb", text: "Israel struck Gaza on Monday and Hamas fired rockets on Tuesday.",
			named: []string{"Israel", "Gaza", "Hamas"}, names: []string{"Israel", "Gaza", "Hamas"}, times: []string{"Monday", "Tuesday"},
			absent: []string{"conj(Gaza, Hamas)"}},
		{name: "not: a time with no object before it", text: "Troops arrived on Monday and rebels fled the town.",
			named: []string{"Troops", "rebels"}, times: []string{"Monday"}, absent: []string{"conj(Troops, rebels)"}},
	})
}
