package syntax

import "testing"

// TestPresentPerfectList holds a list of verbs or verb phrases after "has"
// or "have" ("has criticized, threatened and sanctioned Georgia"): the
// bare past forms after the first member share its auxiliary, so each is
// joined to the one before, takes the first one's subject and, when the
// last alone has an object, that object. A past perfect list held before;
// a comma that ends a clause of its own stays as it was.
func TestPresentPerfectList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "three verbs, one object", text: "Russia has criticized, threatened and sanctioned Georgia.",
			rels: []string{"conj(has criticized, threatened)", "subj(threatened, Russia)", "obj(has criticized, Georgia)", "obj(threatened, Georgia)"}},
		{name: "plural subject", text: "Israeli forces have arrested, questioned and deported three Turkish activists.",
			rels: []string{"subj(questioned, Israeli forces)", "obj(have arrested, three Turkish activists)"}},
		{name: "verb phrases", text: "The rebels have attacked the camp, killed five soldiers and seized weapons.",
			rels: []string{"conj(have attacked, killed)", "subj(killed, The rebels)", "obj(killed, five soldiers)", "subj(seized, The rebels)"}},
		{name: "four verbs", text: "The government has condemned, fined, expelled and banned the foreign reporters.",
			rels: []string{"subj(fined, The government)", "subj(expelled, The government)", "obj(fined, the foreign reporters)"}},
		{name: "past perfect kept", text: "Russia had criticized, threatened and sanctioned Georgia.",
			rels: []string{"conj(had criticized, threatened)", "subj(threatened, Russia)", "obj(had criticized, Georgia)"}},
		{name: "not: a report after the comma", text: "Troops have shelled the town, officials said.",
			absent: []string{"conj(have shelled, said)"}},
	})
}
