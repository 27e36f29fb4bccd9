package pipeline

import "testing"

// TestSummonedLegislature: a legislature or its members summoned to sit
// ("summoned the assembly to an emergency session") are told to meet, a
// demand (100), not the protest (114) a summoned envoy hears.
func TestSummonedLegislature(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a cabinet summoned the assembly", d, "The Salvadoran cabinet summoned the assembly to an emergency session on Thursday.", "100", "SLVGOV>SLVLEG", ""},
		{"a president summoned congress", d, "The Peruvian president summoned congress to an extraordinary session.", "100", "PERGOV>PERLEG", ""},
		{"a government summoned lawmakers", d, "The Georgian government summoned lawmakers to an emergency sitting.", "100", "GEOGOV>GEOLEG", ""},
		{"a president summoned the senate", d, "The Kenyan president summoned the senate to a special session.", "100", "KENGOV>KENLEG", ""},
		{"a government summoned parliament to debate", d, "The Thai government summoned parliament to debate the border crisis.", "100", "THAGOV>THALEG", ""},
		{"a summoned legislature: no protest", d, "The Kenyan president summoned the senate to a special session.", "114", "", ""},
		{"a summoned ambassador: the protest stays", d, "Lithuania summoned the Chinese ambassador on Monday.", "114", "LTU>CHNGOV", ""},
	})
}
