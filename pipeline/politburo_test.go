package pipeline

import "testing"

// TestPolitburo pins a ruling party's politburo as its country's
// government (agents.txt's government), as a cabinet or a junta is: "The
// Politburo rejected the demands" named no one. One a party or rebels own
// is theirs (guards).
func TestPolitburo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the politburo rejects demands", "1989-06-02", "China\n\nBEIJING, China —\n\nThe Politburo rejected the demands of the students on Friday.", "120", "CHNGOV>CHNCVL", ""},
		{"the politburo accuses a country", "1989-11-08", "Cuba\n\nHAVANA, Cuba —\n\nThe Politburo accused the United States of sabotage.", "11", "CUBGOV>USA", ""},
		{"a politburo of a demonym expels ministers", "1989-11-08", "Vietnam\n\nHANOI, Vietnam —\n\nThe Vietnamese Politburo expelled two ministers from the party.", "174", "VNMGOV>VNMGOV", ""},
		// guards: a politburo its owner names
		{"guard: the ruling party's politburo", "1989-11-08", "Laos\n\nVIENTIANE, Laos —\n\nThe ruling party's Politburo dismissed the prime minister on Monday.", "172", "LAOPTY>LAOGOV", ""},
		{"guard: the rebels' politburo", "2004-11-08", "Nepal\n\nKATHMANDU, Nepal —\n\nThe Maoist rebels' politburo ordered attacks on police posts.", "190", "NPLREB>NPLCOP", ""},
	})
}
