package syntax

import "testing"

// TestCoordinatedPassive: after a passive and "and", a form that is mostly
// a past tense, with no object, subject or agent of its own, is a second
// participle sharing the auxiliary when its verb always takes an object
// ("was arrested and remanded in custody", "were detained and questioned":
// the detainee is no doer of the second act), and a verb of its own when
// its verb may take none (WordNet's frames: "were displaced and fled to
// Kenya", "was arrested and resigned") or says something ("was sworn in
// and announced that"). So are the members of a list of participles after
// a passive ("was detained, questioned and released").
func TestCoordinatedPassive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "arrested and remanded", text: "The opposition leader was arrested and remanded in custody.",
			tags: []string{"remanded/VBN"}},
		{name: "detained and questioned", text: "Five journalists were detained and questioned for hours.",
			tags: []string{"questioned/VBN"}},
		{name: "demoted and sacked", text: "The army chief was demoted and sacked.",
			tags: []string{"sacked/VBN"}},
		{name: "summoned and censured", text: "The envoy was summoned and censured.",
			tags: []string{"censured/VBN"}},
		{name: "arrested and arraigned", text: "The suspect was arrested and arraigned on Monday.",
			tags: []string{"arraigned/VBN"}},
		{name: "detained and assaulted", text: "The editor was detained and assaulted in his cell.",
			tags: []string{"assaulted/VBN"}},
		{name: "detained, questioned and released", text: "The journalist was detained, questioned and released.",
			tags: []string{"questioned/VBN", "released/VBN"}, rels: []string{"subj(questioned, The journalist)", "conj(was detained, questioned)"}},
		{name: "beaten, arrested and jailed", text: "Protesters were beaten, arrested and jailed.",
			tags: []string{"arrested/VBN", "jailed/VBN"}},
		{name: "not: displaced, fled and sought", text: "Thousands were displaced, fled and sought shelter.",
			tags: []string{"fled/VBD"}},
		{name: "not: an active list", text: "Police beat the protesters, arrested ten and jailed five.",
			tags: []string{"arrested/VBD", "jailed/VBD"}},
		{name: "not: arrested and fled", text: "The suspects were arrested and fled.",
			tags: []string{"fled/VBD"}},
		{name: "not: displaced and fled to", text: "Thousands were displaced and fled to Kenya.",
			tags: []string{"fled/VBD"}},
		{name: "not: arrested and resigned", text: "The minister was arrested and resigned.",
			tags: []string{"resigned/VBD"}},
		{name: "not: later released", text: "The activist was arrested and later released.",
			tags: []string{"released/VBN"}},
		{name: "not: sworn in and announced that", text: "The new president was sworn in and announced that elections would be held.",
			tags: []string{"announced/VBD"}},
	})
}
