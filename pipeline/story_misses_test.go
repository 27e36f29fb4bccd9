package pipeline

import (
	"testing"
	"time"
)

// Constructions seen behind the misses of the story-level tuning halves
// (owned2 A, owned A, news-dev). Each family is written for this file; none
// is a story's sentence.

func TestMissesForcedFromOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the high command forced him from office", "2002-04-14", "Venezuelan President Hugo Chavez spoke on Sunday. Two days earlier the military high command had forced him from office.", "172", "VENMIL>VENGOV", ""},
		{"a passive with the army as agent", "2006-09-21", "BANGKOK, Thailand (AP) — The prime minister was forced from power by the army on Tuesday.", "172", "THAMIL>THAGOV", ""},
		{"protesters drove the president from power", "2003-10-20", "Protesters drove Bolivia's president from power last week.", "172", "BOLOPP>BOLGOV", ""},
		{"forced out, a particle", "2017-11-22", "HARARE, Zimbabwe (AP) — The generals forced out President Robert Mugabe this week.", "172", "ZWEMIL>ZWEGOV", ""},
		{"pushed from office", "2021-02-05", "NAYPYITAW, Myanmar (AP) — The army pushed the elected president from office on Monday.", "172", "MMRMIL>MMRGOV", ""},
		{"forced from its positions is no ouster", "2020-01-01", "Syrian troops forced the rebels from their positions near Idlib.", "172", "", ""},
		{"forced to negotiate is no ouster", "2020-01-01", "Sanctions forced Iran to negotiate.", "172", "", ""},
	})
}

func TestMissesHoldingSomeone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"held him since a day", "2002-04-14", "CARACAS, Venezuela (AP) — President Hugo Chavez returned on Sunday to the palace. Soldiers had held him at a naval base since Friday.", "173", "VENMIL>VENGOV", ""},
		{"held for days", "2019-06-10", "MOSCOW (AP) — Russian police held the journalist for three days without charge.", "173", "RUSCOP>RUSMED", ""},
		{"held in custody, passive with an implied agent", "2015-01-06", "DHAKA, Bangladesh (AP) — Opposition leader Khaleda Zia was held in custody until Tuesday.", "173", "BGDCOP>BGDOPP", ""},
		{"held at a base", "2018-03-01", "KABUL, Afghanistan (AP) — Taliban fighters held the two aid workers at a camp near the border.", "173", "AFGREB>AFGCVL", ""},
		{"held talks for hours is a meeting", "2018-03-01", "Macron held talks with Merkel for three hours.", "173", "", ""},
		{"held power since a year is no detention", "2018-03-01", "Putin has held power since 2000.", "173", "", ""},
		{"held a presidency for a year", "2018-03-01", "Chad has held the presidency of the African Union for a year.", "173", "", ""},
		{"held a town for weeks is no detention", "2018-03-01", "Syrian rebels have held the town for two weeks.", "173", "", ""},
	})
}

func TestMissesNameAfterAgentNoun(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "a spokesman of a possessive ministry", date: "2020-06-17",
			text:    "BEIJING (AP) — China's foreign ministry spokesman Liu Dongmei on Tuesday accused Indian troops of crossing the border.\n",
			mention: "China's foreign ministry spokesman Liu Dongmei", want: "CHNGOV"},
		{name: "a ministry spokesman in a local story", date: "2021-03-28",
			text:    "MAPUTO, Mozambique (AP) — Defence ministry spokesman Joaquim Mabunda told reporters the town was calm.\n",
			mention: "Defence ministry spokesman Joaquim Mabunda", want: "MOZGOV"},
		{name: "a business leader with a participle after", date: "2002-04-14",
			text:    "CARACAS, Venezuela (AP) — Business leader Ramon Valero, named interim president on Friday, dissolved the assembly.\n",
			mention: "Business leader Ramon Valero", want: "VENBUS"},
		{name: "an opposition aide", date: "2015-01-06",
			text:    "DHAKA, Bangladesh (AP) — Opposition aide Tarek Hossainur said the police had beaten protesters.\n",
			mention: "Opposition aide Tarek Hossainur", want: "BGDOPP"},
		{name: "plural agents before names are no person", date: "2015-01-06",
			text:    "DHAKA, Bangladesh (AP) — Police officers Monday detained two students.\n",
			mention: "Police officers Monday", want: ""},
	})
	testLexRows(t, []lexRow{
		{"the spokesman's accusation has its actor", "2020-06-17", "China's foreign ministry spokesman Liu Dongmei on Tuesday accused Indian troops of crossing the border.", "112", "CHNGOV>INDMIL", ""},
	})
}

func TestMissesPhoneCallBetweenSubjects(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two ministers spoke by telephone", "2020-06-17", "Foreign ministers Sergey Lavrov and Wang Yi spoke by telephone on Wednesday.", "041", "RUSGOV>CHNGOV", ""},
		{"the other direction too", "2020-06-17", "Foreign ministers Sergey Lavrov and Wang Yi spoke by telephone on Wednesday.", "041", "CHNGOV>RUSGOV", ""},
		{"talked by phone, not a passive", "2019-03-01", "Putin and Erdogan talked by phone on Friday about Syria.", "041", "RUSGOV>TURGOV", ""},
		{"over the phone", "2019-03-01", "Narendra Modi and Imran Khan spoke over the phone on Friday.", "041", "INDGOV>PAKGOV", ""},
		{"with a partner named by with", "2022-03-01", "Macron spoke by phone with Zelensky.", "041", "FRAGOV>UKRGOV", ""},
		{"spoke by video link, not a passive", "2021-03-01", "Joe Biden and Justin Trudeau spoke by videolink on Tuesday.", "041", "USAGOV>CANGOV", ""},
		{"backed by Qatar stays a passive", "2019-03-01", "Extremists backed by Qatar attacked the base.", "051", "QAT>RAD", ""},
	})
}

func TestMissesForAndAgainst(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pro-Russian separatists in Ukraine", "2015-02-16", "KIEV, Ukraine (AP) — Pro-Russian separatists shelled Ukrainian positions near Debaltseve on Sunday.", "19", "UKRREB>UKR", ""},
		{"the rebels after them", "2015-02-16", "KIEV, Ukraine (AP) — A truce between Ukrainian forces and pro-Russian separatists began on Sunday. Ukraine's military said the rebels had attacked its positions.", "19", "UKRREB>UKRMIL", ""},
		{"anti-American protesters in Pakistan", "2012-09-21", "Anti-American protesters burned flags in Karachi on Friday.", "14", "PAKOPP>PAKGOV", ""},
		{"a pro-Western opposition", "2008-01-06", "TBILISI, Georgia (AP) — The pro-Western opposition rallied in Tbilisi against the government on Sunday.", "14", "GEOOPP>GEOGOV", ""},
		{"a Russian-backed force is still the backer's client, not Russia", "2015-02-16", "KIEV, Ukraine (AP) — Russian-backed rebels shelled the town on Sunday.", "19", "UKRREB>", ""},
	})
}

// TestMissesTownOfACountry: "the Mozambican town of Palma" is in
// Mozambique, whatever else the gazetteer files under the name; when it
// knows no such place there, the name stands for the country, here and
// when the story names it again.
func TestMissesTownOfACountry(t *testing.T) {
	c := newCoder(t)
	tests := []struct{ name, date, text, want string }{
		{"a town the gazetteer lacks", "2021-03-28", "Militants attacked the northern Nigerian town of Dublin on Wednesday.", "NGA"},
		{"named again later", "2021-03-28", "Militants attacked the northern Nigerian town of Dublin on Wednesday. Troops were fighting to regain control of Dublin on Sunday.", "NGA"},
		{"a village the gazetteer lacks", "2019-05-02", "Soldiers shelled the Syrian village of Valencia on Monday.", "SYR"},
		{"a city the gazetteer has in that country", "2019-05-02", "Protesters marched in the Venezuelan city of Valencia on Monday.", "VEN"},
		{"the other country's city of the same name", "2019-05-02", "Protesters marched in the Spanish city of Valencia on Monday.", "ESP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			events := codeText(t, c, tt.text, ref)
			if len(events) == 0 {
				t.Fatalf("got no events, want one placed in %s", tt.want)
			}
			e := events[len(events)-1]
			if e.Place == nil || e.Place.Country != tt.want {
				t.Errorf("got place %+v, want one in %s", e.Place, tt.want)
			}
		})
	}
}

func TestMissesNameParticles(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2021, 3, 28, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"The insurgents seized the port of Mocimboa da Praia last August.",
		"Police arrested two men in Rio de Janeiro on Monday.",
		"Fighters entered the village of Kafr al Bira on Monday.",
		"Police arrested two men in San Juan de los Lagos on Monday.",
	} {
		st := codeText(t, c, text, ref)
		for _, e := range st {
			if e.Place != nil && (e.Place.Name == "Praia" || e.Place.Name == "Lagos" || e.Place.Name == "Bira") {
				t.Errorf("%q: placed in %s, a word of a longer name", text, e.Place.Name)
			}
		}
	}
}

func TestMissesNegatedJudgements(t *testing.T) {
	testLexRows(t, []lexRow{
		{"neither free nor fair", "2020-08-17", "The European Union said the vote had been neither free nor fair.", "111", "IGOEUR>", ""},
		{"not fair", "2020-08-17", "Britain said the trial of Iran's opposition leaders was not fair.", "111", "GBR>IRNOPP", ""},
		{"not legitimate, of an actor", "2020-08-17", "Washington said the Venezuelan government was not legitimate.", "111", "USAGOV>VENGOV", ""},
		{"never credible", "2020-08-17", "Kenya's opposition said the count had never been credible.", "111", "KENOPP>", ""},
		{"a fair vote is no criticism", "2020-08-17", "Observers from the African Union said the election was free and fair.", "111", "", ""},
		{"unsaid, no one judges", "2020-08-17", "The vote was neither free nor fair.", "111", "", ""},
	})
}

func TestMissesDenialWithoutVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"no evidence, after an accusation", "2008-12-02", "India accused Pakistan of sheltering the attackers. Pakistan's president said there was no evidence that Pakistani agencies were involved.", "016", "PAKGOV>IND", ""},
		{"no proof", "2018-03-15", "Britain blamed Russia for the poisoning. The Kremlin said there was no proof that Russian agents had taken part.", "016", "RUSGOV>GBR", ""},
		{"not any evidence, a negated verb", "2019-09-20", "Washington accused Iran of the attacks. Tehran said there was not any evidence of Iranian involvement.", "016", "IRNGOV>USAGOV", ""},
		{"no sign, unasked", "2020-01-01", "The Chinese ministry said there was no sign that the virus had spread.", "016", "CHNGOV>", ""},
		{"evidence that it was so is no denial", "2008-12-02", "India said there was evidence that Pakistani agencies were involved.", "016", "", ""},
	})
}
