package syntax

import "testing"

// TestSplitQuote holds a quote split by its attribution (`"...," the
// minister said on Monday, "and we condemn ..."`): the frame between the
// parts is a report however its adjuncts run, and it reports the clauses
// of both parts, up to the quote's closing mark. A frame with no quote
// before it reports only what precedes it; a clause after the closed quote
// is not the frame's.
func TestSplitQuote(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a clause in each part", text: `"We will not give up," the minister said on Monday, "and we condemn the attack on our embassy."`,
			clauses: "main report main", rels: []string{"attrib(will not give up, the minister)", "attrib(condemn, the minister)"}},
		{name: "the event in the first part, a gapped second", text: `"We urge Serbia to pull back its troops," the bloc's envoy said in a statement, "and both sides to show restraint."`,
			rels: []string{"attrib(urge, envoy)"}},
		{name: "an inverted frame", text: `"They arrested my brother at dawn," said the woman, a teacher from Aleppo, "and took him to a prison near the airport."`,
			rels: []string{"attrib(arrested, the woman)", "attrib(took, the woman)"}},
		{name: "the second part is a sentence", text: `"This is a crime," the president told reporters in Kyiv on Friday, "and Russia will answer for it."`,
			rels: []string{"attrib(is, the president)", "attrib(will answer, the president)"}},
		{name: "not: after the closing mark", text: `"Talks have failed," the envoy said, "and the war goes on," before rebels shelled the airport.`,
			rels: []string{"attrib(goes, the envoy)"}, absent: []string{"attrib(shelled, the envoy)"}},
		{name: "not: no quote before the frame", text: `Troops shelled the city overnight, the mayor said, "and we have nowhere to go."`,
			rels: []string{"attrib(shelled, the mayor)"}, absent: []string{"attrib(have, the mayor)"}},
	})
}
