package pipeline

import "testing"

// TestGunsSilencedFireHeld: a side silencing its own guns or holding its
// fire declares a ceasefire (0871); silencing critics or a newspaper stays
// coercion (1721), and fire held back by no one is nothing.
func TestGunsSilencedFireHeld(t *testing.T) {
	testLexRows(t, []lexRow{
		{"decided to silence their guns", d, "Sri Lanka's Tamil rebels decided to silence their guns on Sunday.", "0871", "LKAREB>", ""},
		{"silenced its guns", d, "The Pakistani army silenced its guns along the Line of Control.", "0871", "PAKMIL>", ""},
		{"will silence their weapons: intent", d, "Colombian guerrillas said they would silence their weapons during the election.", "0871", "", ""},
		{"held their fire", d, "Israeli troops held their fire for the second day.", "0871", "ISRMIL>", ""},
		{"has held its fire since the truce", d, "The Ethiopian army has held its fire since the truce in Tigray.", "0871", "ETHMIL>", ""},
		{"were holding their fire", d, "Armenian and Azerbaijani forces were holding their fire on Tuesday.", "0871", "ARMMIL>AZEMIL", ""},
		{"held the blogger for a week: still a detention", d, "Egyptian police held the blogger for a week.", "173", "EGYCOP>EGYMED", ""},
		{"silenced the critics: coercion", d, "The Egyptian government silenced its critics.", "0871", "", ""},
		{"silenced a newspaper: coercion", d, "The Turkish government silenced an opposition newspaper.", "1721", "TURGOV>TURMED", ""},
	})
}
