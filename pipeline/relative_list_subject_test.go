package pipeline

import "testing"

// A relative clause whose object is a list ("who killed the judge and two
// policemen") ends the subject's phrase: the verb after it is the
// subject's, not that of the list's first member.
func TestRelativeObjectListKeepsSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"three objects", "2010-01-01", "Rebels who attacked the town, a police station and an army base released 20 hostages in Mali on Monday.", "0841", "MLIREB>MLICVL", ""},
		{"roads, bridges and railway lines", "2010-01-01", "Protesters who blocked roads, bridges and railway lines in Bolivia clashed with police on Friday.", "145", "BOLOPP>BOLCOP", ""},
		{"officials arrested", "2010-01-01", "Soldiers who arrested the president, the prime minister and two ministers in Niger seized the state broadcaster on Wednesday.", "181", "NERMIL>NERMED", ""},
		{"two objects", "2010-01-01", "Gunmen who killed a judge and two policemen in Peru surrendered to the army on Sunday.", "0874", "UAF>PERMIL", ""},
		{"one object, as before", "2010-01-01", "Gunmen who killed a judge in Peru surrendered to the army on Sunday.", "0874", "UAF>PERMIL", ""},
	})
}
