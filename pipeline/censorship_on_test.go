package pipeline

import "testing"

// TestCensorshipOn: censorship imposed "on" someone falls on them
// ("imposed censorship on all newspapers": the media), as "censored the
// newspapers" does; with no one named it falls on the country's people.
func TestCensorshipOn(t *testing.T) {
	const d = "1975-06-26"
	testLexRows(t, []lexRow{
		{"on all newspapers", d, "Emergency\n\nNEW DELHI, India —\n\nIndia's government imposed censorship on all newspapers on Thursday.", "1721", "INDGOV>INDMED", ""},
		{"on journalists", d, "Crackdown\n\nTEHRAN, Iran —\n\nIran's government imposed strict censorship on journalists on Monday.", "1721", "IRNGOV>IRNMED", ""},
		{"no one named", d, "Emergency\n\nNEW DELHI, India —\n\nIndia's government imposed press censorship on Thursday.", "1721", "INDGOV>INDCVL", ""},
	})
}
