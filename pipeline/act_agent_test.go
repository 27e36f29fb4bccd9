package pipeline

import (
	"slices"
	"testing"
	"time"
)

// TestTargetIsTheActsAgent: protesting or condemning an act ("the
// detention of journalists by Turkish police") aims at whoever did it,
// named by "by" even after the act's "of" phrase; the people the act was
// done to are not the target.
func TestTargetIsTheActsAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "protest the killing by police", date: "2018-08-04", text: "Students protested against the killing of a student by police in Dhaka.", code: "14", want: "BGDCVL>BGDCOP"},
		{name: "condemned the detention by police", date: "2016-11-01", text: "The EU condemned the detention of journalists by Turkish police.", code: "111", want: "IGOEUR>TURCOP"},
		{name: "condemned the shelling by forces", date: "2022-03-01", text: "Germany condemned the shelling of Kharkiv by Russian forces.", code: "111", want: "DEU>RUSMIL"},
		{name: "rallied against the arrest by authorities", date: "2020-09-08", text: "Protesters rallied against the arrest of the opposition leader by Belarusian authorities.", code: "14", want: "BLROPP>BLRGOV"},
	})
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the victims are no target", date: "2020-09-08", text: "Protesters rallied against the arrest of the opposition leader by Belarusian authorities.",
			sentence: "Protesters rallied", want: []string{"14 BLROPP>BLRGOV"}, not: []string{"14 BLROPP>BLROPP"}},
		{name: "the victim of a killing is no target", date: "2016-12-20", text: "Russia condemned the killing of its ambassador in Ankara.",
			sentence: "Russia condemned", want: []string{"11 RUS>-"}, not: []string{"11 RUS>RUSGOV"}},
		{name: "the victim of an assassination is no target", date: "2021-07-08", text: "The UN Security Council condemned the assassination of Haiti's president.",
			sentence: "condemned", not: []string{"11 IGOUNO>HTIGOV"}},
		{name: "the assassin is", date: "2020-11-28", text: "Iran condemned the assassination of its nuclear scientist by Israel.",
			sentence: "Iran condemned", want: []string{"11 IRN>ISR"}},
		{name: "the journalists are no target", date: "2016-11-01", text: "The EU condemned the detention of journalists by Turkish police.",
			sentence: "The EU condemned", want: []string{"11 IGOEUR>TURCOP"}, not: []string{"11 IGOEUR>MED"}},
	})
}

// TestDenialAnswersTheAccuser: a denial with no target of its own ("Moscow
// has denied any role") answers whoever last accused the one denying, or
// its country; a denial by someone nobody accused has no target.
func TestDenialAnswersTheAccuser(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "denied any role", date: "2018-03-14",
			text:     "LONDON (AP) — Britain accused Russia on Monday of poisoning a former spy.\n\nMoscow has repeatedly denied any role in the attack.\n",
			sentence: "denied any role", want: []string{"016 RUSGOV>GBR"}},
		{name: "denied the charge", date: "2022-06-15",
			text:     "KINSHASA (AP) — The Democratic Republic of Congo accused Rwanda on Tuesday of backing the rebels.\n\nRwanda denied the charge on Wednesday.\n",
			sentence: "Rwanda denied", want: []string{"016 RWA>COD"}},
		{name: "denied involvement, accused by name", date: "2019-09-16",
			text:     "RIYADH (AP) — U.S. Secretary of State Mike Pompeo blamed Iran for the attacks on Saudi oil plants.\n\nIran denied involvement on Sunday.\n",
			sentence: "Iran denied", want: []string{"016 IRN>USAGOV"}},
		{name: "nobody accused the one denying", date: "2022-06-15",
			text:     "KINSHASA (AP) — The Democratic Republic of Congo accused Rwanda on Tuesday of backing the rebels.\n\nUganda also denied any involvement.\n",
			sentence: "Uganda also denied", want: []string{"016 UGA>-"}},
	})
}

// TestTurnedDown: turning down a named party aims at that party; turning
// down a request or an offer aims at whoever made it.
func TestTurnedDown(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "turned a country down", date: "2019-07-01", text: "The IMF turned Pakistan down.", code: "12", want: "IGOUNO>PAK"},
		{name: "turned down a request", date: "2023-01-20", text: "Germany turned down Ukraine's request for tanks.", code: "12", want: "DEU>UKR"},
		{name: "turned the minister down", date: "2015-07-06", text: "German officials turned the Greek minister down.", code: "12", want: "DEUGOV>GRCGOV"},
		{name: "turned down the offer", date: "2006-12-01", text: "Fiji turned down Australia's offer of help.", code: "12", want: "FJI>AUS"},
	})
}

// TestListsAndForgiveness: taking a party off a sanctions or terrorist
// list eases a sanction (081) and putting it on one is a sanction (163);
// asking someone for forgiveness is an apology (055) to them.
func TestListsAndForgiveness(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "removed from a list", date: "2015-05-29", text: "The United States removed Cuba from its list of state sponsors of terrorism.", code: "081", want: "USA>CUB"},
		{name: "suspended from its list", date: "2016-09-27", text: "The European Union suspended the FARC rebels from its terrorist list.", code: "081", want: "IGOEUR>COLREB"},
		{name: "removed from their blacklist", date: "2021-02-12", text: "The Americans removed the Houthi rebels from their blacklist.", code: "081", want: "USA>YEMREB"},
		{name: "delisted", date: "2011-07-16", text: "The UN delisted the Taliban minister.", code: "081", want: "IGOUNO>AFGREB"},
		{name: "added to a list", date: "2021-01-10", text: "Washington added the Houthis to its terrorist list.", code: "163", want: "USAGOV>YEMREB"},
		{name: "asked a country for forgiveness", date: "2019-03-25", text: "Mexico's president asked Spain for forgiveness.", code: "055", want: "MEXGOV>ESP"},
		{name: "begged the families for pardon", date: "2013-04-01", text: "The Kenyan police chief begged the families of the victims for pardon.", code: "055", want: "KENCOP>KENCVL"},
	})
}

// TestSurrender: surrendering to someone, or at their headquarters, is to
// them; protest leaders are the opposition's.
func TestSurrender(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "surrendered at the police headquarters", date: "2010-05-19", text: "Thai protest leaders surrendered at the national police headquarters on Wednesday.", code: "0874", want: "THAOPP>THACOP"},
		{name: "surrendered to police", date: "2017-10-17", text: "Philippine militants surrendered to police in Marawi.", code: "0874", want: "PHLREB>PHLCOP"},
		{name: "surrendered to the army", date: "2009-05-17", text: "Hundreds of Tamil Tigers surrendered to the Sri Lankan army.", code: "0874", want: "LKAREB>LKAMIL"},
		{name: "surrendered at a place", date: "2013-03-18", text: "Rwandan rebel leader Bosco Ntaganda surrendered at the US embassy in Kigali.", code: "0874", want: "CODREB>USAGOV"},
	})
}

// TestDeadlines: giving a party until a time to act is an ultimatum (139)
// to that party, dated when it was given, not by the deadline.
func TestDeadlines(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ name, date, text, dyad, day string }{
		{"until a weekday", "2023-07-31", "ECOWAS on Sunday gave the junta until next Sunday to restore Bazoum.", "IGOWAF>NERGOV", "2023-07-30"},
		{"until midnight on a weekday", "2018-03-14", "Britain on Monday gave Russia until midnight on Tuesday to explain the attack.", "GBR>RUS", "2018-03-12"},
		{"until a date", "2003-03-18", "Washington gave Saddam Hussein until March 20 to leave Iraq.", "USAGOV>IRQGOV", "2003-03-18"},
		{"until the end of the month", "2021-06-02", "The EU gave Belarus until the end of June to free the journalist.", "IGOEUR>BLR", "2021-06-02"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ref, _ := time.Parse(time.DateOnly, tt.date)
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if e.CAMEO == "139" {
					got = append(got, dyad(e)+" "+string(e.Date))
				}
			}
			if !slices.Contains(got, tt.dyad+" "+tt.day) {
				t.Errorf("got %v, want 139 %s on %s", got, tt.dyad, tt.day)
			}
		})
	}
}

// TestRefusalAnswersTheAsker: a refusal with no target of its own answers
// whoever last appealed to or demanded something of the one refusing, in
// the same sentence or before; with no one asking, no target.
func TestRefusalAnswersTheAsker(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "would not resign, same sentence", date: "2006-04-20",
			text:     "HONIARA, Solomon Islands (AP) — Opposition leaders in the Solomon Islands called on Snyder Rini, the new prime minister, to step down, but he said he would not resign.\n",
			sentence: "Opposition leaders", want: []string{"12 SLBGOV>SLBOPP"}},
		{name: "refused, next sentence", date: "2005-03-01",
			text:     "BRUSSELS (AP) — The European Union urged Serbia on Monday to arrest the general.\n\nSerbia refused.\n",
			sentence: "Serbia refused", want: []string{"12 SRB>IGOEUR"}},
		{name: "rejected, a demand before", date: "2019-06-10",
			text:     "HONG KONG (AP) — Hong Kong protesters demanded that Carrie Lam withdraw the bill.\n\nLam refused on Monday.\n",
			sentence: "Lam refused", want: []string{"12 HKGGOV>HKGOPP"}},
		{name: "no one asked", date: "2019-06-10",
			text:     "TEHRAN (AP) — Iran refused on Monday.\n",
			sentence: "Iran refused", want: []string{"12 IRN>-"}},
	})
}

// TestForceByAdverb: a reaction said to be by force with an adverb
// ("respond militarily", "intervene militarily") is military force (19),
// a threat of it (13) when its own side foretells it; a reaction without
// such an adverb is none. Armed forces that intervene or push on need no
// adverb; anyone else's intervention is no force.
func TestForceByAdverb(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "would respond militarily", date: "2009-06-30", text: "Chavez warned that Venezuela would respond militarily.", code: "13", want: "VEN>"},
		{name: "intervened militarily", date: "2013-01-20", text: "France intervened militarily in Mali in January.", code: "19", want: "FRA>MLI"},
		{name: "acted militarily against", date: "2018-04-14", text: "Britain acted militarily against Syria on Saturday.", code: "19", want: "GBR>SYR"},
		{name: "troops intervene", date: "2013-01-20", text: "French troops intervened in Mali in January.", code: "19", want: "FRAMIL>MLI"},
		{name: "the army would intervene: a threat", date: "2017-11-13", text: "The Zimbabwean army warned that the military would intervene.", code: "13", want: "ZWEMIL>"},
		{name: "forces push on", date: "2017-01-20", text: "Senegalese troops pushed on toward Banjul.", code: "19", want: "SENMIL>GMB"},
		{name: "a mediator intervenes: no force", date: "2013-01-20", text: "The United Nations intervened to end the dispute.", code: "19", want: ""},
		{name: "responded quickly is no force", date: "2013-01-20", text: "The government responded quickly to the floods.", code: "19", want: ""},
		{name: "would respond is a threat", date: "2013-01-20", text: "Russia said it would respond.", code: "13", want: "RUS>"}, // the sets code a response held out 130 (owned13 k12, owned46)
		{name: "a response to a letter is no threat", date: "2013-01-20", text: "Russia said it would respond to the letter.", code: "13", want: ""},
	})
}
