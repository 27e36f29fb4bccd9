package syntax

import "testing"

// TestAdverbNotParticiple holds adverbs the lexicon also lists as past
// participles ("largely"): after a form of "be" they modify the verb that
// follows; they make no passive of their own.
func TestAdverbNotParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a progressive", text: "The truce was largely holding on Sunday.", times: []string{"Sunday"},
			tags: []string{"largely/RB", "holding/VBG"}, clauses: "main"},
		{name: "a passive after it", text: "The border crossings were largely closed to trucks.",
			tags: []string{"largely/RB", "closed/VBN"}, clauses: "main"},
		{name: "a present, a plural subject", text: "Government forces are largely in control of the city.",
			tags: []string{"largely/RB"}, clauses: "main"},
		{name: "before the verb, no auxiliary", text: "Western states largely ignored the appeal.",
			tags: []string{"largely/RB", "ignored/VBD"}, rels: []string{"subj(ignored, Western states)", "obj(ignored, the appeal)"}},
		{name: "not: a true participle after be keeps its passive", text: "The town was largely destroyed by shelling.",
			tags: []string{"largely/RB", "destroyed/VBN"}},
	})
}
