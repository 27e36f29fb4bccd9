package pipeline

import "testing"

// Told, instructed or directed to leave is ordered to leave: people
// ordered out (174), envoys expelled (161), as "ordered ... to leave"
// reads. Told to stay, or to leave off an act, orders no one out.
func TestToldToLeave(t *testing.T) {
	testLexRows(t, []lexRow{
		{"journalists told to leave", "1989-06-10", "The Chinese government told foreign journalists to leave the country.", "174", "CHNGOV>MED", ""},
		{"passive told to leave", "2009-06-21", "The BBC correspondent was told by Iran to leave the country on Sunday.", "174", "IRN>GBRMED", ""},
		{"instructed to leave", "2003-03-20", "Kuwait instructed foreign workers to leave the country within a week.", "174", "KWT>CVL", ""},
		{"envoy told to leave", "2010-06-01", "Nicaragua told the Israeli ambassador to leave the country within 72 hours.", "161", "NIC>ISRGOV", ""},
		{"told to stay: none", "2010-06-01", "The Chinese government told foreign journalists to stay in their hotels.", "174", "", ""},
		{"told to leave off: none", "2010-06-01", "Nicaragua told Israel to stop its blockade of Gaza.", "174", "", ""},
	})
}
