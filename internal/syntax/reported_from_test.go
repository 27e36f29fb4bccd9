package syntax

import "testing"

// TestReportedSubjectFrom: after a verb of saying, a noun phrase with a
// "from" phrase naming where its people come from, then a finite verb, is
// the subject of what was said ("said gunmen from Somalia killed"), as
// one with "in" and a name is ("said rebels in Uganda had freed"); after
// an infinitive of such a verb it stays the object ("the decision to
// recall its ambassador from Algiers was criticised").
func TestReportedSubjectFrom(t *testing.T) {
	n := func(s ...string) []string { return s }
	runClauseRows(t, []clauseRow{
		{name: "said gunmen from Somalia killed", text: "Kenyan police said gunmen from Somalia killed four officers.",
			named: n("Kenyan police", "gunmen", "Somalia", "officers"), rels: n("subj(killed, gunmen)")},
		{name: "said fighters from Rwanda had crossed", text: "The army said fighters from Rwanda had crossed the border.",
			named: n("The army", "fighters", "Rwanda"), rels: n("subj(had crossed, fighters)")},
		{name: "said militants from Pakistan attacked", text: "Officials said militants from Pakistan attacked a checkpoint.",
			named: n("Officials", "militants", "Pakistan"), rels: n("subj(attacked, militants)")},
		{name: "in and a name, as before", text: "The ministry said rebels in Uganda had freed the hostages.",
			named: n("The ministry", "rebels", "Uganda"), rels: n("subj(had freed, rebels)")},
		{name: "not: after an infinitive", text: "The decision by Rabat to recall its ambassador from Algiers was criticised.",
			named: n("Rabat", "its ambassador", "Algiers"), rels: n("obj(to recall, its ambassador)")},
	})
}
