package pipeline

import "testing"

// TestPeacekeepingLanding: peacekeepers who land or arrive, and troops that
// land to restore order or keep the peace, are peacekeeping (074); aircraft
// that land with relief bring it (073). Troops that land with no such
// purpose stay a deployment (154), and a leader who lands visits (042).
func TestPeacekeepingLanding(t *testing.T) {
	testLexRows(t, []lexRow{
		{"peacekeepers landed in a capital", "1999-09-20", "The first Australian peacekeepers landed in Dili on Monday.", "074", "AUSMIL>TLS", ""},
		{"peacekeepers arrived", "1993-11-01", "Belgian peacekeepers arrived in Kigali on Monday.", "074", "BELMIL>RWA", ""},
		{"troops landed to restore order", "2003-07-24", "Australian troops landed in Honiara on Thursday to restore order in the Solomon Islands.", "074", "AUSMIL>SLB", ""},
		{"marines landed to keep the peace", "1982-08-25", "French marines landed in Beirut on Wednesday to keep the peace.", "074", "FRAMIL>LBN", ""},
		{"aircraft landed with relief supplies", "2022-01-20", "New Zealand military aircraft landed in Tonga on Thursday with water and relief supplies.", "073", "NZLMIL>TONCVL", ""},
		{"guard: troops that land are deployed", "1983-10-25", "U.S. Marines landed in Grenada on Tuesday.", "074", "", ""},
		{"guard: troops that land, a deployment", "1983-10-25", "U.S. Marines landed in Grenada on Tuesday.", "154", "USAMIL>GRDGOV", ""},
		{"guard: a leader who lands visits", "2000-11-16", "President Clinton landed in Hanoi on Thursday.", "042", "USAGOV>VNMGOV", ""},
	})
}
