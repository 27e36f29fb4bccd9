package pipeline

import "testing"

// TestSurnameByDate: a surname two known people share names, when it
// stands alone, the one whose role the story's date falls in ("Kabila" is
// Laurent-Desire Kabila, the rebel leader and then president, until his
// death in January 2001, and his son Joseph after), as the people data
// already tells the two Frangiehs apart. Of two in roles on the day, the
// one who holds power by office (Heydar Aliyev, president, over his son at
// the state oil company in 1998).
func TestSurnameByDate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the father as rebel leader", "1997-03-15", "Kabila accused Mobutu of killing civilians.", "11", "CODREB>CODGOV", ""},
		{"the father as president", "1998-08-10", "Kabila accused Rwanda of invading Congo.", "11", "CODGOV>RWA", ""},
		{"the father as president, late", "2000-06-10", "Kabila accused Uganda of occupying the northeast.", "11", "CODGOV>UGA", ""},
		{"the son as president", "2005-08-10", "Kabila accused Rwanda of backing the rebels.", "11", "CODGOV>RWA", ""},
		{"the son named in full in 1998 stays the army's", "1998-08-10", "Joseph Kabila accused Rwanda of invading Congo.", "11", "CODMIL>RWA", ""},
		{"a Frangieh by date", "1978-06-15", "Frangieh accused Syria of shelling Zgharta.", "11", "LBNPTY>SYR", ""},
		{"the father in office, the son at a firm", "1998-05-04", "Aliyev accused Armenia of occupying Azerbaijani land.", "11", "AZEGOV>ARM", ""},
		{"the son as president", "2010-05-04", "Aliyev accused Armenia of occupying Azerbaijani land.", "11", "AZEGOV>ARM", ""},
		{"a father's premiership before his daughter's", "1977-03-20", "Bhutto accused the opposition of rigging protests.", "11", "PAKGOV>PAKOPP", ""},
		{"a father's premiership before his son's", "1975-05-02", "Trudeau accused Quebec separatists of plotting violence.", "11", "CANGOV>CANREB", ""},
		{"a general before his son's presidency", "1977-08-10", "Torrijos accused Washington of stalling on the canal.", "11", "PANMIL>USAGOV", ""},
		{"a militia leader before his brother's presidency", "1980-07-08", "Gemayel accused Syria of shelling Beirut.", "11", "LBNUAF>SYR", ""},
		{"a father's rule before his son's", "2002-11-20", "Kadyrov accused the rebels of killing civilians.", "11", "RUSGOV>RUSREB", ""},
		{"a son as warlord after his father", "1998-02-15", "Aidid accused Ethiopia of arming his rivals.", "11", "SOMREB>ETH", ""},
		{"the shah before his son's exile", "1978-10-15", "Pahlavi accused the clergy of inciting riots.", "11", "IRNGOV>IRNREL", ""},
		{"a daughter in opposition after her father", "2016-04-20", "Fujimori accused the government of smearing her party.", "11", "PEROPP>PERGOV", ""},
	})
}
