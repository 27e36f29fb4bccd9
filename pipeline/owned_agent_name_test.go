package pipeline

import "testing"

// TestNameAfterOwnedAgent: a name in apposition after an agent another owns
// ("the rebels' head of political affairs, Ahmed Tahir,") is that agent,
// with or without an "of" phrase after the agent, and the surname alone
// stands for them later in the story.
func TestNameAfterOwnedAgent(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "rebels' head of political affairs accuses the army", date: "2014-05-12",
			text:     "KHARTOUM, Sudan (AP) — The rebels' head of political affairs, Ahmed Osman Tahir, accused the army of bombing villages on Monday.\n",
			sentence: "accused", want: []string{"11 SDNREB>SDNMIL"}},
		{name: "junta's minister of information accuses the rebels", date: "2021-11-03",
			text:     "YANGON, Myanmar (AP) — The junta's minister of information, Kyaw Zaw Htet, accused the rebels of burning villages on Wednesday.\n",
			sentence: "accused", want: []string{"11 MMRGOV>MMRREB"}},
		{name: "union's spokesman, then the surname alone", date: "2012-01-09",
			text:     "LAGOS, Nigeria (AP) — The labour union's spokesman, Chinedu Eze Okafor, called a strike on Monday. Okafor accused the government of lying to workers.\n",
			sentence: "Okafor accused", want: []string{"11 NGALAB>NGAGOV"}},
		{name: "party's spokesman, then the surname alone", date: "2018-10-08",
			text:     "JAKARTA, Indonesia (AP) — The opposition party's spokesman, Budi Santoso Wirawan, spoke on Monday. Wirawan accused the police of intimidation.\n",
			sentence: "Wirawan accused", want: []string{"11 IDNOPP>IDNCOP"}},
		{name: "rebels' spokesman, then the surname alone rejects the talks", date: "2004-08-12",
			text:     "KATHMANDU, Nepal (AP) — The rebels' spokesman, Krishna Bahadur Thapa, spoke on Thursday. Thapa rejected the government's offer of talks.\n",
			sentence: "Thapa rejected", want: []string{"* NPLREB>NPLGOV"}},
		{name: "plural agent and two names are left alone", date: "2004-08-12",
			text:     "KATHMANDU, Nepal (AP) — The rebels' commanders, Krishna Thapa and Ram Gurung, denounced the government on Thursday.\n",
			sentence: "denounced", not: []string{"11 NPLREB>NPLGOV"}},
	})
}
