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

// TestTimeAfterNamedObject keeps a time expression after an object the
// actor stage named out of the object ("expelled the British ambassador
// hours later"): the object ends at the name or agent word, as it does
// after a common noun.
func TestTimeAfterNamedObject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "agent word, hours later", text: "The government expelled the ambassador hours later.", named: []string{"ambassador"}, times: []string{"hours later"},
			rels: []string{"obj(expelled, the ambassador)"}},
		{name: "adjective and agent word", text: "Moscow expelled the British envoy two days later.", named: []string{"Moscow", "British envoy"}, names: []string{"Moscow"}, times: []string{"two days later"},
			rels: []string{"obj(expelled, the British envoy)"}},
		{name: "days after", text: "Police detained the editor days after the vote.", named: []string{"Police", "editor"}, times: []string{"days after"},
			rels: []string{"obj(detained, the editor)"}},
		{name: "not a time: a noun after the agent word", text: "The ministry summoned the ambassador twice.", named: []string{"ministry", "ambassador"},
			rels: []string{"obj(summoned, the ambassador)"}},
		{name: "not a time: the agent word modifies a noun", text: "Rebels attacked a police convoy at dawn.", named: []string{"Rebels", "police"},
			rels: []string{"obj(attacked, a police convoy)"}},
	})
}
