package pipeline

import "testing"

// TestOpponents: opponents of someone are the opposition of that one's
// country (agents.txt), as supporters are its civilians.
func TestOpponents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"clashes between supporters and opponents", d, "Two men were killed overnight in clashes between supporters and opponents of Erdogan.", "180", "TURCVL>TUROPP", ""},
		{"opponents march", d, "Opponents of the president marched in Nairobi on Monday.", "141", "KENOPP>KENGOV", ""},
		{"government opponents detained", d, "Belarusian police detained dozens of government opponents.", "173", "BLRCOP>BLROPP", ""},
	})
}
