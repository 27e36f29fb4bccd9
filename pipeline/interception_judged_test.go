package pipeline

import "testing"

// TestInterceptionJudged: "the interception" names the act of stopping a
// plane or a ship on its way (191, as "intercept"), so a judgement of it
// aims at who intercepted, told before: "U.S. Navy fighters intercepted
// an Egyptian airliner. Mubarak denounced the interception" judges the
// United States. An interception of rockets is no such act.
func TestInterceptionJudged(t *testing.T) {
	testLexRows(t, []lexRow{
		{"denounced the interception of an airliner", "1985-10-11",
			"CAIRO, Egypt (AP) — U.S. Navy fighters intercepted an Egyptian airliner over the Mediterranean on Friday.\n\nPresident Hosni Mubarak denounced the interception as an act of piracy.\n",
			"111", "EGYGOV>USAGOV", ""},
		{"condemned the interception of an aid ship", "2010-05-31",
			"ANKARA, Turkey (AP) — Israeli commandos intercepted a Turkish aid ship off Gaza on Monday.\n\nTurkey's foreign ministry condemned the interception.\n",
			"111", "TURGOV>ISRGOV", ""},
		{"called the interception of a tanker illegal", "2019-07-20",
			"LONDON (AP) — Iranian patrol boats intercepted a British tanker in the Strait of Hormuz on Friday.\n\nThe British government called the interception illegal.\n",
			"11", "GBRGOV>IRNGOV", ""},
		{"protested the interception, a day later", "2013-04-02",
			"SEOUL, South Korea (AP) — North Korean patrol boats intercepted a South Korean fishing boat near the sea border on Monday.\n\nThe boat's crew of seven was taken to a northern port.\n\nSeoul protested the interception on Tuesday.\n",
			"14", "KORGOV>PRKMIL", ""},
		{"the interception as a subject, its agent named", "1985-10-12",
			"CAIRO, Egypt (AP) — The interception of the airliner by U.S. jets angered Egyptians.\n",
			"191", "USAMIL>", ""},
		{"guard: rockets intercepted are no judged act", "2021-05-12",
			"JERUSALEM (AP) — Israeli air defences intercepted two rockets fired from Gaza on Tuesday.\n\nThe army said the interception was a success.\n",
			"11", "", ""},
	})
}
