package pipeline

import "testing"

// TestSaidStartedBloodshed: bloodshed or violence a statement says another
// started or began accuses the starter (112), as a riot or a
// war said to be started does: "Saudi officials said the Iranians had
// started the bloodshed". Told by no one, denied of the speaker's own side,
// or violence that only started at a time, it accuses no one.
func TestSaidStartedBloodshed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"started the bloodshed", "1987-08-02", "Saudi officials said the Iranians had started the bloodshed.", "112", "SAUGOV>IRN", ""},
		{"begun the violence", "2000-10-03", "Israel said the Palestinians had begun the violence.", "112", "ISR>PSE", ""},
		{"started the trouble, said after", "1999-05-01", "The rebels had started the trouble, the Ugandan government said.", "112", "UGAGOV>UGAREB", ""},
		{"begun, told", "1999-09-01", "Indonesian officials told reporters that pro-independence militants had begun the unrest.", "112", "IDNGOV>IDNREB", ""},
		{"told by no one", "1987-08-02", "The Iranians started the bloodshed.", "112", "", ""},
		{"started at a time", "1987-08-02", "Saudi officials said the violence had started on Friday.", "11", "", ""},
		{"denied of its own", "1987-08-02", "Iran said its pilgrims had not started the bloodshed.", "112", "", ""},
	})
}
