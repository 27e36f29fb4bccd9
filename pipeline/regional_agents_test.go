package pipeline

import "testing"

// TestRegionalAgents: agents named by a region's adjective that no bloc
// stands for ("Latin American governments", "Central American armies")
// are of no one state of the region: not the story's, nor the source's.
func TestRegionalAgents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"other Latin American governments asked", d, "LIMA, Peru (AP) - Peru's foreign ministry called on other Latin American governments to share the burden.", "020", "PERGOV>GOV", ""},
		{"Latin American governments urged", d, "HAVANA (AP) - Cuba's foreign ministry urged Latin American governments to condemn the blockade.", "020", "CUBGOV>GOV", ""},
		{"South American governments urged to recognise", d, "BRASILIA, Brazil (AP) - Brazil's foreign minister urged South American governments to recognise the new government.", "02", "BRAGOV>GOV", ""},
		{"Latin American governments accused", d, "CARACAS, Venezuela (AP) - Venezuelan officials accused Latin American governments of backing the opposition.", "112", "VENGOV>GOV", ""},
		{"Central American armies accused", d, "MANAGUA, Nicaragua (AP) - The Sandinistas accused Central American armies of arming the rebels.", "112", "NICGOV>MIL", ""},
		{"Central American leaders asked", d, "MEXICO CITY (AP) - Mexico's president asked Central American leaders to curb migration.", "020", "MEXGOV>GOV", ""},
	})
}
