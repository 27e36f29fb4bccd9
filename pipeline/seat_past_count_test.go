package pipeline

import "testing"

// A seat of government or a city, then a past form and a count, is the
// subject and its verb, not the owner of an agent noun: "Moscow jailed two
// activists" tells what Moscow did. Written with a hyphen or after an
// adjective, the participle still makes whose the agents are.
func TestSeatPastCount(t *testing.T) {
	testLexRows(t, []lexRow{
		{"seat, past, count", d, "Moscow jailed two activists on Monday.", "173", "RUSGOV>RUSOPP", ""},
		{"court in a city", d, "The court in Nairobi jailed two opposition activists.", "173", "KENJUD>KENOPP", ""},
		{"authorities in a capital", d, "Authorities in Beijing detained three activists on Monday.", "173", "CHNGOV>CHNOPP", ""},
		{"expelled", d, "Tehran expelled two British diplomats on Monday.", "161", "IRNGOV>GBRGOV", ""},
		{"a count spelled in digits", d, "Ankara detained 12 journalists on Friday.", "173", "TURGOV>TURMED", ""},
		{"hyphenated: whose the agents are", d, "Moscow-backed separatists shelled the town of Avdiivka.", "19", "UKRREB>UKR", ""},
	})
}
