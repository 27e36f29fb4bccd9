package pipeline

import "testing"

// TestSurnameByDate: a surname two known people share names, when it
// stands alone, the one whose role the story's date falls in ("Kabila" is
// Laurent-Desire Kabila, the rebel leader and then president, until his
// death in January 2001, and his son Joseph after), as the people data
// already tells the two Frangiehs apart.
func TestSurnameByDate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the father as rebel leader", "1997-03-15", "Kabila accused Mobutu of killing civilians.", "11", "CODREB>CODGOV", ""},
		{"the father as president", "1998-08-10", "Kabila accused Rwanda of invading Congo.", "11", "CODGOV>RWA", ""},
		{"the father as president, late", "2000-06-10", "Kabila accused Uganda of occupying the northeast.", "11", "CODGOV>UGA", ""},
		{"the son as president", "2005-08-10", "Kabila accused Rwanda of backing the rebels.", "11", "CODGOV>RWA", ""},
		{"the son named in full in 1998 stays the army's", "1998-08-10", "Joseph Kabila accused Rwanda of invading Congo.", "11", "CODMIL>RWA", ""},
		{"a Frangieh by date", "1978-06-15", "Frangieh accused Syria of shelling Zgharta.", "11", "LBNPTY>SYR", ""},
	})
}
