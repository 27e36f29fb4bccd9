package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// actPlaceRow is a story, the CAMEO code prefix of its event, the event's
// source and target codes ("-" for none) and its place as name/country
// ("<none>" for none).
type actPlaceRow struct {
	name, text, code, src, tgt, want string
}

// runActPlaceRows codes each row's text as a story read on 2019-05-15 and
// checks the first event of the row's code: its actors and its place.
func runActPlaceRows(t *testing.T, rows []actPlaceRow) {
	t.Helper()
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			e := find(codeText(t, c, tt.text, ref), tt.code)
			if e == nil {
				t.Fatalf("no %s event in %q", tt.code, tt.text)
			}
			if got := partyCodeOf(e.Source); got != tt.src {
				t.Errorf("source = %s, want %s (%s)", got, tt.src, e.Rule)
			}
			if got := partyCodeOf(e.Target); got != tt.tgt {
				t.Errorf("target = %s, want %s (%s)", got, tt.tgt, e.Rule)
			}
			if got := placeName(e.Place); got != tt.want {
				t.Errorf("place = %s, want %s (%s)", got, tt.want, e.Rule)
			}
		})
	}
}

func partyCodeOf(p *dateline.Participant) string {
	if p == nil {
		return "-"
	}
	return p.Code
}

// TestSideOfTheCapital pins a capital named with a direction word before
// it: "central Cairo", "southern Kabul" are the city, whatever preposition
// comes before, and no actor (the seat is not its government there), so
// the marchers take the city's country.
func TestSideOfTheCapital(t *testing.T) {
	runActPlaceRows(t, []actPlaceRow{
		{"marching through the middle of a capital",
			"Hundreds of students marched through central Cairo on Friday.", "14", "EGYCVL", "EGYGOV", "Cairo/EGY"},
		{"chased through the middle of a capital",
			"Riot police chased protesters through central Bangkok on Sunday.", "17", "THACOP", "THAOPP", "Bangkok/THA"},
		{"streaming through, with a participle after",
			"Thousands of opposition supporters streamed through central Caracas on Saturday, chanting against the government.", "14", "VENOPP", "VENGOV", "Caracas/VEN"},
		{"a side of a capital is the capital",
			"Looters ransacked shops in southern Kabul overnight.", "14", "AFGCVL", "AFGBUS", "Kabul/AFG"},
		{"shelling a side of a capital is no act on its government",
			"Rebels shelled western Tripoli overnight.", "19", "LBYREB", "LBY", "Tripoli/LBY"},
		{"a side of a city that is no capital stays its division's region",
			"Troops shelled northern Aleppo overnight.", "19", "SYRMIL", "SYR", "northern Aleppo/SYR"},
	})
}

// TestWhereTheTargetWas pins a relative clause that tells where the people
// a force acted on at home were: the act happened there ("fired tear gas
// at students who had gathered in Kampala"), but not when the clause tells
// of somewhere abroad.
func TestWhereTheTargetWas(t *testing.T) {
	runActPlaceRows(t, []actPlaceRow{
		{"fired at a crowd that had gathered in a city",
			"Police fired tear gas at students who had gathered in Kampala on Tuesday.", "17", "UGACOP", "UGACVL", "Kampala/UGA"},
		{"a progressive relative clause, through the streets of a city",
			"Soldiers opened fire on demonstrators who were marching through the streets of Mandalay on Sunday.", "17", "MMRMIL", "MMROPP", "Mandalay/MMR"},
		{"near a city, object of the relative verb",
			"Riot police beat farmers who had blocked a highway near Cochabamba on Monday.", "17", "BOLCOP", "BOLCVL", "Cochabamba/BOL"},
		{"an arrest of people who had camped somewhere",
			"Security forces arrested dozens of activists who had camped in a park in Tbilisi on Friday.", "17", "GEOMIL", "GEOOPP", "Tbilisi/GEO"},
		{"at a port of a city",
			"Police clubbed strikers who had massed at the port of Durban on Wednesday.", "17", "ZAFCOP", "ZAFLAB", "Durban/ZAF"},
		{"in the middle of a capital",
			"Soldiers fired on demonstrators who had gathered in central Yangon on Sunday.", "17", "MMRMIL", "MMROPP", "Yangon/MMR"},
		{"a place abroad in the target's past is not the act's",
			"Police in Belgium arrested a man who had fought in Syria.", "17", "BELCOP", "BELCVL", "Belgium/BEL"},
	})
}

// TestAddressedNotPlaced pins a capital named after "on" in a statement or
// an act between states: whom the act is addressed to ("called on Seoul to
// honour the agreement"), its government as any seat that acts, never where
// it happened; a place after "on" of a
// common noun is still read ("speaking on Sunday in Nairobi").
func TestAddressedNotPlaced(t *testing.T) {
	runActPlaceRows(t, []actPlaceRow{
		{"a capital called on",
			"Tokyo called on Seoul to honour the agreement.", "02", "JPNGOV", "KORGOV", "<none>"},
		{"a bloc calls on a capital",
			"The European Union called on Moscow to release the activists.", "02", "IGOEUR", "RUSGOV", "<none>"},
		{"a seat calls on a seat",
			"Washington called on Beijing to show restraint.", "02", "USAGOV", "CHNGOV", "<none>"},
		{"a league calls on a capital to end violence",
			"The Arab League called on Damascus to end the violence.", "02", "IGOARL", "SYRGOV", "<none>"},
		{"a state calls on a capital to hold a vote",
			"France called on Kinshasa to hold the vote on time.", "02", "FRA", "CODGOV", "<none>"},
		{"where the speaker was still counts",
			"The minister, speaking on Sunday in Nairobi, called on the rebels to disarm.", "02", "KENGOV", "KENREB", "Nairobi/KEN"},
	})
}

// TestSpokenFrom pins where a statement was made from: a fronted "From X,",
// a participle beside the speaker ("speaking from Madrid"), a place within
// what it was made from ("from his base in Najaf"); not a name asked of
// ("demanded an apology from Tokyo") nor where a speaker was coming from
// ("returning from Brussels").
func TestSpokenFrom(t *testing.T) {
	runActPlaceRows(t, []actPlaceRow{
		{"a fronted from, a bloc's envoy",
			"From Geneva, the U.N. envoy urged Syria to free political prisoners.", "02", "IGOUNO", "SYR", "Geneva/CHE"},
		{"a fronted from, an alliance's chief",
			"From Brussels, NATO's secretary general called on Russia to pull back its troops.", "02", "IGONATO", "RUS", "Brussels/BEL"},
		{"speaking from, an accusation",
			"The Venezuelan opposition leader, speaking from Madrid, accused Maduro of fraud.", "11", "VENOPP", "VENGOV", "Madrid/ESP"},
		{"speaking from, an appeal",
			"Kenya's president, speaking from Washington, urged Somalia to hold elections.", "02", "KENGOV", "SOM", "Washington/USA"},
		{"a fronted from, a minister",
			"From Ankara, Turkey's foreign minister accused Israel of war crimes.", "11", "TURGOV", "ISR", "Ankara/TUR"},
		{"speaking from the capital",
			"Ukraine's president, speaking from Kyiv, urged NATO to close the skies.", "02", "UKRGOV", "IGONATO", "Kyiv/UKR"},
		{"a place within what it was made from",
			"The Iranian cleric urged Iraqis from his base in Najaf to boycott the election.", "02", "IRNREL", "IRQCVL", "Najaf/IRQ"},
		{"a name after from is whom it is asked of",
			"Seoul demanded an apology from Tokyo.", "10", "KORGOV", "JPN", "<none>"},
		{"coming from a city is not speaking from it",
			"Ukraine's foreign minister, returning from Brussels, accused Russia of sabotage.", "11", "UKRGOV", "RUS", "<none>"},
	})
}

// TestDecidedWhereItsVerb pins an act told by an infinitive after the verb
// that decides it ("voted to cut aid", "decided to expel"): with no place
// of its own, it happens where the deciding clause does ("In Seoul,
// lawmakers voted to cut aid"); a place of its own still wins.
func TestDecidedWhereItsVerb(t *testing.T) {
	runActPlaceRows(t, []actPlaceRow{
		{"a cabinet decides to freeze aid",
			"In Tokyo, the cabinet decided on Friday to freeze aid to Myanmar.", "16", "JPNGOV", "MMR", "Tokyo/JPN"},
		{"a government decides to expel envoys",
			"In Ottawa, the government decided on Monday to expel four Chinese diplomats.", "16", "CANGOV", "CHNGOV", "Ottawa/CAN"},
		{"a chancellor decides to halt arms exports",
			"In Berlin, the chancellor decided to halt arms exports to Saudi Arabia.", "16", "DEUGOV", "SAU", "Berlin/DEU"},
		{"lawmakers vote to cut aid",
			"In Seoul, lawmakers voted on Wednesday to cut aid to North Korea.", "16", "KORLEG", "PRK", "Seoul/KOR"},
		{"a government decides to recall its envoy",
			"In Paris, the government decided on Tuesday to recall its ambassador from Mali.", "16", "FRAGOV", "MLI", "Paris/FRA"},
		{"an act that goes somewhere is not where it was decided",
			"In Washington, the president decided on Monday to send troops to Poland.", "15", "USAGOV", "POL", "<none>"},
	})
}

// TestWhereTheSourceMet pins a relative clause that tells where the source
// of a statement met ("The Arab League, which convened in Cairo, called
// on Israel"): it spoke there; any other relative clause about it tells
// no place of the statement ("The rebels, who seized Goma last year").
func TestWhereTheSourceMet(t *testing.T) {
	runActPlaceRows(t, []actPlaceRow{
		{"a council met in a city and condemned",
			"The Security Council, which met in emergency session in New York on Friday, condemned the coup.", "11", "IGOUNO", "-", "New York/USA"},
		{"ministers who met urged",
			"EU foreign ministers, who met in Luxembourg on Monday, urged Minsk to free the prisoners.", "02", "IGOEUR", "BLRGOV", "Luxembourg/LUX"},
		{"a league convened and called on",
			"The Arab League, which convened in Cairo on Sunday, called on Israel to halt the offensive.", "02", "IGOARL", "ISR", "Cairo/EGY"},
		{"ministers gathered and warned",
			"NATO defence ministers, who gathered in Brussels on Thursday, warned Russia against escalation.", "13", "IGONATO", "RUS", "Brussels/BEL"},
		{"a Gulf council met and urged",
			"The Gulf Cooperation Council, which met in Riyadh on Tuesday, urged Iran to stop meddling.", "02", "IGOGCC", "IRN", "Riyadh/SAU"},
		{"a relative clause of another act names no place of the statement",
			"The rebels, who seized Goma last year, accused Kinshasa of bad faith.", "11", "CODREB", "CODGOV", "<none>"},
	})
}
