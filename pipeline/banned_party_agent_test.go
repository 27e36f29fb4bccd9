package pipeline

import "testing"

// TestBannedPartyImpliedAgent pins who bans a party or bars a candidate
// when a passive names no one: the state's government (policy.tsv's
// agent=GOV on 1722), as with curfews and media closures, not its army,
// which stays the implied doer of a suspension of the institutions
// themselves (172: a coup).
func TestBannedPartyImpliedAgent(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a party banned", "2019-06-01", "BANGKOK (AP) \u2014 The main opposition party was banned on Friday.", "1722", "THAGOV>THAOPP", ""},
		{"candidates disqualified", "2021-06-01", "TEHRAN, Iran (AP) \u2014 Seven reformist candidates were disqualified from the presidential vote.", "1722", "IRNGOV>IRNPTY", ""},
		{"a movement outlawed", "2013-12-25", "CAIRO (AP) \u2014 The Muslim Brotherhood was outlawed on Wednesday.", "1722", "EGYGOV>EGYOPP", ""},
		{"an opposition leader barred from running", "2024-01-30", "CARACAS, Venezuela (AP) \u2014 Opposition leader Maria Corina Machado was barred from running for office.", "1722", "VENGOV>VENOPP", ""},
		{"parliament suspended in a coup stays the army's", "2021-10-26", "KHARTOUM, Sudan (AP) \u2014 Soldiers seized power on Monday. Parliament was dissolved and the constitution was suspended.", "17", "SDNMIL>SDNGOV", ""},
	})
}
