package pipeline

import "testing"

// TestArmedWith: arming is giving weapons to someone named as the object
// ("Iran armed the Houthis", 072); a subject "armed with knives" or
// "armed with rifles" is described by what it carries, and arms no one.
func TestArmedWith(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed the rebels", d, "Iran armed the Houthi rebels.", "072", "IRN>YEMREB", ""},
		{"has armed, perfect", d, "Russia has armed the separatists in Donbas.", "072", "RUS>UKRREB", ""},
		{"crews armed with knives boarded", d, "Chinese coast guard crews armed with knives boarded Philippine boats.", "072", "", ""},
		{"men armed with rifles stormed", d, "Gunmen armed with rifles stormed a church in Burkina Faso.", "072", "", ""},
		{"police armed with batons charged", d, "Kenyan police armed with batons charged at protesters.", "07", "", ""},
	})
}
