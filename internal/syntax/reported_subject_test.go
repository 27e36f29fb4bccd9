package syntax

import "testing"

// TestReportedSubjectModifiers: after a verb of saying, a count with its
// "of" phrase or a noun with "in" and a name, right before the complement's
// verb, is the complement's subject, not the saying's object.
func TestReportedSubjectModifiers(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "thousands of people had marched", text: "Witnesses said thousands of people had marched through the city.",
			rels: []string{"subj(had marched, thousands)"}},
		{name: "rebels in Uganda had freed", text: "The Red Cross said rebels in Uganda had freed 50 children.",
			rels: []string{"subj(had freed, rebels)", "obj(had freed, 50 children)"}},
		{name: "dozens of soldiers were killed", text: "Officials said dozens of soldiers were killed in the attack.",
			rels: []string{"subj(were killed, dozens)"}},
		{name: "hundreds of protesters blocked", text: "Police said hundreds of protesters blocked the road.",
			rels: []string{"subj(blocked, hundreds)"}},
		{name: "told reporters in a city, then a subject of its own", text: "He told reporters in Cairo the talks had failed.",
			rels: []string{"obj(told, reporters)", "subj(had failed, the talks)"}},
	})
}
