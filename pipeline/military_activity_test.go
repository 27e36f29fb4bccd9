package pipeline

import "testing"

// TestMilitaryActivityStepped pins military activity stepped up,
// increased, intensified or ramped up as a show of force (150), aimed at
// the country it is near; halting it stays a de-escalation (087).
func TestMilitaryActivityStepped(t *testing.T) {
	testLexRows(t, []lexRow{
		{"stepped up on a border, told by a ministry", d, "Brazil's defence ministry said it had stepped up military activity on the country's northern border.", "150", "BRAGOV>", ""},
		{"increased near an island", d, "China has increased military activity near Taiwan in recent weeks.", "150", "CHN>TWNGOV", ""},
		{"intensified along a border", d, "Russia intensified military activity along the Ukrainian border on Monday.", "150", "RUS>UKR", ""},
		{"ramped up in a region", d, "Turkey ramped up military activity in northern Syria.", "150", "TUR>SYRGOV", ""},
		{"military operations stepped up", d, "India stepped up military operations along the Line of Control.", "150", "IND>", ""},
		{"halted is no show of force", d, "Russia halted military activity near the border.", "150", "", ""},
	})
}
