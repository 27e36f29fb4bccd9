package pipeline

import "testing"

// TestToldSummaryTarget: "a move", "a decision" set off by a comma after a
// clause, with a relative clause that judges it ("..., a move that Taipei
// condemned"), sums up that clause: its subject is the target, as for
// "the move". A clause of condition ("if the island moves") tells no act.
// An indefinite noun not set off so keeps today's reading.
func TestToldSummaryTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a move that Taipei condemned, past a condition", d, "China's parliament passed a law on Monday authorising force against Taiwan if the island moves toward formal independence, a move that Taipei condemned as a serious provocation.", "111", "TWNGOV>CHNLEG", ""},
		{"a decision which Georgia denounced", d, "Russia recognised the two breakaway regions on Monday, a decision which Georgia's president denounced.", "111", "GEOGOV>RUS", ""},
		{"a step that Seoul criticised", d, "Japan's cabinet approved new textbooks on Tuesday, a step that South Korea's foreign ministry criticised.", "111", "KORGOV>JPNGOV", ""},
		{"not: a decision not set off", d, "Russia recognised the two breakaway regions on Monday. Georgia's president denounced a decision of the Russian parliament.", "111", "GEOGOV>RUSLEG", ""},
	})
}
