package pipeline

import "testing"

// A thing acted on that a possessive pronoun owns ("stopped his convoy"
// after the minister was named) is aimed at the pronoun's owner, as a named
// owner's thing is ("stopped the Ugandan minister's convoy"); the doer's
// own thing names no target.
func TestPronounOwnerOfObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"his convoy after the minister", "2010-01-01", "Uganda's foreign minister arrived on Monday, and Kenyan police stopped his convoy near the border.", "162", "KENCOP>UGAGOV", ""},
		{"her convoy after the minister", "2017-01-01", "Turkey's family minister was escorted to the border after Dutch police stopped her convoy near the consulate.", "162", "NLDCOP>TURGOV", ""},
		{"his convoy, another pair", "2015-01-01", "Pakistan's interior minister drove to the border, and Afghan soldiers stopped his convoy.", "162", "AFGMIL>PAKGOV", ""},
		{"named owner, as before", "2010-01-01", "Kenyan police stopped the Ugandan minister's convoy near the border.", "162", "KENCOP>UGAGOV", ""},
		{"the doer's own thing", "2010-01-01", "Kenyan police stopped their own convoy near the border.", "162", "KENCOP>", ""},
	})
}
