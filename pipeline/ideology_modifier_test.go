package pipeline

import "testing"

// TestIdeologyBeforeAgent pins words of ideology before an agent noun
// (agents.txt modifier: Maoist, Marxist, royalist, ...): "Nepal's Maoist
// rebels" are Nepal's rebels, as "Nepal's Islamist rebels" were; the word
// no longer breaks the phrase between the possessor and its noun.
func TestIdeologyBeforeAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Maoist rebels of Nepal", "2005-06-10", "Nepal's Maoist rebels resumed attacks on police posts.", "190", "NPLREB>NPLCOP", ""},
		{"Maoist guerrillas of Peru", "1989-06-10", "Peru's Maoist guerrillas attacked an army patrol in the Andes.", "190", "PERREB>PERMIL", ""},
		{"Marxist rebels of Colombia", "2003-06-10", "Colombia's Marxist rebels kidnapped three oil workers.", "181", "COLREB>COLCVL", ""},
		{"secessionist rebels of Indonesia", "2001-06-10", "Indonesia's secessionist rebels attacked a police station in Aceh.", "190", "IDNREB>IDNCOP", ""},
		{"rightist militias of El Salvador", "1981-06-10", "El Salvador's rightist militias killed four peasants.", "180", "SLVUAF>SLVCVL", ""},
	})
}
