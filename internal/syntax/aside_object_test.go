package syntax

import "testing"

// TestAsideObjectKinds holds the object a verb's aside separates from it, for
// the asides news copy writes: a phrase with an adverb before its
// adjective ("in unusually strong terms"), a possessed object ("Egypt's
// proposal"), a participle with its own object inside the aside ("in an
// amnesty marking the holiday"), a participle opened by "since" ("for the
// first time since taking office"), a past form between a determiner
// and its noun ("in a sharply worded statement") and a participle on the
// aside's noun ("in a statement issued in Washington"). The object is the
// verb's, not an apposition to the aside's noun. An aside closed by a
// frame or by a finite verb keeps its reading.
func TestAsideObjectKinds(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an adverb before the adjective", text: "New Zealand criticised on Monday, in unusually strong terms, Fiji over the coup.",
			rels: []string{"obj(criticised, Fiji)"}, absent: []string{"appos(strong terms, Fiji)"}},
		{name: "an adverb, then a plural object", text: "The court condemned on Friday, in highly unusual language, the two generals.",
			rels: []string{"obj(condemned, the two generals)"}},
		{name: "a possessed object", text: "Ethiopia rejected on Tuesday, in a statement, Egypt's proposal.",
			rels: []string{"obj(rejected, proposal)"}},
		{name: "a possessed object, a plural possessor", text: "Kenya accepted on Sunday, after long talks, the rebels' offer.",
			rels: []string{"obj(accepted, offer)"}},
		{name: "a participle with its object", text: "Myanmar's junta released on Thursday, in a mass amnesty marking the holiday, thousands of prisoners.",
			rels: []string{"obj(released, thousands)"}},
		{name: "a participle with its object, another verb", text: "Iran freed on Sunday, in a gesture ending months of tension, two French tourists.",
			rels: []string{"obj(freed, two French tourists)"}},
		{name: "since and a participle", text: "The British foreign secretary visited, for the first time since taking office, Egypt.",
			rels: []string{"obj(visited, Egypt)"}},
		{name: "a sharply worded statement", text: "Ethiopia rejected on Tuesday, in a sharply worded statement, the Egyptian proposal.",
			tags: []string{"worded/JJ"}, rels: []string{"obj(rejected, the Egyptian proposal)"}},
		{name: "a strongly worded letter", text: "The rebels denounced, in a strongly worded letter, the peace deal.",
			tags: []string{"worded/JJ"}, rels: []string{"obj(denounced, the peace deal)"}},
		{name: "a statement issued in a place", text: "The United States threatened on Friday, in a statement issued in Washington, Venezuela with new sanctions.",
			tags: []string{"issued/VBN"}, rels: []string{"obj(threatened, Venezuela)"}},
		{name: "a letter sent to a body", text: "Mali accused on Monday, in a letter sent to the Security Council, France of arming jihadists.",
			tags: []string{"sent/VBN"}, rels: []string{"obj(accused, France)"}},
		{name: "not: a finite verb in the aside", text: "Troops attacked on Monday, as rebels fled the town, two villages.",
			tags: []string{"fled/VBD"}},
		{name: "not: a frame after the aside", text: "The rebels attacked on Sunday, in a raid launched at dawn, the army said.",
			tags: []string{"said/VBD"}},
	})
}
