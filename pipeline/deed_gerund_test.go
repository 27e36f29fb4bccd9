package pipeline

import "testing"

// TestJudgedGerundOfAct: a judgement whose object is a gerund naming an act
// with the "of" phrase of who it was done to ("called the sacking of the
// judges an assault", "condemned the storming of parliament", "the jailing
// of the activists") is aimed at who did that act before in the story, not
// at who it was done to: after a determiner and before "of", a gerund the
// tagger knew only as a verb form is the phrase's noun, and the lexicon's
// event noun (~sacking, ~storming, ~jailing) names the act judged.
func TestJudgedGerundOfAct(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a law society calls the sacking of judges an assault", date: "2009-04-11",
			text:     "SUVA, Fiji (AP) — Fiji's president sacked the country's judges on Friday.\n\nThe head of the Fiji Law Society called the sacking of the judges an assault on the rule of law.\n",
			sentence: "called the sacking", want: []string{"11 NGOFJI>FJIGOV"}, not: []string{"11 FJI>FJIJUD"}},
		{name: "lawyers condemn the sacking of a chief justice", date: "2007-03-10",
			text:     "ISLAMABAD, Pakistan (AP) — President Pervez Musharraf dismissed the chief justice on Friday.\n\nLawyers condemned the sacking of the chief justice.\n",
			sentence: "condemned the sacking", want: []string{"11 PAKCVL>PAKGOV"}, not: []string{"11 PAKCVL>PAKJUD"}},
		{name: "opposition denounces the sacking of a central bank chief", date: "2009-04-07",
			text:     "CARACAS, Venezuela (AP) — Venezuela's government sacked the central bank chief on Monday.\n\nOpposition leaders denounced the sacking of the bank chief.\n",
			sentence: "denounced the sacking", want: []string{"11 VENOPP>VENGOV"}, not: []string{"11 VENOPP>VENBUS"}},
		{name: "a president calls the storming of the legislature treasonous", date: "2024-06-26",
			text:     "NAIROBI, Kenya (AP) — Protesters stormed Kenya's parliament on Tuesday.\n\nPresident William Ruto called the storming of the legislature treasonous.\n",
			sentence: "storming of the legislature", want: []string{"11 KENGOV>KENOPP"}, not: []string{"11 KENGOV>KENLEG"}},
		{name: "a president-elect condemns the storming of the Capitol", date: "2021-01-07",
			text:     "WASHINGTON (AP) — Supporters of Donald Trump stormed the Capitol on Wednesday.\n\nPresident-elect Joe Biden condemned the storming of the Capitol.\n",
			sentence: "condemned the storming", want: []string{"11 USAGOV>USACVL"}, not: []string{"11 USAGOV>-"}},
		{name: "a government condemns gunmen's storming of a hotel", date: "2015-01-28",
			text:     "TRIPOLI, Libya (AP) — Gunmen stormed the Corinthia hotel in Tripoli on Tuesday.\n\nThe government condemned the storming of the hotel.\n",
			sentence: "condemned the storming", want: []string{"11 LBYGOV>UAF"}, not: []string{"11 LBYGOV>-"}},
		{name: "a European state condemns the jailing of opposition leaders", date: "2009-04-11",
			text:     "HARARE, Zimbabwe (AP) — Zimbabwean police jailed opposition leaders on Friday.\n\nBritain condemned the jailing of the opposition leaders.\n",
			sentence: "condemned the jailing", want: []string{"11 GBR>ZWEGOV"}, not: []string{"11 GBR>ZWEOPP"}},
		{name: "a bloc condemns a court's jailing of activists", date: "2021-04-06",
			text:     "MINSK, Belarus (AP) — A Belarusian court jailed three opposition activists on Monday.\n\nThe European Union condemned the jailing of the activists.\n",
			sentence: "condemned the jailing", want: []string{"11 IGOEUR>BLRJUD"}, not: []string{"11 IGOEUR>BLROPP"}},
	})
}
