package pipeline

import "testing"

// TestOthersPlural: a state's neighbours, rivals or enemies are not the
// state itself ("Qatar dismissed the demands of its Gulf neighbours" was
// read as Qatar dismissing its own demands, and dropped); with none of them
// named the act has no target. The singular keeps the other country the
// story named last, and an owner's own army or ministers stay its own.
func TestOthersPlural(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"demands of its neighbours", d, "Qatar dismissed the demands of its Gulf neighbours as unrealistic.", "12", "QATGOV>", ""},
		{"accused its neighbours", d, "Moldova accused its neighbours of meddling in its elections.", "112", "MDAGOV>", ""},
		{"criticised their rivals", d, "Pakistan criticised its regional rivals on Monday.", "111", "PAKGOV>", ""},
		{"warned its enemies", d, "Iran condemned its enemies for the attack.", "111", "IRNGOV>", ""},
		{"guard: the singular is the other country", d, "India and Pakistan traded fire. Pakistan accused its neighbour of aggression.", "1123", "PAKGOV>INDGOV", ""},
		{"guard: its army is its own", d, "Syria said Israel attacked its army.", "190", "ISRMIL>SYRMIL", ""},
		{"guard: a named neighbour", d, "Kenya accused neighbouring Somalia of aggression.", "1123", "KENGOV>SOMGOV", ""},
	})
}
