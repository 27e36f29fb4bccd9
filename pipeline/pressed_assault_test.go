package pipeline

import "testing"

// TestPressedAssault: "press" is a light verb before an act of force, as
// "launch" and "mount" are: "pressed an assault on", "pressed an offensive
// against" is the assault or offensive done by the subject. Pressing a
// demand or charges keeps its own entries.
func TestPressedAssault(t *testing.T) {
	testLexRows(t, []lexRow{
		{"soldiers and police pressed an assault on a mall", d, "Kenyan soldiers and police pressed an assault on the Westgate shopping centre on Monday.", "18", "KENMIL>", ""},
		{"troops pressed an offensive against rebels", d, "Syrian troops pressed an offensive against rebels in Idlib on Tuesday.", "190", "SYRMIL>SYRREB", ""},
		{"troops pressed a counteroffensive", d, "Ukrainian troops pressed a counteroffensive against Russian forces near Kharkiv.", "190", "UKRMIL>RUSMIL", ""},
		{"an army pressed an attack on camps", d, "The Nigerian army pressed an attack on Boko Haram camps in the Sambisa forest.", "190", "NGAMIL>NGARAD", ""},
		{"commandos pressed the assault on positions", d, "Afghan commandos pressed the assault on insurgent positions in Kunduz.", "18", "AFGMIL>AFGREB", ""},
		{"pressed charges: the charge, no assault", d, "Prosecutors in Seoul pressed charges against the former president.", "1121", "KORJUD>KORGOV", ""},
		{"pressed its demand: the demand", d, "Israel pressed its demand for the return of the captured soldiers.", "1053", "ISR>", ""},
	})
}
