package pipeline

import (
	"slices"
	"testing"
	"time"
)

// TestDescriptionOfTheOnlyOne: "the guerrillas", "the rebels", "the
// militants" far from their first mention are the one actor the story
// named so, not the unnamed of the sentence's place; when the story named
// two, only a recent one counts.
func TestDescriptionOfTheOnlyOne(t *testing.T) {
	filler := "Officials met in the capital on Tuesday.\n\nThe talks ended without a statement.\n\nMarkets were calm.\n\n"
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "guerrillas across the border", date: "2006-07-14",
			text:     "BEIRUT, Lebanon (AP) — Hezbollah guerrillas captured two Israeli soldiers on Wednesday.\n\n" + filler + "The guerrillas fired rockets into northern Israel on Thursday.\n",
			sentence: "fired rockets", want: []string{"19 LBNRAD>ISR"}, not: []string{"19 ISRREB>ISR"}},
		{name: "rebels abroad", date: "2012-11-21",
			text:     "KINSHASA, Congo (AP) — M23 rebels seized the city of Goma on Tuesday.\n\n" + filler + "The rebels attacked an army base near Sake on Wednesday.\n",
			sentence: "attacked an army base", want: []string{"19 CODREB>CODMIL"}},
		{name: "militants from across the border", date: "2015-02-05",
			text:     "YAOUNDE, Cameroon (AP) — Boko Haram militants attacked the town of Fotokol on Wednesday.\n\n" + filler + "The militants also burned the mosque.\n",
			sentence: "burned the mosque", want: []string{"* NGARAD>*"}, not: []string{"* CMRRAD>*", "* CMRUAF>*"}},
		{name: "two groups named: only a recent one", date: "2014-06-12",
			text:     "BAGHDAD (AP) — Kurdish fighters took Kirkuk on Thursday.\n\nSunni rebels took Tikrit on Wednesday.\n\n" + filler + "The fighters shelled a checkpoint.\n",
			sentence: "shelled a checkpoint", not: []string{"19 IRQREB>"}},
	})
}

// TestEventBetweenTheGroup: "talks between the two leaders", "a meeting
// between both men", "clashes between the two neighbours": the members of
// the counted description are the two parties, one the other's target.
func TestEventBetweenTheGroup(t *testing.T) {
	c := newCoder(t)
	tests := []struct{ name, date, text, snippet, a, b string }{
		{"talks between the two leaders", "2021-06-17", "Vladimir Putin met Joe Biden in Geneva on Wednesday.\n\nTalks between the two leaders lasted four hours.\n", "Talks between", "RUSGOV", "USAGOV"},
		{"a meeting between both men", "2019-07-01", "Donald Trump greeted Kim Jong Un at the border on Sunday.\n\nA meeting between both men followed at the truce village.\n", "A meeting between", "USAGOV", "PRKGOV"},
		{"talks between the two ministers", "2020-10-30", "Mike Pompeo flew to New Delhi to see Subrahmanyam Jaishankar on Tuesday.\n\nTalks between the two ministers covered China.\n", "Talks between", "USAGOV", "INDGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			got := inSentence(codeText(t, c, tt.text, on), tt.snippet)
			if !slices.Contains(got, "040 "+tt.a+">"+tt.b) && !slices.Contains(got, "040 "+tt.b+">"+tt.a) {
				t.Errorf("got %v, want 040 between %s and %s", got, tt.a, tt.b)
			}
		})
	}
}

// TestCapitalAsDestination: an act aimed at a place, after it a capital
// named as its government ("the airport in the Eritrean capital Asmara"),
// is aimed at that capital's country; and a plural noun before a name
// ends its phrase ("within hours Eritrean jets attacked").
func TestCapitalAsDestination(t *testing.T) {
	testLexRows(t, []lexRow{
		{"bombed an airport in a capital", d, "Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on Friday.", "19", "ETHMIL>ERI", ""},
		{"shelled a district of a capital", d, "Russian artillery shelled a district of Kyiv on Monday.", "19", "RUSMIL>UKR", ""},
		{"within hours, then a name", d, "Within hours Eritrean jets attacked the northern Ethiopian city of Mekele.", "19", "ERIMIL>ETH", ""},
		{"for days, then a name", d, "For days Ethiopian troops shelled the town of Zalambessa.", "19", "ETHMIL>", ""},
	})
}

// TestTheIsland: "the island" stands for the last island state named,
// not for the last country: "China fired missiles off the island's ports"
// after Taiwan.
func TestTheIsland(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Taiwan, then China", date: "1996-03-11",
			text:     "TAIPEI, Taiwan (AP) — Taiwan held drills on Monday.\n\nChina threatened the island on Tuesday.\n",
			sentence: "threatened the island", want: []string{"13 CHN>TWN"}, not: []string{"13 CHN>CHN"}},
		{name: "Cyprus, then Turkey", date: "1974-07-22",
			text:     "NICOSIA, Cyprus (AP) — Greek officers took power in Cyprus on Monday.\n\nTurkish troops invaded the island on Saturday.\n",
			sentence: "invaded the island", want: []string{"19 TURMIL>CYP"}},
		{name: "a mainland country is no island", date: "2020-01-05",
			text:     "Iran fired missiles on Monday.\n\nOfficials said the island was calm.\n",
			sentence: "the island was calm", not: []string{"* IRN>*"}},
	})
}

// TestCountryEpithets: "the Gulf state", "the Himalayan kingdom", "the
// impoverished nation" stand for the country named last; a name ("the
// Dominican Republic") or a region of one country ("the Afar regional
// state") does not.
func TestCountryEpithets(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the Gulf state", date: "2017-06-05",
			text:     "Saudi Arabia severed diplomatic relations with Qatar on Monday, accusing the Gulf state of backing extremist groups.\n",
			sentence: "severed", want: []string{"11 SAU>QAT"}},
		{name: "the Himalayan kingdom", date: "2005-02-02",
			text:     "India criticised Nepal on Tuesday.\n\nThe Himalayan kingdom rejected the criticism.\n",
			sentence: "rejected the criticism", want: []string{"12 NPL>*"}},
		{name: "the oil-rich emirate", date: "1990-08-02",
			text:     "Iraq threatened Kuwait on Monday.\n\nIraqi troops invaded the tiny emirate on Thursday.\n",
			sentence: "invaded", want: []string{"19 IRQMIL>KWT"}},
		{name: "a name is no epithet", date: "2021-07-09",
			text:     "Haiti's police hunted the killers on Thursday.\n\nThe Dominican Republic closed its border.\n",
			sentence: "closed its border", not: []string{"* HTIGOV>*"}},
	})
}

// TestTheArmyIsNoRebelArmy: "the army" after a rebel group whose name has
// "Army" (the Arakan Army, the Kosovo Liberation Army) is the state's.
func TestTheArmyIsNoRebelArmy(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "after the Arakan Army", date: "2024-01-10",
			text:     "YANGON, Myanmar (AP) — Arakan Army fighters attacked a police post on Monday.\n\nThe army shelled three villages on Tuesday.\n",
			sentence: "shelled", want: []string{"19 MMRMIL>-"}, not: []string{"* MMRREB>*"}},
		{name: "after the KLA", date: "1998-03-05",
			text:     "PRISTINA (AP) — Kosovo Liberation Army fighters ambushed a police patrol on Monday.\n\nThe army shelled three villages on Tuesday.\n",
			sentence: "shelled", want: []string{"19 XKXMIL>-"}, not: []string{"* XKXREB>*"}},
	})
}

// TestOneNameTwoBodies: a name two bodies bear ("RSF") is the one of a
// country the story names: the Rapid Support Forces in a Khartoum story,
// Reporters Without Borders in a Paris one.
func TestOneNameTwoBodies(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "RSF in Sudan", date: "2023-04-17",
			text:     "KHARTOUM, Sudan (AP) — The RSF attacked army positions in Khartoum on Monday.\n",
			sentence: "attacked", want: []string{"19 SDNREB>SDNMIL"}},
		{name: "RSF in a press story", date: "2023-04-17",
			text:     "PARIS (AP) — RSF condemned the arrest of a journalist in Iran on Monday.\n",
			sentence: "condemned", want: []string{"11 NGO>*"}},
	})
}

// TestPossessorsAgent: an agent owned by a person ("the president's own
// government", "Putin's spokesman") is of the person's country, before the
// places its sentence names.
func TestPossessorsAgent(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the president's own government, a place elsewhere", date: "2002-04-14",
			text:     "CARACAS, Venezuela (AP) — President Hugo Chavez spoke on Monday.\n\nThe United States blamed the president's own government on Friday for the crisis, while leaders meeting in Costa Rica condemned it.\n",
			sentence: "blamed", want: []string{"11 USA>VENGOV"}, not: []string{"11 USA>CRIGOV"}},
		{name: "a named leader's minister in another country", date: "2023-05-02",
			text:     "Putin's foreign minister met officials in Ankara on Tuesday.\n",
			sentence: "met", not: []string{"04 TURGOV>*"}},
	})
}
