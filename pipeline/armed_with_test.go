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

// TestRemovedFromPower: a leader removed by force or vote is ousted (172),
// and one who abandons the presidency gives it up (0831); removing
// roadblocks stays easing (081).
func TestRemovedFromPower(t *testing.T) {
	testLexRows(t, []lexRow{
		{"army removed the president", d, "Egypt's armed forces removed President Mohamed Mursi on Wednesday.", "172", "EGYMIL>EGYGOV", ""},
		{"removed from office", d, "Peru's Congress removed President Pedro Castillo from office.", "172", "PERLEG>PERGOV", ""},
		{"removed roadblocks stays 081", d, "Kenyan police removed roadblocks in Nairobi.", "172", "", ""},
		{"abandoned the presidency", d, "Sri Lanka's president abandoned the presidency and fled to the Maldives.", "0831", "LKAGOV>LKAOPP", ""},
		{"abandoned the plan is no resignation", d, "Sri Lanka's president abandoned the plan.", "0831", "", ""},
	})
}
