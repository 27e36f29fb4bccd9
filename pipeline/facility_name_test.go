package pipeline

import "testing"

// TestFacilityName: a place's name and the facility noun after it ("Kabul
// airport", "Hodeidah port", "Evin prison") are one phrase, as "Kano state"
// is, so the verb after them keeps its subject before them ("a drone
// strike at Baghdad airport killed"), and a name before a plain noun still
// stands alone ("gave Kenya aid").
func TestFacilityName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"strike at an airport killed", sweepDate, "A U.S. drone strike at Baghdad airport killed an Iranian general on Friday.", "19", "USA>IRNMIL", ""},
		{"bomb at an airport killed", sweepDate, "A car bomb at Mogadishu airport killed 12 soldiers.", "18", "SOMUAF>SOMMIL", ""},
		{"gunmen at a port attacked", sweepDate, "Gunmen at Aden port attacked Saudi troops on Monday.", "19", "UAF>SAUMIL", ""},
		{"guards at a prison beat", sweepDate, "Police at Evin prison beat political prisoners, Amnesty International said.", "175", "COP>", ""},
		{"rebels near an airbase shot down", sweepDate, "Rebels near Bagram airbase shot down an Afghan army helicopter.", "19", "AFGREB>AFGMIL", ""},
		{"troops at a harbour detained", sweepDate, "Israeli troops at Ashdod harbour detained Turkish activists.", "173", "ISRMIL>TUROPP", ""},
		{"not: a name before a plain noun", sweepDate, "The United States gave Kenya aid on Friday.", "07", "USA>KEN", ""},
	})
}
