package pipeline

import "testing"

// TestApprovalOfDeed: an approval (policy.tsv's answer: welcoming, praising)
// whose object names an earlier act and no actor ("welcomed the release",
// "praised the move") is aimed at who did that act: the last act of the kind
// its noun names, else the act told just before by another country's actor;
// never at who acted against the approver, never at the approver's own
// country, and not at all when no one is told doing an act.
func TestApprovalOfDeed(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a release welcomed", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — Uganda freed two Rwandan soldiers on Monday.\n\nRwanda welcomed the release.\n",
			sentence: "welcomed the release", want: []string{"05 RWA>UGA"}},
		{name: "a move praised, in the present perfect", date: "2019-03-05",
			text:     "MOGADISHU, Somalia (AP) — Kenya lifted its ban on Somali flights on Monday.\n\nSomalia has praised the move.\n",
			sentence: "praised the move", want: []string{"05 SOM>KEN"}},
		{name: "a decision welcomed by a bloc", date: "2019-03-05",
			text:     "BRUSSELS (AP) — Serbia withdrew its troops from the border on Monday.\n\nThe European Union welcomed the decision on Tuesday.\n",
			sentence: "welcomed the decision", want: []string{"05 IGOEUR>SRB"}},
		{name: "the kind the noun names before the act just told", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — Uganda freed two Rwandan soldiers on Monday.\n\nBurundi expelled a Congolese diplomat on Tuesday.\n\nRwanda welcomed the release.\n",
			sentence: "welcomed the release", want: []string{"05 RWA>UGA"}, not: []string{"05 RWA>BDI"}},
		{name: "not who acted against the approver", date: "2019-03-05",
			text:     "N'DJAMENA, Chad (AP) — Sudanese troops shelled Chadian villages on Monday.\n\nQatar freed two Chadian prisoners on Tuesday.\n\nChad welcomed the move.\n",
			sentence: "welcomed the move", want: []string{"05 TCD>QAT"}, not: []string{"05 TCD>SDNMIL", "05 TCD>SDN"}},
		{name: "the approver's own act is no one else's", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — Rwanda freed two Ugandan soldiers on Monday.\n\nRwanda's government welcomed the decision.\n",
			sentence: "welcomed the decision", not: []string{"05 RWA>RWA", "05 RWA>UGA"}},
		{name: "no act told, no target", date: "2019-03-05",
			text:     "NAIROBI, Kenya (AP) — Prices rose sharply on Monday.\n\nKenya welcomed the decision.\n",
			sentence: "welcomed the decision", want: []string{"05 KEN>-"}},
		{name: "a doer named in the object still decides", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — Burundi expelled a Congolese diplomat on Monday.\n\nRwanda welcomed Uganda's decision.\n",
			sentence: "welcomed Uganda", want: []string{"05 RWA>UGA"}, not: []string{"05 RWA>BDI"}},
	})
}

// TestAnswerToAccount: an account, a version or an explanation is
// something said (sets.txt's &utterance): rejected as known ("the
// account", "these explanations"), it answers who spoke before; with no
// one told speaking, it answers no one.
func TestAnswerToAccount(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the account rejected", date: "1996-04-27",
			text:     "BEIRUT (AP) — Israel's army said its gunners had answered mortar fire from the village.\n\nThe U.N. spokesman rejected the account on Friday.\n",
			sentence: "rejected the account", want: []string{"12 IGOUNO>ISRMIL"}},
		{name: "that version rejected", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — Uganda's army said its troops had crossed the border by mistake.\n\nRwandan officials rejected that version.\n",
			sentence: "rejected that version", want: []string{"12 RWAGOV>UGAMIL"}},
		{name: "these explanations rejected", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — Uganda said its troops had crossed the border by mistake.\n\nRwanda rejected these explanations.\n",
			sentence: "rejected these explanations", want: []string{"12 RWA>UGA"}},
		{name: "an account by no one answers no one", date: "2019-03-05",
			text:     "KIGALI, Rwanda (AP) — An account of the battle appeared in newspapers on Monday.\n\nRwanda rejected the account.\n",
			sentence: "rejected the account", want: []string{"12 RWA>-"}},
	})
}
