package pipeline

import "testing"

// TestAsideActNotAnswered: a judgement of "the decision" or "the move"
// answers the act the sentence before told, not one told aside in a
// clause of time after it ("hours after the United States announced a
// similar freeze"), though both fell on the judge.
func TestAsideActNotAnswered(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suspended aid, hours after another's freeze", "2006-04-07",
			"BRUSSELS (AP) — The European Union suspended aid to the Palestinian government on Friday, hours after the United States announced a similar freeze.\n\nPalestinian Prime Minister Ismail Haniyeh denounced the decision.\n",
			"111", "PSEGOV>IGOEUR", ""},
		{"expelled diplomats, days after another expelled", "2018-03-27",
			"BERLIN (AP) — Germany expelled four Russian diplomats on Monday, two days after Britain expelled 23 Russian diplomats.\n\nThe Russian Foreign Ministry condemned the move.\n",
			"111", "RUSGOV>DEU", ""},
		{"imposed sanctions, a week after another did", "2014-03-25",
			"OTTAWA, Canada (AP) — Canada imposed sanctions on Russian officials on Monday, a week after the European Union froze the assets of Russian officials.\n\nThe Kremlin called the decision unfriendly.\n",
			"11", "RUSGOV>CAN", ""},
		{"recalled its ambassador after another did", "2019-01-10",
			"MADRID (AP) — Spain recalled its ambassador from Venezuela on Thursday, a day after Portugal recalled its envoy.\n\nVenezuela's government rejected the decision.\n",
			"12", "VENGOV>ESP", ""},
		{"guard: the only act told", "2006-04-07",
			"BRUSSELS (AP) — The European Union suspended aid to the Palestinian government on Friday.\n\nPalestinian Prime Minister Ismail Haniyeh denounced the decision.\n",
			"111", "PSEGOV>IGOEUR", ""},
	})
}
