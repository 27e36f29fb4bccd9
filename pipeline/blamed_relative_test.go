package pipeline

import "testing"

// TestBlamedOnRelative: an attack a relative clause says someone blamed on
// a party, after a preposition ("in an attack that police blamed on the
// rebels", "in retaliation for a chemical attack that Washington blamed on
// Syrian forces"), is the blamer's accusation of that party (112).
func TestBlamedOnRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"in an attack that police blamed on", d, "A bomb exploded in a market in Kabul, killing nine people in an attack that Afghan police blamed on the Taliban.", "112", "AFGCOP>AFGREB", ""},
		{"in retaliation for an attack that X blamed on", d, "Israel struck targets in Syria in retaliation for a rocket attack that the Israeli army blamed on Iranian forces.", "112", "ISRMIL>IRNMIL", ""},
		{"must not: an attack that police said they were investigating", d, "A bomb exploded in a market in Kabul, killing nine people in an attack that Afghan police said they were investigating.", "112", "", ""},
	})
}
