package pipeline

import "testing"

// TestAppealCounterpart: an appeal (02) that names no one it is made to is
// made to the story's other party, as a demand is: the state the story
// paired the source's country with, else, for another country's party or a
// bloc, the story's own country whose events the story told. An appeal for
// calm (0252) asks the crowd, and an appeal in a story of one country by its
// own state takes no one abroad; an appeal to "the two sides" of a fight
// told before is made to them.
func TestAppealCounterpart(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "an end to patrols asked after a charge", date: "2021-10-20",
			text:     "BEIJING (AP) — China accused Japan of provocations on Monday.\n\nBeijing called on Tuesday for an end to the patrols.\n",
			sentence: "called on Tuesday", want: []string{"02 CHNGOV>JPNGOV"}},
		{name: "talks asked after sanctions", date: "2019-05-20",
			text:     "TEHRAN, Iran (AP) — The United States imposed new sanctions on Iran on Monday.\n\nIran urged a return to the nuclear deal on Tuesday.\n",
			sentence: "urged a return", want: []string{"02 IRN>USA"}},
		{name: "a bloc asks for a new vote where the story is", date: "2017-12-20",
			text:     "TEGUCIGALPA, Honduras (AP) — Police fired tear gas at protesters on Monday.\n\nThe Organization of American States called for a fresh election.\n",
			sentence: "called for a fresh election", want: []string{"02 IGOOAS>HNDGOV"}},
		{name: "a foreign state asks for a recount where the story is", date: "2017-12-20",
			text:     "KINSHASA, Congo (AP) — Soldiers fired on opposition supporters in Kinshasa on Monday.\n\nBelgium called for a recount of the votes.\n",
			sentence: "called for a recount", want: []string{"02 BEL>CODGOV"}},
		{name: "an appeal for calm asks no state", date: "2021-10-20",
			text:     "BEIJING (AP) — China accused Japan of provocations on Monday.\n\nBeijing appealed for calm on Tuesday.\n",
			sentence: "appealed for calm", not: []string{"02 CHNGOV>JPNGOV"}, want: []string{"02 CHNGOV>-"}},
		{name: "a state at home takes no one abroad", date: "2017-12-20",
			text:     "TEGUCIGALPA, Honduras (AP) — Police fired tear gas at protesters on Monday.\n\nPresident Juan Orlando Hernandez called for a national dialogue.\n",
			sentence: "called for a national dialogue", want: []string{"02 HNDGOV>-"}},
		{name: "an appeal to a party at home names it", date: "1979-07-18",
			text:     "MANAGUA, Nicaragua (AP) — The United States urged Nicaragua to hold elections on Monday.\n\nUrcuyo called on the guerrillas to lay down their arms.\n",
			sentence: "called on the guerrillas", want: []string{"02 NICGOV>NICREB"}, not: []string{"02 NICGOV>USAGOV"}},
		{name: "an appeal named to someone stays theirs", date: "2021-10-20",
			text:     "BEIJING (AP) — China accused Japan of provocations on Monday.\n\nBeijing urged Washington to stay out of the dispute.\n",
			sentence: "urged Washington", want: []string{"02 CHNGOV>USAGOV"}, not: []string{"02 CHNGOV>JPNGOV"}},
		{name: "an appeal to the two sides asks them, not the state", date: "2017-12-20",
			text:     "TEGUCIGALPA, Honduras (AP) — Police fired tear gas at protesters on Monday.\n\nThe Organization of American States urged the two sides to talk.\n",
			sentence: "urged the two sides", want: []string{"02 IGOOAS>HNDCOP", "02 IGOOAS>HNDOPP"}, not: []string{"02 IGOOAS>HNDGOV"}},
	})
}
