package syntax

import "testing"

// TestPhraseAgreement holds rows for a word that may be a noun or a verb
// inside a noun phrase whose number rules the verb out: after "a" or "an"
// and singular nouns, no plural or base verb; after a number and a
// singular noun, no verb in -s. The clause's verb before the phrase stays
// the main clause's.
func TestPhraseAgreement(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a genocide suspect", text: "Kenya handed over a genocide suspect to the tribunal.", named: []string{"Kenya"}, tags: []string{"handed/VBD", "suspect/NN"}, clauses: "main"},
		{name: "a top genocide suspect", text: "Tanzania arrested a top genocide suspect in Arusha.", named: []string{"Tanzania", "Arusha"}, tags: []string{"arrested/VBD", "suspect/NN"}, clauses: "main"},
		{name: "a murder suspect", text: "Police detained a murder suspect on Monday.", tags: []string{"detained/VBD", "suspect/NN"}, clauses: "main"},
		{name: "a phone call", text: "The two leaders held a phone call.", tags: []string{"held/VBD", "call/NN"}, clauses: "main"},
		{name: "an aid convoy", text: "Gunmen ambushed an aid convoy near the border.", tags: []string{"ambushed/VBD", "convoy/NN"}, clauses: "main"},
		{name: "two terror suspects", text: "Police arrested two terror suspects in the raid.", tags: []string{"arrested/VBD", "suspects/NNS"}, clauses: "main"},
		{name: "three aid convoys", text: "Rebels looted three aid convoys last week.", tags: []string{"looted/VBD", "convoys/NNS"}, clauses: "main"},
		// guards: a plural phrase or a definite subject keeps the verb
		{name: "guard: the police suspect", text: "The police suspect a bomb.", tags: []string{"suspect/VBP"}, clauses: "main"},
		{name: "guard: a dozen soldiers patrol", text: "A dozen soldiers patrol the border.", tags: []string{"patrol/VBP"}, clauses: "main"},
		{name: "guard: two officers attack", text: "Two police officers attack a man.", tags: []string{"attack/VBP"}, clauses: "main"},
		{name: "guard: a commander attacks", text: "A rebel commander attacks the town.", tags: []string{"attacks/VBZ"}, clauses: "main"},
	})
}
