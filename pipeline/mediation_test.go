package pipeline

import "testing"

// TestMediationSides: a go-between's act that names no sides (policy.tsv's
// mediation: mediating, brokering, an offer to broker) is aimed at each
// side of the last act told between two others, in its own sentence first,
// else in the two before; sides named with "between" still decide, and the
// go-between's own acts, or acts by or on its country, name no sides.
func TestMediationSides(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a truce brokered, passive, sides in the same sentence", date: "2020-11-10",
			text:     "MOSCOW (AP) — Armenia and Azerbaijan agreed on Tuesday to a truce brokered by Russia.\n",
			sentence: "brokered by Russia", want: []string{"04 RUS>ARM", "04 RUS>AZE"}},
		{name: "a relative clause, sides in the main clause", date: "2012-11-21",
			text:     "CAIRO (AP) — Israel and Hamas signed a ceasefire, which Egypt mediated.\n",
			sentence: "which Egypt mediated", want: []string{"04 EGY>ISR", "04 EGY>PSEREB"}},
		{name: "the deal brokered, sides told in the sentence before", date: "2019-03-05",
			text:     "NAIROBI, Kenya (AP) — Ethiopia and Eritrea signed a peace deal on Monday.\n\nSaudi Arabia brokered the deal.\n",
			sentence: "brokered the deal", want: []string{"04 SAU>ETH", "04 SAU>ERI"}},
		{name: "a future mediation, fighting told before", date: "2021-06-02",
			text:     "KHARTOUM, Sudan (AP) — Sudanese troops clashed with Ethiopian forces on the border on Monday.\n\nKenya will mediate, its foreign minister said on Tuesday.\n",
			sentence: "Kenya will mediate", want: []string{"03 KEN>*"}, not: []string{"03 KEN>-"}},
		{name: "an offer to broker a settlement", date: "2009-01-07",
			text:     "KYIV, Ukraine (AP) — Russia cut off gas supplies to Ukraine on Monday.\n\nPoland offered on Tuesday to broker a settlement.\n",
			sentence: "offered on Tuesday to broker", want: []string{"03 POL>RUS", "03 POL>UKR"}},
		{name: "sides named with between decide", date: "2019-03-05",
			text:     "NAIROBI, Kenya (AP) — Ethiopia and Eritrea signed a peace deal on Monday.\n\nQatar mediated talks between Sudan and Chad on Tuesday.\n",
			sentence: "mediated talks", want: []string{"04 QAT>SDN", "04 QAT>TCD"}, not: []string{"04 QAT>ETH"}},
		{name: "the go-between's own act names no sides", date: "2019-03-05",
			text:     "ADDIS ABABA, Ethiopia (AP) — Ethiopia expelled two Eritrean diplomats on Monday.\n\nEthiopia offered to mediate.\n",
			sentence: "offered to mediate", not: []string{"* ETH>ERI", "* ETH>ETH"}},
		{name: "acts told long before name no sides", date: "2019-03-05",
			text: "NAIROBI, Kenya (AP) — Ethiopia and Eritrea signed a peace deal on Monday.\n\nThe rains were heavy.\n\nMarkets were calm.\n\nPrices rose.\n\n" +
				"Norway brokered a deal.\n",
			sentence: "Norway brokered", not: []string{"* NOR>ETH", "* NOR>ERI"}},
		{name: "no act between two others, no sides", date: "2019-03-05",
			text:     "OSLO, Norway (AP) — Norway brokered the deal on Monday.\n",
			sentence: "brokered the deal", want: []string{"04 NOR>-"}},
	})
}
