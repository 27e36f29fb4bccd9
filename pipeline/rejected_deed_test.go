package pipeline

import "testing"

// TestRejectedDeed: a rejection (policy.tsv's answer on root 12) whose
// object names an earlier act and no actor ("rejected the ban", "rejected
// the move") answers who did it, as a judgement of the act does: first
// who last acted against the one who rejects, else the act just told by
// another country's actor; a rejected request still answers who asked,
// and with no act told it answers no one.
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
	})
}
