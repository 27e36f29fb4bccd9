package syntax

import "testing"

// TestSecondInfinitive: "and to" after an infinitive with its object opens
// a second infinitive (the word after "to" a verb, though the table knows it
// first as a noun: "fire", "return"), and it completes the same verb the
// first does, not the first infinitive. "to" before a noun after a
// preposition's "to" stays a preposition.
func TestSecondInfinitive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "ordered to ignore and to fire", text: "Saddam ordered his air force to ignore both zones and to fire on any Western aircraft.",
			tags: []string{"to/TO", "fire/VB"}, clauses: "main infinitive infinitive",
			rels: []string{"comp(ordered, to fire)"}, absent: []string{"comp(to ignore, to fire)"}},
		{name: "urged to halt and to return", text: "The UN urged both sides to halt the fighting and to return to talks.",
			tags: []string{"return/VB"}, clauses: "main infinitive infinitive", rels: []string{"comp(urged, to return)"}},
		{name: "told to hold and to fire", text: "Moscow told the separatists to hold their positions and to fire on any Ukrainian patrol.",
			tags: []string{"fire/VB"}, rels: []string{"comp(told, to fire)"}},
		{name: "ordered to seal and to attack", text: "The junta ordered the army to seal the border and to attack the rebel camps.",
			rels: []string{"comp(ordered, to attack)"}, absent: []string{"comp(to seal, to attack)"}},
		{name: "called on to free and to return", text: "ECOWAS called on the soldiers to free the president and to return to their barracks.",
			tags: []string{"return/VB"}, rels: []string{"comp(called, to return)"}},
		{name: "to a noun after a preposition's to", text: "Aid went to Gaza and to refugees in Lebanon.",
			tags: []string{"to/IN"}, clauses: "main"},
	})
}
