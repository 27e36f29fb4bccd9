package pipeline

import "testing"

// TestNameBeforeCount: a country's name right before a count ("handed
// over to Somalia two patrol vessels", "gave Kenya several tanks") ends
// its phrase: the country is the one given to, and the counted things
// are what was given, not the country's forces.
func TestNameBeforeCount(t *testing.T) {
	testLexRows(t, []lexRow{
		{"handed over after a to phrase", d, "Japan handed over to Somalia two patrol vessels on Monday.", "072", "JPN>SOM", ""},
		{"gave, two objects", d, "Japan gave Somalia two tanks.", "072", "JPN>SOM", ""},
		{"sent, hundreds of", d, "The United States sent Ukraine hundreds of armoured vehicles.", "072", "USA>UKR", ""},
		{"not: the count before the adjective", d, "Two Somali soldiers were killed.", "190", "SOMUAF>SOMMIL", ""},
	})
}
