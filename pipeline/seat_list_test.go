package pipeline

import "testing"

// TestSeatList: a capital listed with other capitals stands for its
// government as they do, whatever punctuation follows it ("raided Harare,
// Lusaka and Gaborone": Zimbabwe too, not only the two after the comma);
// a capital after a locative, or one a country names the place of, stays
// a place.
func TestSeatList(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"first of three", d, "South African commandos raided Harare, Lusaka and Gaborone in search of guerrilla bases.", "190", "ZAFMIL>ZWE", ""},
		{"last before the stop", d, "Israeli jets struck Damascus and Beirut.", "19", "ISRMIL>LBN", ""},
		{"first of two with a comma", d, "Gunmen attacked Kabul, Islamabad and New Delhi.", "19", "UAF>AFG", ""},
		{"threatened two capitals", d, "Iran threatened Riyadh, Abu Dhabi and Manama on Monday.", "13", "IRN>SAUGOV", ""},
		{"condemned two", d, "The French minister condemned Moscow, Minsk and Tehran for their support.", "11", "FRAGOV>RUSGOV", ""},
		{"places after a locative", d, "Protests were held in Harare, Lusaka and Gaborone.", "14", "", ""},
		{"city and its country", d, "Gunmen attacked a hotel in Tripoli, Libya, on Monday.", "18", "UAF>LBY", ""},
		{"accused two", d, "Washington accused Beijing, Moscow and Tehran of meddling.", "11", "USAGOV>CHNGOV", ""},
	})
}
