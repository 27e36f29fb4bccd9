package syntax

import "testing"

// TestStatementParticiple holds the phrase wire copy puts after a
// reporting verb: "said in a statement issued on Monday", "said in a
// statement carried by state media". The past form after the phrase's
// noun is a participle on the statement, not the verb of what was said
// nor the frame's own verb: the frame stays a report of the clause
// before it, and a that-clause after the participle is what was said. A
// past form with an object after it, or after no reporting verb, keeps
// its reading.
func TestStatementParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a frame, carried by", text: "Rebels shelled the town overnight, the army said in a statement carried by state media.",
			tags: []string{"said/VBD", "carried/VBN"}, clauses: "main report participial", rels: []string{"attrib(shelled, the army)"}},
		{name: "a frame, issued on a day", text: "Rebels shelled the town overnight, the army said in a statement issued on Monday.",
			tags: []string{"issued/VBN"}, clauses: "main report participial", rels: []string{"attrib(shelled, the army)"}},
		{name: "a quote's frame, released late", text: `"We will not negotiate," the ministry said in its statement released late on Friday.`,
			tags: []string{"released/VBN"}, rels: []string{"attrib(will not negotiate, the ministry)"}},
		{name: "a that-clause after the participle", text: "The foreign minister said in a statement carried by state media that the talks had failed.",
			tags: []string{"said/VBD"}, clauses: "main participial complement", rels: []string{"comp(said, had failed)"}},
		{name: "a that-clause after issued", text: "The army said in a statement issued on Monday that rebels had shelled the town.",
			clauses: "main participial complement", rels: []string{"comp(said, had shelled)", "subj(had shelled, rebels)"}},
		{name: "told, posted online", text: "The spokesman told reporters in a briefing posted online that troops had withdrawn.",
			tags: []string{"posted/VBN"}, rels: []string{"comp(told, had withdrawn)"}},
		{name: "not: an object after it", text: "The ministry said in its statement the army detained five men.",
			tags: []string{"detained/VBD"}},
		{name: "not: no reporting verb", text: "Rebels hid in a building they seized on Monday.",
			tags: []string{"seized/VBD"}},
	})
}
