package pipeline

import "testing"

// TestOpeningParticipleActor: a participle that opens the sentence before a
// named actor ("Suspected Boko Haram militants attacked") describes the
// actor, who does the clause's act; it was read as a verb with the actor
// its object, and the act had no source.
func TestOpeningParticipleActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suspected, an attack", d, "Suspected Boko Haram militants attacked a village in northeastern Nigeria on Sunday.", "180", "NGARAD>NGA", ""},
		{"ousted, a passive sentence", d, "Ousted Egyptian President Mohamed Morsi was sentenced to 20 years in prison.", "116", "EGYJUD>EGYGOV", ""},
		{"armed, a present tense", d, "Armed Somali pirates seize a Greek tanker off the coast of Oman.", "171", "SOMCRM>GRC", ""},
	})
}

// TestParticipleJoinedAgentsActor: "militants backed by Iran and Syria
// attacked": the militants attack, not Syria.
func TestParticipleJoinedAgentsActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"backed by two countries", d, "Rebels backed by Rwanda and Uganda seized the town of Goma in November.", "192", "CODREB>CODGOV", ""},
		{"the backing stays", d, "Rebels backed by Rwanda and Uganda seized the town of Goma in November.", "051", "UGA>CODREB", ""},
	})
}
