package pipeline

import "testing"

// TestPrepositionBeforeWhatItCalled: a free relative that names a thing
// after a preposition ("an end to what it called Israel's aggression",
// "in protest at what it called U.S. interference") is that preposition's
// object: the phrase the relative's verb names stands where a plain noun
// phrase would ("an end to Israel's aggression"), and its actor is the
// one the act is aimed at. A relative that names no actor aims at no one.
func TestPrepositionBeforeWhatItCalled(t *testing.T) {
	testLexRows(t, []lexRow{
		{"demanded an end to what it called", d, "The Arab League demanded an end to what it called Israel's aggression against Lebanon.", "10", "IGOARL>ISR", ""},
		{"demanded an end to what they called, plural", d, "NATO ambassadors demanded an immediate end to what they called Syria's aggressive acts against an ally.", "10", "IGONATO>SYR", ""},
		{"called for a halt to what it described as", d, "Egypt called for a halt to what it described as Israeli attacks on Gaza.", "02", "EGY>ISR", ""},
		{"demanded an end to what it termed", d, "Beijing demanded an end to what it termed American interference in its affairs.", "10", "CHNGOV>USA", ""},
		{"a plain phrase after to, as before", d, "The Arab League demanded an end to Israel's aggression against Lebanon.", "10", "IGOARL>ISR", ""},
		{"what names no actor", d, "The Arab League demanded an end to what it called the bloodshed.", "10", "IGOARL>", ""},
	})
}
