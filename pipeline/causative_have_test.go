package pipeline

import "testing"

// "had X arrested": "have", its object and a past participle is the
// participle's act on the object, done by whoever had it done.
func TestCausativeHave(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a president had a leader arrested", "1980-04-14", "Liberia's president had opposition leader Gabriel Baccus Matthews arrested in March.", "173", "LBRGOV>LBROPP", ""},
		{"a king had rebels executed", "2020-01-01", "Morocco's king had the rebels executed on Monday.", "18", "MARGOV>MARREB", ""},
		{"a leader had a critic jailed", "2021-02-02", "Vladimir Putin had Alexei Navalny jailed on Tuesday.", "173", "RUSGOV>RUSOPP", ""},
		{"a past perfect, as before", "2020-01-01", "Kenya's army had arrested two generals on Monday.", "173", "KENMIL>KENMIL", ""},
	})
}
