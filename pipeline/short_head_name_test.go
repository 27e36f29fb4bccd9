package pipeline

import "testing"

// TestShortHeadName: a group the story named in full by a name whose one
// capitalised word before its "of" or "for" is its head noun ("the
// Coordination of Azawad Movements", "the Rally for Congolese
// Democracy") is that word alone after "the" later in the story ("the
// Coordination", "the Rally"), however far on. The word opening another
// name ("the Rally for Peace") or with no "the" is not it.
func TestShortHeadName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"coordination", "2015-06-20", "BAMAKO, Mali — The Coordination of Azawad Movements signed the peace accord on Saturday. Mali's government welcomed the move. The United Nations praised both sides. France pledged aid. The Coordination accused the army of attacking its positions.", "11", "MLIREB>MLIMIL", ""},
		{"rally", "1999-08-20", "KINSHASA, Congo — The Rally for Congolese Democracy signed the ceasefire in Lusaka on Tuesday. President Laurent Kabila welcomed the accord. Zambia's president hailed it. The Rally accused Kabila of breaking the truce.", "11", "CODREB>CODGOV", ""},
		{"coalition", "2021-01-10", "BANGUI, Central African Republic — The Coalition of Patriots for Change attacked the outskirts of the capital on Wednesday. The government declared a state of emergency. Rwanda sent troops. The Coalition accused Rwanda of backing the army.", "11", "CAFREB>RWA", ""},
		{"guard: another name", "1999-08-20", "KINSHASA, Congo — The Rally for Congolese Democracy signed the ceasefire in Lusaka on Tuesday. President Laurent Kabila welcomed the accord. The Rally for Peace accused Kabila of breaking the truce.", "11", "CODPTY>CODGOV", ""},
	})
}
