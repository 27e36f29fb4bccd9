package pipeline

import "testing"

// TestPatrolledStreets: forces patrolling streets, a town or a region are a show of force (150), as
// CAMEO's "demonstrate military or police power" reads it: "troops patrolled the streets of the
// capital", "tanks patrolled Yangon", "soldiers carried out patrols in the town". Told in the simple
// present it is how things stand ("soldiers patrol the border"), and a patrol that is attacked does
// nothing itself. A show of force at home is no taking of power: troops that patrolled the capital
// and are then asked to go back to barracks are asked of their government.
func TestPatrolledStreets(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops patrolled", d, "Thai troops patrolled the streets of Bangkok on Friday.", "15", "THAMIL>THA", ""},
		{"police patrolled", d, "Kenyan riot police patrolled the slums of Nairobi on Tuesday after the riots.", "15", "KENCOP>KEN", ""},
		{"tanks patrolled", d, "Burmese army tanks patrolled the centre of Yangon on Monday.", "15", "MMRMIL>MMR", ""},
		{"carried out patrols", d, "Israeli soldiers carried out patrols in Hebron on Sunday.", "15", "ISRMIL>PSEGOV", ""},
		{"mounted patrols", d, "Indian troops mounted patrols along the Line of Control on Wednesday.", "15", "INDMIL>", ""},
		{"standing patrol", d, "Indian soldiers patrol the border with Pakistan.", "15", "", ""},
		{"patrol is no junta", d, "Soldiers patrolled the streets of Chile's capital on Saturday. Opposition leaders demanded that the troops return to their barracks.", "10", "OPP>CHLGOV", ""},
		{"peacekeepers patrol", d, "Some 6,000 U.N. peacekeepers have patrolled southern Lebanon since 1978.", "15", "", ""},
		{"patrol ambushed", d, "Rebels ambushed an army patrol near Kidal on Monday.", "15", "", ""},
	})
}
