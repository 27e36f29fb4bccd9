package pipeline

import "testing"

// TestBothAlone: "both" with no noun after it stands for the two the
// sentence before joined by "and" (countries, or people), as "both men"
// and "both countries" do.
func TestBothAlone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"both were detained: two people", "2019-07-30", "Police arrested Alexei Navalny and Ilya Yashin on Tuesday. Both were detained without charge.", "173", "RUSCOP>RUSOPP", ""},
		{"both were released: two people", "2019-07-30", "Police arrested Alexei Navalny and Ilya Yashin on Tuesday. Both were released on Friday.", "08", "RUSCOP>RUSOPP", ""},
		{"both said: two countries", d, "India and Pakistan traded fire across the border on Monday. Both said they would not back down.", "12", "PAK>", ""},
		{"both accused each other", d, "Armenia and Azerbaijan traded fire on Monday. Both accused each other of starting the clashes.", "112", "ARM>AZE", ""},
	})
}
