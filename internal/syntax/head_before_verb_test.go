package syntax

import "testing"

// TestHeadBeforeVerb holds two taggings of a subject's last words. A word
// that is an adjective first and a noun too, after a noun and right before
// a finite verb, is the subject's head ("the UN human rights chief said"):
// it was an adjective, and the verb after it one too, so the frame was
// lost. A past form after "those", with only adverbs between, describes
// the people "those" stands for ("release all those arbitrarily
// detained"), as after a verb ("freed those detained"); it is no clause's
// verb. An adjective before its noun keeps its reading.
func TestHeadBeforeVerb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "rights chief said", text: `"We will not stay silent," the agency's human rights chief said on Tuesday.`,
			tags: []string{"chief/NN", "said/VBD"}, clauses: "main report", rels: []string{"attrib(will not stay, human rights chief)"}},
		{name: "rights chief visited", text: "The rights chief visited the camps in Cox's Bazar on Monday.",
			tags: []string{"chief/NN", "visited/VBD"}, rels: []string{"obj(visited, the camps)"}},
		{name: "a plural before, told", text: "The refugee agency's rights chief told reporters that the camps were full.",
			tags: []string{"chief/NN", "told/VBD"}},
		{name: "those, an adverb, a past form", text: "The envoy urged the junta to free all those arbitrarily detained since the coup.",
			tags: []string{"detained/JJ"}, clauses: "main infinitive"},
		{name: "those, a past form", text: "Rebels released those captured in the raid on Sunday.",
			tags: []string{"captured/JJ"}, clauses: "main"},
		{name: "not: an adjective before its noun", text: "The rebels' chief demands were rejected by the army.",
			tags: []string{"chief/JJ"}},
		{name: "not: no verb after it", text: "Police arrested the gang's chief suspect.",
			tags: []string{"chief/JJ"}},
	})
}
