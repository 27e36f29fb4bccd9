package pipeline

import "testing"

// TestNamedArmedGroup pins a group named by its name as the nouns of its
// sector for an entry's heads (sets.txt's &named-SECTOR): "Hezbollah
// stormed the building" is an armed group's assault, as "militants stormed
// the building" is, not a crowd's violent protest (145); a junta named by
// its name dissolves parliament as soldiers do (172). A party or a body of
// no armed sector stays what its verb alone makes it.
func TestNamedArmedGroup(t *testing.T) {
	const y2001 = "2001-06-01"
	testLexRows(t, []lexRow{
		{"a named radical group storms a building", d, "Hezbollah stormed the building.", "190", "LBNRAD>", ""},
		{"no crowd's protest for it", d, "Hezbollah stormed the building.", "145", "", ""},
		{"named rebels sweep into a capital", d, "The Houthis swept into Sanaa in September.", "190", "YEMREB>YEM", ""},
		{"named rebels advance", y2001, "The FARC advanced on the town.", "190", "COLREB>", ""},
		{"a named group storms a school", y2001, "Boko Haram stormed a school in Chibok.", "190", "NGARAD>", ""},
		// guards: a party storms out, a protest by a named crowd stays one
		{"guard: a party walks out", d, "The National League for Democracy stormed out of parliament.", "190", "", ""},
		{"guard: a state by its name is not a group", d, "Russia advanced its proposal at the talks.", "190", "", ""},
	})
}
