package syntax

import "testing"

// TestOpeningSubjectParticiple holds a word that may be a noun or a
// participle ("meeting", "training") set off by commas or paired dashes
// right after the noun phrase that opens the sentence ("Israel's cabinet,
// meeting late into the night, rejected"): it is a participle on that
// subject, and the verb after the aside is the clause's. After a fronted
// phrase ("In the morning, shooting erupted") the word is the subject.
func TestOpeningSubjectParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an owned subject, meeting", text: "Israel's cabinet, meeting late into the night, rejected the ceasefire proposal.",
			tags: []string{"meeting/VBG"}, rels: []string{"subj(rejected, cabinet)", "obj(rejected, the ceasefire proposal)"}},
		{name: "between dashes", text: "Israel's cabinet — meeting late into the night — rejected the ceasefire proposal.",
			tags: []string{"meeting/VBG"}, rels: []string{"subj(rejected, cabinet)"}},
		{name: "the council, meeting in a place", text: "The council, meeting in Geneva, condemned the attack.",
			tags: []string{"meeting/VBG"}, rels: []string{"subj(condemned, The council)", "obj(condemned, the attack)"}},
		{name: "the bloc, meeting in a place", text: "The bloc, meeting in Brussels, imposed sanctions on Iran.",
			tags: []string{"meeting/VBG"}, rels: []string{"subj(imposed, The bloc)"}},
		{name: "the government, meeting in session", text: "The Turkish government, meeting in emergency session, imposed a curfew.",
			tags: []string{"meeting/VBG"}, rels: []string{"subj(imposed, The Turkish government)"}},
		{name: "not: after a fronted phrase", text: "In the morning, shooting erupted near the border.",
			tags: []string{"shooting/NN"}},
	})
}
