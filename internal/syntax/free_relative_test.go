package syntax

import "testing"

// TestParticipleAfterFreeRelative: a participle set off by a comma, or a
// preposition and its gerund after a comma ("..., before pulling back"),
// after a relative clause opened by "what" ("in what the president called a
// coup") belongs to the clause around the relative: its subject does it.
func TestParticipleAfterFreeRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "before pulling back after what X called", text: "Troops stormed the palace in what the president called a coup attempt, before pulling back hours later.",
			rels: []string{"subj(pulling back, Troops)"}},
		{name: "seizing after what X called", text: "Police raided the party's offices in what its leader called an act of intimidation, seizing computers and files.",
			rels: []string{"subj(seizing, Police)"}},
		{name: "killing after what X described as", text: "Israeli jets struck a camp in what the army described as a precise operation, killing 12 people.",
			rels: []string{"subj(killing, Israeli jets)"}},
		{name: "after detaining after what X called", text: "Soldiers fired on the crowd in what residents called a massacre, after detaining its leaders.",
			rels: []string{"subj(detaining, Soldiers)"}},
		{name: "a comma and a gerund after the main clause", text: "The army fired on protesters at the ministry, after detaining their leaders.",
			rels: []string{"subj(detaining, The army)"}},
	})
}
