package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestDatedEventNouns: a date with a number between an event noun's
// determiner or possessor and the noun ("the Sept. 18 attack", "a July
// 1977 coup", "Bainimarama's 2006 coup") belongs to the noun's phrase: the
// act named as an occasion keeps its doer and target and is coded.
func TestDatedEventNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a month and day after the", "2012-03-30", "Protests spread to Dakar after the March 3 arrests of opposition leaders by Senegalese police.", "173", "SENCOP>SENOPP", ""},
		{"an abbreviated month after the", "2020-09-01", "Mali's junta freed the president weeks after the Aug. 18 coup by army officers.", "172", "MLIMIL>MLIGOV", ""},
		{"a bombing by an alliance", "1999-05-10", "China suspended military contacts with Washington after the May 7 bombing of its embassy in Belgrade by NATO jets.", "183", "IGONATO>CHNGOV", ""},
		{"a year after a possessor", "2009-04-12", "The interim government was installed after Bainimarama's 2006 coup.", "172", "FJIMIL>FJIGOV", ""},
		{"a month and year after a possessor", "1978-01-10", "Bhutto was hanged after Zia's July 1977 coup.", "172", "PAKMIL>PAKGOV", ""},
		{"a month and year after a country's possessive", "1982-03-01", "Iraq vowed to rebuild the reactor after Israel's June 1981 strike on Osirak.", "190", "ISR>", ""},
	})
}

// TestDatedEventNounDates: the date inside an event noun's phrase dates its
// act, not the clause's; the clause's act keeps the story's day.
func TestDatedEventNounDates(t *testing.T) {
	testDatedRows(t, []datedRow{
		{"the noun's own day", "2012-03-30", "Protests spread to Dakar after the March 3 arrests of opposition leaders by Senegalese police.", "173", "2012-03-03"},
		{"the clause's act keeps the story's day", "2012-03-30", "Protests spread to Dakar after the March 3 arrests of opposition leaders by Senegalese police.", "140", "2012-03-30"},
		{"a coup's own day", "2020-09-01", "Mali's junta freed the president weeks after the Aug. 18 coup by army officers.", "172", "2020-08-18"},
		{"a bombing's own day", "1999-05-10", "China suspended military contacts with Washington after the May 7 bombing of its embassy in Belgrade by NATO jets.", "183", "1999-05-07"},
		{"the suspension on the story's day", "1999-05-10", "China suspended military contacts with Washington after the May 7 bombing of its embassy in Belgrade by NATO jets.", "160", "1999-05-10"},
		{"a year after a possessor", "2009-04-12", "The interim government was installed after Bainimarama's 2006 coup.", "172", "2006"},
	})
}

// TestNoClauseEventNoun: a sentence the analysis finds no clause in (its
// verb read as a noun) still codes the event noun that names its doer and
// target, and does not fail.
func TestNoClauseEventNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"following a capture by troops", "2003-04-10", "Looting spread through Baghdad following the capture of the city by American troops.", "192", "USAMIL>IRQGOV", ""},
		{"following a seizure of a capital", "1996-09-28", "Panic spread through Kabul following the capture of the capital by Taliban fighters.", "192", "AFGREB>AFG", ""},
	})
}

// TestToldInPassing: an act of force named by an event noun that is the
// object of a verb that does not do it ("marked", "recalled", "showed",
// "documented", a comment such as "commemorated") took place, when its
// phrase is definite and names its doer (a possessor, a "by" phrase, or a
// nationality with a target). The noun is coded, dated by its own date
// words. An object of a verb of will, foresight, prevention, denial or
// fear, an act that is judged ("condemned"), a noun with no doer, a
// nationality with no target ("the Syrian conflict") and a standing
// measure that is no act of force are not.
func TestToldInPassing(t *testing.T) {
	testLexRows(t, []lexRow{
		{"marked a massacre by militiamen", "1982-09-20", "Thousands of Lebanese marked the massacre of Palestinian refugees by Christian militiamen in Beirut.", "202", "LBNUAF>PSEREF", ""},
		{"recalled a country's dated strike", "2001-06-07", "Iraqi television recalled Israel's 1981 strike on the Osirak reactor.", "190", "ISR>", ""},
		{"showed an arrest by soldiers", "1989-06-10", "State television showed the arrest of student leaders by soldiers in Beijing.", "173", "CHNMIL>CHNOPP", ""},
		{"documented shelling by forces", "2022-03-01", "The UN documented the shelling of Kharkiv by Russian forces.", "194", "RUSMIL>UKR", ""},
		{"commemorated a killing by police", "2016-11-24", "Mexican survivors commemorated the killing of 43 students by police in Guerrero.", "180", "MEXCOP>MEXCVL", ""},
		{"retraced a dated attack by gunmen", "2008-12-01", "Indian investigators retraced the Nov. 26 attack on Mumbai by Pakistani gunmen.", "190", "PAKUAF>IND", ""},
		{"reported a nationality's raid on a target", "1976-07-10", "Ugandan radio reported the Israeli raid on Entebbe airport.", "190", "ISR>", ""},

		{"expected", "2022-02-01", "Ukraine expected the Russian offensive in the east.", "19", "", ""},
		{"feared", "2023-10-20", "Egyptian officials feared the Israeli assault on Rafah.", "18", "", ""},
		{"foiled", "2015-06-01", "Kenyan police foiled the attack on a Nairobi mall by Somali militants.", "19", "", ""},
		{"denied", "2014-08-01", "Moscow denied the shelling of Ukrainian towns by its forces.", "19", "", ""},
		{"prepared", "2002-09-01", "Pentagon planners prepared the invasion of Iraq by American troops.", "19", "", ""},
		{"judged", d, "Britain condemned Russia's bombardment of Kyiv.", "19", "", ""},
		{"no doer", d, "The minister remembered the attack.", "19", "", ""},
		{"the prospect of", d, "Analysts discussed the prospect of an Israeli strike on Iran.", "19", "", ""},
		{"a nationality with no target says where", d, "The war could spread the Syrian conflict to Lebanon.", "19", "", ""},
		{"a standing measure", d, "The court reviewed the government's military aid to Somalia.", "07", "", ""},
		{"a lasting measure of force", d, "The UN documented Israel's blockade of Gaza.", "19", "", ""},
	})
}

// TestPossessorDoneTo: with a doer named after "by", an event noun's
// possessor is whom the act was done to ("Navalny's arrest by Russian
// police" is the arrest of Navalny), also for an entry that asks for an
// "of" phrase ("Khashoggi's killing", "Bazoum's overthrow").
func TestPossessorDoneTo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an arrest", "2021-01-20", "Protests spread across Russia after Navalny's arrest by Russian police.", "173", "RUSCOP>RUSOPP", ""},
		{"a detention", "2021-02-10", "Protests spread across Myanmar after Suu Kyi's detention by the army.", "173", "MMRMIL>MMRGOV", ""},
		{"a killing", "2018-10-20", "Turkey demanded answers after Khashoggi's killing by Saudi agents in Istanbul.", "180", "SAUSPY>SAUMED", ""},
		{"an execution", "1979-04-10", "Riots broke out in Pakistan after Bhutto's execution by the military government.", "1823", "PAKGOV>PAKOPP", ""},
		{"an overthrow", "2023-08-01", "West African leaders imposed sanctions after President Bazoum's overthrow by the army.", "172", "NERMIL>NERGOV", ""},
		{"an assassination", "1986-02-10", "Manila erupted after Aquino's assassination by soldiers.", "186", "PHLMIL>PHLOPP", ""},

		{"a possessor with no by phrase still does it", "2008-08-15", "Russia recognised the two regions days after Georgia's assault on Tskhinvali.", "182", "GEO>", ""},
	})
}

// TestToldOnce: an act told in passing (an occasion, or the object of a
// verb that does not do it) that an earlier sentence of the story told is
// one act, coded once; one of another code or another time is its own.
func TestToldOnce(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		name, date, text, code string
		want                   int
	}{
		{"an arrest told again as an occasion", "2021-01-20", "Russian police arrested Alexei Navalny at a Moscow airport on Sunday. Protests spread after Navalny's arrest by Russian police.", "173", 1},
		{"an arrest shown", "2021-01-20", "Russian police arrested Alexei Navalny at a Moscow airport on Sunday. State television showed the arrest of Navalny by police.", "173", 1},
		{"a massacre marked", "1982-09-25", "Christian militiamen massacred hundreds of Palestinian refugees in Beirut last week. Thousands marked the massacre of the refugees by the militiamen on Saturday.", "202", 1},
		{"a strike of another year", "2001-06-07", "Israeli jets struck a Hamas post in Gaza on Monday. Iraqi television recalled Israel's 1981 strike on the Osirak reactor.", "19", 2},
		{"shelling after an air raid", "1998-06-06", "Eritrean jets attacked the Ethiopian city of Mekele on Friday. Ethiopia said the raid was a response to Eritrean shelling of Adigrat.", "19", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ref, _ := time.Parse(time.DateOnly, tt.date)
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if strings.HasPrefix(e.CAMEO, tt.code) {
					got = append(got, e.CAMEO+" "+dyad(e)+" "+string(e.Date))
				}
			}
			if len(got) != tt.want {
				t.Errorf("got %v, want %d events of %s", got, tt.want, tt.code)
			}
		})
	}
}

// TestTargetPastDoer: an event noun's target phrase may follow its "by"
// phrase ("strikes by French helicopters on Gbagbo's forces", "the attack
// by gunmen on an army base"), as it may follow its "of" phrase; a strike
// aimed so is an act of force, not a walkout.
func TestTargetPastDoer(t *testing.T) {
	testLexRows(t, []lexRow{
		{"strikes by helicopters on forces", "2011-04-12", "Gbagbo surrendered on Monday after days of strikes by French and U.N. helicopters on his forces.", "190", "IGOUNO>CIVMIL", ""},
		{"an attack by troops on a palace", "2004-11-10", "Ivorian crowds rioted after the attack by French troops on the presidential palace.", "190", "FRAMIL>GOV", ""},
		{"an attack by drones on facilities", "2019-09-20", "Oil prices jumped after last week's attack by Houthi drones on Saudi oil facilities.", "190", "YEMREB>SAU", ""},
		{"raids by police on offices", "2020-01-01", "Parliament met after raids by Kenyan police on opposition offices.", "180", "KENCOP>KENOPP", ""},
		{"shelling by an army on a town", "1993-05-10", "Thousands fled Gorazde after the shelling by Serb gunners of the town's hospital.", "194", "SRBMIL>BIH", ""}, // the "of" after the named doer is the shelling's: the town's hospital

		{"no walkout by helicopters", "2011-04-12", "Gbagbo surrendered on Monday after days of strikes by French and U.N. helicopters on his forces.", "14", "", ""},
		{"a walkout by workers stays one", "2020-01-01", "Factories closed after a strike by Nigerian oil workers.", "143", "NGALAB>NGAGOV", ""},
	})
}

// TestDowningNoun: "the downing of" an aircraft is the act "shot down"
// and "downed" name (190), done by its possessor or "by" phrase to the
// aircraft's owner; with no doer named it stays no event.
func TestDowningNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a possessor as subject", "2015-12-01", "Turkey's downing of a Russian jet strained ties between Ankara and Moscow.", "190", "TUR>RUS", ""},
		{"an occasion of sanctions", "2015-11-26", "Moscow imposed sanctions on Ankara after Turkey's downing of a Russian warplane.", "190", "TUR>RUSMIL", ""},
		{"a drone over the Gulf", "2019-06-22", "Oil prices rose after Iran's downing of an American drone over the Gulf.", "190", "IRN>USA", ""},
		{"an airliner by air defences", "2020-01-12", "Ukrainians mourned after the downing of their airliner by Iranian air defences.", "180", "IRNMIL>UKRCVL", ""},
		{"a helicopter by rebels", "1993-10-05", "American officials met after the downing of a U.S. helicopter by Somali militiamen in Mogadishu.", "190", "SOMUAF>USA", ""},

		{"no doer named", d, "The downing of the jet remains a mystery.", "19", "", ""},
	})
}

// TestOverCause: an act of force named with its doer after "over", on a
// verb or a noun that no entry reads ("tensions rose over Israel's raid",
// "outrage over the killing of a man by police"), is the cause of what it
// tells and took place. What a complaint, a protest or talks are over, a
// fear over an act, and an act with no doer are not coded.
func TestOverCause(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tensions over a possessor's raid", "2014-07-10", "Tensions rose over Israel's raid on the Gaza camp.", "190", "ISR>PSE", ""},
		{"prices over an invasion", "1990-08-10", "Oil prices soared over the Iraqi invasion of Kuwait.", "190", "IRQ>KWT", ""},
		{"outrage over a killing by police", "2014-08-12", "Outrage over the killing of a teenager by Ferguson police spread across the United States.", "190", "USACOP>USA", ""},
		{"relations over an expulsion", "2018-03-30", "Relations between London and Moscow soured over the expulsion of 23 Russian diplomats by Britain.", "161", "GBR>RUSGOV", ""},
		{"anger over an arrest by the army", "2021-02-10", "Anger over the arrest of Suu Kyi by the army grew in Yangon.", "173", "MMRMIL>MMRGOV", ""},

		{"complained over", d, "Lebanon complained to the UN over Israeli air raids on its villages.", "19", "", ""},
		{"talks over", d, "Talks over the Israeli withdrawal from Gaza stalled.", "08", "", ""},
		{"protested over", d, "Thousands protested over the arrest of the opposition leader by police.", "17", "", ""},
		{"fears over", d, "Fears over an Israeli strike on Iran grew.", "19", "", ""},
		{"no doer", d, "Tensions rose over the attack.", "19", "", ""},
	})
}

// TestPassingDates: an act told in passing with no date of its own is
// background that came before: the month, not the story's day; its own
// date words still date it, and an occasion "during" or "amid" another
// act keeps that act's day.
func TestPassingDates(t *testing.T) {
	testDatedRows(t, []datedRow{
		{"over an invasion", "1990-08-10", "Oil prices soared over the Iraqi invasion of Kuwait.", "190", "1990-08"},
		{"a massacre marked", "1982-09-20", "Thousands of Lebanese marked the massacre of Palestinian refugees by Christian militiamen in Beirut.", "202", "1982-09"},
		{"its own year", "2001-06-07", "Iraqi television recalled Israel's 1981 strike on the Osirak reactor.", "190", "1981"},
		{"its own day", "2008-12-01", "Indian investigators retraced the Nov. 26 attack on Mumbai by Pakistani gunmen.", "190", "2008-11-26"},
		{"during keeps the day", "2022-03-05", "Hundreds fled during two days of Russian shelling of Kharkiv.", "194", "2022-03-05"},
	})
}

// TestMeetingAfterVerb: a meeting noun with its partner, in a phrase of
// time after the clause's verb ("refused the offer after talks with
// Baker"), was had by the clause's subject, as one that opens the clause
// is; also past an infinitive, a plan's infinitive, and the proper name of
// where it was. Not with "in" after the verb (what is spoken of), in a
// passive, or told as to come.
func TestMeetingAfterVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after hours of talks", d, "Turkish Foreign Minister Mevlut Cavusoglu rejected the proposal on Tuesday after three hours of talks with Russian Foreign Minister Sergei Lavrov in Ankara.", "040", "TURGOV>RUSGOV", ""},
		{"past a refused infinitive", d, "Iraqi Foreign Minister Tariq Aziz refused on Wednesday to accept a letter from President George Bush after six hours of talks with Secretary of State James Baker.", "040", "IRQGOV>USAGOV", ""},
		{"past a plan and a proper place", "2008-08-12", "Russian President Dmitry Medvedev accepted a plan to end the fighting on Tuesday after talks in the Kremlin with French President Nicolas Sarkozy.", "040", "RUSGOV>FRAGOV", ""},
		{"during a meeting", d, "Putin accused Kyiv of blackmail during a televised meeting with Gazprom's chief, Alexei Miller.", "040", "RUSGOV>RUSBUS", ""},
		{"at a summit", "2019-10-11", "The Indian prime minister announced the deal at a summit with Chinese President Xi Jinping.", "040", "INDGOV>CHNGOV", ""},
		{"fronted still", d, "After talks with Putin on Friday, Erdogan said the ceasefire would hold.", "040", "TURGOV>RUSGOV", ""},

		{"interest in talks", d, "Iran expressed interest on Monday in talks with the United States.", "040", "", ""},
		{"no interest in talks", d, "Iran has no interest in talks with the United States, Khamenei said.", "040", "", ""},
		{"passive", d, "The deal was signed after talks with the rebels.", "040", "", ""},
		{"to come", d, "Netanyahu will decide on the deal after talks with Biden next week.", "040", "", ""},
	})
}

// TestTakingPartInTalks: taking part in talks is having them, with the
// partner the "with" phrase names, or each other when the subjects are
// joined; talks to come are an intent, talks refused a rejection, and
// taking part in what is no meeting is no consultation.
func TestTakingPartInTalks(t *testing.T) {
	testLexRows(t, []lexRow{
		{"participated in talks with", d, "Syria participated in talks with Turkey in Moscow.", "040", "SYR>TUR", ""},
		{"took part in talks with", d, "The rebels took part in talks with the government on Monday.", "040", "REB>GOV", ""},
		{"joined subjects took part", d, "Delegations from Armenia and Azerbaijan took part in the talks in Geneva.", "040", "AZE>ARM", ""},
		{"negotiations", d, "Iran participated in negotiations with the European Union in Vienna.", "046", "IRN>IGOEUR", ""},
		{"to come: intent", d, "North Korea will take part in talks with South Korea next month.", "036", "PRK>KOR", ""},
		{"refused", d, "Hamas refused to take part in the talks with Israel.", "125", "PSEREB>ISR", ""},

		{"to come: no meeting yet", d, "North Korea will take part in talks with South Korea next month.", "040", "", ""},
		{"an attack", d, "Rebels took part in the attack on the army base.", "04", "", ""},
		{"a parade", d, "The army took part in the parade.", "04", "", ""},
	})
}

// datedRow is a story text, its own publication date, a CAMEO code (a prefix)
// and the date the first event with that code must have.
type datedRow struct {
	name, date, text, code, want string
}

func testDatedRows(t *testing.T, rows []datedRow) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ref, _ := time.Parse(time.DateOnly, tt.date)
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if strings.HasPrefix(e.CAMEO, tt.code) {
					got = append(got, string(e.Date))
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%s: got dates %v, want %s", tt.code, got, tt.want)
			}
		})
	}
}
