package pipeline

import "testing"

// TestStateActsJudged: a judgement of an act only a state does (sets.txt's
// &stateact: results, votes, elections, laws, decrees) that names no actor
// and follows no such act told before by a state is aimed at the government
// of the country the story is about; never when that government judges it
// itself, and not at whoever beat the judge's side (police did not count
// the votes).
func TestStateActsJudged(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a complaint against the results", date: "2020-08-11",
			text:     "MINSK, Belarus (AP) — Police clashed with protesters in Minsk on Monday.\n\nThe opposition candidate lodged a formal complaint against the official results.\n",
			sentence: "lodged a formal complaint", want: []string{"11 BLROPP>BLRGOV"}, not: []string{"11 BLROPP>BLRCOP"}},
		{name: "a vote said to be unfair", date: "2020-08-11",
			text:     "MINSK, Belarus (AP) — Belarusians voted on Sunday.\n\nThe European Union said the vote had been neither free nor fair.\n",
			sentence: "neither free nor fair", want: []string{"11 IGOEUR>BLRGOV"}},
		{name: "a new law condemned", date: "2021-06-15",
			text:     "BUDAPEST, Hungary (AP) — Hungarian lawmakers met on Tuesday.\n\nRights groups condemned the new law.\n",
			sentence: "condemned the new law", want: []string{"11 NGO>HUNGOV"}},
		{name: "an election called a sham", date: "2021-11-08",
			text:     "MANAGUA, Nicaragua (AP) — Nicaraguans voted on Sunday.\n\nThe United States called the election a sham.\n",
			sentence: "called the election", want: []string{"11 USA>NICGOV"}},
		{name: "a state's own vote, told before, by another state", date: "2022-09-28",
			text:     "KYIV, Ukraine (AP) — Russia held referendums in four occupied regions on Tuesday.\n\nKyiv called the vote a sham.\n",
			sentence: "called the vote", want: []string{"11 UKRGOV>RUS"}},
		{name: "the government does not judge itself", date: "2020-08-11",
			text:     "MINSK, Belarus (AP) — Belarusians voted on Sunday.\n\nThe Belarusian government said the vote was fair.\n",
			sentence: "vote was fair", not: []string{"11 BLRGOV>BLRGOV"}},
	})
}

// TestActsDoneToTheJudge: a judge's judgement of an act done to itself
// ("called his removal a kidnapping", "condemned their arrest": an event
// noun whose "of" phrase is its patient, with the judge as possessor) is
// aimed at who last acted against the judge; the judge's own act ("his
// decision") is aimed at no one.
func TestActsDoneToTheJudge(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a removal called a kidnapping", date: "2009-06-29",
			text:     "TEGUCIGALPA, Honduras (AP) — Honduran soldiers stormed the residence of President Manuel Zelaya on Sunday.\n\nZelaya called his removal a kidnapping.\n",
			sentence: "called his removal", want: []string{"11 HNDGOV>HNDMIL"}},
		{name: "an arrest condemned", date: "2021-02-01",
			text:     "YANGON, Myanmar (AP) — Myanmar soldiers detained opposition leader Aung San Suu Kyi on Monday.\n\nIn a message from detention, Suu Kyi condemned her arrest.\n",
			sentence: "condemned her arrest", want: []string{"11 MMRGOV>MMRMIL"}},
		{name: "an ouster called a coup", date: "2013-07-05",
			text:     "CAIRO, Egypt (AP) — The Egyptian army ousted President Mohammed Morsi on Wednesday.\n\nMorsi called his ouster a coup.\n",
			sentence: "called his ouster", want: []string{"11 EGYGOV>EGYMIL"}},
		{name: "one's own decision is no act against one", date: "2013-07-05",
			text:     "CAIRO, Egypt (AP) — The Egyptian army ousted President Mohammed Morsi on Wednesday.\n\nThe army chief condemned his own decision.\n",
			sentence: "condemned his own decision", not: []string{"11 EGYMIL>EGYMIL"}},
	})
}

// TestCoupJudged: "the coup" judged is aimed at who staged one before; a
// narrower code counts only when it fell on the government as a coup does
// (a curfew imposed on the people is no coup), and with no coup told, at who
// last used force against its own country's government.
func TestCoupJudged(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a storming, a curfew, then the coup condemned", date: "2009-06-29",
			text: "TEGUCIGALPA, Honduras (AP) — Honduran soldiers stormed the residence of President Manuel Zelaya on Sunday.\n\n" +
				"The interim government imposed a curfew.\n\nThe Organization of American States condemned the coup.\n",
			sentence: "condemned the coup", want: []string{"11 IGOOAS>HNDMIL"}, not: []string{"11 IGOOAS>HNDGOV"}},
		{name: "soldiers detain the president, then criticism of the coup", date: "2021-09-06",
			text:     "CONAKRY, Guinea (AP) — Guinean soldiers detained President Alpha Conde on Sunday.\n\nThe African Union condemned the coup on Monday.\n",
			sentence: "condemned the coup", want: []string{"11 IGOAFR>GINMIL"}},
		{name: "a foreign attack on a government is no coup", date: "2003-03-21",
			text: "BAGHDAD (AP) — U.S. warplanes bombed government buildings in Baghdad on Friday.\n\nOil prices rose.\n\n" +
				"France condemned the coup in Ivory Coast.\n",
			sentence: "condemned the coup", not: []string{"11 FRA>USAMIL"}},
	})
}

// TestAlsoAgainstTheSame: an act of conflict told with "also" and no target
// of its own is one more act against whom its source last acted against,
// in the sentence or the two before; without "also", or after an act of
// cooperation, it names no one.
func TestAlsoAgainstTheSame(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "expulsions, then contacts frozen", date: "2018-03-14",
			text: "LONDON (AP) — Britain expelled 23 Russian diplomats on Wednesday.\n\nThe diplomats have a week to leave.\n\n" +
				"The prime minister also froze high-level contacts.\n",
			sentence: "also froze", want: []string{"16 GBRGOV>RUSGOV"}},
		{name: "sanctions, then aid cut, in one sentence", date: "2021-02-11",
			text:     "WASHINGTON (AP) — The United States imposed sanctions on Myanmar's generals and also suspended military aid.\n",
			sentence: "also suspended", want: []string{"16 USA>MMRMIL"}},
		{name: "a threat, then a recall", date: "2019-02-15",
			text:     "NEW DELHI (AP) — India accused Pakistan of harbouring militants on Friday.\n\nIndia has also recalled its high commissioner.\n",
			sentence: "also recalled", want: []string{"16 IND>PAK"}},
		{name: "no also, no target", date: "2018-03-14",
			text:     "LONDON (AP) — Britain expelled 23 Russian diplomats on Wednesday.\n\nThe prime minister froze high-level contacts.\n",
			sentence: "froze", not: []string{"16 GBRGOV>RUS"}},
		{name: "after cooperation, no target", date: "2018-03-14",
			text:     "LONDON (AP) — Britain praised France on Wednesday.\n\nThe prime minister also froze high-level contacts.\n",
			sentence: "also froze", not: []string{"16 GBRGOV>FRA"}},
	})
}
