package pipeline

import "testing"

// TestSpellingNearRole: a close spelling of one word of a person's name
// is read as the person only within ten years of the person's roles: a
// town ("Lyman", 2022), a people ("Kanak", 2024; "Bedouin") is no
// president or king who held office decades before, while a variant
// spelling of a leader in office ("Hiftar") or just out of it ("Gadhafi"
// in 2018) still is the leader.
func TestSpellingNearRole(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a town no spelling of a 1980 president", "2022-10-01", "Russian forces retook Lyman on Saturday.", "192", "RUSMIL>UKRGOV", ""},
		{"a people no spelling of a former minister", "2024-05-14", "Kanak protesters blocked roads in Noumea on Monday.", "144", "NCLOPP>NCLGOV", ""},
		{"Bedouin no spelling of a dead king", "2024-05-14", "Bedouin tribesmen attacked a police station in Sinai.", "190", "EGYCVL>EGYCOP", ""},
		{"a leader in office by a variant", "2019-04-08", "Hiftar's forces shelled Tripoli on Monday.", "194", "LBYMIL>LBYGOV", ""},
		{"a leader seven years out of office by a variant", "2018-11-13", "Rebels ousted Gadhafi in 2011.", "172", "LBYREB>LBYGOV", ""},
	})
}
