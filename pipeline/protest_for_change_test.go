package pipeline

import "testing"

// TestProtestForChange: a protest made for a change a demand or appeal
// on it names is coded as CAMEO numbers it (1411 a demonstration for a
// change in leadership, 1412 for a policy, 1431 a strike); a protest with
// no such motive, or a demand joined by "and", keeps its own code.
func TestProtestForChange(t *testing.T) {
	testLexRows(t, []lexRow{
		{"participle, that he step down", d, "Demonstrators marched through Khartoum, demanding that President Omar al-Bashir step down.", "1411", "SDNOPP>SDNGOV", ""},
		{"participle, his resignation", d, "Thousands of protesters rallied in Yerevan, demanding the resignation of Prime Minister Serzh Sargsyan.", "1411", "ARMOPP>ARMGOV", ""},
		{"purpose, the prime minister's ouster", d, "Opposition supporters took to the streets of Bangkok to demand the ouster of the prime minister.", "1411", "THAOPP>THAGOV", ""},
		{"strike for a resignation", d, "Workers went on strike in Caracas to demand the resignation of President Nicolas Maduro.", "1431", "VENLAB>VENGOV", ""},
		{"guard: a plain protest", d, "Demonstrators marched through Khartoum on Thursday.", "141", "SDNOPP>SDNGOV", ""},
		{"guard: a release demanded is no change of leadership", d, "Hundreds of prisoners went on hunger strike to demand the release of their leader.", "142", "CVL>GOV", ""},
		{"guard: no leadership change without a demand", d, "Demonstrators marched through Khartoum on Thursday.", "1411", "", ""},
		{"guard: a demand joined by and", d, "Protesters marched through Seoul and demanded the resignation of the president.", "1411", "", ""},
		{"guard: a demand with no protest", d, "The opposition demanded the resignation of the prime minister.", "1041", "OPP>GOV", ""},
	})
}
