package pipeline

import "testing"

// TestSummonsVerb: "summons" after its subject is the verb, with
// "summon"'s lexicon lines (114), though the word table knows it only as a
// noun; after a determiner it stays the noun.
func TestSummonsVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"summons the ambassador", d, "Greece summons the Turkish ambassador over the incident.", "114", "GRC>TURGOV", ""},
		{"summons envoy, headline", d, "Turkey summons Swedish envoy over Koran burning.", "114", "TUR>SWEGOV", ""},
		{"summons the charge d'affaires", d, "Poland summons Russia's charge d'affaires after missile strike.", "114", "POL>RUSGOV", ""},
		{"a summons is a noun", d, "The minister ignored a summons from the Chinese embassy.", "114", "", ""},
	})
}
