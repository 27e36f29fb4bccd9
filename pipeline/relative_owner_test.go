package pipeline

import "testing"

// TestRelativeClauseOwner: a weapon or craft of war named as the object of
// an act aimed at it, with a relative clause that says who sent, fired or
// launched it ("shot down three drones the Lebanese group sent towards the
// rig", "the missile which the rebels fired"), is aimed at that clause's
// subject, not at the thing or the military its word stands for. People
// named as the object are the target themselves ("arrested the men the
// police had sought").
func TestRelativeClauseOwner(t *testing.T) {
	testLexRows(t, []lexRow{
		{"zero relative, described subject", d, "Israel shot down three drones the Lebanese militia sent towards the gas rig.", "190", "ISR>LBNUAF", ""},
		{"zero relative, named subject", d, "Israel shot down two drones Hezbollah launched at the rig.", "190", "ISR>LBNRAD", ""},
		{"that", d, "Israel shot down the drones that Hezbollah sent across the border.", "190", "ISR>LBNRAD", ""},
		{"which", d, "Saudi air defences shot down a missile which the Houthi rebels fired at Jeddah.", "190", "SAUMIL>YEMREB", ""},
		{"singular drone, perfect", d, "Turkey shot down a drone the Kurdish militants had launched from Syria.", "190", "TUR>REB", ""},
		{"warplane", d, "Syrian troops shot down a warplane the Turkish air force had sent over the border.", "190", "SYRMIL>TURMIL", ""},
		{"people stay the target", d, "Kenyan soldiers arrested the men the police had sought.", "173", "KENMIL>KENCVL", ""},
	})
}
