package pipeline

import "testing"

// TestConcessionAskedFor: a concession or a refusal that names no one it
// answers answers who asked for, or demanded, that very act (policy.tsv's
// appeal and demand forms of it), though another party pressed the source
// for something else after; with no one who asked for it, who last pressed
// the source, an appeal for another act aside.
func TestConcessionAskedFor(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a resignation urged, then another act urged by another", date: "2005-04-20",
			text:     "QUITO, Ecuador (AP) — Ecuador's army commander urged the president to step down on Tuesday.\n\nThe European Union urged the government to free jailed journalists.\n\nThe president resigned on Wednesday.\n",
			sentence: "president resigned", want: []string{"08 ECUGOV>ECUMIL"}, not: []string{"08 ECUGOV>IGOEUR"}},
		{name: "a resignation demanded, then talks called for", date: "2005-04-20",
			text:     "KATHMANDU, Nepal (AP) — Opposition lawmakers demanded the prime minister's resignation on Monday.\n\nThe United Nations called on the government to open talks with the unions.\n\nThe prime minister stepped down on Tuesday.\n",
			sentence: "stepped down", want: []string{"08 NPLGOV>NPLLEG"}, not: []string{"08 NPLGOV>IGOUNO"}},
		{name: "a resignation in the perfect, asked by the bishops", date: "2005-04-20",
			text:     "LIMA, Peru (AP) — Peru's bishops asked the interior minister to resign on Friday.\n\nGermany asked the government to protect its nationals.\n\nThe minister has resigned.\n",
			sentence: "has resigned", want: []string{"08 PERGOV>PERREL"}, not: []string{"08 PERGOV>DEUGOV"}},
		{name: "both asks in the concession's own sentence", date: "2005-04-20",
			text:     "TBILISI, Georgia (AP) — The interior minister resigned on Friday, a day after students demanded his resignation and the United States urged the government to protect foreign journalists.\n",
			sentence: "resigned on Friday", want: []string{"08 GEOGOV>GEOCVL"}, not: []string{"08 GEOGOV>USAGOV"}},
		{name: "a refusal answers who asked for the act refused", date: "2005-04-20",
			text:     "HONIARA, Solomon Islands (AP) — Opposition leaders called on the prime minister to resign on Monday.\n\nThe United States urged the government to release detained activists.\n\nThe prime minister said he would not step down.\n",
			sentence: "would not step down", want: []string{"12 SLBGOV>SLBOPP"}, not: []string{"12 SLBGOV>USAGOV"}},
		{name: "no one asked for it: the protest, not an appeal for talks", date: "2005-04-20",
			text:     "PORT MORESBY, Papua New Guinea (AP) — Thousands of students surrounded parliament on Monday.\n\nThe United Nations urged the government to open talks with the unions.\n\nThe prime minister resigned on Tuesday.\n",
			sentence: "prime minister resigned", want: []string{"08 PNGGOV>PNGCVL"}, not: []string{"08 PNGGOV>IGOUNO"}},
		{name: "an appeal that names no act still presses", date: "2005-04-20",
			text:     "ANTANANARIVO, Madagascar (AP) — The army chief urged the president on Monday to listen to his people.\n\nThe president resigned on Tuesday.\n",
			sentence: "president resigned", want: []string{"08 MDGGOV>MDGMIL"}},
	})
}

// TestConcessionUnderPressure: a resignation "under pressure from" a
// party yields to that party (08-yield.txt), whatever the story told
// before; "resigned from" a post names no one, and pressure from no one
// named leaves the concession's usual reading.
func TestConcessionUnderPressure(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "resigned under pressure from the army", date: "2012-03-25",
			text:     "BAMAKO, Mali (AP) — The president resigned under pressure from the army on Sunday.\n",
			sentence: "resigned under pressure", want: []string{"08 MLIGOV>MLIMIL"}},
		{name: "stepped down, a time between", date: "2016-05-13",
			text:     "BRASILIA, Brazil (AP) — The planning minister stepped down on Friday under pressure from opposition lawmakers.\n",
			sentence: "stepped down", want: []string{"08 BRAGOV>BRALEG"}},
		{name: "quit in the perfect, under pressure from students", date: "1998-05-21",
			text:     "JAKARTA, Indonesia (AP) — Protests spread across the country on Tuesday.\n\nThe education minister has quit under pressure from students.\n",
			sentence: "has quit", want: []string{"08 IDNGOV>IDNCVL"}},
		{name: "the pressure told after an earlier demand by others", date: "2005-04-20",
			text:     "QUITO, Ecuador (AP) — Opposition lawmakers urged the interior minister to resign on Monday.\n\nThe minister stepped aside on Wednesday under pressure from the police.\n",
			sentence: "stepped aside", want: []string{"08 ECUGOV>ECUCOP"}, not: []string{"08 ECUGOV>ECULEG"}},
		{name: "resigned from a post names no one", date: "2016-05-13",
			text:     "BRASILIA, Brazil (AP) — The planning minister resigned from the cabinet on Friday.\n",
			sentence: "resigned from", not: []string{"08 BRAGOV>BRAGOV"}},
		{name: "pressure from no one named", date: "2016-05-13",
			text:     "NAIROBI, Kenya (AP) — The finance minister resigned under pressure on Friday.\n",
			sentence: "resigned under pressure", want: []string{"08 KENGOV>KENOPP"}},
	})
}
