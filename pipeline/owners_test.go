package pipeline

import "testing"

// TestOwnerThroughIncluding: a thing of an object an entry lists ("the
// broadcasts") belongs to whom its "of" phrase names; when that phrase
// names no one ("foreign news channels") but its ", including ..." phrase
// does, those named are the target ("including France 24": FRAMED). With
// no one named, a domestic measure stays on the source's own country.
func TestOwnerThroughIncluding(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a foreign channel named among others", date: "2010-12-06",
			text:     "ABIDJAN, Ivory Coast (AP) — The government has suspended the broadcasts of foreign news channels, including France 24, on Saturday.\n",
			sentence: "suspended the broadcasts", want: []string{"17 CIVGOV>FRAMED"}, not: []string{"17 CIVGOV>CIVCVL"}},
		{name: "two broadcasters named among others", date: "2022-03-04",
			text:     "MOSCOW (AP) — Russia suspended the broadcasts of several foreign broadcasters, including the BBC and Deutsche Welle.\n",
			sentence: "suspended the broadcasts", want: []string{"17 RUS>GBRMED", "17 RUS>DEUMED"}},
		{name: "no one named: the source's own people", date: "2022-03-04",
			text:     "BAMAKO, Mali (AP) — Mali's junta suspended the broadcasts of two private stations.\n",
			sentence: "suspended the broadcasts", want: []string{"17 MLIGOV>MLICVL"}},
	})
}

// TestThisPlace: an act aimed at no actor whose clause names where it
// happens only as "this city", "this town" or "this base" happens at the
// dateline's place, and is aimed at its country as a named place there
// would be (a town seized falls on the government, aim=GOV); a visit there
// at home is still no visit.
func TestThisPlace(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "rebels seize this colonial city", date: "1994-01-03",
			text:     "SAN CRISTOBAL DE LAS CASAS, Mexico (AP) — Rebels seized this colonial city on Saturday.\n",
			sentence: "seized this colonial city", want: []string{"19 MEXREB>MEXGOV"}},
		{name: "a named group captures this city", date: "2012-11-21",
			text:     "GOMA, Congo (AP) — M23 rebels captured this city on Tuesday.\n",
			sentence: "captured this city", want: []string{"19 CODREB>CODGOV"}},
		{name: "foreign jets bomb targets in this city", date: "2001-10-09",
			text:     "KANDAHAR, Afghanistan (AP) — American jets bombed targets in this city on Monday.\n",
			sentence: "bombed targets", want: []string{"19 USAMIL>AFG"}},
		{name: "a president arriving in this city at home makes no visit", date: "2020-01-06",
			text:     "MOSCOW (AP) — Russian President Vladimir Putin arrived in this city on Monday.\n",
			sentence: "arrived in this city", not: []string{"04 RUSGOV>RUS", "04 RUSGOV>RUSGOV"}},
	})
}

// TestCarriedAboard: an act on a vehicle told with a participle of
// carrying on it ("buses carrying the students", "a convoy transporting
// aid workers"; sets.txt's &conveyance) is aimed at those it carries;
// another participle ("buses waiting for the students") or a load that is
// no one ("a convoy carrying food") names no one aboard.
func TestCarriedAboard(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "police fire on buses carrying students", date: "2014-09-27",
			text:     "IGUALA, Mexico (AP) — Police officers opened fire on buses carrying the students on Friday.\n",
			sentence: "opened fire", want: []string{"18 MEXCOP>MEXCVL"}},
		{name: "gunmen attack a convoy transporting aid workers", date: "2014-09-27",
			text:     "KABUL, Afghanistan (AP) — Gunmen attacked a convoy transporting aid workers near Kabul on Monday.\n",
			sentence: "attacked a convoy", want: []string{"18 UAF>AFGCVL"}},
		{name: "a bus carrying pilgrims attacked, passive", date: "2014-09-27",
			text:     "PESHAWAR, Pakistan (AP) — A bus carrying pilgrims was attacked by militants on Monday.\n",
			sentence: "was attacked", want: []string{"18 PAKREB>PAKCVL"}},
		{name: "another participle names no one aboard", date: "2014-09-27",
			text:     "IGUALA, Mexico (AP) — Police officers opened fire on buses waiting for the students on Friday.\n",
			sentence: "opened fire", want: []string{"19 MEXCOP>-"}},
		{name: "a load that is no one", date: "2014-09-27",
			text:     "KABUL, Afghanistan (AP) — Gunmen attacked a convoy carrying food near Kabul on Monday.\n",
			sentence: "attacked a convoy", not: []string{"19 UAF>AFGCVL"}},
	})
}

// TestGivenTimeToLeave: people given a time to leave are ordered out
// (174: "gave Qatari citizens two weeks to leave"); envoys so given are
// expelled envoys (161); a time given for anything else is no expulsion.
func TestGivenTimeToLeave(t *testing.T) {
	testLexRows(t, []lexRow{
		{"citizens given two weeks to leave", d, "Saudi Arabia gave Qatari citizens two weeks to leave its territory.", "174", "SAU>QATCVL", ""},
		{"residents given 90 days to leave", d, "Uganda gave Asian residents 90 days to leave.", "174", "UGA>CVL", ""},
		{"diplomats given 72 hours to leave", d, "Russia gave the British diplomats 72 hours to leave the country.", "161", "RUS>GBRGOV", ""},
		{"diplomats are no mass expulsion", d, "Russia gave the British diplomats 72 hours to leave the country.", "174", "", ""},
		{"a time to rest is no expulsion", d, "The army gave the soldiers two days to rest.", "174", "", ""},
	})
}
