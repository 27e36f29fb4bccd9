package pipeline

import "testing"

// TestListedVerbAfterPreposition: a list of verb phrases closed by "and"
// shares its subject when its first member opens with a preposition, not
// an object ("Protesters marched on parliament, burned tyres and demanded
// the president's resignation"), as it does when the member opens with its
// object. A first member that only says where one was ("had not known
// Ocalan was in the country, protested") opens no list.
func TestListedVerbAfterPreposition(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"marched, burned, demanded", d, "Thousands of protesters marched on parliament, burned tyres and demanded the president's resignation.", "1041", "OPP>GOV", ""},
		{"rallied, threw, burned", d, "Protesters rallied outside the U.S. embassy in Ankara, threw stones and burned an American flag.", "145", "TURCVL>USA", ""},
		{"marched, clashed, demanded", d, "Students marched through the capital, clashed with police and demanded reforms.", "10", "CVL>", ""},
		{"flew, met, signed", d, "Indian Prime Minister Narendra Modi flew to Tokyo on Monday, met Shinzo Abe and signed a nuclear deal.", "057", "INDGOV>JPNGOV", ""},
		{"crossed, attacked, killed", d, "Sudanese rebels crossed into Chad, attacked a border post and killed six soldiers.", "190", "SDNREB>TCD", ""},
		{"where one was is no member", d, "Kenya, which said it had not known Ocalan was in the country, protested to Greece and asked it to withdraw its ambassador.", "114", "KEN>GRC", ""},
	})
}
