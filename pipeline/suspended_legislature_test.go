package pipeline

import "testing"

// TestSuspendedLegislature pins a legislature suspended by anyone as set
// aside (172), as one closed or shut down is: a government suspends its
// parliament in a crisis, never as it calls an election. Prorogued, it is
// sent home (0834); a bloc's suspension of a member stays 166.
func TestSuspendedLegislature(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a president suspends parliament", d, "Sri Lanka's president suspended parliament until Nov. 16.", "172", "LKAGOV>LKALEG", ""},
		{"to avoid a vote", d, "Thabane suspended parliament in June to avoid a no-confidence vote.", "172", "LSOGOV>LSOLEG", ""},
		{"the national assembly", d, "Peru's president suspended the National Assembly on Monday.", "172", "PERGOV>PERLEG", ""},
		{"no concession code for a suspension", d, "Sri Lanka's president suspended parliament until Nov. 16.", "0834", "", ""},
		// guards
		{"guard: a sitting suspended", d, "The speaker suspended the session after a brawl.", "172", "", ""},
		{"guard: a debate suspended", d, "Parliament suspended its debate on the budget.", "172", "", ""},
		{"guard: prorogued stays sent home", d, "Britain's prime minister prorogued parliament for five weeks.", "0834", "GBRGOV>GBRLEG", ""},
		{"guard: a bloc suspends a member", d, "The African Union suspended Mali after the coup.", "166", "IGOAFR>MLI", ""},
	})
}
