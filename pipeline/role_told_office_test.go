package pipeline

import "testing"

// TestRoleToldOffice: a known person who holds no role the knowledge lists
// on the story's date, set off by an agent of the same country that names
// an office ("Milei, Argentina's president,", "X, the Mexican interior
// minister and a former judge,"), holds that office: the agent's sector.
// A description of no office, or of another country, gives none.
func TestRoleToldOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a possessor's president", "2018-01-10",
			"Milei, Argentina's president, criticised Brazil.",
			"111", "ARGGOV>BRA", ""},
		{"a possessor's defence minister", "2018-01-10",
			"Gallant, Israel's defence minister, threatened Lebanon with war.",
			"13", "ISRGOV>LBN", ""},
		{"a nationality before the office", "2018-01-10",
			"Sheinbaum, the Mexican president, criticised the United States.",
			"111", "MEXGOV>USA", ""},
		{"two descriptions", "2018-01-10",
			"Noboa, Ecuador's president and a former businessman, imposed a state of emergency.",
			"1724", "ECUGOV>ECUCVL", ""},
		// must not change
		{"a description of no office", "2018-01-10",
			"Gallant, a former general, threatened Lebanon with war.",
			"13", "ISR>LBN", ""},
		{"a role held on the date", "2018-01-10",
			"Lavrov, Russia's foreign minister, criticised the sanctions.",
			"111", "RUSGOV>", ""},
	})
}
