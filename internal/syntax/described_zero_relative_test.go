package syntax

import "testing"

// TestDescribedZeroRelative: a relative clause without its pronoun whose
// subject is a described party ("the group", "the Pakistani government", "its
// neighbour"), not only a name or a pronoun: the noun before it is the
// verb's object ("shot down drones the group sent towards the rig").
func TestDescribedZeroRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "drones the group sent", text: "Israel shot down three drones the group sent towards the gas field.",
			clauses: "main relative", rels: []string{"subj(sent, the group)", "obj(sent, three drones)"}, absent: []string{"obj2(shot down, the group)"}},
		{name: "an apology the writer had issued", text: "The cleric rejected an apology the writer had issued earlier.",
			clauses: "main relative", rels: []string{"subj(had issued, the writer)", "obj(had issued, an apology)"}},
		{name: "the plan the government had proposed", text: "India rejected the plan the Pakistani government had proposed.",
			clauses: "main relative", rels: []string{"subj(had proposed, the Pakistani government)", "obj(had proposed, the plan)"}},
		{name: "the charges the ministry made", text: "Moscow dismissed the charges the British ministry made on Monday.",
			clauses: "main relative", rels: []string{"subj(made, the British ministry)", "obj(made, the charges)"}},
		{name: "a ban its neighbour imposed", text: "Traders protested against the ban their neighbours imposed in May.",
			clauses: "main relative", rels: []string{"subj(imposed, their neighbours)", "obj(imposed, the ban)"}},
		{name: "two objects stay two", text: "Russia gave the rebels the weapons promised in May.",
			clauses: "main participial", absent: []string{"obj(promised, the rebels)"}},
		{name: "a naming stays one", text: "The minister called the case a farce staged under a legal pretext.",
			clauses: "main participial", rels: []string{"obj2(called, a farce)"}},
		{name: "a passive after a described subject is no relative", text: "The army said the town the rebels were driven from was quiet.",
			absent: []string{"obj(were driven, the town)"}},
	})
}
