package pipeline

import "testing"

// TestActNounModifier: a word of an act that modifies another noun names a kind of group, no act:
// "part of a drive against the Abu Sayyaf kidnap group" (no abduction, 181), as "the kidnap of two
// engineers" is a noun. A verb with a plural object ("members of the Abu Sayyaf kidnap tourists")
// or a subject of its own ("rebels kidnap aid workers") stays one.
func TestActNounModifier(t *testing.T) {
	testLexRows(t, []lexRow{
		{"drive against", d, "Troops raided a camp on Jolo on Monday, part of a drive against the Abu Sayyaf kidnap group.", "181", "", ""},
		{"offensive against", d, "U.S. advisers arrived in Zamboanga, part of an offensive against the Abu Sayyaf kidnap group.", "181", "", ""},
		{"fight against network", d, "Kenya and Somalia signed a pact, part of their fight against the al-Shabaab kidnap network.", "181", "", ""},
		{"a Kenyan kidnap gang", d, "Police arrested the leader of a Kenyan kidnap gang on Monday.", "181", "", ""},
		{"kidnap of", d, "Police foiled the kidnap of two Nigerian engineers.", "181", "", ""},
		{"members kidnap tourists", d, "Members of the Abu Sayyaf kidnap tourists for ransom.", "181", "PHLRAD>PHLCVL", ""},
		{"rebels kidnap", d, "Sudanese rebels kidnap aid workers in Darfur.", "181", "SDNREB>SDNCVL", ""},
	})
}
