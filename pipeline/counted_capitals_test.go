package pipeline

import "testing"

// TestCountedCapitals: "the two capitals", "the three capitals", "both
// capitals" stand for the states the story named last, as "the two
// countries" does (agents.txt's states): "Venezuela, Ecuador and Bolivia
// recalled their ambassadors. Brazil recalled its envoys from the three
// capitals" recalls them from all three. "The capital" alone is a city.
func TestCountedCapitals(t *testing.T) {
	testLexRows(t, []lexRow{
		{"envoys recalled from the three capitals", d, "Venezuela, Ecuador and Bolivia recalled their ambassadors from Brasilia on Friday. Brazil recalled its own envoys from the three capitals.", "161", "BRA>VEN", ""},
		{"the two capitals urged", d, "India and Pakistan expelled each other's diplomats on Monday. The United States urged the two capitals to show restraint.", "02", "USA>IND", ""},
		{"both capitals criticised", d, "Serbia and Kosovo traded accusations on Monday. The European Union criticised both capitals.", "111", "IGOEUR>SRB", ""},
		{"the two capitals praised", d, "Ethiopia and Eritrea signed a peace deal on Monday. The United Nations praised the two capitals.", "051", "IGOUNO>ETH", ""},
		{"the capital alone is a city", d, "Police fired tear gas at protesters in the capital.", "175", "COP>OPP", ""},
	})
}
