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

// TestReportedSubjectWithItsPhrases: after a verb of saying, a noun with
// any chain of its own prepositional phrases, then a verb group that opens
// with an auxiliary or "be", is the complement's subject ("said reports of
// civilian deaths were untrue"), not the saying's object; an addressee
// before a subject no preposition governs stays the object, and so does a
// noun before a lone past form that may be a participle.
func TestReportedSubjectWithItsPhrases(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "reports of deaths were untrue", text: "The army said reports of civilian deaths were untrue.",
			rels: []string{"subj(were, reports)"}},
		{name: "two phrases: of and in", text: "The army said the reports of deaths in the village were false.",
			rels: []string{"subj(were, the reports)"}},
		{name: "of and by", text: "Police said claims of abuse by officers were baseless.",
			rels: []string{"subj(were, claims)"}},
		{name: "a passive: the attack on the convoy", text: "Russia said the attack on the convoy was carried out by Ukrainian forces.",
			rels: []string{"subj(was carried out, the attack)"}},
		{name: "a perfect: members of the opposition", text: "The spokesman said members of the opposition had attacked police.",
			rels: []string{"subj(had attacked, members)"}},
		{name: "a modal: the government of Sudan", text: "The envoy said the government of Sudan would release the prisoners.",
			rels: []string{"subj(would release, the government)"}},
		{name: "not: an addressee, then a subject of its own", text: "The minister told reporters in Kabul the Taliban had attacked the convoy.",
			rels: []string{"obj(told, reporters)", "subj(had attacked, the Taliban)"}},
	})
}
