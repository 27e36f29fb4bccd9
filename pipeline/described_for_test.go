package pipeline

import "testing"

// TestDescribedBeforeFor: "the X" followed by a "for" or "from" phrase that
// names no one they belong to ("blamed the migrants for rising crime",
// "released the fishermen from custody") is those the same noun named just
// before, as "the X" alone is; a "for" phrase that names an owner ("a
// spokesman for the rebels") keeps it.
func TestDescribedBeforeFor(t *testing.T) {
	const d = "1985-10-10"
	testLexRows(t, []lexRow{
		{"blamed for", d, "Expulsions\n\nLAGOS, Nigeria —\n\nNigeria expelled thousands of Ghanaian migrants in January.\n\nInterior Minister Ali Baba blamed the migrants for rising crime.", "112", "NGAGOV>GHACVL", ""},
		{"released from", d, "Fishermen freed\n\nCOLOMBO, Sri Lanka —\n\nThe Sri Lankan navy detained 20 Indian fishermen near Mannar on Monday.\n\nA court in Colombo released the fishermen from custody on Thursday.", "0841", "LKAJUD>INDCVL", ""},
		{"accused over", d, "Raid\n\nNAIROBI, Kenya —\n\nKenyan police detained 40 Somali refugees in Eastleigh on Sunday.\n\nThe interior minister blamed the refugees for the grenade attack.", "112", "KENGOV>SOMREF", ""},
		{"for names an owner", d, "Clashes\n\nKHARTOUM, Sudan —\n\nSudanese troops fought rebels near Nyala on Monday.\n\nA spokesman for the rebels accused the army of shelling villages.", "112", "SDNREB>SDNMIL", ""},
	})
}
