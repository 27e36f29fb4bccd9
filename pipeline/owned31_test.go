package pipeline

import "testing"

// Constructions seen behind misses in owned31's tuning half (odd stories).
// Each family is written for this file; none is a story's sentence.

// TestOwned31CallingItWrong: an act called unprovoked, immoral, unwarranted
// or inhumane is criticised, and the criticism falls on who did it to the
// judge, as "called the measures unacceptable" does.
func TestOwned31CallingItWrong(t *testing.T) {
	testLexRows(t, []lexRow{
		{"expulsions called immoral", d, "Poland expelled three Belarusian diplomats on Monday. Belarus's foreign ministry called the expulsions immoral.", "111", "BLRGOV>POL", ""},
		{"attack called unprovoked", d, "Eritrean troops shelled an Ethiopian border post on Sunday. Ethiopia called the attack unprovoked.", "111", "ETH>ERIGOV", ""},
		{"sanctions called unwarranted", d, "The United States imposed sanctions on Venezuela's oil company. Caracas called the sanctions unwarranted.", "111", "VENGOV>USA", ""},
		{"detentions called inhumane", d, "Hungarian police detained 40 Syrian migrants at the border. Syria's government called the detentions inhumane.", "111", "SYRGOV>HUNGOV", ""},
		{"a decision called unethical, present tense", d, "Pakistan calls India's decision unethical.", "111", "PAK>IND", ""},
		{"raids called unconscionable by a ministry", d, "Turkish warplanes bombed Kurdish villages in northern Iraq. Iraq's foreign ministry called the raids unconscionable.", "111", "IRQGOV>TURGOV", ""},
		{"calling a meeting unprecedented is no criticism", d, "Mexico called the meeting unprecedented.", "11", "", ""},
	})
}

// TestOwned31ProtestToCapital: a state protests to another through its
// capital ("protested to Beijing"): a complaint (114), not a demonstration.
func TestOwned31ProtestToCapital(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protested to Beijing that", d, "Vietnam had protested to Beijing that the oil rig violated its waters.", "114", "VNM>CHN", ""},
		{"protested to Tokyo over", d, "South Korea protested to Tokyo over the new textbooks.", "114", "KOR>JPN", ""},
		{"has protested to Washington", d, "Mexico has protested to Washington about the border raid.", "114", "MEX>USA", ""},
		{"protested to Moscow on Friday", d, "Estonia's foreign ministry protested to Moscow on Friday over the airspace violation.", "114", "ESTGOV>RUS", ""},
		{"protested to London about", d, "Argentina protested to London about the military exercises near the Falklands.", "114", "ARG>GBR", ""},
		{"not a demonstration", d, "Vietnam had protested to Beijing that the oil rig violated its waters.", "14", "", ""},
	})
}

// TestOwned31NotGoUnanswered: "would not go unanswered" or "unpunished",
// said of a deed, holds out a response to whoever did it (130), as "would
// be answered" does.
func TestOwned31NotGoUnanswered(t *testing.T) {
	testLexRows(t, []lexRow{
		{"expulsions would not go unanswered", d, "Poland expelled three Belarusian diplomats on Monday. Belarus's foreign ministry warned that the expulsions would not go unanswered.", "130", "BLRGOV>POL", ""},
		{"the attack will not go unpunished", d, "Azerbaijani troops shelled an Armenian village on Sunday. Armenia's defence ministry said the attack will not go unpunished.", "130", "ARMGOV>AZEMIL", ""},
		{"this will not go unanswered, present report", d, "The United States imposed new sanctions on Iranian banks. Tehran says this will not go unanswered.", "130", "IRNGOV>USA", ""},
		{"the killings would not go unpunished, told by a president", d, "Sudanese soldiers killed two Chadian herders near the border. Chad's president said the killings would not go unpunished.", "130", "TCDGOV>SDNMIL", ""},
		{"the seizure would not go unanswered", d, "Iranian forces seized a British tanker in the Gulf. London warned that the seizure would not go unanswered.", "130", "GBRGOV>IRNMIL", ""},
		{"told as done, no threat", d, "The protest went unanswered for weeks.", "13", "", ""},
		{"a question that goes unanswered is no threat", d, "Kenya said its letters to Uganda had gone unanswered.", "13", "", ""},
	})
}

// TestOwned31ClosedTheLegislature: a leader or soldiers who close or shut
// down a legislature set it aside by force of office (172), where a
// dissolution by the government is a concession (0834).
func TestOwned31ClosedTheLegislature(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a president closed congress", "1992-04-10", "President Alberto Fujimori closed Congress on Sunday and suspended the constitution.", "172", "PERGOV>PERLEG", ""},
		{"soldiers shut down parliament", d, "Soldiers shut down Guinea's parliament on Tuesday.", "172", "GINMIL>GINLEG", ""},
		{"the junta closed the national assembly", d, "Niger's junta closed the National Assembly.", "172", "NERGOV>NERLEG", ""},
		{"a president has shut the legislature, perfect", d, "Tunisia's president has shut the legislature for thirty days.", "172", "TUNGOV>TUNLEG", ""},
		{"closed the legislature after a vote", d, "Ecuador's president closed the legislature after it voted to impeach him.", "172", "ECUGOV>ECULEG", ""},
		{"closing a session is no coercion", d, "The speaker closed the session of parliament on Friday.", "17", "", ""},
		{"closing a border is not closing a legislature", d, "Peru closed its border with Chile.", "172", "", ""},
	})
}

// TestOwned31LitvinenkoAffair: the people of the Litvinenko and Skripal
// poisonings are Russians, whatever country charges or shelters them.
func TestOwned31LitvinenkoAffair(t *testing.T) {
	testLexRows(t, []lexRow{
		{"charged Lugovoi", "2007-05-23", "British prosecutors charged Andrei Lugovoi with murder on Tuesday.", "11", "GBRJUD>RUSBUS", ""},
		{"refused to extradite Lugovoy, other spelling", "2007-07-05", "Russia refused to extradite Andrei Lugovoy to Britain.", "12", "RUS>GBR", ""},
		{"Kovtun named with him", "2016-01-21", "A British inquiry accused Dmitry Kovtun of poisoning the former spy.", "112", "GBR>RUSBUS", ""},
		{"Litvinenko accused the Kremlin", "2006-11-24", "Alexander Litvinenko accused the Kremlin of ordering his killing.", "112", "RUSOPP>RUSGOV", ""},
		{"Skripal, a Russian in Britain", "2018-03-12", "Sergei Skripal met British intelligence officers in Salisbury in 2017.", "040", "RUSCVL>GBRSPY", ""},
		{"Lugovoi as a lawmaker", "2015-03-02", "Andrei Lugovoi criticised the British inquiry on Monday.", "11", "RUSLEG>GBR", ""},
	})
}

// TestOwned31WhatTheLawSays: a law, constitution or treaty that bars,
// bans or forbids something, in the simple present with no date, tells a
// standing rule, not an act of its state.
func TestOwned31WhatTheLawSays(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a constitution bars extradition", d, "Brazil's constitution bars the extradition of its citizens to foreign courts.", "17", "", ""},
		{"the law bans rallies", d, "Egypt's law bans rallies near government buildings.", "17", "", ""},
		{"a treaty forbids aid", d, "The treaty forbids military aid to either side.", "16", "", ""},
		{"the charter prohibits gatherings", d, "Belarus's charter prohibits gatherings of more than ten people.", "17", "", ""},
		{"the rules bar candidates", d, "Iran's election rules bar women from running for president.", "17", "", ""},
		{"the government bans rallies: an act", d, "Egypt's government banned rallies near government buildings on Monday.", "1721", "EGYGOV>EGYCVL", ""},
		{"a parliament that bans: an act", d, "Egypt's parliament banned rallies near government buildings on Monday.", "1721", "EGYLEG>EGYCVL", ""},
	})
}

// TestOwned31MovedToStopThem: troops that move "to stop", "to confront"
// or "to block" another country's forces aim the move at them (15), when
// it names no one else.
func TestOwned31MovedToStopThem(t *testing.T) {
	testLexRows(t, []lexRow{
		{"crossed into the area to stop", d, "Indian soldiers crossed into the area to stop a Chinese army unit.", "154", "INDMIL>CHNMIL", ""},
		{"moved in to block", d, "Thai troops moved into the temple grounds to block Cambodian soldiers.", "15", "THAMIL>KHMMIL", ""},
		{"moved into the valley to confront", d, "Armenian troops moved into the valley to confront Azerbaijani forces.", "15", "ARMMIL>AZEMIL", ""},
		{"moved into the area to stop, perfect", d, "Greek troops have moved into the area to stop Turkish soldiers.", "15", "GRCMIL>TURMIL", ""},
		{"crossed to halt", d, "Russian tanks crossed into the region to halt Georgian troops.", "154", "RUSMIL>GEOMIL", ""},
		{"to protect its own: no target of its own country", d, "Russian troops crossed into the area to protect Russian citizens.", "154", "RUSMIL>", ""},
	})
}

// TestOwned31TookUpPositions: forces that take up positions near, around
// or along a place show force there (154), aimed at whoever it names.
func TestOwned31TookUpPositions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armoured vehicles took up positions near", d, "Turkish armoured vehicles took up positions near the Syrian border town of Kobani.", "154", "TURMIL>SYR", ""},
		{"troops took up positions around the airport", d, "Russian troops took up positions around the airport in Pristina.", "154", "RUSMIL>XKXGOV", ""},
		{"tanks take up positions along the frontier, present", d, "Israeli tanks take up positions along the Lebanese frontier.", "154", "ISRMIL>LBN", ""},
		{"soldiers have taken up positions outside", d, "Malian soldiers have taken up positions outside the presidential palace.", "154", "MLIMIL>MLIGOV", ""},
		{"rebels took up positions in the hills", d, "M23 rebels took up positions in the hills above Goma.", "154", "CODREB>COD", ""},
		{"a team takes up its position is no force", d, "The French team took up positions at the start of the match.", "15", "", ""},
	})
}
