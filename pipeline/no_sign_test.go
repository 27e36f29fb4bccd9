package pipeline

import "testing"

// TestNoSignOfForeseen pins a denial by "no sign of", "no evidence of" or
// "no indication of" (016): an act not surely done ("an imminent
// invasion", "a planned offensive", "a possible attack") has come about for
// no one to deny, and the statement is no denial; an act told as done, or
// a part in it, stays denied.
func TestNoSignOfForeseen(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"imminent invasion", d, "Officials in Taipei said there was no sign of an imminent invasion.", "016", "", ""},
		{"planned offensive", d, "Kyiv said there was no indication of a planned Russian offensive from Belarus.", "016", "", ""},
		{"imminent test", d, "Seoul said there was no sign of an imminent nuclear test by North Korea.", "016", "", ""},
		{"possible attack", d, "The Pentagon said there was no evidence of a possible attack on the embassy.", "016", "", ""},
		{"impending assault", d, "NATO said there was no sign of an impending Russian assault on Lithuania.", "016", "", ""},
		// an act told as done, or a part in one, stays denied
		{"real: evidence that troops shelled", d, "Russia said there was no evidence that its troops had shelled the village.", "016", "RUS>", ""},
		{"real: evidence of involvement", d, "The Kremlin said there was no evidence of Russian involvement in the attack.", "016", "RUSGOV>", ""},
	})
}
