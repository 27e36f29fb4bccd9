package pipeline

import "testing"

// TestRejectedDeed: a rejection (policy.tsv's answer on root 12) whose
// object names an earlier act and no actor ("rejected the ban", "rejected
// the move") answers who did it, as a judgement of the act does: first
// who last acted against the one who rejects, else the act just told by
// another country's actor; a rejected request still answers who asked,
// and with no act told it answers no one. An event noun all of whose
// entries are acts of conflict ("the annulment", "the expulsions", "the
// arrests") is such an act too; an offer or a proposal is refused as asked.
func TestRejectedDeed(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a party rejects a ban on it", date: "2020-01-07",
			text:     "NAIROBI, Kenya (AP) — The government banned the main opposition party on Monday.\n\nThe party rejected the ban on Tuesday.\n",
			sentence: "rejected the ban", want: []string{"12 KENPTY>KENGOV"}},
		{name: "lawmakers reject the move, present perfect", date: "2020-01-07",
			text:     "BAMAKO, Mali (AP) — The army dissolved parliament on Monday.\n\nLawmakers have rejected the move.\n",
			sentence: "rejected the move", want: []string{"12 MLILEG>MLIMIL"}},
		{name: "another country's measure", date: "2020-01-07",
			text:     "KHARTOUM, Sudan (AP) — Egypt suspended flights to Sudan on Monday.\n\nSudan rejected the decision.\n",
			sentence: "rejected the decision", want: []string{"12 SDN>EGY"}},
		{name: "a request rejected answers who asked", date: "2020-01-07",
			text:     "KAMPALA, Uganda (AP) — Kenya asked Uganda to open the border.\n\nUganda rejected the request.\n",
			sentence: "rejected the request", want: []string{"12 UGA>KEN"}},
		{name: "its own side's act is no one else's", date: "2020-01-07",
			text:     "KIGALI, Rwanda (AP) — Rwanda closed its border on Monday.\n\nRwanda's army rejected the move.\n",
			sentence: "rejected the move", not: []string{"12 RWAMIL>RWA", "12 RWAMIL>RWAGOV"}},
		{name: "no act told, no target", date: "2020-01-07",
			text:     "NAIROBI, Kenya (AP) — Prices rose sharply on Monday.\n\nThe opposition rejected the decision.\n",
			sentence: "rejected the decision", want: []string{"12 KENOPP>-"}},
		{name: "a candidate rejects the annulment of the vote", date: "1993-06-24",
			text:     "LAGOS, Nigeria (AP) — Nigeria's military government annulled the presidential election on Wednesday.\n\nThe winner, Moshood Abiola, rejected the annulment on Thursday.\n",
			sentence: "rejected the annulment", want: []string{"12 NGAOPP>NGAGOV"}},
		{name: "expulsions rejected by the country expelled, in Europe", date: "2018-03-15",
			text:     "LONDON (AP) — Britain expelled 23 Russian diplomats on Wednesday.\n\nMoscow rejected the expulsions as provocative.\n",
			sentence: "rejected the expulsions", want: []string{"12 RUSGOV>GBR"}},
		{name: "arrests rejected by the party, in Asia", date: "2021-02-03",
			text:     "YANGON, Myanmar (AP) — Police arrested dozens of opposition lawmakers on Monday.\n\nThe opposition party rejected the arrests on Tuesday.\n",
			sentence: "rejected the arrests", want: []string{"12 MMROPP>MMRCOP"}},
		{name: "a curfew rejected by the opposition, in Africa", date: "2020-01-07",
			text:     "CONAKRY, Guinea (AP) — The government imposed a curfew on the capital on Monday.\n\nOpposition leaders rejected the curfew on Tuesday.\n",
			sentence: "rejected the curfew", want: []string{"12 GINOPP>GINGOV"}},
		{name: "sanctions rejected, in the Americas", date: "2019-01-29",
			text:     "CARACAS, Venezuela (AP) — The United States imposed sanctions on Venezuela's state oil company on Monday.\n\nCaracas rejected the sanctions on Tuesday.\n",
			sentence: "rejected the sanctions", want: []string{"12 VENGOV>USA"}},
		{name: "an offer rejected still answers who offered", date: "2020-01-07",
			text:     "KAMPALA, Uganda (AP) — Kenya offered to mediate between Uganda and Rwanda.\n\nUganda rejected the offer.\n",
			sentence: "rejected the offer", want: []string{"12 UGA>KEN"}},
	})
}
