package pipeline

import "testing"

// TestStatePeopleAdjectives pins two demonyms before a noun, a state's
// and a nation's ("Bosnian Serb positions", "a Bosnian Croat village"), as
// the state's: the people live there. Before, the first was dropped and
// the phrase named the second nation's state, or no one.
func TestStatePeopleAdjectives(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Bosnian Serb positions bombed", "1995-05-26", "NATO jets bombed Bosnian Serb positions near Sarajevo.", "19", "IGONATO>BIH", ""},
		{"a Bosnian Serb depot", "1995-05-26", "NATO warplanes bombed a Bosnian Serb ammunition depot near Pale.", "19", "IGONATO>BIH", ""},
		{"a Bosnian Croat village", "1993-04-16", "Muslim fighters attacked a Bosnian Croat village in central Bosnia.", "18", "BIHUAF>BIHCVL", ""},
		{"one demonym still names its country", "2022-06-01", "NATO jets bombed Serb positions near the border.", "19", "IGONATO>SRB", ""},
	})
}
