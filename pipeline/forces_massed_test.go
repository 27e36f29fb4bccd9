package pipeline

import "testing"

// TestForcesMassed: forces that mass themselves ("troops massed on the
// border") are mobilized (154), as forces massed by a state are; aimed at
// the country the border is with or of. They coded nothing.
func TestForcesMassed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops massed on the border with", "2017-01-18", "Senegalese troops massed on the border with Gambia on Wednesday.", "154", "SENMIL>GMB", ""},
		{"forces massed along the frontier with", d, "Russian forces massed along the frontier with Ukraine.", "154", "RUSMIL>UKR", ""},
		{"tanks massed near the border", d, "Turkish tanks massed near the border with Syria on Monday.", "154", "TURMIL>SYR", ""},
		{"troops have massed, perfect", d, "Ethiopian troops have massed on the border with Eritrea.", "154", "ETHMIL>ERI", ""},
		{"troops massed on a country's border", d, "Indian troops massed on the Pakistani border on Friday.", "154", "INDMIL>PAK", ""},
		{"protesters massed in a square", d, "Thousands of protesters massed in the square on Friday.", "154", "", ""},
	})
}
