package pipeline

import "testing"

// TestVowedPunished: the doers of a deed foretold by a speaker to be hunted
// down, tracked down or punished ("vowed to hunt down the militants",
// "said the militants would be punished") are threatened (130); told as
// done, or as a penalty the courts set ("would face punishment"), it is no
// threat.
func TestVowedPunished(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed to hunt down militants", d, "Kenyatta vowed to hunt down the al-Shabaab militants.", "130", "KENGOV>SOMRAD", ""},
		{"said militants would be punished", d, "Erdogan said the Kurdish militants would be punished.", "130", "TURGOV>TURREB", ""},
		{"vowed to track down commanders", d, "The Pakistani army vowed to track down the militant commanders behind the school attack.", "130", "PAKMIL>PAKUAF", ""},
		{"vowed fighters would be hunted down", d, "The Nigerian president vowed that the Boko Haram fighters would be hunted down.", "130", "NGAGOV>NGARAD", ""},
		{"vowed those behind a massacre would be hunted down and punished", d, "Kenyatta vowed that those behind the massacre would be hunted down and punished wherever they fled.", "130", "KENGOV>", ""},
		{"police hunted down gunmen: done, no threat", d, "Police hunted down the gunmen in Nairobi on Monday.", "130", "", ""},
		{"would face punishment: the law's, no threat", d, "The Chinese government said the Uighur separatists would face punishment.", "130", "", ""},
	})
}
