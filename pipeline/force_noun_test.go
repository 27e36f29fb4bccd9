package pipeline

import "testing"

// TestVictimsNotOfTheAttacker: a nationality before a noun of force after
// "in" ("killed in Israeli raids") names who used force, not where: unnamed
// victims take their country from elsewhere (the speaker's nationality),
// while a nationality before a place noun ("in the Egyptian capital")
// still places them.
func TestVictimsNotOfTheAttacker(t *testing.T) {
	testLexRows(t, []lexRow{
		{"killed in raids", d, "Lebanese officials said 40 civilians had been killed in Israeli raids since Wednesday.", "180", "ISR>LBNCVL", ""},
		{"killed in shelling", d, "Syrian officials said five civilians were killed in Turkish shelling.", "194", "TUR>SYRCVL", ""},
		{"wounded in raids", d, "Iraqi officials said 12 soldiers were wounded in Iranian raids.", "182", "IRN>IRQMIL", ""},
		{"a number's lead", d, "Lebanese officials said at least 40 civilians had been killed in Israeli raids.", "180", "ISR>LBNCVL", ""},
		{"a place noun still places", d, "Five civilians were killed in the Egyptian capital.", "180", "EGYUAF>EGYCVL", ""},
	})
}
