package pipeline

import "testing"

// TestToldAnswerTarget: an answer to words named by "the" and a noun of
// nominal.tsv ("rejected the plan", "welcomed the proposal") is aimed at
// the subject of the last clause that told them ("put forward a plan",
// "proposed"), not at whoever spoke last; with no such clause, at the
// last speaker of another side, as before.
func TestToldAnswerTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"put forward a plan, another spoke, rejected the plan", d, "Egypt's foreign minister put forward a plan for Gaza on Monday. Hamas said it would study it. Israel rejected the plan.", "127", "ISR>EGYGOV", ""},
		{"a bloc unveiled a plan, rejected the plan", d, "The Arab League unveiled a peace plan on Monday. Syria's president said the plan was a good start. Israel's prime minister rejected the plan.", "127", "ISRGOV>IGOARL", ""},
		{"proposed a ceasefire, rejected the proposal", d, "France proposed a ceasefire in Lebanon. Hezbollah leaders said they would fight on. Israel rejected the proposal.", "127", "ISR>FRA", ""},
		{"proposed, welcomed the proposal", d, "Norway proposed new talks between the two sides. Colombia's rebels said they were ready. The government welcomed the proposal.", "030", "COLGOV>NOR", ""},
		{"not: no clause told the plan", d, "Hamas said it would study the plan. Israel rejected the plan.", "127", "ISR>PSEREB", ""},
	})
}
