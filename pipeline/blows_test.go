package pipeline

import "testing"

// TestBlows pins blows with a club, a stick or feet by anyone: until death
// ("clubbed the protester to death", "kicked a man to death") a killing
// (1823), as beaten to death; else a beating (182), as beat; the
// police's clubs on a crowd stay force on it (175), and a storm or a
// crisis that batters, or a player who kicks a ball, is no event.
func TestBlows(t *testing.T) {
	d := "1996-08-14"
	testLexRows(t, []lexRow{
		{"clubbed to death", d, "Turkish nationalists clubbed a Greek Cypriot protester to death near Nicosia.", "1823", "TUR>CYPOPP", ""},
		{"kicked to death", d, "A mob kicked a Kenyan student to death in Nairobi on Friday.", "1823", "KENCVL>KENCVL", ""},
		{"battered to death", d, "Rioters battered two Indian traders to death in Kampala.", "1823", "UGACVL>INDCVL", ""},
		{"clubbed, no death", d, "Militiamen clubbed several Kenyan journalists in Nairobi on Friday.", "182", "KENUAF>KENMED", ""},
		{"kicked and punched", d, "A mob kicked and punched two Indian reporters in Dhaka.", "182", "BGDCVL>INDMED", ""},
		{"guard police clubbed", d, "Police clubbed demonstrators in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"guard a storm battered", d, "The storm battered the coast of Florida.", "18", "", ""},
		{"guard a crisis battered", d, "The currency crisis battered Thai businesses on Monday.", "18", "", ""},
		{"guard a ball kicked", d, "The striker kicked the ball into the net in Madrid.", "18", "", ""},
	})
}
