package syntax

import "testing"

// TestAppositionNoVerb: a phrase opened by a determiner right after a
// name and a comma describes the name and has no verb of its own, so a
// word that may be a plural noun or a verb there, before a noun, is the
// noun ("a veteran rights campaigner"); outside such a phrase the verb
// reading still stands.
func TestAppositionNoVerb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "rights campaigner and lawyer", text: "John Smith, a veteran rights activist and lawyer, accused the army.",
			tags: []string{"rights/NNS", "accused/VBD"}, rels: []string{"subj(accused, John Smith)", "obj(accused, the army)"}},
		{name: "with a relative clause after", text: "Anna Petrova, a veteran rights campaigner who helped arrange the talks, accused the police of torture.",
			tags: []string{"rights/NNS", "accused/VBD"}, rels: []string{"subj(accused, Anna Petrova)"}},
		{name: "a former aid worker", text: "Maria Lopez, a former aid worker and teacher, condemned the raid.",
			tags: []string{"aid/NN", "condemned/VBD"}, rels: []string{"subj(condemned, Maria Lopez)"}},
		{name: "no name before: the verb stays", text: "The army rights wrongs.", tags: []string{"rights/VBZ"}},
		{name: "a clause's subject, not an apposition", text: "The veteran rights campaigners gathered outside.", tags: []string{"gathered/VBD"}},
	})
}
