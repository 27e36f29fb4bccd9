package pipeline

import "testing"

// TestBorderWith: "the border with X" names the border's other side: an
// exercise held near it is held with no one, while forces sent to it are
// aimed at X (the entry names the border, then asks for "with").
func TestOwnWithBorder(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exercise near the border with", d, "Russia held an exercise near the border with Finland.", "062", "", ""},
		{"drills along the frontier with", d, "India staged drills along the frontier with Pakistan.", "062", "", ""},
		{"not: an exercise with a partner", d, "Russia held an exercise with Belarus near the border.", "062", "RUS>BLR", ""},
		{"troops along its border with", d, "Russia deployed troops along its border with Ukraine.", "154", "RUS>UKR", ""},
		{"tanks to its frontier with", d, "Turkey sent tanks to its frontier with Syria.", "154", "TUR>SYR", ""},
	})
}
