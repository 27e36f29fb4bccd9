package pipeline

import "testing"

// TestLeaderHandedToJustice: a political figure handed over to a state or
// to an international court is judicial cooperation (063) aimed at the
// receiver, not a captive freed (0841) aimed at himself; one handed to a
// go-between stays a release.
func TestLeaderHandedToJustice(t *testing.T) {
	testTypeRows(t, []typeRow{
		{name: "former president to his country", date: "2016-05-30",
			text: "DAKAR, Senegal (AP) — Senegal handed former Chadian President Hissene Habre over to Chad on Tuesday.\n",
			typ:  "COOPERATE", want: "SEN>TCD"},
		{name: "former president to the ICC", date: "2011-11-30",
			text: "ABIDJAN, Ivory Coast (AP) — Ivory Coast handed former President Laurent Gbagbo over to the International Criminal Court on Wednesday.\n",
			typ:  "COOPERATE", want: "CIV>IGOICC"},
		{name: "former president to a neighbour, Saturday", date: "2007-09-22",
			text: "SANTIAGO, Chile (AP) — Chile handed former Peruvian President Alberto Fujimori over to Peru on Saturday.\n",
			typ:  "COOPERATE", want: "CHL>PER"},
		{name: "turned over to the ICC", date: "2025-03-11",
			text: "MANILA, Philippines (AP) — The Philippines turned former President Rodrigo Duterte over to the International Criminal Court on Tuesday.\n",
			typ:  "COOPERATE", want: "PHL>IGOICC"},
		{name: "present perfect, reported", date: "2020-01-07",
			text: "KHARTOUM, Sudan (AP) — Sudan has handed former President Omar al-Bashir over to the International Criminal Court, a minister said.\n",
			typ:  "COOPERATE", want: "SDN>IGOICC"},
		{name: "a captive to the Red Cross stays a release", date: "2008-01-10",
			text: "BOGOTA, Colombia (AP) — Colombian rebels handed former Senator Consuelo Gonzalez over to the Red Cross on Thursday.\n",
			typ:  "COOPERATE", want: ""},
	})
}

// TestAuthorisedStrikes: a body that authorises strikes, raids or an
// offensive against a country or group holds force out against it (138),
// as it does when it authorises "military action".
func TestAuthorisedStrikes(t *testing.T) {
	testTypeRows(t, []typeRow{
		{name: "air strikes on positions, conditional", date: "1994-02-09",
			text: "BRUSSELS (AP) — NATO ambassadors authorised air strikes on Bosnian Serb positions around Sarajevo if the shelling did not stop.\n",
			typ:  "THREATEN", want: "IGONATO>BIH"},
		{name: "ground offensive against a group", date: "2014-07-17",
			text: "JERUSALEM (AP) — The Knesset authorised a ground offensive against Hamas in Gaza on Sunday.\n",
			typ:  "THREATEN", want: "ISRLEG>PSEREB"},
		{name: "bombing raids against militants", date: "2015-12-02",
			text: "LONDON (AP) — Britain's parliament authorised bombing raids against Islamic State militants in Syria on Wednesday.\n",
			typ:  "THREATEN", want: "GBRLEG>IMGRAD"},
		{name: "present perfect, reported offensive", date: "2020-11-05",
			text: "ADDIS ABABA, Ethiopia (AP) — Ethiopia's parliament has authorised an offensive against the rebels in Tigray, state media said.\n",
			typ:  "THREATEN", want: "ETHLEG>ETHREB"},
		{name: "attacks on air defences", date: "2011-03-12",
			text: "CAIRO (AP) — The Arab League authorised attacks on Libyan air defences, diplomats said.\n",
			typ:  "THREATEN", want: "IGOARL>LBYMIL"},
		{name: "a force authorised for a country stays support", date: "2004-04-30",
			text: "UNITED NATIONS (AP) — The Security Council authorised a peacekeeping force for Haiti on Friday.\n",
			typ:  "THREATEN", want: ""},
	})
}

// TestArmedMenCapturePeople: people captured by armed men outside a state's
// forces are abducted (181); captured by troops they are arrested (173),
// and a town captured is territory taken (192).
func TestArmedMenCapturePeople(t *testing.T) {
	testTypeRows(t, []typeRow{
		{name: "guerrillas capture soldiers", date: "2006-07-12",
			text: "BEIRUT, Lebanon (AP) — Hezbollah guerrillas captured two Israeli soldiers in a raid across the border on Wednesday.\n",
			typ:  "ASSAULT", want: "LBNRAD>ISRMIL"},
		{name: "fighters capture policemen", date: "2020-01-07",
			text: "PESHAWAR, Pakistan (AP) — Taliban fighters captured three Pakistani policemen near the border on Sunday.\n",
			typ:  "ASSAULT", want: "AFGREB>PAKCOP"},
		{name: "rebels capture a senator, reported", date: "2001-09-10",
			text: "BOGOTA, Colombia (AP) — Colombian rebels have captured a former senator in a raid on her home, police said.\n",
			typ:  "ASSAULT", want: "COLREB>COLLEG"},
		{name: "rebels capture soldiers after an attack", date: "2000-05-01",
			text: "COLOMBO, Sri Lanka (AP) — Tamil Tiger rebels captured 12 Sri Lankan soldiers after an attack on an army camp on Monday.\n",
			typ:  "ASSAULT", want: "LKAREB>LKAMIL"},
		{name: "militants capture teachers", date: "2020-01-07",
			text: "NAIROBI, Kenya (AP) — Islamist militants captured two Kenyan teachers in northeastern Kenya.\n",
			typ:  "ASSAULT", want: "RAD>KENCVL"},
		{name: "troops capturing soldiers arrest them", date: "1991-01-28",
			text: "RIYADH, Saudi Arabia (AP) — Iraqi troops captured five Saudi soldiers near the border on Monday.\n",
			typ:  "ASSAULT", want: ""},
	})
}

// TestActOfWarForetold: a speaker who says an act of force would be a
// cause or reason for war, or would be considered, regarded or treated as
// an act or declaration of war, holds war out against the act's
// doer (138); an act said to have been one is a judgement, no threat.
func TestActOfWarForetold(t *testing.T) {
	testTypeRows(t, []typeRow{
		{name: "incursion a cause for war", date: "2008-03-02",
			text: "CARACAS, Venezuela (AP) — Venezuelan President Hugo Chavez warned that any Colombian incursion into Venezuela would be a cause for war.\n",
			typ:  "THREATEN", want: "VENGOV>COL"},
		{name: "blockade considered a declaration of war, reported", date: "2022-06-20",
			text: "MOSCOW (AP) — Russia said on Monday that a blockade of Kaliningrad by Lithuania would be considered a declaration of war.\n",
			typ:  "THREATEN", want: "RUS>LTU"},
		{name: "strike a reason for war", date: "2017-09-25",
			text: "SEOUL, South Korea (AP) — North Korea warned that any U.S. strike on its nuclear sites would be a reason for war.\n",
			typ:  "THREATEN", want: "PRK>USA"},
		{name: "considered an act of war", date: "2012-03-05",
			text: "TEHRAN, Iran (AP) — Iran said an Israeli attack on its nuclear facilities would be considered an act of war.\n",
			typ:  "THREATEN", want: "IRN>ISR"},
		{name: "treated as an act of war", date: "2020-01-07",
			text: "BEIJING (AP) — Beijing warned that a U.S. blockade of Taiwan would be treated as an act of war.\n",
			typ:  "THREATEN", want: "CHNGOV>USA"},
		{name: "regarded as a declaration of war", date: "2020-01-07",
			text: "MOSCOW (AP) — Moscow said any Polish strike on Belarus would be regarded as a declaration of war.\n",
			typ:  "THREATEN", want: "RUSGOV>POL"},
		{name: "present perfect, invasion a cause for war", date: "1996-01-30",
			text: "ATHENS, Greece (AP) — Greece has said that a Turkish invasion of its islands would be a cause for war.\n",
			typ:  "THREATEN", want: "GRC>TUR"},
		{name: "told as done, no threat", date: "2020-01-07",
			text: "KYIV, Ukraine (AP) — The minister said the attack was considered an act of war.\n",
			typ:  "THREATEN", want: ""},
		{name: "an act of war told as done stays a judgement", date: "2006-07-13",
			text: "BEIRUT, Lebanon (AP) — The Lebanese president said the shelling was an act of war.\n",
			typ:  "ACCUSE", want: "LBNGOV>"},
		{name: "denied, no threat", date: "2008-03-02",
			text: "BOGOTA, Colombia (AP) — Colombia said the incursion was not an act of war.\n",
			typ:  "THREATEN", want: ""},
	})
}

// TestPeopleLetTravel: a state that lets or allows people travel, leave,
// cross or emigrate eases restrictions on their movement (0811, CONCEDE)
// towards them; a leader let travel is no such easing.
func TestPeopleLetTravel(t *testing.T) {
	testTypeRows(t, []typeRow{
		{name: "letting its citizens travel, participle", date: "1989-12-09",
			text: "PRAGUE (AP) — Czechoslovakia opened its borders on Saturday, letting its citizens travel freely to Austria.\n",
			typ:  "CONCEDE", want: "CZE>CZECVL"},
		{name: "allowing foreign citizens to leave", date: "1989-09-10",
			text: "BUDAPEST, Hungary (AP) — Hungary opened its border with Austria on Sunday, allowing thousands of East German citizens to leave for the West.\n",
			typ:  "CONCEDE", want: "HUN>DEUCVL"},
		{name: "allowed workers to cross", date: "2002-06-10",
			text: "JERUSALEM (AP) — Israel allowed Palestinian workers to cross into Israel on Monday for the first time in a month.\n",
			typ:  "CONCEDE", want: "ISR>PSECVL"},
		{name: "let pilgrims travel, bare infinitive", date: "1991-06-18",
			text: "RIYADH, Saudi Arabia (AP) — Saudi Arabia let Iranian pilgrims travel to Mecca on Tuesday after a three-year ban.\n",
			typ:  "CONCEDE", want: "SAU>IRNCVL"},
		{name: "will allow, announced", date: "2012-10-16",
			text: "HAVANA (AP) — Cuba will allow its citizens to travel abroad without an exit permit from January, the government said.\n",
			typ:  "AGREE", want: "CUB>CUBCVL"},
		{name: "a leader let travel is no easing", date: "2020-01-07",
			text: "NEW YORK (AP) — The government let the president travel to New York.\n",
			typ:  "CONCEDE", want: ""},
	})
}
