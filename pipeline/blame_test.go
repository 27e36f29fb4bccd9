package pipeline

import "testing"

// TestHoldResponsible: holding someone responsible or accountable for an
// act is an accusation (112) of the one held; holding a thing or a place
// is not.
func TestHoldResponsible(t *testing.T) {
	testLexRows(t, []lexRow{
		{"held a government responsible", d, "Israel held the Lebanese government responsible for the attack.", "112", "ISR>LBNGOV", ""},
		{"holds a capital responsible, present", d, "Washington holds Tehran responsible for the attacks on shipping.", "112", "USAGOV>IRNGOV", ""},
		{"has held accountable", d, "The opposition has held the president accountable for the killings.", "112", "OPP>GOV", ""},
		{"held back: no blame", d, "Police held the crowd back.", "112", "", ""},
		{"held a town: no blame", d, "The rebels held the town for three days.", "112", "", ""},
		{"a conditional threat to blame is no accusation", d, "Kenya will hold Somalia responsible if the attacks continue.", "112", "", ""},
	})
}

// TestVerbAfterWhatWasSaid: "X said Y was Z and VERBed ...": when what was
// said has no actor for subject and the sayer is one, the verb after "and"
// is the sayer's; when what was said has an actor for subject, it stays
// that actor's.
func TestVerbAfterWhatWasSaid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said the raid was, and held responsible", "2006-07-13", "Prime Minister Ehud Olmert said the raid was an act of war and held the Beirut government responsible for it.", "112", "ISRGOV>LBNGOV", ""},
		{"said the vote was, and recalled its envoy", d, "Brazil said the vote was a coup and recalled its ambassador from Asuncion.", "161", "BRA>PRYGOV", ""},
		{"said the talks were over, and walked out", d, "The rebel delegation said the talks were over and walked out of the meeting.", "12", "REB>", ""},
		{"an actor's act stays the actor's", d, "Officials said rebels attacked the town and burned the market.", "190", "REB>", ""},
	})
}

// TestThenJoinsVerbs: ", then" joins a second verb to the first, which
// shares its subject; "at first" before a verb is an adverb.
func TestThenJoinsVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"accepted, then rejected", "2016-12-10", "Yahya Jammeh at first accepted the result, then rejected it a week later.", "12", "GMBGOV>", ""},
		{"summoned, then expelled", d, "Kenya summoned the Somali ambassador, then expelled him on Friday.", "161", "KEN>SOMGOV", ""}, // the ambassador expelled, as "expelled the ambassador" is (TestPronounAntecedentHeads)
		{"signed, then withdrew", d, "Iran signed the deal in 2015, then withdrew from talks in 2018.", "16", "IRN>", ""},
		{"a comma before a new subject is no join", d, "Police arrested the editor, then soldiers raided his office.", "17", "MIL>", ""},
	})
}

// TestReportVerbWithAnObject: a verb that may report ("declared") but has
// an object joins the verb before it, not the main clause: "after
// hardliners placed him under house arrest and declared a state of
// emergency" is the hardliners' declaration.
func TestReportVerbWithAnObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"declared an emergency after and", "1991-08-22", "Gorbachev flew back to Moscow on Thursday, three days after hardliners placed him under house arrest and declared a state of emergency.", "1724", "RUSGOV>RUSCVL", ""},
		{"announced a curfew after and", d, "The president returned on Monday, a day after soldiers seized the airport and announced a curfew.", "1723", "MIL>", ""},
		{"a report joins the main clause", d, "Rebels attacked the town and said they would attack again.", "13", "REB>", ""},
	})
}

// TestProtestedTo: a state that protests or complains to another
// protests to it (114); about a third party named after "about" or
// "over", to that party.
func TestProtestedTo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protested to a state", d, "The Philippines protested to China.", "114", "PHL>CHN", ""},
		{"protested to a state over a thing", d, "The Philippines protested to China over the harassment of its vessels.", "114", "PHL>CHN", ""},
		{"complained to a body about a state", d, "Lebanon complained to the UN about Israel.", "114", "LBN>ISR", ""},
		{"complained to a state about a thing", d, "Japan complained to Russia about the violation of its airspace.", "114", "JPN>RUS", ""},
	})
}
