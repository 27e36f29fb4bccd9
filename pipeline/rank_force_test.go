package pipeline

import "testing"

// TestRankTakesForceCountry: an officer the knowledge lacks, named by rank
// alone, is of the state's force of his sector the story named in his
// sentence or the two before, when those are of one country, not of the
// story's or the place's country; with two states' forces named, the story
// decides as before.
func TestRankTakesForceCountry(t *testing.T) {
	testLexRows(t, []lexRow{
		{"foreign troops, then a colonel", "2016-05-07",
			"RAMALLAH, West Bank (AP) - Israeli troops raided Jenin on Monday and arrested five Palestinians. Lt. Col. Avi Benami accused Hamas of hiding weapons in mosques.",
			"112", "ISRMIL>PSEREB", ""},
		{"foreign troops and a colonel in one sentence", "2016-05-07",
			"RAMALLAH, West Bank (AP) - Israeli troops raided Jenin on Monday, and Lt. Col. Avi Benami accused Hamas of hiding weapons in mosques.",
			"112", "ISRMIL>PSEREB", ""},
		{"marines landing, then a colonel", "1992-12-09",
			"MOGADISHU, Somalia (AP) - U.S. Marines came ashore in Mogadishu on Wednesday. Col. Fred Pecke accused Somali gunmen of looting food convoys.",
			"112", "USAMIL>SOMUAF", ""},
		{"the other side's troops, then a general", "2015-08-21",
			"SEOUL, South Korea (AP) - North Korean troops fired shells across the border on Thursday. Gen. Pak Chol-sunn accused South Korea of provoking the clash.",
			"112", "PRKMIL>KOR", ""},
		// must not change: two states' forces named, the story's own
		{"forces of two states named", "2012-04-10",
			"JUBA, South Sudan (AP) - South Sudan's army fought Sudanese forces near Heglig on Monday. Colonel Philip Aguerr accused Khartoum of bombing civilians.",
			"112", "SSDMIL>SDNGOV", ""},
	})
}
