package pipeline

import "testing"

// TestRebelliousForces: "rebellious" before a force noun makes its men
// rebels (REB), as "rebel forces" and "insurgent troops" are; lawmakers
// called rebellious stay lawmakers, and a "renegade" general is still his
// army's (the owned gold codes one MIL), as "mutinous soldiers" stay
// soldiers (TestMutineers).
func TestRebelliousForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebellious forces advanced", d, "ADDIS ABABA, Ethiopia (AP) — Rebellious forces from the Tigray region advanced toward the capital on Tuesday.", "190", "ETHREB>ETH", ""},
		{"rebellious soldiers seized the radio", d, "Rebellious soldiers seized the state radio station in Bamako on Wednesday.", "192", "MLIREB>MLIGOV", ""},
		{"rebellious troops attacked the palace", d, "Rebellious troops attacked the presidential palace in N'Djamena.", "190", "TCDREB>TCDGOV", ""},
		{"rebellious troops stormed the barracks", d, "Rebellious troops stormed a barracks in Ouagadougou on Sunday.", "190", "BFAREB>BFAMIL", ""},
		{"rebellious fighters kidnapped", d, "Rebellious fighters kidnapped two ministers in Conakry.", "181", "GINREB>GINGOV", ""},
		{"a renegade general stays the army's", d, "A renegade army general who advised the protesters was shot in Bangkok on Thursday.", "193", "THAUAF>THAMIL", ""},
		{"rebellious lawmakers stay lawmakers", d, "Rebellious British lawmakers voted against the budget.", "129", "GBRLEG>", ""},
	})
}
