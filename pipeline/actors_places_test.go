package pipeline

import (
	"testing"
	"time"
)

// actorPlaceRow is a short story and, for one of its sentences, the
// events that must (want) and must not (not) be coded there, as "ROOT
// SOURCE>TARGET" (see codedPair).
type actorPlaceRow struct {
	name, date, text string
	sentence         string // a snippet of the sentence checked
	want, not        []string
}

func runActorPlaceRows(t *testing.T, rows []actorPlaceRow) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			on, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			got := inSentence(codeText(t, c, tt.text, on), tt.sentence)
			for _, w := range tt.want {
				if !codedPair(got, w) {
					t.Errorf("in %q: got %v, want %s", tt.sentence, got, w)
				}
			}
			for _, w := range tt.not {
				if codedPair(got, w) {
					t.Errorf("in %q: got %v, want no %s", tt.sentence, got, w)
				}
			}
		})
	}
}

// TestPlaceDescriptions: "the strip", "the island", "the region", "the
// capital" as actors stand for the country of the place named before that
// they fit (the places: line of agents.txt).
func TestPlaceDescriptions(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the strip after the Gaza Strip", date: "2023-05-02",
			text:     "GAZA CITY (AP) — Israeli aircraft bombed the Gaza Strip on Monday.\n\nIsraeli tanks shelled the narrow strip again on Tuesday.\n",
			sentence: "shelled the narrow strip", want: []string{"19 ISRMIL>PSE"}},
		{name: "the island after Taiwan", date: "2023-05-02",
			text:     "TAIPEI, Taiwan (AP) — Chinese warships sailed near Taiwan on Monday.\n\nChinese jets later attacked the island.\n",
			sentence: "attacked the island", want: []string{"19 CHNMIL>TWN"}},
		{name: "the region after Tigray", date: "2021-05-02",
			text:     "NAIROBI, Kenya (AP) — Ethiopian troops fought rebels in Tigray on Monday.\n\nEritrean forces also shelled the northern region.\n",
			sentence: "shelled the northern region", want: []string{"19 ERIMIL>ETH"}},
		{name: "the capital after Kyiv", date: "2023-05-02",
			text:     "KYIV, Ukraine (AP) — Russian drones struck Kyiv overnight.\n\nRussian forces shelled the capital again on Tuesday.\n",
			sentence: "shelled the capital", want: []string{"19 RUSMIL>UKR"}},
		{name: "the province after Helmand", date: "2009-05-02",
			text:     "KABUL, Afghanistan (AP) — British troops fought the Taliban in Helmand on Monday.\n\nTaliban fighters attacked the southern province again on Tuesday.\n",
			sentence: "attacked the southern province", want: []string{"19 AFGREB>AFG"}},
		{name: "in the strip is a place, not the target", date: "2023-05-02",
			text:     "GAZA CITY (AP) — Israeli aircraft bombed the Gaza Strip on Monday.\n\nHamas gunmen attacked Israeli soldiers in the strip on Tuesday.\n",
			sentence: "in the strip", not: []string{"19 *>PSE"}},
		{name: "the streets of the capital are a place", date: "2018-07-09",
			text:     "ASMARA, Eritrea (AP) — Ethiopia's prime minister arrived in Asmara on Sunday.\n\nPolice fired tear gas in the streets of the capital.\n",
			sentence: "streets of the capital", not: []string{"* *>ERI"}},
		{name: "a region named long before is not the region", date: "2021-05-02",
			text: "NAIROBI, Kenya (AP) — Ethiopian troops fought rebels in Tigray on Monday.\n\nThe United Nations said aid was short.\n\nDonors met in Geneva.\n\nThe talks lasted a day.\n\n" +
				"Sudan accused Egypt of destabilising the region.\n",
			sentence: "destabilising the region", not: []string{"* *>ETH"}},
	})
}

// TestCapitalsUnderForce: a capital that stands for its government in
// diplomacy is the country when force falls on it as a city; a seat that is
// a building stays the government.
func TestCapitalsUnderForce(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "missiles on Kyiv", date: "2023-05-02",
			text:     "LVIV, Ukraine (AP) — Russian missiles struck Kyiv on Monday.\n",
			sentence: "struck Kyiv", want: []string{"19 RUS>UKR"}, not: []string{"19 RUS>UKRGOV"}},
		{name: "jets over Damascus", date: "2019-05-02",
			text:     "BEIRUT (AP) — Israeli jets bombed Damascus overnight.\n",
			sentence: "bombed Damascus", want: []string{"19 ISRMIL>SYR"}},
		{name: "warplanes over Sanaa", date: "2016-05-02",
			text:     "ADEN, Yemen (AP) — Saudi warplanes bombed Sanaa on Tuesday.\n",
			sentence: "bombed Sanaa", want: []string{"19 SAUMIL>YEM"}},
		{name: "diplomacy keeps the government", date: "2019-05-02",
			text:     "NEW YORK (AP) — Washington warned Beijing on Monday.\n",
			sentence: "warned Beijing", want: []string{"11 USAGOV>CHNGOV"}},
		{name: "an accusation keeps the government", date: "2019-05-02",
			text:     "JERUSALEM (AP) — Israel accused Damascus of arming Hezbollah.\n",
			sentence: "accused Damascus", want: []string{"11 ISR>SYRGOV"}},
		{name: "a seat that is a building stays the government", date: "2023-05-04",
			text:     "MOSCOW (AP) — Ukrainian drones attacked the Kremlin on Wednesday.\n",
			sentence: "attacked the Kremlin", want: []string{"19 UKRMIL>RUSGOV"}},
	})
}

// TestPlaceNotMisspeltPerson: a major place's own name is never read as a
// close spelling of a person's surname ("Mandalay" is not Mandela,
// "Madurai" not Madouri), so the agents of the sentence take its country;
// a spelling of a surname that names no major place still finds the person.
func TestPlaceNotMisspeltPerson(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Mandalay", date: "2021-03-28", text: "Soldiers shot dead three protesters in Mandalay on Saturday.",
			sentence: "Mandalay", want: []string{"17 MMRMIL>MMROPP"}, not: []string{"17 ZAFMIL>ZAFOPP"}},
		{name: "Madurai", date: "2018-05-23", text: "Police arrested 20 protesters in Madurai on Monday.",
			sentence: "Madurai", want: []string{"17 INDCOP>INDOPP"}, not: []string{"17 TUNCOP>TUNOPP"}},
		{name: "a spelling of a surname still counts", date: "2019-04-10", text: "Forces loyal to Khalifa Hiftar attacked Tripoli on Tuesday.",
			sentence: "Hiftar", want: []string{"19 LBYMIL>LBY"}},
	})
}

// TestVictimsTakeThePlace: unnamed victims take the country named as where
// the attack happened ("in the Gaza Strip"), not the attacker's nationality
// in the same sentence; a country's name that is also its adjective, before
// a noun, is the attacker ("in Saudi air strikes"), while "in Saudi" alone
// stays a place.
func TestVictimsTakeThePlace(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "women in part of a region", date: "2014-07-20", text: "Three women were killed in Russian artillery shelling in the north of the Kharkiv region on Monday.",
			sentence: "Three women", want: []string{"19 RUSMIL>UKRCVL"}, not: []string{"19 RUSMIL>RUSCVL"}},
		{name: "civilians in Yemen", date: "2018-08-09", text: "Five civilians were killed in Saudi air strikes in Yemen on Tuesday.",
			sentence: "Five civilians", want: []string{"19 SAU>YEMCVL"}},
		{name: "villagers in Syria", date: "2019-11-02", text: "Ten villagers were wounded in Turkish shelling in Syria on Sunday.",
			sentence: "Ten villagers", want: []string{"19 TUR>SYRCVL"}, not: []string{"19 TUR>TURCVL"}},
		{name: "nationality still counts without a place", date: "2011-01-28", text: "Egyptian police fired on demonstrators.",
			sentence: "Egyptian police", want: []string{"17 EGYCOP>EGYOPP"}},
	})
}

// TestHomeIsTheDateline: a story's home country, which unnamed police,
// crowds and officials take, is the dateline's country when the story names
// it about as often as any other (at least half as often as the most
// named), so an envoy summoned in New Delhi or a rally in Caracas keeps its
// local police; a story filed from a hub about another country ("BEIRUT"
// on Syria, the dateline's country unnamed) is that other country's.
func TestHomeIsTheDateline(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "New Delhi, Pakistan named more", date: "2008-12-02",
			text:     "NEW DELHI, India (AP) — India summoned Pakistan's envoy on Monday and said Pakistan must act.\n\nPakistan denied any role, and Pakistan's president offered help.\n\nIndia said the gunmen came from Pakistan.\n\nPolice arrested two men on Sunday.\n",
			sentence: "Police arrested", want: []string{"17 INDCOP>*"}, not: []string{"17 PAKCOP>*"}},
		{name: "Caracas, the United States named as often", date: "2019-01-24",
			text:     "CARACAS, Venezuela (AP) — The United States recognised the opposition leader on Wednesday.\n\nVenezuela broke off relations with the United States, and Venezuela's army backed the president.\n\nPolice fired tear gas at protesters on Wednesday night.\n",
			sentence: "Police fired", want: []string{"17 VENCOP>VENOPP"}},
		{name: "Beirut hub, Syria story", date: "2012-02-10",
			text:     "BEIRUT (AP) — Syrian troops shelled Homs on Friday.\n\nSyria's government blamed armed gangs, and Syria's opposition called for help.\n\nActivists said police arrested 20 people in the city.\n",
			sentence: "police arrested", want: []string{"17 SYRCOP>*"}},
		{name: "Lima, a lede that names no country, Washington's word at the end", date: "1992-04-06",
			text:     "LIMA, Peru (AP) — Tanks rolled through the streets on Monday after the president dissolved Congress.\n\nA U.S. official said Washington was watching closely.\n",
			sentence: "dissolved Congress", want: []string{"17 PERGOV>PERLEG"}, not: []string{"17 USAGOV>USALEG"}},
	})
}

// TestSupporters: someone's supporters are civilians of their country, not
// their office: "Zelaya's supporters" threw stones, not Honduras's
// government.
func TestSupporters(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a president's supporters", date: "2009-06-30", text: "TEGUCIGALPA (AP) — Hundreds of Zelaya's supporters threw stones at troops outside the palace on Monday.\n",
			sentence: "threw stones", want: []string{"14 HNDCVL>HNDMIL"}, not: []string{"14 HNDGOV>HNDMIL"}},
		{name: "a former president's supporters", date: "2019-11-12", text: "LA PAZ (AP) — Morales' supporters blocked roads into La Paz on Tuesday.\n",
			sentence: "blocked roads", want: []string{"14 BOLCVL>*"}},
		{name: "an opposition leader's supporters", date: "2021-01-14", text: "KAMPALA (AP) — Police arrested dozens of Bobi Wine's supporters in Kampala on Wednesday.\n",
			sentence: "Police arrested", want: []string{"17 UGACOP>UGACVL"}},
		{name: "opposition supporters stay the opposition", date: "2017-08-10", text: "NAIROBI (AP) — Opposition supporters marched through Nairobi on Thursday.\n",
			sentence: "marched", want: []string{"14 KENOPP>*"}},
	})
}

// TestAgentInItsPhrase: an agent noun takes the country of the agent or
// nationality before it in its own noun phrase, past modifiers ("a
// Turkish army peacekeeping battalion", "the Greek education minister"),
// not the sentence's; an agent in another phrase keeps its own.
func TestAgentInItsPhrase(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "army peacekeeping battalion", date: "2020-11-11", text: "A Turkish army peacekeeping battalion flew into Libya on Friday.\n",
			sentence: "battalion", want: []string{"07 TURMIL>LBY"}, not: []string{"07 LBYMIL>LBY"}},
		{name: "education minister", date: "2019-01-20", text: "Students threw eggs at the Greek education minister in Athens.\n",
			sentence: "threw eggs", want: []string{"14 GRCCVL>GRCGOV"}},
		{name: "another phrase keeps its own", date: "2019-05-02", text: "Syrian troops shelled rebel positions near Idlib.\n",
			sentence: "shelled", want: []string{"19 SYRMIL>SYRREB"}},
	})
}

// TestForcesByTheirName: the names armed services and police give their
// people and units ("commandos", "reservists", "gunships", "riot squad")
// are the military or the police of the country named with them, not the
// country as a whole.
func TestForcesByTheirName(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "commandos", date: "2008-11-29", text: "Indian commandos killed two gunmen at the hotel on Friday.\n",
			sentence: "commandos", want: []string{"19 INDMIL>*"}},
		{name: "gunships", date: "2013-03-02", text: "Syrian helicopter gunships attacked the rebel-held town on Friday.\n",
			sentence: "gunships", want: []string{"19 SYRMIL>*"}},
		{name: "special operations forces", date: "2019-10-27", text: "American special operations forces raided a compound in Syria on Saturday.\n",
			sentence: "raided", want: []string{"19 USAMIL>*"}},
		{name: "riot squad", date: "2019-10-15", text: "The Spanish riot squad fired rubber bullets at the protesters in Barcelona on Monday.\n",
			sentence: "riot squad", want: []string{"17 ESPCOP>*"}},
	})
}

// TestOfficersAndEmbassies: "officers" alone are police, but a more specific
// agent before them decides ("army officers" MIL, "intelligence officers"
// SPY); an embassy speaks for its government and is no one's title.
func TestOfficersAndEmbassies(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "army officers", date: "2017-11-15", text: "Zimbabwean army officers seized the state broadcaster on Wednesday.\n",
			sentence: "seized", want: []string{"* ZWEMIL>*"}},
		{name: "intelligence officers", date: "2018-10-03", text: "Saudi intelligence officers detained the journalist in Istanbul on Tuesday.\n",
			sentence: "detained", want: []string{"17 SAUSPY>*"}},
		{name: "officers alone", date: "2019-10-15", text: "Spanish officers fired rubber bullets at the protesters on Monday.\n",
			sentence: "fired", want: []string{"* ESPCOP>*"}},
		{name: "an embassy condemns", date: "2018-03-15", text: "The Russian embassy in London condemned the expulsions on Wednesday.\n",
			sentence: "condemned", want: []string{"11 RUSGOV>*"}, not: []string{"11 RUS>*"}},
		{name: "an embassy attacked", date: "2012-09-12", text: "Gunmen attacked the US consulate in Benghazi on Tuesday.\n",
			sentence: "attacked", want: []string{"19 UAF>USAGOV"}},
	})
}

// TestBlocIsNoHome: a group coded by a bloc rather than a country (the
// Islamic State and al-Qaeda are IMG) does not make a story its own, so
// unnamed police and officials of a story that names it most are not the
// group's ("IMGCOP"): they take the country of a place or the dateline,
// or none.
func TestBlocIsNoHome(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "no dateline, no place: police of no country", date: "2016-07-02",
			text:     "The Islamic State claimed responsibility for the bombing on Friday.\n\nIslamic State fighters also attacked a checkpoint, the group said.\n\nPolice arrested three suspects on Saturday.\n",
			sentence: "Police arrested", not: []string{"17 IMGCOP>*"}},
		{name: "a dateline: police of its country", date: "2016-07-02",
			text:     "BAGHDAD (AP) — The Islamic State claimed responsibility for the bombing on Friday.\n\nIslamic State fighters also attacked a checkpoint, the group said.\n\nPolice arrested three suspects on Saturday.\n",
			sentence: "Police arrested", want: []string{"17 IRQCOP>*"}, not: []string{"17 IMGCOP>*"}},
		{name: "al-Qaeda named most, a place names the country", date: "2009-07-02",
			text:     "Al-Qaeda claimed the attack on Friday.\n\nAl-Qaeda said its fighters had struck again.\n\nSoldiers in Yemen arrested two men on Saturday.\n",
			sentence: "Soldiers in Yemen", want: []string{"17 YEMMIL>*"}},
		{name: "the group's own fighters stay the group's", date: "2016-07-02",
			text:     "BAGHDAD (AP) — The Islamic State claimed the bombing on Friday.\n\nIslamic State fighters attacked a checkpoint on Saturday.\n",
			sentence: "fighters attacked", want: []string{"19 IMGRAD>*"}},
	})
}
