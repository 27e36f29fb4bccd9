package syntax

import "testing"

// TestObjectBeforeTime holds the subject of a gerund after a verb's object
// and a time set between them ("accused Russia on Sunday of shelling"):
// the object, as with no time between; an opener or a temporal
// preposition keeps the subject's ("met the minister on Monday before
// leaving").
func TestObjectBeforeTime(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "accused, on a weekday", text: "Ukraine accused Russia on Sunday of shelling the power plant.", times: []string{"Sunday"},
			rels: []string{"subj(shelling, Russia)"}},
		{name: "accused, a time and a name", text: "The Syrian opposition accused Damascus on Friday of bombing a market in Idlib.", named: []string{"Damascus", "Idlib"}, names: []string{"Damascus", "Idlib"}, times: []string{"Friday"},
			rels: []string{"subj(bombing, Damascus)"}},
		{name: "not: before", text: "The envoy met the minister on Monday before leaving for Goma.", times: []string{"Monday"},
			rels: []string{"subj(leaving, The envoy)"}},
		{name: "not: after", text: "The army shelled the town on Friday after losing the airport.", times: []string{"Friday"},
			rels: []string{"subj(losing, The army)"}},
	})
}
