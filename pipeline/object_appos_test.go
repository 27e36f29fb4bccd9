package pipeline

import "testing"

// TestObjectByApposition: an object the knowledge does not name is who its
// apposition says it is ("shot Agustin Intriago, the mayor of Manta": a
// mayor, whom "shoot" takes as an actor), and a word of the state an act
// leaves its object in stands before the object's name as the verb's
// ("shot dead Agustin Intriago, the mayor"), as before a common noun
// ("shot dead the mayor of Manta").
func TestObjectByApposition(t *testing.T) {
	const d = "2023-07-01"
	testLexRows(t, []lexRow{
		{"shot a name, the mayor", d, "Gunmen shot Agustin Intriago, the mayor of Manta.", "19", "UAF>ECUGOV", ""},
		{"shot dead a name, the mayor", d, "Gunmen shot dead Agustin Intriago, the mayor of Manta.", "186", "UAF>ECUGOV", ""},
		{"shot dead a name, a protester", d, "Troops shot dead Ahmed Salah, a protester, in Cairo.", "175", "EGYMIL>EGYOPP", ""},
		{"shot dead the mayor, as before", d, "Gunmen shot dead the mayor of Manta.", "186", "UAF>ECUGOV", ""},
	})
}
