package syntax

import "testing"

// TestParticipleAfterAnd: a participle that is never a past tense
// ("frozen", "stolen", "broken", "hidden"), after a noun or an adjective and
// "and", before a noun, describes that noun: it joins no verb, so the
// phrase runs on to its preposition ("imports of fresh fruit and frozen
// fish from Taiwan"). After an auxiliary that reaches over "and" ("has
// seized property and frozen assets") it stays the second verb; a form
// that may be a past tense ("and wounded dozens") keeps its verb.
func TestParticipleAfterAnd(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "fruit and frozen fish from", text: "China halted imports of fresh fruit and frozen fish from Taiwan.",
			tags: []string{"frozen/JJ"}, clauses: "main"},
		{name: "fresh and frozen pork from", text: "Russia banned imports of fresh and frozen pork from the European Union.",
			tags: []string{"frozen/JJ"}, clauses: "main"},
		{name: "weapons and stolen cars", text: "Police recovered weapons and stolen cars from the rebels.",
			tags: []string{"stolen/JJ"}, clauses: "main"},
		{name: "windows and broken glass", text: "Soldiers found smashed windows and broken doors in the village.",
			tags: []string{"broken/JJ"}, clauses: "main"},
		{name: "arms and hidden explosives", text: "Troops seized rifles and hidden explosives in a raid on the camp.",
			tags: []string{"hidden/JJ"}, clauses: "main"},
		{name: "not: after has", text: "The government has seized property and frozen assets of the opposition.",
			tags: []string{"frozen/VBN"}},
		{name: "not: a past tense", text: "Police killed two protesters and wounded dozens.",
			tags: []string{"wounded/VBD"}},
	})
}
