package pipeline

import "testing"

// TestSiegeAndAssault: a siege or blockade and an assault told in one
// sentence are two acts (191 and 190), not one act named twice.
func TestSiegeAndAssault(t *testing.T) {
	testLexRows(t, []lexRow{
		{"surrounded, then launched an assault: the assault", d, "Algerian special forces surrounded the gas plant and launched an assault on Thursday.", "190", "DZAMIL>", ""},
		{"surrounded, then launched an assault: the siege", d, "Algerian special forces surrounded the gas plant and launched an assault on Thursday.", "191", "DZAMIL>", ""},
		{"besieged, then stormed", d, "Russian troops besieged the city for weeks and then launched an offensive.", "190", "RUSMIL>", ""},
		{"blockaded and attacked", d, "Saudi-led forces blockaded the port and launched an attack on Sunday.", "190", "SAUMIL>", ""},
	})
}
