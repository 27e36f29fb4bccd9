package pipeline

import "testing"

// "Greek Cypriot" and "Turkish Cypriot" name the two communities of Cyprus,
// not Greece or Turkey; "Greek" and "Turkish" alone still name those states.
func TestCypriotCommunities(t *testing.T) {
	testLexRows(t, []lexRow{
		{"greek cypriot protesters", "1996-08-14", "Greek Cypriot protesters clashed with Turkish troops in Nicosia on Wednesday.", "14", "CYPCVL>TURMIL", ""},
		{"turkish cypriot police", "1996-08-14", "Turkish Cypriot police arrested two Greek Cypriots near the buffer zone.", "173", "CYPCOP>CYPCVL", ""},
		{"greek cypriot government", "2004-04-24", "The Greek Cypriot government rejected the U.N. reunification plan on Saturday.", "12", "CYPGOV>IGOUNO", ""},
		{"greek alone", "2004-04-24", "Greek police arrested two Turkish nationals in Athens.", "173", "GRCCOP>TURCVL", ""},
	})
}
