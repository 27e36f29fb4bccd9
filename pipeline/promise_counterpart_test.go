package pipeline

import "testing"

// TestPromiseCounterpart: a promise, pledge or offer (03), an offer of
// talks (036) and a truce
// declared by one side (0871) that name no one are made to the story's
// other party, as a demand or a threat with no target is (policy.tsv's
// counterpart); one that names whom it is made to keeps it.
func TestPromiseCounterpart(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "talks offered without preconditions, in Europe", date: "1990-04-20",
			text:     "VILNIUS, Lithuania (AP) — Moscow cut off oil supplies to Lithuania on Wednesday.\n\nLithuania offered to open talks without preconditions.\n",
			sentence: "offered to open talks", want: []string{"03 LTU>RUSGOV"}},
		{name: "a meeting proposed after a border clash, in Asia", date: "2020-06-17",
			text:     "NEW DELHI (AP) — Chinese troops clashed with Indian soldiers in Ladakh on Monday.\n\nIndia offered to hold talks at the border.\n",
			sentence: "offered to hold talks", want: []string{"03 IND>CHNGOV"}},
		{name: "talks agreed after an accusation, in Africa", date: "2016-03-07",
			text:     "NAIROBI, Kenya (AP) — Ethiopia accused Kenya on Monday of sheltering rebel commanders.\n\nKenya said it was ready to hold talks.\n",
			sentence: "ready to hold talks", want: []string{"03 KEN>ETHGOV"}},
		{name: "military talks proposed, Korea", date: "2014-10-15",
			text:     "SEOUL, South Korea (AP) — South Korean troops fired warning shots at North Korean soldiers on Monday.\n\nNorth Korea offered to hold military talks.\n",
			sentence: "offered to hold military talks", want: []string{"03 PRK>KORGOV"}},
		{name: "talks agreed after an accusation, the Americas", date: "2023-12-10",
			text:     "GEORGETOWN, Guyana (AP) — Venezuela accused Guyana of provocation on Friday.\n\nGuyana agreed to hold talks on Thursday.\n",
			sentence: "agreed to hold talks", want: []string{"03 GUY>VENGOV"}},
		{name: "talks offered to whom they name keep them", date: "2020-01-07",
			text:     "BAMAKO, Mali (AP) — France withdrew its ambassador from Mali on Monday.\n\nMali offered to hold talks with the rebels.\n",
			sentence: "offered to hold talks", not: []string{"03 MLI>FRAGOV"}},
		{name: "a pledge after the other side's protest", date: "2002-09-17",
			text:     "TOKYO (AP) — North Korea fired two missiles into the sea off Japan on Monday.\n\nTokyo protested to Pyongyang on Tuesday.\n\nNorth Korea later pledged to halt its missile tests.\n",
			sentence: "pledged to halt", want: []string{"03 PRK>JPNGOV"}},
		{name: "an inquiry promised to the accuser", date: "2016-03-07",
			text:     "NAIROBI, Kenya (AP) — Ethiopia accused Kenya on Monday of sheltering rebel commanders.\n\nKenya promised a full inquiry.\n",
			sentence: "promised a full inquiry", want: []string{"03 KEN>ETHGOV"}},
		{name: "a withdrawal offered, in the Americas", date: "2023-12-04",
			text:     "GEORGETOWN, Guyana (AP) — Guyana accused Venezuela on Sunday of massing troops on the border.\n\nVenezuela has offered to withdraw its troops.\n",
			sentence: "offered to withdraw", want: []string{"03 VEN>GUYGOV"}},
		{name: "gas promised to the country that asked", date: "2022-10-04",
			text:     "CHISINAU, Moldova (AP) — Moldova appealed to Romania for emergency help on Monday.\n\nRomania promised to send gas.\n",
			sentence: "promised to send gas", want: []string{"03 ROU>MDAGOV"}},
		{name: "a unilateral ceasefire after shelling", date: "1995-02-15",
			text:     "LIMA, Peru (AP) — Ecuadorean troops shelled Peruvian posts on Monday.\n\nPeru declared a unilateral ceasefire on Wednesday.\n",
			sentence: "declared a unilateral ceasefire", want: []string{"08 PER>ECUGOV"}},
		{name: "a truce announced by one side in Africa", date: "2000-05-30",
			text:     "ADDIS ABABA, Ethiopia (AP) — Eritrean forces attacked Ethiopian positions near Zalambessa on Sunday.\n\nEthiopia announced a unilateral truce on Tuesday.\n",
			sentence: "announced a unilateral truce", want: []string{"08 ETH>ERIGOV"}},
		{name: "a promise that names whom it is made to keeps it", date: "2022-10-11",
			text:     "KYIV, Ukraine (AP) — Russia fired missiles at Kyiv on Monday.\n\nGermany condemned Russia.\n\nGermany promised Ukraine more air defence systems.\n",
			sentence: "promised Ukraine", want: []string{"03 DEU>UKR"}, not: []string{"03 DEU>RUSGOV"}},
		{name: "a promise at home in a story of one country names no one", date: "2011-01-13",
			text:     "TUNIS, Tunisia (AP) — Police fired tear gas at protesters in Tunis on Wednesday.\n\nThe president promised early elections.\n",
			sentence: "promised early elections", not: []string{"03 TUN>USAGOV", "03 TUN>FRAGOV"}},
	})
}
