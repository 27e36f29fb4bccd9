package syntax

import "testing"

// TestReportedSubjectFrom: after a verb of saying, a noun phrase of
// people with a "from" phrase naming where they come from, or an "of"
// phrase saying whose they are, then a finite verb, is the subject of what
// was said ("said gunmen from Somalia killed", "said supporters of Imran
// Khan stormed"), as one with "in" and a name is ("said rebels in Uganda
// had freed"); a phrase that names no people ("announced the arrest of
// 12 suspected ...") and one after an infinitive of such a verb stay the
// object ("the decision to recall its ambassador from Algiers was
// criticised").
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
		{name: "said supporters of a named man stormed", text: "Police said supporters of Imran Khan stormed a military headquarters.",
			named: n("Police", "supporters", "Imran Khan"), rels: n("subj(stormed, supporters)")},
		{name: "said the director general of an office had telephoned", text: "Misri said the Pakistani director general of military operations had telephoned his Indian counterpart.",
			named: n("Misri", "Pakistani director general", "his Indian counterpart"), rels: n("subj(had telephoned, the Pakistani director general)")},
		{name: "not: an act's noun before a participle read as a verb", text: "Harfuch announced the arrest of 12 suspected cartel members in Sinaloa.",
			named: n("Harfuch", "cartel members", "Sinaloa"), rels: n("obj(announced, the arrest)")},
		{name: "not: after an infinitive", text: "The decision by Rabat to recall its ambassador from Algiers was criticised.",
			named: n("Rabat", "its ambassador", "Algiers"), rels: n("obj(to recall, its ambassador)")},
	})
}
