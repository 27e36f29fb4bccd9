package syntax

import "testing"

// TestAndAfterAdverbialWithNoActor holds ", and" with a verb and no subject
// after an adverbial clause whose subject is no actor ("until the
// constitution was amended, and accused Oli"): the comma closed the
// adverbial clause, and the verb is the actor's in the clause above it;
// after an adverbial clause with an actor for subject the verb stays that
// actor's.
func TestAndAfterAdverbialWithNoActor(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "vowed ... until ... was amended, and accused", text: "Raul Mendez, a leader of the farmers' union, vowed to keep the roads blocked until the law was repealed, and accused the government of ignoring the countryside.",
			named: []string{"Raul Mendez", "leader", "union", "government"}, names: []string{"Raul Mendez"},
			rels: []string{"subj(accused, Raul Mendez)", "obj(accused, the government)"}, absent: []string{"subj(accused, the law)"}},
		{name: "promised ... until ... was withdrawn, and called", text: "The bishops promised to keep the churches closed until the decree was withdrawn, and called on the faithful to pray.",
			named: []string{"bishops", "faithful"},
			rels:  []string{"subj(called, The bishops)"}, absent: []string{"subj(called, the decree)"}},
		{name: "refused ... until ... were lifted, and expelled", text: "Ortega refused to free the prisoners until the sanctions were lifted, and expelled the Vatican envoy.",
			named: []string{"Ortega", "prisoners", "Vatican envoy"}, names: []string{"Ortega"},
			rels: []string{"subj(expelled, Ortega)", "obj(expelled, the Vatican envoy)"}},
		{name: "not: an actor opens the adverbial clause", text: "The truce held until rebels attacked a convoy, and killed ten soldiers.",
			named: []string{"rebels", "convoy", "soldiers"},
			rels:  []string{"subj(killed, rebels)"}},
	})
}
