package syntax

import "testing"

// TestRelativeAfterNameAndNoun: a restrictive relative clause right after
// "NAME and NOUN" modifies the noun next to it, not the whole coordination:
// a name takes no restrictive relative. With a comma before "who", or two
// common nouns, the relative still goes to the whole coordination.
func TestRelativeAfterNameAndNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a leader and her guards", text: "Soldiers killed Prime Minister Agathe Uwilingiyimana and ten peacekeepers who were protecting her.",
			named:  []string{"Agathe Uwilingiyimana"},
			rels:   []string{"subj(were protecting, ten peacekeepers)"},
			absent: []string{"subj(were protecting, Prime Minister Agathe Uwilingiyimana)"}},
		{name: "an envoy and the aides who travelled", text: "Police detained Ambassador John Smith and two aides who were travelling with him.",
			named: []string{"John Smith"},
			rels:  []string{"subj(were travelling, two aides)"}},
		{name: "a country and the rebels it backs", text: "The council condemned Rwanda and the rebels who seized Goma.",
			named:  []string{"Rwanda"},
			rels:   []string{"subj(seized, the rebels)"},
			absent: []string{"subj(seized, Rwanda)"}},
		{name: "a minister and the officers who", text: "The court charged Defence Minister Ali Hassan and three officers who ordered the shooting.",
			named: []string{"Ali Hassan"},
			rels:  []string{"subj(ordered, three officers)"}},
		{name: "two common nouns share it", text: "Troops arrested students and workers who joined the strike.",
			rels: []string{"subj(joined, students)"}},
	})
}
