package pipeline

import "testing"

// TestTakenFrom: whom a place, or control of it, is taken from is the
// target of the taking ("seized the town from government forces", "wrested
// control of the province from the army"), in any tense and voice; a
// "from" that names no actor ("from the north") leaves the taking as it was.
func TestTakenFrom(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "seized a town from the army", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — Syrian rebels seized the town from government forces on Monday.\n",
			sentence: "seized the town", want: []string{"19 SYRREB>SYRMIL"}},
		{name: "a relative clause", date: "2006-12-25",
			text:     "MOGADISHU, Somalia (AP) — Somali Islamists, who captured the port from rival clan militias in June, declared a holy war.\n",
			sentence: "captured the port", want: []string{"19 SOMRAD>SOMUAF"}},
		{name: "control wrested from the army", date: "2014-06-12",
			text:     "BAGHDAD (AP) — Iraqi insurgents wrested control of the province from the army last week.\n",
			sentence: "wrested control", want: []string{"19 IRQREB>IRQMIL"}},
		{name: "a named town from the militia", date: "2016-12-12",
			text:     "TRIPOLI, Libya (AP) — Libyan troops recently took Sirte from the militants.\n",
			sentence: "took Sirte", want: []string{"19 LBYMIL>LBYREB"}},
		{name: "passive, with the taker as agent", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — The airport was captured from government troops by Syrian rebels.\n",
			sentence: "was captured", want: []string{"19 SYRREB>SYRMIL"}},
		{name: "a from with no actor", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — Syrian rebels seized the town from the north on Monday.\n",
			sentence: "seized the town", want: []string{"19 SYRREB>-"}},
		{name: "things taken are no territory", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — Syrian rebels took the documents from the police.\n",
			sentence: "took the documents", not: []string{"19 SYRREB>SYRCOP"}},
	})
}

// TestForcesMovedIn: forces that move into another country ("crossed into
// Gambia", "rolled into Syria", "crossed the border into Ukraine") show
// force against it (154), aimed at its government as a show of force is
// (policy.tsv's aim=GOV on 15); people who cross are no force, and a
// crossing denied is not asserted.
func TestForcesMovedIn(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "soldiers cross into a neighbour", date: "2017-01-19",
			text:     "DAKAR, Senegal (AP) — Senegalese soldiers crossed into Gambia on Thursday.\n",
			sentence: "crossed into", want: []string{"15 SENMIL>GMBGOV"}},
		{name: "tanks roll in", date: "2016-08-24",
			text:     "ANKARA, Turkey (AP) — Turkish tanks rolled into Syria on Wednesday.\n",
			sentence: "rolled into", want: []string{"15 TURMIL>SYRGOV"}},
		{name: "the border crossed into a country", date: "2022-02-24",
			text:     "MOSCOW (AP) — Russian troops crossed the border into Ukraine before dawn.\n",
			sentence: "crossed the border", want: []string{"15 RUSMIL>UKRGOV"}},
		{name: "troops moved in last year", date: "2012-10-02",
			text:     "NAIROBI, Kenya (AP) — Kenyan troops moved into Somalia last year.\n",
			sentence: "moved into", want: []string{"15 KENMIL>SOMGOV"}},
		{name: "refugees are no force", date: "2017-01-19",
			text:     "NAIROBI, Kenya (AP) — Hundreds of Somali refugees crossed into Kenya on Thursday.\n",
			sentence: "crossed into", not: []string{"15 SOMCVL>KENGOV", "15 SOMREF>KENGOV"}},
		{name: "a deployment lands in a named city", date: "1999-09-20",
			text:     "DILI, East Timor (AP) — Australian troops landed in Dili on Monday.\n",
			sentence: "landed in", want: []string{"15 AUSMIL>TLSGOV"}},
	})
}

// TestActsAtSites: an act of force by one country's actors at a site the
// clause names only by a common noun ("landed at the airport", "struck the
// airstrip at Baledogle", "the areas they had occupied") happened in the
// country the story is filed from, which is its target; the story's own
// forces there, a named place, and a state ("in prison") are not read so.
func TestActsAtSites(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "marines land at the airport", date: "2004-03-01",
			text:     "PORT-AU-PRINCE, Haiti (AP) — The Security Council met on Sunday.\n\nThe first U.S. Marines landed at the airport that night.\n",
			sentence: "landed at the airport", want: []string{"15 USAMIL>HTIGOV"}},
		{name: "jets strike an airstrip with an unknown name", date: "2006-12-25",
			text:     "MOGADISHU, Somalia (AP) — Ethiopian jets bombed the city on Monday.\n\nThe jets also struck the airstrip at Gedo, west of the capital.\n",
			sentence: "struck the airstrip", want: []string{"19 ETHMIL>SOM"}},
		{name: "areas occupied, told by the other side", date: "1999-02-06",
			text:     "ADDIS ABABA, Ethiopia (AP) — Ethiopia vowed to drive Eritrean troops out of the border areas they had seized last year.\n",
			sentence: "they had seized", want: []string{"19 ERIMIL>ETHGOV"}},
		{name: "foreign troops raid a compound", date: "2011-05-02",
			text:     "ISLAMABAD, Pakistan (AP) — U.S. commandos raided the compound before dawn.\n",
			sentence: "raided the compound", want: []string{"19 USAMIL>PAK"}},
		{name: "the story's own forces name no one", date: "2004-03-01",
			text:     "PORT-AU-PRINCE, Haiti (AP) — Haitian police surrounded the airport on Sunday.\n",
			sentence: "surrounded the airport", not: []string{"19 HTICOP>HTIGOV", "19 HTICOP>HTI"}},
		{name: "a named place decides", date: "2006-12-25",
			text:     "MOGADISHU, Somalia (AP) — Ethiopian jets struck the airport in Baidoa on Monday.\n",
			sentence: "struck the airport", want: []string{"19 ETHMIL>SOM"}},
		{name: "in prison is no site", date: "2011-05-02",
			text:     "ISLAMABAD, Pakistan (AP) — U.S. officials said the suspect had attacked guards in prison.\n",
			sentence: "attacked guards", not: []string{"19 USAGOV>PAK"}},
	})
}

// TestAidWhereTheStoryIs: aid, or an offer of it, by another country's
// actor that names no one and no place goes to the country the story is
// about, its government for an offer (033 aim=GOV); the story's own actors,
// and a story filed from elsewhere, name no one so.
func TestAidWhereTheStoryIs(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "ready to assist", date: "2021-07-07",
			text:     "PORT-AU-PRINCE, Haiti (AP) — Gunmen killed Haiti's president on Wednesday.\n\nThe U.S. president said Washington was ready to assist.\n",
			sentence: "ready to assist", want: []string{"03 USAGOV>HTIGOV"}},
		{name: "aid offered", date: "2010-06-14",
			text:     "BISHKEK, Kyrgyzstan (AP) — Ethnic clashes in Kyrgyzstan killed 100 people on Sunday.\n\nRussia offered humanitarian aid on Monday.\n",
			sentence: "offered humanitarian aid", want: []string{"03 RUS>KGZGOV"}},
		{name: "the story's own government names no one", date: "2010-06-14",
			text:     "BISHKEK, Kyrgyzstan (AP) — Ethnic clashes in Kyrgyzstan killed 100 people on Sunday.\n\nThe Kyrgyz government offered aid on Monday.\n",
			sentence: "offered aid", not: []string{"03 KGZGOV>KGZGOV", "03 KGZGOV>KGZ"}},
		{name: "filed from elsewhere", date: "2010-06-14",
			text:     "MOSCOW (AP) — Russia offered humanitarian aid to refugees on Monday.\n",
			sentence: "offered humanitarian aid", not: []string{"03 RUS>RUSGOV"}},
	})
}
