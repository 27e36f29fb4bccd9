package pipeline

import "testing"

// TestStateDeedFar: a judgement or rejection by another country of a
// general noun of an act ("condemned the decision", "rejected the move")
// with no act told near it, and no act aimed at the judge's country, is of
// the last act of conflict a state body (government, legislature, courts)
// of another country did at home, however far back the story told it: a
// state's domestic ruling answered by a foreign government. An act of
// cooperation told before is no deed to condemn, nor is an act against a
// third country told earlier (TestJudgementOfDeed).
func TestStateDeedFar(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a foreign government condemns an annulled vote", date: "2020-01-07",
			text:     "LAGOS, Nigeria (AP) — Nigeria's military government annulled the presidential election on Wednesday.\n\nTurnout had been low in the north.\n\nUnofficial tallies showed the businessman winning clearly.\n\nThe United States condemned the decision on Thursday.\n",
			sentence: "condemned the decision", want: []string{"11 USA>NGAGOV"}},
		{name: "a court's ban denounced, present perfect", date: "2020-01-07",
			text:     "PHNOM PENH, Cambodia (AP) — Cambodia's supreme court dissolved the main opposition party on Thursday.\n\nThe party had won many seats in 2013.\n\nIts leader lives abroad.\n\nAustralia has denounced the move.\n",
			sentence: "denounced the move", want: []string{"11 AUS>KHMJUD"}},
		{name: "a candidate barred, a neighbour's minister criticises", date: "2020-01-07",
			text:     "CARACAS, Venezuela (AP) — Venezuela's government banned the main opposition candidate from the election on Friday.\n\nThe candidate had led in the polls.\n\nShops in the capital stayed shut.\n\nColombia's foreign minister criticised the decision on Saturday.\n",
			sentence: "criticised the decision", want: []string{"11 COLGOV>VENGOV"}},
		{name: "a rejection of a party's dissolution", date: "2020-01-07",
			text:     "YANGON, Myanmar (AP) — Myanmar's government dissolved the main opposition party on Tuesday.\n\nThe party had won the last election.\n\nStreets in Yangon were quiet.\n\nJapan rejected the decision.\n",
			sentence: "rejected the decision", want: []string{"12 JPN>MMRGOV"}},
		{name: "a parliament's vote called an attack", date: "2020-01-07",
			text:     "ANKARA, Turkey (AP) — Turkey's parliament stripped twelve opposition lawmakers of their immunity on Thursday.\n\nThe vote came after a long debate.\n\nMost of the twelve are Kurds.\n\nGermany called the move an attack on democracy.\n",
			sentence: "called the move", want: []string{"11 DEU>TURLEG"}},
		{name: "aid given is no deed to condemn", date: "2020-01-07",
			text:     "TOKYO (AP) — Japan's government gave Vietnam new aid on Monday.\n\nThe money will build roads.\n\nOfficials in Hanoi were pleased.\n\nChina criticised the decision.\n",
			sentence: "criticised the decision", want: []string{"11 CHN>-"}},
	})
}
