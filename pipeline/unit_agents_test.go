package pipeline

import "testing"

// TestMilitaryUnitAgents: an army's units named by their kind, a regiment
// or battalions (agents.txt's military), are its forces like a brigade or
// a battalion, as source and as target: "shelled the headquarters of the
// presidential escort regiment" falls on the regiment, not on the city
// around it.
func TestMilitaryUnitAgents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the headquarters of a regiment shelled", d, "Tanks loyal to the general shelled the headquarters of the presidential escort regiment in Asuncion.", "194", "PRYMIL>PRYMIL", ""},
		{"a regiment attacked", d, "Rebels attacked a Congolese regiment near Goma on Tuesday.", "190", "CODREB>CODMIL", ""},
		{"regiments as the source", d, "Two Chadian regiments attacked rebel positions near Abeche.", "19", "TCDMIL>TCDREB", ""},
		{"battalions as the source", d, "Ukrainian battalions shelled Russian troops near Kursk.", "194", "UKRMIL>RUSMIL", ""},
		{"battalions ambushed", d, "Islamist fighters ambushed two Malian battalions near Gao.", "19", "RAD>MLIMIL", ""},
		{"a brigade stays the army's", d, "Rebels attacked a Congolese brigade near Goma on Tuesday.", "190", "CODREB>CODMIL", ""},
	})
}
