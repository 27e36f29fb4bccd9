package pipeline

import "testing"

// The test coder keeps a country named as an actor bare (MLI), as
// testLexRows rows elsewhere do.

// TestLeftBody: a state that leaves, quits, exits, withdraws from or pulls
// out of a body of states it names (the IGO class of the lexicon) reduces
// relations with it (166), whatever the body's name ends in; it is no
// retreat of troops (087) and no resignation (0831). Troops withdrawing from
// a body's mission, or people leaving its building, leave no body.
func TestLeftBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"left ECOWAS by its full name", d, "Mali left the Economic Community of West African States.", "166", "MLI>IGOWAF", ""},
		{"quit the Council of Europe", d, "Russia quit the Council of Europe on Tuesday.", "166", "RUS>IGO", ""},
		{"withdrew from OPEC", d, "Qatar withdrew from OPEC in January.", "166", "QAT>IGOOPC", ""},
		{"pulled out of the ICC", d, "Burundi pulled out of the International Criminal Court.", "166", "BDI>IGOICC", ""},
		{"were leaving, reported, two states", d, "Niger and Mali said they were leaving the Economic Community of West African States.", "166", "NER>IGOWAF", ""},
		{"will exit, announced", d, "The Philippines will exit the International Criminal Court next year, Duterte said.", "166", "PHL>IGOICC", ""},
		{"troops withdrew from an AU mission: no 166", d, "Ethiopian troops withdrew from the African Union mission in Somalia.", "166", "", ""},
		{"left the AU headquarters: no 166", d, "The delegates left the African Union headquarters after the vote.", "166", "", ""},
	})
}

// TestPutOffMeeting: a visit, meeting, talks or summit put off, deferred,
// delayed or scrapped is refused (125) as a cancelled or postponed one is,
// aimed at the other party the meeting names; an offensive delayed is no
// meeting.
func TestPutOffMeeting(t *testing.T) {
	testLexRows(t, []lexRow{
		{"put off a meeting with officials", d, "The European Commission put off a meeting with Argentine officials.", "125", "IGOEUR>ARGGOV", ""},
		{"has put off talks", d, "Japan has put off talks with North Korea until next month.", "125", "JPN>PRK", ""},
		{"deferred his visit to", d, "The Indian prime minister deferred his visit to Pakistan.", "125", "INDGOV>PAK", ""},
		{"delayed the summit with", d, "Seoul delayed the summit with Pyongyang by a week.", "125", "KORGOV>PRKGOV", ""},
		{"scrapped a planned meeting", d, "Egypt scrapped a planned meeting with Ethiopian officials on the dam.", "125", "EGY>ETHGOV", ""},
		{"delayed the offensive: no meeting", d, "The army delayed the offensive.", "125", "", ""},
	})
}

// TestFaceRevenge: a statement that a party will face revenge, vengeance or
// someone's wrath is the speaker's threat against it (130), as "would face
// the consequences" is; attacks called revenge attacks are no one's threat,
// and "a response" is left out (it also names answers that threaten no one).
func TestFaceRevenge(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would face revenge", d, "Iran warned that Israel would face revenge for the killing.", "130", "IRN>ISR", ""},
		{"would face divine vengeance, said", d, "Khamenei said the Saudi rulers would face divine vengeance.", "130", "IRNGOV>SAUGOV", ""},
		{"would face the wrath of", d, "The Houthis warned that the United States would face the wrath of the Yemeni people.", "130", "YEMREB>USA", ""},
		{"quoted revenge, report after", d, "Saudi Arabia's rulers would face \"divine revenge\" for the cleric's killing, Iran's supreme leader warned.", "130", "IRNGOV>SAUGOV", ""},
		{"would face revenge for strikes", d, "The Taliban warned that Pakistan would face revenge for the air strikes.", "130", "AFGREB>PAK", ""},
		{"will face a response: too loose to be a threat", d, "Hamas said Israel will face a painful response for the raid.", "130", "", ""},
		{"faced revenge attacks: no threat", d, "The rebels faced revenge attacks in the villages.", "130", "", ""},
		{"faced a response from voters: no threat", d, "The government faced a strong response from voters in the election.", "130", "", ""},
	})
}
