package pipeline

import "testing"

// TestScheduleOfTime holds a schedule told in a clause of time ("hours
// before Macron was due to arrive in Algiers"): it dates another act and
// announces nothing, so no intent (036) is coded; the act is to come. Told
// on its own, the schedule stays an intent, and what a clause of time says
// someone said stays said.
func TestScheduleOfTime(t *testing.T) {
	testLexRows(t, []lexRow{
		{"collapsed before was due to visit", d, "The talks collapsed a week before the Japanese prime minister was due to visit Seoul.", "036", "", ""},
		{"erupted before was scheduled to arrive", d, "Protests erupted in Paris hours before President Emmanuel Macron was scheduled to arrive in Algiers.", "036", "", ""},
		{"agreed before is set to visit", d, "Ukraine and Russia agreed a ceasefire two days before the German chancellor is set to visit Kyiv.", "036", "", ""},
		{"came before was due to release", d, "The attack came shortly before Iran was due to release two French citizens.", "0353", "", ""},
		{"broke out before were scheduled to meet", d, "Fighting broke out in Tripoli a day before the Libyan envoys were scheduled to meet in Geneva.", "036", "", ""},
		{"not: is due to visit", d, "The Japanese prime minister is due to visit Seoul next week.", "036", "JPNGOV>KORGOV", ""},
		{"not: before said would release", d, "The talks collapsed a day before Iran said it would release two French citizens.", "0353", "IRN>FRACVL", ""},
	})
}
