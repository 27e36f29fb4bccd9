package pipeline

import "testing"

// TestConstitutionDissolved: a constitution dissolved is set aside, as one
// suspended or abrogated is (172), by whoever does it.
func TestConstitutionDissolved(t *testing.T) {
	testLexRows(t, []lexRow{
		{"soldiers said they had dissolved the constitution", d, "NIAMEY, Niger (AP) — The soldiers said they had dissolved the constitution.", "172", "NERMIL>NERGOV", ""},
		{"soldiers dissolved the constitution and closed the borders", d, "Soldiers in Gabon dissolved the constitution and closed the borders.", "172", "GABMIL>GABGOV", ""},
		{"the junta dissolved the constitution", d, "CONAKRY, Guinea (AP) — The junta dissolved the constitution on Sunday.", "172", "GINGOV>", ""},
		{"mutineers dissolved the constitution", d, "OUAGADOUGOU, Burkina Faso (AP) — Mutinous soldiers dissolved the constitution and the government.", "172", "BFAMIL>BFAGOV", ""},
		{"the council dissolved the constitutional order", d, "BAMAKO, Mali (AP) — The military council dissolved the constitutional order.", "172", "MLIGOV>", ""},
	})
}
