package pipeline

import "testing"

// TestJudgedDeedByNoun: a judgement whose object is an event noun of the
// lexicon with no actor of its own ("condemned the capture of the town",
// "denounced the seizure") is aimed at who did the last act of a kind the
// noun's entries name, told anywhere before in the story, not at whoever
// acted last: an act of another kind told in between does not count, nor
// does a narrower code that fell on another sector than the noun's act (a
// curfew on the people is no ouster). With no such act told, it has no
// target.
func TestJudgedDeedByNoun(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a bloc condemns the capture of a town told three sentences before", date: "2012-11-21",
			text: "BUKAVU, Congo (AP) — M23 rebels captured the town of Sake on Tuesday.\n\nThousands of residents fled toward the lake.\n\n" +
				"Aid groups said food was running short.\n\nThe African Union condemned the capture of Sake on Wednesday.\n",
			sentence: "condemned the capture", want: []string{"11 IGOAFR>CODREB"}},
		{name: "a neighbour denounces the seizure of a district", date: "2018-03-01",
			text: "KABUL, Afghanistan (AP) — Taliban fighters seized the district of Nad Ali on Monday.\n\nLocal officials said the police had run out of ammunition.\n\n" +
				"Many families left the area.\n\nPakistan on Wednesday denounced the seizure of the district.\n",
			sentence: "denounced the seizure", want: []string{"11 PAK>AFGREB"}},
		{name: "an act of another kind in between is not the capture", date: "2022-03-02",
			text: "KYIV, Ukraine (AP) — Russian troops captured the city of Kherson on Wednesday.\n\nUkrainian forces shelled Russian positions near Mykolaiv.\n\n" +
				"The mayor said water was running out.\n\nPoland condemned the capture of Kherson.\n",
			sentence: "condemned the capture", want: []string{"11 POL>RUSGOV"}, not: []string{"11 POL>UKRMIL"}},
		{name: "a curfew on the people is no ouster", date: "2009-06-30",
			text: "TEGUCIGALPA, Honduras (AP) — Soldiers ousted President Manuel Zelaya on Sunday.\n\nThe new government imposed a curfew on Monday.\n\n" +
				"Shops stayed shut in the capital.\n\nBrazil condemned the ouster on Tuesday.\n",
			sentence: "condemned the ouster", want: []string{"11 BRA>HNDMIL"}, not: []string{"11 BRA>HNDGOV"}},
		{name: "no capture told: no target", date: "2020-06-01",
			text: "MOSCOW (AP) — A court in Moscow jailed an opposition activist on Monday.\n\nHe had organised rallies in the city.\n\n" +
				"Several of his aides left the country.\n\nGermany condemned the capture of the port.\n",
			sentence: "condemned the capture", want: []string{"11 DEU>-"}, not: []string{"11 DEU>RUSJUD", "11 DEU>RUSGOV"}},
	})
}

// TestRespondedByForce: responding or reacting by force or in anger
// ("would respond militarily", "responded forcefully", "reacted angrily")
// with no target of its own is a retaliation (sets.txt's &retaliation): at
// whoever last acted against the source; with nothing done to it before,
// at no one.
func TestRespondedByForce(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a threat to respond militarily after air strikes", date: "2019-02-27",
			text:     "ISLAMABAD (AP) — Indian jets bombed Pakistani army posts in Kashmir on Tuesday.\n\nPakistan warned that it would respond militarily.\n",
			sentence: "respond militarily", want: []string{"13 PAK>INDMIL"}},
		{name: "a military responds forcefully to fire", date: "2023-01-10",
			text:     "SEOUL, South Korea (AP) — North Korean troops fired on South Korean soldiers on Monday.\n\nSouth Korea's military responded forcefully.\n",
			sentence: "responded forcefully", want: []string{"19 KORMIL>PRKMIL"}},
		{name: "a government reacts angrily to tariffs", date: "2018-04-05",
			text:     "BEIJING (AP) — The United States imposed tariffs on Chinese steel on Tuesday.\n\nBeijing reacted angrily on Wednesday.\n",
			sentence: "reacted angrily", want: []string{"11 CHNGOV>USA"}},
		{name: "a drone strike answered by a threat", date: "2020-01-08",
			text:     "TEHRAN (AP) — A U.S. drone killed an Iranian general in Baghdad on Friday.\n\nIran said it would react militarily.\n",
			sentence: "react militarily", want: []string{"13 IRN>USA"}},
		{name: "nothing done to it before: no target", date: "2023-01-10",
			text:     "TOKYO (AP) — Japan held a cabinet meeting on Monday.\n\nJapan warned it would respond militarily.\n",
			sentence: "respond militarily", want: []string{"13 JPN>-"}},
	})
}

// TestEndOfConstitutionalRule: an end put to constitutional rule ("the
// interruption of constitutional rule", "the breakdown of constitutional
// order") is a coup named by what it ended (172): judged, it is aimed at
// who staged it; a warning against one that no one staged is aimed at no
// one.
func TestEndOfConstitutionalRule(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "leaders condemn the interruption of constitutional rule", date: "2002-04-14",
			text:     "CARACAS, Venezuela (AP) — The military high command forced President Hugo Chavez from office on Friday.\n\nLatin American leaders meeting in Costa Rica condemned the interruption of constitutional rule.\n",
			sentence: "condemned the interruption", want: []string{"11 GOV>VENMIL"}},
		{name: "a body condemns the breakdown of constitutional order", date: "2021-02-02",
			text:     "YANGON, Myanmar (AP) — Myanmar's military detained Aung San Suu Kyi on Monday.\n\nThe United Nations condemned the breakdown of constitutional order.\n",
			sentence: "condemned the breakdown", want: []string{"11 IGOUNO>MMRMIL"}},
		{name: "the rupture of democratic order after soldiers seized power", date: "2020-08-20",
			text:     "BAMAKO, Mali (AP) — Mutinous soldiers seized power in Mali on Tuesday.\n\nThe African Union denounced the rupture of democratic order.\n",
			sentence: "denounced the rupture", want: []string{"11 IGOAFR>MLIMIL"}},
		{name: "a breakdown of talks is no coup", date: "2021-02-02",
			text:     "GENEVA (AP) — Iran and the United States held talks in Geneva on Monday.\n\nFrance regretted the breakdown of the talks.\n",
			sentence: "regretted the breakdown", not: []string{"* FRA>IRN", "* FRA>USA"}},
	})
}
