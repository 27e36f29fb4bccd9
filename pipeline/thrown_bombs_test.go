package pipeline

import "testing"

// TestThrownBombs: a grenade or a bomb thrown, hurled or tossed at or into
// people is a bombing (183) aimed at them, by unidentified attackers when a
// passive names no one; stones, petrol bombs and paint bombs stay a riot
// (145), and a state's forces' stun grenades stay crowd control (175).
func TestThrownBombs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a grenade thrown into a crowd, no agent", d, "SRINAGAR, India -- A grenade was thrown into a crowd of worshippers outside a mosque on Friday.", "183", "INDUAF>INDCVL", ""},
		{"militants hurl a grenade at a patrol", d, "SRINAGAR, India -- Militants hurled a grenade at a police patrol on Sunday, wounding three officers.", "183", "INDREB>INDCOP", ""},
		{"rebels throw grenades at troops", "1996-05-02", "BUJUMBURA, Burundi -- Rebels threw grenades at government troops during the night.", "183", "BDIREB>BDIMIL", ""},
		{"bombs tossed into an opposition rally", d, "DHAKA, Bangladesh -- Unidentified men tossed two bombs into an opposition rally, killing four people.", "183", "UAF>BGDCVL", ""},
		{"an explosive thrown at an embassy, past perfect", d, "NAIROBI, Kenya -- An explosive device had been thrown at the Israeli embassy.", "183", "KENUAF>ISRGOV", ""},
		{"a hand grenade at a minister's car", d, "MANILA, Philippines -- Gunmen threw a hand grenade at the interior minister's car.", "183", "UAF>PHLGOV", ""},
		{"petrol bombs stay a riot", d, "ATHENS, Greece -- Rioters threw petrol bombs at riot police.", "145", "GRCCVL>GRCCOP", ""},
		{"paint bombs stay a riot", d, "LONDON -- Protesters threw paint bombs at the embassy.", "183", "", ""},
		{"stun grenades stay crowd control", d, "CAIRO -- Police threw stun grenades at the demonstrators.", "175", "EGYCOP>EGYOPP", ""},
	})
}
