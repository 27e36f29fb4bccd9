package pipeline

import "testing"

// TestMembersOfTheBody: "ministers of the 12 European Community nations",
// "leaders of the Arab League states": the body's name modifies the plural
// after it, and the whole phrase is the subject, the body's (the plural
// was left a subject of its own, no actor, and the act coded nothing).
func TestMembersOfTheBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ministers of the Community nations recall envoys", "1989-02-21", "Foreign ministers of the 12 European Community nations decided to recall their ambassadors from Iran.", "161", "IGOEUR>IRN", ""},
		{"envoys of the League nations met", "2011-03-20", "Envoys of the Arab League nations met in Cairo on Sunday.", "040", "IGOARL>", ""},
		{"ministers of the Community nations agreed", "1990-08-04", "Foreign ministers of the European Community nations agreed to freeze Iraqi assets on Saturday.", "163", "IGOEUR>IRQ", ""},
		{"ministers of the Community countries impose an embargo", "1991-07-08", "Ministers of the European Community countries imposed an arms embargo on Yugoslavia.", "163", "IGOEUR>SRB", ""},
		{"heads of the League nations demand", "2006-07-15", "Foreign ministers of the Arab League nations demanded an end to the Israeli offensive in Lebanon.", "10", "IGOARL>ISR", ""},
		{"a name's own plural noun is still one phrase", "2020-01-10", "Foreign ministers of the 27 EU states imposed sanctions on Belarus.", "163", "IGOEUR>BLR", ""},
	})
}
