package pipeline

import "testing"

// "relaunched" and "restarted" keep an act going, as "resumed" does: the
// subject does the act its object names.
func TestRelaunchedActs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"relaunched a strike", "2007-01-22", "Guinea's unions relaunched the general strike on Monday.", "143", "GINLAB>GINGOV", ""},
		{"restarted an offensive", "2009-01-20", "Sri Lankan troops restarted their offensive against the Tamil Tiger rebels.", "19", "LKAMIL>LKAREB", ""},
		{"relaunched talks", "2015-06-02", "Greece and its creditors relaunched talks in Brussels on Monday.", "04", "GRC>", ""},
		{"resumed, as before", "2007-01-22", "Guinea's unions resumed the general strike on Monday.", "143", "GINLAB>GINGOV", ""},
		{"not: stopped", "2007-01-22", "Guinea's unions called off the general strike on Monday.", "143", "", ""},
	})
}
