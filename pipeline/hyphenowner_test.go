package pipeline

import "testing"

// TestOwnerAfterHyphenModifier: an agent's owner after "for" or "of" may
// stand after a hyphenated modifier ("the communist-led National
// Democratic Front", "the Iranian-backed Houthi movement"): the modifier is
// one word as written, so the owner is still right after the preposition.
func TestOwnerAfterHyphenModifier(t *testing.T) {
	testLexRows(t, []lexRow{
		{"negotiators for a led front", d, "Philippine troops raided a rebel camp on Monday. Negotiators for the communist-led National Democratic Front walked out of peace talks with the Philippine government.", "16", "PHLREB>PHLGOV", ""},
		{"spokesman for a backed movement", d, "A spokesman for the Iranian-backed Houthi movement accused Saudi Arabia of bombing civilians.", "112", "YEMREB>SAU", ""},
		{"spokesman for backed forces", d, "A spokesman for the U.S.-backed Syrian Democratic Forces accused Turkey of shelling villages.", "112", "SYRREB>TUR", ""},
		{"leaders of a backed coalition", d, "Leaders of the Western-backed Syrian National Coalition accused Russia of bombing hospitals.", "112", "SYROPP>RUS", ""},
		// must not: without the modifier, as before
		{"no modifier", d, "A spokesman for the Houthi movement accused Saudi Arabia of bombing civilians.", "112", "YEMREB>SAU", ""},
		// must not: an owner three words on is still too far
		{"too far", d, "A spokesman for the new and powerful Houthi movement accused Saudi Arabia of bombing civilians.", "112", "", ""},
	})
}
