package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairAidRelease: a sum released in aid for a country is aid (07);
// prisoners or hostages released are a yielding (08).
func TestRootPairAidRelease(t *testing.T) {
	testLexRows(t, []lexRow{
		{"07 the european union released million", d, "The European Union released 100 million euros in flood relief for Pakistan.", "07", "IGOEUR>PAK", ""},
		{"07 britain released million pounds in", d, "Britain released 20 million pounds in aid for Yemen in 2015.", "07", "GBR>YEM", ""},
		{"07 the world bank released million", d, "The World Bank released $500 million in budget support to Ukraine.", "07", "IGOUNO>UKR", ""},
		{"07 japan released million in emergency", d, "Japan released $10 million in emergency aid for Haiti in 2010.", "07", "JPN>HTI", ""},
		{"07 the united states released million", d, "The United States released $95 million in military aid to Egypt.", "07", "USA>EGY", ""},
		{"08 iran released two british sailors", d, "Iran released two British sailors in a goodwill gesture.", "08", "IRN>GBR", ""},
		{"08 colombian rebels released hostages to", d, "Colombian rebels released 12 hostages to the Red Cross.", "08", "COLREB>COLCVL", ""},
		{"08 russia released an american basketball", d, "Russia released an American basketball player in a prisoner swap in 2022.", "08", "RUS>USA", ""},
	})
}

// TestRootPairAidDose: vaccine doses given, sent or shipped are aid (07);
// pledged, an intent to aid (03).
func TestRootPairAidDose(t *testing.T) {
	testLexRows(t, []lexRow{
		{"07 china provided pakistan with vaccine", d, "China provided Pakistan with 500,000 vaccine doses.", "07", "CHN>PAK", ""},
		{"07 india sent two million vaccine", d, "India sent two million vaccine doses to Bangladesh.", "07", "IND>BGD", ""},
		{"07 the united states donated vaccine", d, "The United States donated 500,000 vaccine doses to Kenya.", "07", "USA>KEN", ""},
		{"07 japan shipped one million vaccine", d, "Japan shipped one million vaccine doses to Vietnam.", "07", "JPN>VNM", ""},
		{"03 china pledged million vaccine doses", d, "China pledged 10 million vaccine doses to Indonesia.", "03", "CHN>IDN", ""},
	})
}
