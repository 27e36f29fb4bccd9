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

// TestPassiveThenActive: after "be" and a participle, a verb joined by
// "and" that takes an object (or "on" someone "to" act) is the clause's
// own past verb, for a passive participle takes no object; one without an
// object shares the auxiliary.
func TestPassiveThenActive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "shocked and called on", text: "China said it was shocked and called on India to halt its tests.",
			tags: []string{"called/VBD"}, rels: []string{"subj(called, it)"}},
		{name: "angered and condemned", text: "The minister was angered and condemned the raid.",
			tags: []string{"condemned/VBD"}, rels: []string{"obj(condemned, the raid)"}},
		{name: "dismayed and called upon", text: "Germany was dismayed and called upon Russia to withdraw.",
			tags: []string{"called/VBD"}},
		{name: "arrested and charged with: one auxiliary", text: "The journalist was arrested and charged with espionage.",
			tags: []string{"charged/VBN"}},
		{name: "called on to resign: passive", text: "The mayor was criticised and called on to resign.",
			tags: []string{"called/VBN"}},
		{name: "wounded and evacuated: passive", text: "Two soldiers were wounded and evacuated to Kabul.",
			tags: []string{"evacuated/VBN"}},
	})
}

// TestParticipleSetOffAfterName: a participle set off after a name keeps
// the name as its subject and as the clause's, also when the name carries
// its acronym in brackets and when the participle's phrase holds an
// apposition of its own ("in Abuja, the Nigerian capital,"); a name after
// a relative clause is not skipped so (see relate.go's subject search).
func TestParticipleSetOffAfterName(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "acronym in brackets", text: "The Southern African Development Community (SADC), meeting in Gaborone, called for fresh talks.",
			named: []string{"Southern African Development Community", "SADC", "Gaborone"},
			tags:  []string{"meeting/VBG"}, rels: []string{"subj(called, The Southern African Development Community)"}},
		{name: "an apposition inside the participle's phrase", text: "The leaders, meeting in Addis Ababa, the Ethiopian capital, condemned the coup.",
			named: []string{"Addis Ababa"},
			rels:  []string{"subj(condemned, The leaders)"}},
		{name: "both", text: "The Southern African Development Community (SADC), meeting in Gaborone, the Botswanan capital, urged calm.",
			named: []string{"Southern African Development Community", "SADC", "Gaborone"}, rels: []string{"subj(urged, The Southern African Development Community)"}},
	})
}

// TestRelativeObjectOfInfinitive: a relative pronoun before a verb that
// takes an infinitive and no object of its own is the infinitive's object
// ("whom the parliament voted to dismiss"); before a verb that takes the
// one it urges or asks, it stays that verb's object.
func TestRelativeObjectOfInfinitive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "voted to dismiss", text: "The governor, whom the parliament had voted to dismiss, left the city.",
			rels: []string{"obj(to dismiss, The governor)", "subj(left, The governor)"}},
		{name: "tried to arrest", text: "The journalist whom police tried to arrest fled abroad.",
			rels: []string{"obj(to arrest, The journalist)"}},
		{name: "which they plan to build", text: "The dam which the government plans to build angered farmers.",
			rels: []string{"obj(to build, The dam)"}},
		{name: "urged to resign: urge's own object", text: "The minister whom the opposition urged to resign refused.",
			rels: []string{"obj(urged, The minister)"}},
	})
}
