package pipeline

import "testing"

// TestPossessedNounBeforePreposition pins a possessed event noun followed
// by a preposition: "their attacks against government forces" is the
// rebels' attacks and a phrase against the forces, not one agent phrase
// "their ... forces" (the actor reader took "against" for a noun of a
// portfolio, "its defence ministry"), which hid the act and its target.
func TestPossessedNounBeforePreposition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"attacks resumed against forces", "2021-05-02", "The rebels resumed their attacks against government forces.", "190", "REB>MIL", ""},
		{"an offensive resumed on a condition", "1994-04-08", "The rebel Rwandan Patriotic Front said it would resume its offensive against government forces unless the killings stopped.", "13", "RWAREB>RWAMIL", ""},
		{"attacks stepped up", "2009-05-10", "The Taliban stepped up their attacks against Afghan forces.", "190", "AFGREB>AFGMIL", ""},
		{"an offensive intensified against troops", "2016-03-01", "Houthi rebels intensified their offensive against Saudi troops.", "190", "YEMREB>SAUMIL", ""},
		{"attacks continued after a truce", "2014-09-10", "Pro-Russian separatists continued their attacks against Ukrainian troops.", "190", "UKRREB>UKRMIL", ""},
		{"security forces attacked", "2001-06-10", "Maoist rebels in Nepal stepped up their attacks against security forces.", "190", "NPLREB>NPLMIL", ""},
		{"government troops attacked", "2001-06-10", "The Tamil Tigers resumed their attacks against government troops.", "190", "LKAREB>LKAMIL", ""},
		{"an offensive in a region", "2004-06-10", "The rebels resumed their offensive against government troops in Darfur.", "190", "SDNREB>SDNMIL", ""},
	})
}
