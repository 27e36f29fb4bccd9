package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairAgreeDemands: a party that agrees to another's demands
// yields (08), as one that accedes to them does; one that rejects them
// refuses (12); one that agrees to do a thing of its own only intends it
// (03).
func TestRootPairAgreeDemands(t *testing.T) {
	testLexRows(t, []lexRow{
		{"08 serbias government agreed to the", d, "Serbia's government agreed to the students' demands.", "08", "SRBGOV>SRBCVL", ""},
		{"08 sri lankas president agreed to", d, "Sri Lanka's president agreed to the protesters' demands in 2022.", "08", "LKAGOV>LKAOPP", ""},
		{"08 bolivias government agreed to the", d, "Bolivia's government agreed to the miners' demands.", "08", "BOLGOV>BOLCVL", ""},
		{"08 iraqs prime minister agreed to", d, "Iraq's prime minister agreed to the demands of the protesters.", "08", "IRQGOV>IRQOPP", ""},
		{"08 lebanons government agreed to the", d, "Lebanon's government agreed to the protesters' demand for early elections.", "08", "LBNGOV>LBNOPP", ""},
		{"08 the thai government agreed to", d, "The Thai government agreed to the opposition's demand for early elections in 2010.", "08", "THAGOV>THAOPP", ""},
		{"08 frances government agreed to the", d, "France's government agreed to the farmers' demands in 2024.", "08", "FRAGOV>FRACVL", ""},
		{"12 sri lankas president rejected the", d, "Sri Lanka's president rejected the protesters' demands in 2022.", "12", "LKAGOV>LKAOPP", ""},
		{"12 lebanons government rejected the protesters", d, "Lebanon's government rejected the protesters' demand for early elections.", "12", "LBNGOV>LBNOPP", ""},
		{"03 sri lankas president agreed to", d, "Sri Lanka's president agreed to hold talks with the protesters in 2022.", "03", "LKAGOV>LKAOPP", ""},
		{"03 the thai government agreed to", d, "The Thai government agreed to hold early elections in 2010.", "03", "THAGOV>THAOPP", ""},
	})
}
