package syntax

import "testing"

// TestGappedClause: after a finite verb's object, ", and" with two noun
// phrases side by side that end the clause is a clause whose verb is left
// out ("Iran seized one tanker, and Britain another"): its first phrase is
// no member of the object's list. A list of objects keeps its members.
func TestGappedClause(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "one tanker, and Britain another", text: "Iran seized one tanker, and Britain another.",
			named: []string{"Iran", "Britain"}, names: []string{"Iran", "Britain"},
			rels: []string{"obj(seized, one tanker)"}, absent: []string{"conj(one tanker, Britain)"}},
		{name: "a number as the second object", text: "Kenya expelled two diplomats, and Uganda three.",
			named: []string{"Kenya", "Uganda"}, names: []string{"Kenya", "Uganda"},
			absent: []string{"conj(two diplomats, Uganda)"}},
		{name: "agent subjects, then a place", text: "The army killed five rebels, and the police two civilians in the north.",
			named:  []string{"army", "rebels", "police", "civilians"},
			absent: []string{"conj(five rebels, the police)"}},
		{name: "not: a list of objects", text: "Police arrested the editor, his deputy and two reporters.",
			named: []string{"Police"}, rels: []string{"conj(the editor, two reporters)"}},
		{name: "not: a member with a preposition after it", text: "Police arrested the editor, and two of his colleagues.",
			named: []string{"Police"}, rels: []string{"conj(the editor, two)"}},
		{name: "not: a list of subjects with no verb before", text: "Turkey, Iran and Russia met in Astana.",
			named: []string{"Turkey", "Iran", "Russia", "Astana"}, names: []string{"Turkey", "Iran", "Russia", "Astana"},
			rels: []string{"conj(Turkey, Russia)"}},
	})
}
