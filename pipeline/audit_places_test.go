package pipeline

import (
	"os"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/where"
)

// auditPlaceRow is a short story and, for one of its sentences, the code of an
// act told there and the place a coder would give it: "Name/CTY", with
// names "A|B" any of them and "*" any name (regions, seas); "<none>" when
// the clause names no place of the act. code may list roots or codes as
// "18|19": the first event of the sentence under any of them is checked.
type auditPlaceRow struct {
	name, date, text string
	sentence         string // a snippet of the sentence checked
	code, place      string
	skip             string
}

// runAuditPlaceRows codes each row's story with the coder the command line
// uses and checks the place of its act.
func runAuditPlaceRows(t *testing.T, rows []auditPlaceRow) {
	t.Helper()
	c := defaultCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" && os.Getenv("LEXNOSKIP") == "" {
				t.Skip(tt.skip)
			}
			on, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			events := codeText(t, c, tt.text, on)
			e := auditActIn(events, tt.sentence, tt.code)
			if e == nil {
				t.Fatalf("in %q: got %v, want a %s event", tt.sentence, inSentence(events, tt.sentence), tt.code)
			}
			if !auditPlaceIs(e.Place, tt.place) {
				t.Errorf("%s %s: got place %s, want %s (rule %q)", e.CAMEO, dyad(*e), placeName(e.Place), tt.place, e.Rule)
			}
		})
	}
}

// auditActIn returns the first event of the sentence holding snippet whose
// code falls under one of codes ("18|19").
func auditActIn(events []dateline.Event, snippet, codes string) *dateline.Event {
	for i, e := range events {
		if !strings.Contains(e.Sentence.Text, snippet) {
			continue
		}
		for _, c := range strings.Split(codes, "|") {
			if strings.HasPrefix(e.CAMEO, c) {
				return &events[i]
			}
		}
	}
	return nil
}

// auditPlaceIs reports whether p is the place want ("Name|Other/CTY", "*/CTY",
// "<none>") names.
func auditPlaceIs(p *dateline.Place, want string) bool {
	if want == "<none>" || p == nil {
		return want == "<none>" && p == nil
	}
	names, cty, _ := strings.Cut(want, "/")
	if p.Country != cty {
		return false
	}
	for _, n := range strings.Split(names, "|") {
		if n == "*" || where.Key(n) == where.Key(p.Name) {
			return true
		}
	}
	return false
}

// TestAuditPlaces is an audit of where events happen, written before
// reading the code that places them: short stories whose act is placed
// the many ways news tells a place ("in", "at", "near", "outside", "on the
// outskirts of", "north of", "across", "along the border with", "in the
// capital", "the southern city of", "X's Y province", "the town of", "off
// the coast of", "in the Gulf of", "on the island of", "Bunia, Congo"),
// places that are also actors' names (Washington, Kyiv, Beijing, Moscow),
// places in appositions and relative clauses, places of an earlier
// sentence ("the city", "there"), acts abroad in a story from home,
// meetings between two states in a third, and guards where the sentence
// names a place that is not where the act happened ("Kenyan-born", "a
// Paris-based group", "the Kabul government", "the Minsk talks of 2015",
// "from Tehran"). 34 of 42 rows passed as first written; of the eight that
// failed, the compass and possessive rows pass since, and four stay skipped
// with their causes.
func TestAuditPlaces(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		// in, at, near, outside
		{"in: an arrest in the capital named", "2018-08-16",
			"Zimbabwe police arrest opposition figure\n\nHARARE, Zimbabwe —\n\nZimbabwean police arrested opposition politician Tendai Biti in Harare on Thursday. His lawyers said the charges were political.",
			"Tendai Biti in Harare", "17", "Harare/ZWE", ""},
		{"at: a clash at a refinery town", "2015-04-19",
			"Iraqi forces battle militants at refinery\n\nBAGHDAD, Iraq —\n\nIraqi troops clashed with Islamic State fighters at the Baiji oil refinery on Sunday. The army said dozens of militants were killed.",
			"Baiji", "19", "Baiji/IRQ", "place audit: fails at start (gazetteer: no Baiji)"},
		{"near: fighting near a front-line town", "2017-01-30",
			"Fighting flares in eastern Ukraine\n\nKYIV, Ukraine —\n\nRussian-backed separatists attacked Ukrainian positions near Avdiivka on Sunday, the military said. Two soldiers were killed.",
			"near Avdiivka", "18|19", "Avdiivka/UKR", ""},
		{"outside: tear gas outside parliament", "2020-10-05",
			"Police disperse election protest in Kyrgyzstan\n\nBISHKEK, Kyrgyzstan —\n\nKyrgyz police fired tear gas and stun grenades at protesters outside the parliament building in Bishkek on Monday. Thousands had gathered to reject the results of Sunday's election.",
			"outside the parliament", "17", "Bishkek/KGZ", ""},
		// outskirts, north of, across, along the border
		{"on the outskirts of: shelling", "2012-08-10",
			"Syrian army shells rebel districts\n\nDAMASCUS, Syria —\n\nSyrian government forces shelled rebel positions on the outskirts of Aleppo on Friday. Activists said at least 20 people died.",
			"outskirts of Aleppo", "19", "Aleppo/SYR", ""},
		{"north of: an ambush north of a city", "2015-03-09",
			"Nigerian troops ambush Boko Haram fighters\n\nABUJA, Nigeria —\n\nNigerian soldiers attacked a column of Boko Haram fighters north of Maiduguri on Monday, the army said. The group did not comment.",
			"north of Maiduguri", "18|19", "Maiduguri/NGA", ""},
		{"across: strikes across a region of a country", "2006-07-20",
			"Israeli jets pound Lebanon\n\nBEIRUT, Lebanon —\n\nIsraeli warplanes bombed Hezbollah positions across southern Lebanon on Thursday. Lebanese officials said 30 civilians were killed.",
			"across southern Lebanon", "19", "*/LBN", ""},
		{"along the border with: the town, not the neighbour", "2012-04-10",
			"Sudan and South Sudan clash over oil town\n\nKHARTOUM, Sudan —\n\nSudanese troops clashed with South Sudanese forces in Heglig, along the border with South Sudan, on Tuesday. Both sides claimed victory.",
			"in Heglig", "19", "Heglig/SDN", ""},
		// the capital, the city of, provinces, towns
		{"in the capital: the dateline's capital", "2020-11-18",
			"Uganda police fire tear gas at Bobi Wine supporters\n\nKAMPALA, Uganda —\n\nUgandan police fired tear gas at supporters of opposition candidate Bobi Wine in the capital on Wednesday. The singer had been arrested in the east.",
			"in the capital", "17", "Kampala/UGA", ""},
		{"the southern city of X", "2017-05-23",
			"Philippine troops battle militants in Marawi\n\nMANILA, Philippines —\n\nPhilippine troops fought Islamist militants in the southern city of Marawi on Tuesday. President Rodrigo Duterte declared martial law on the island of Mindanao.",
			"southern city of Marawi", "19", "Marawi/PHL", ""},
		{"X's Y province", "2016-10-10",
			"Taliban attack police in Helmand\n\nKABUL, Afghanistan —\n\nTaliban fighters attacked a police checkpoint in Afghanistan's Helmand province on Monday, killing six officers. The Interior Ministry condemned the attack.",
			"Helmand", "18|19", "Helmand/AFG", ""},
		{"in the town of", "2019-11-02",
			"Militants kill soldiers in Mali\n\nBAMAKO, Mali —\n\nJihadist gunmen attacked a Malian army post in the town of Menaka on Friday, the government said. It was the deadliest attack of the year.",
			"town of Menaka", "18|19", "Menaka/MLI", ""},
		// seas, gulfs, islands
		{"off the coast of: a country's coast", "2009-04-08",
			"Pirates seize cargo ship\n\nNAIROBI, Kenya —\n\nSomali pirates hijacked a Danish cargo ship off the coast of Somalia on Wednesday. The crew of 20 was taken hostage.",
			"off the coast", "18", "*/SOM", "place audit: fails at start (off the coast of X is no place phrase)"},
		{"in the Gulf of: a sea in no country", "2024-01-16",
			"Houthis strike ship in the Gulf of Aden\n\nSANAA, Yemen —\n\nHouthi rebels fired a missile at an American-owned ship in the Gulf of Aden on Tuesday, the U.S. military said. No one was hurt.",
			"Gulf of Aden", "18|19", "Gulf of Aden/", ""},
		{"in the Strait of: a seizure at sea", "2019-07-19",
			"Iran seizes British tanker\n\nTEHRAN, Iran —\n\nIran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday. London said it was deeply concerned.",
			"Strait of Hormuz", "17|18|19", "Strait of Hormuz/", ""},
		{"on the island of", "2019-02-01",
			"Troops kill militants on Jolo\n\nMANILA, Philippines —\n\nPhilippine troops killed six Abu Sayyaf militants on the island of Jolo on Friday, the army said. The raid came days after a cathedral bombing.",
			"island of Jolo", "18|19", "Jolo/PHL", ""},
		// a town and its country after a comma
		{"Bunia, Congo", "2022-02-02",
			"Militia attack kills dozens in Congo camp\n\nKINSHASA, Congo —\n\nMilitia fighters attacked a camp for displaced people near Bunia, Congo, on Tuesday night, killing at least 60 people. The United Nations condemned the attack.",
			"near Bunia", "18|19", "Bunia/COD", ""},
		// places that are also actors' names
		{"Washington as a place", "2020-06-02",
			"Police clear protesters near White House\n\nNEW YORK, United States —\n\nU.S. police fired tear gas at peaceful protesters in Washington on Monday. The governor of New York called the act shameful.",
			"in Washington", "17", "Washington/USA", ""},
		{"guard: Washington as the government is no place", "2019-01-28",
			"Washington sanctions Venezuela oil firm\n\nWASHINGTON, United States —\n\nWashington imposed sanctions on Venezuela's state oil company on Monday. Caracas called the move theft.",
			"imposed sanctions", "16", "<none>", ""},
		{"Kyiv as a place", "2022-10-10",
			"Missiles strike Kyiv\n\nKYIV, Ukraine —\n\nRussian forces fired missiles at apartment buildings in Kyiv on Monday, killing 11 people. It was the heaviest strike on the city in months.",
			"in Kyiv", "18|19", "Kyiv/UKR", ""},
		{"guard: Kyiv as the government is no place", "2022-11-16",
			"Kyiv blames Moscow for missile crisis\n\nWARSAW, Poland —\n\nKyiv accused Moscow on Wednesday of provoking a crisis on Poland's border. Russia denied the charge.",
			"Kyiv accused", "11", "<none>", ""},
		{"Beijing as a place", "2015-07-10",
			"China detains rights lawyers\n\nHONG KONG, China —\n\nChinese police detained a prominent human rights lawyer in Beijing on Friday, her colleagues said. Dozens more were questioned.",
			"in Beijing", "17", "Beijing/CHN", ""},
		// appositions and relative clauses
		{"a town which lies near the border", "2016-11-27",
			"Uganda police arrest dozens in western town\n\nKAMPALA, Uganda —\n\nUgandan police arrested 40 people in Kasese, a town which lies near the border with Congo, on Sunday. Officials said the group had attacked a police post.",
			"in Kasese", "17", "Kasese/UGA", ""},
		{"the town, where the uprising began", "2011-01-09",
			"Police fire on protesters in Tunisia\n\nTUNIS, Tunisia —\n\nTunisian police fired tear gas at protesters in Sidi Bouzid, where the unrest began last month, on Sunday. Unions called for a general strike.",
			"Sidi Bouzid", "17", "Sidi Bouzid/TUN", ""},
		{"guard: a base in a relative clause is not the accusation's", "2013-06-12",
			"Rwanda accuses Congo of backing rebels\n\nKIGALI, Rwanda —\n\nRwanda accused Congo on Wednesday of backing rebels who are based in North Kivu province. Kinshasa rejected the charge.",
			"Rwanda accused", "11", "<none>", ""},
		// a place of an earlier sentence
		{"the city: the place of the sentence before", "2019-08-10",
			"Separatists take Aden presidential palace\n\nSANAA, Yemen —\n\nHeavy fighting broke out in Aden on Thursday. Southern separatists attacked government troops in the city on Saturday and seized the presidential palace.",
			"attacked government troops", "18|19", "Aden/YEM", ""},
		// acts abroad in a story from home; meetings in a third country
		{"an act abroad in a story from home", "2014-08-30",
			"Ethiopian troops strike al-Shabab\n\nADDIS ABABA, Ethiopia —\n\nEthiopian troops attacked al-Shabab fighters in Baidoa, Somalia, on Saturday, the government said. The militants fled the area.",
			"in Baidoa", "18|19", "Baidoa/SOM", ""},
		{"a meeting in Geneva between two other states", "2021-06-16",
			"Biden and Putin meet\n\nWASHINGTON, United States —\n\nPresident Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday. The two leaders agreed to return their ambassadors.",
			"in Geneva", "04", "Geneva/CHE", "place audit: fails at start (gazetteer: Geneva taken as the American town when Americans meet there)"},
		{"a meeting in Moscow: a place, not the government", "2020-10-09",
			"Armenia and Azerbaijan hold talks\n\nBERLIN, Germany —\n\nArmenian and Azerbaijani foreign ministers held talks in Moscow on Friday. Fighting over Nagorno-Karabakh continued.",
			"talks in Moscow", "04", "Moscow/RUS", ""},
		{"a statement at a news conference", "2020-06-23",
			"Ethiopia rejects Egypt's demands on dam\n\nADDIS ABABA, Ethiopia —\n\nEthiopia's foreign minister accused Egypt of seeking to control the Nile at a news conference in Addis Ababa on Tuesday. Cairo did not respond.",
			"accused Egypt", "11", "Addis Ababa/ETH", "place audit: fails at start (statement: at a news conference in X after an of-clause is not placed)"},
		// more ways: west of, the village of, the Afghan capital from abroad, there, a peninsula
		{"west of: a raid west of a city", "2016-06-20",
			"Iraqi forces attack militants west of Baghdad\n\nBAGHDAD, Iraq —\n\nIraqi troops attacked Islamic State fighters west of Ramadi on Monday, the defence ministry said. Hundreds of families fled.",
			"west of Ramadi", "18|19", "Ramadi/IRQ", ""},
		{"in the village of", "2018-04-08",
			"Syrian jets strike Douma\n\nBEIRUT, Lebanon —\n\nSyrian government aircraft bombed rebel positions in the town of Douma, east of Damascus, on Saturday, rescuers said. Dozens were reported killed.",
			"town of Douma", "19", "Douma/SYR", ""},
		{"in the Afghan capital, from a foreign dateline", "2017-05-31",
			"Truck bomb kills dozens in Kabul\n\nISLAMABAD, Pakistan —\n\nMilitants detonated a truck bomb in the Afghan capital on Wednesday, killing at least 90 people. No group claimed the attack.",
			"Afghan capital", "18|19", "Kabul/AFG", ""},
		{"there: the place of the sentence before", "2011-02-02",
			"Clashes erupt in Tahrir Square\n\nCAIRO, Egypt —\n\nTens of thousands of protesters filled Cairo's Tahrir Square on Wednesday. Supporters of President Hosni Mubarak attacked them there with sticks and stones.",
			"attacked them there", "18|19", "Cairo|Tahrir Square/EGY", ""},
		{"in the Sinai Peninsula", "2017-11-24",
			"Gunmen attack mosque in Sinai\n\nCAIRO, Egypt —\n\nMilitants attacked a mosque in Egypt's North Sinai province on Friday, killing more than 300 worshippers. The army launched air strikes in response.",
			"attacked a mosque", "18|19", "North Sinai|Sinai/EGY", ""},
		{"guard: an envoy recalled from a capital is placed by no capital", "2018-08-06",
			"Saudi Arabia expels Canadian envoy\n\nRIYADH, Saudi Arabia —\n\nSaudi Arabia expelled Canada's ambassador on Monday and recalled its own envoy from Ottawa. Canada said it was seeking clarity.",
			"expelled Canada", "16|17", "<none>", ""},
		// guards: a place named that is not where the act happened
		{"guard: Kenyan-born is no place", "2018-03-02",
			"Tanzania police arrest activist\n\nDAR ES SALAAM, Tanzania —\n\nTanzanian police arrested a Kenyan-born activist in Arusha on Friday. Rights groups demanded her release.",
			"in Arusha", "17", "Arusha/TZA", ""},
		{"guard: a Paris-based group is not where the arrest was", "2016-05-09",
			"Burundi arrests journalists\n\nBUJUMBURA, Burundi —\n\nBurundian police arrested three journalists on Monday, a Paris-based press freedom group said. The reporters had covered protests.",
			"arrested three journalists", "17", "<none>", ""},
		{"guard: the Kabul government is no place", "2015-09-28",
			"Taliban overrun Kunduz\n\nKABUL, Afghanistan —\n\nTaliban fighters attacked troops loyal to the Kabul government in Kunduz on Monday. The city fell within hours.",
			"in Kunduz", "18|19", "Kunduz/AFG", ""},
		{"guard: the Minsk talks of 2015 are background", "2019-12-29",
			"Ukraine and rebels swap prisoners\n\nKYIV, Ukraine —\n\nUkraine and Russian-backed separatists exchanged about 200 prisoners on Sunday, the first big swap since the Minsk talks of 2015. Families waited at the checkpoint.",
			"exchanged about 200 prisoners", "0|05|06|08", "<none>", ""},
		{"guard: from Tehran is where he came from", "2019-03-11",
			"Rouhani visits Iraq\n\nBAGHDAD, Iraq —\n\nIranian President Hassan Rouhani flew from Tehran and met Iraqi Prime Minister Adel Abdul Mahdi in Baghdad on Monday. They signed deals on trade.",
			"met Iraqi", "04", "Baghdad/IRQ", ""},
		{"guard: attacks spoken of are not where the condemnation was", "2019-02-17",
			"Pakistan condemns killings in Kashmir\n\nISLAMABAD, Pakistan —\n\nPakistan condemned the killing of civilians by Indian troops in Kashmir on Sunday. India rejected the statement.",
			"Pakistan condemned", "11|12", "<none>", ""},
	})
}
