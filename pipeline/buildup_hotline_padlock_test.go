package pipeline

import "testing"

// TestBuildupHotlinePadlock covers wordings a WordNet and news-usage pass over
// roots 15-17 found missing: a build-up or massing of a state's forces told
// as a noun, a missile test-launched, the hotline or communication lines
// between two states cut or suspended (160), and an outlet padlocked (1721);
// guards keep a build-up of cash, a state's own internet cut (1721), and a
// gate padlocked.
func TestBuildupHotlinePadlock(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"build-up of troops on a border", d, "The build-up of Russian troops on the border alarmed NATO.", "154", "RUSMIL>", ""},
		{"massing of forces near a neighbour", "1990-07-30", "NATO condemned the massing of Iraqi forces near Kuwait.", "154", "IRQMIL>KWTGOV", ""},
		{"buildup of warships near an island", d, "The buildup of Chinese warships near Taiwan worried Tokyo.", "154", "CHNMIL>TWNGOV", ""},
		{"a missile test-launched", d, "Iran test-launched a new cruise missile.", "150", "IRNGOV>", ""},
		{"a rocket test-launched after said", d, "Officials said India had test-launched an Agni missile.", "150", "INDGOV>", ""},
		{"a military hotline suspended", d, "Pyongyang suspended the military hotline with Seoul.", "160", "PRKGOV>KORGOV", ""},
		{"communication lines cut off", "2020-06-09", "North Korea cut off all communication lines with South Korea.", "160", "PRKGOV>KORGOV", ""},
		{"a hotline severed", d, "Taiwan severed the hotline with Beijing.", "160", "TWNGOV>CHNGOV", ""},
		{"a newspaper's offices padlocked", d, "The Nicaraguan government padlocked the offices of the independent newspaper.", "1721", "NICGOV>NICMED", ""},
		{"a broadcaster padlocked", d, "Venezuelan authorities padlocked the opposition television station.", "1721", "VENGOV>VENMED", ""},
		{"guard: a buildup of cash", d, "The buildup of cash reserves helped the bank.", "15", "", ""},
		{"guard: own internet cut off", d, "Iran cut off internet access across the country.", "160", "", ""},
		{"guard: a gate padlocked", d, "The landlord padlocked the gate.", "17", "", ""},
		{"guard: a hotline for victims", d, "The ministry set up a hotline for victims.", "16", "", ""},
	})
}
