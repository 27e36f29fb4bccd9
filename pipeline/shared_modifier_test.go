package pipeline

import "testing"

// TestSharedModifier: a word the actor stage reads as people ("military")
// but which may be an adjective, joined by "and" to an adjective before a
// noun, modifies that noun: "cut off military and economic aid" cuts aid,
// not the military. After a determiner ("between the military and armed
// groups") it stays a noun, and a country's adjective ("Indian and Chinese
// troops") stays a list of countries' people.
func TestSharedModifier(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"cut off aid", d, "The United States cut off military and economic aid to Haiti on Sunday.", "16", "USA>HTI", ""},
		{"suspended aid", d, "Washington suspended military and economic aid to Haiti.", "16", "USAGOV>HTI", ""},
		{"pledged support", d, "Russia pledged military and financial support to Syria.", "0331", "RUS>SYR", ""},
		{"froze ties", d, "The European Union froze political and economic ties with Belarus.", "160", "IGOEUR>BLR", ""},
		{"offered assistance", d, "Japan offered technical and financial assistance to Sri Lanka.", "0331", "JPN>LKA", ""},
		{"the military stays a noun", d, "Fighting broke out between the military and armed groups in Kachin.", "190", "MIL>UAF", ""},
		{"countries' adjectives stay a list", d, "Indian and Chinese troops clashed in Ladakh on Monday.", "190", "INDMIL>CHNMIL", ""},
		{"military and police officers", d, "Military and police officers arrested dozens of protesters.", "173", "COP>OPP", ""},
	})
}
