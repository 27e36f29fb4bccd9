package pipeline

import "testing"

// TestCountedPluralIsNoVerb: a plural a number counts ("the two suspects",
// "three suspects") is a noun, not a later verb that would make the verb
// before it a participle: "Libya handed over the two suspects" was read as
// "Libya, handed over ...", with no verb of its own, and coded nothing.
func TestCountedPluralIsNoVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the two suspects handed over to a body", "1999-04-05", "Libya handed over the two suspects to the United Nations.", "063", "LBY>IGOUNO", ""},
		{"three suspects, no determiner", "2010-01-01", "Pakistan handed over three suspects to India on Monday.", "063", "PAK>IND", ""},
		{"handed over to a country's police", "2010-01-01", "Kenya handed over the two suspects to Ugandan police.", "063", "KEN>UGACOP", ""},
		{"five suspects, a weekday", "2010-01-01", "Bulgaria handed over the five suspects to Lebanon on Friday.", "063", "BGR>LBN", ""},
		{"a count in figures", "2010-01-01", "Egypt handed over the 12 suspects to Libya on Sunday.", "063", "EGY>LBY", ""},
		{"a present perfect still reads", "2010-01-01", "Sudan has handed over the three suspects to Chad.", "063", "SDN>TCD", ""},
	})
}
