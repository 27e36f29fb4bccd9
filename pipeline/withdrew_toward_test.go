package pipeline

import "testing"

// TestWithdrewToward: armed men withdrawing towards somewhere, with no
// object, retreat (087) as "pulled back" does, with or without the place
// they leave; a withdrawal from a deal keeps its own code (166), and a
// minister withdrawing to his office retreats from nothing.
func TestWithdrewToward(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops withdrew toward the border", d, "Ethiopian troops withdrew toward the border on Tuesday.", "087", "ETHMIL>", ""},
		{"rebels withdrew to their bases", d, "The rebels withdrew to their mountain bases after the battle.", "087", "REB>", ""},
		{"fighters withdrew towards a town", d, "M23 fighters withdrew towards Rutshuru.", "087", "CODREB>", ""},
		{"forces withdrew toward a river", d, "Serb forces withdrew toward the Drina river.", "087", "SRBMIL>", ""},
		{"soldiers withdrew to a neighbour", d, "Sudanese soldiers withdrew to Chad after the attack.", "087", "SDNMIL>", ""},
		{"withdrew from a deal stays 166", d, "The rebels withdrew from the peace agreement.", "166", "REB>", ""},
		{"a minister withdrew to his office: nothing", d, "The minister withdrew to his office.", "087", "", ""},
	})
}
