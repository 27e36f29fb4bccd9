package pipeline

import "testing"

// TestFireHeld: a side holding its fire declares a ceasefire (0871);
// silencing critics or a newspaper stays coercion (1721), and holding a
// person for a week stays a detention.
func TestFireHeld(t *testing.T) {
	testLexRows(t, []lexRow{
		{"held their fire", d, "Israeli troops held their fire for the second day.", "0871", "ISRMIL>", ""},
		{"has held its fire since the truce", d, "The Ethiopian army has held its fire since the truce in Tigray.", "0871", "ETHMIL>", ""},
		{"were holding their fire", d, "Armenian and Azerbaijani forces were holding their fire on Tuesday.", "0871", "ARMMIL>AZEMIL", ""},
		{"held fire along the border", d, "Pakistani troops held fire along the border on Friday.", "0871", "PAKMIL>", ""},
		{"fighters held their fire overnight", d, "Houthi fighters in Yemen held their fire overnight.", "0871", "YEMREB>", ""},
		{"held the blogger for a week: still a detention", d, "Egyptian police held the blogger for a week.", "173", "EGYCOP>EGYMED", ""},
		{"silenced the critics: coercion", d, "The Egyptian government silenced its critics.", "0871", "", ""},
		{"silenced a newspaper: coercion", d, "The Turkish government silenced an opposition newspaper.", "1721", "TURGOV>TURMED", ""},
	})
}
