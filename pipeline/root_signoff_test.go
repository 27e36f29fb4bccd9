package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairSignoffAid: a loan or a sum in aid signed off on is approved
// aid (07), as one approved is; an agreement or deal signed is cooperation
// (05).
func TestRootPairSignoffAid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"07 the eu signed off on", d, "The EU signed off on 5 billion euros in aid to Egypt.", "07", "IGOEUR>EGY", ""},
		{"07 the imf board signed off", d, "The IMF board signed off on a $3 billion loan for Egypt.", "07", "IGOUNO>EGY", ""},
		{"07 the world bank signed off", d, "The World Bank signed off on $500 million in budget support for Ukraine.", "07", "IGOUNO>UKR", ""},
		{"07 the us congress signed off", d, "The U.S. Congress signed off on $40 billion in aid to Ukraine in 2022.", "07", "USALEG>UKR", ""},
		{"07 japan signed off on a", d, "Japan signed off on a $1 billion loan to India.", "07", "JPN>IND", ""},
		{"07 the imf approved a billion", d, "The IMF approved a $1 billion loan to Pakistan.", "07", "IGOUNO>PAK", ""},
		{"05 britain and ireland signed an", d, "Britain and Ireland signed an agreement in 1985.", "05", "GBR>IRL", ""},
		{"05 the eu signed a migration", d, "The EU signed a migration deal with Egypt.", "05", "IGOEUR>EGY", ""},
	})
}
