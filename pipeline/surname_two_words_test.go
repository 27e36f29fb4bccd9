package pipeline

import "testing"

// TestSurnameOfTwoWords: a surname of two words, hyphenated or not
// ("Akufo-Addo", "Lacalle Pou"), stands alone for its bearer as a surname
// of one word does; the word after the whole surname, not after its first
// word, tells whether it is someone else's first name.
func TestSurnameOfTwoWords(t *testing.T) {
	runLexRows(t, []lexRow{
		{"hyphenated, starting the sentence", "2022-06-01", "Akufo-Addo accused Togo of sheltering coup plotters.", "11", "GHAGOV>TGO", ""},
		{"hyphenated, after an opening phrase", "2022-06-01", "On Tuesday, Ramos-Horta met Indonesian officials in Dili.", "04", "TLSGOV>IDNGOV", ""},
		{"two words, starting the sentence", "2022-06-01", "Lacalle Pou criticised Argentina over the river dredging.", "11", "URYGOV>ARG", ""},
		{"two words, as the object", "2022-06-01", "Brazil's foreign minister met Lopez Obrador in Mexico City.", "04", "BRAGOV>MEXGOV", ""},
		{"two words, a surname the data gives whole", "2022-06-01", "Abdo Benitez held talks with Brazil on the Itaipu dam.", "04", "PRYGOV>BRA", ""},
		{"hyphenated, in a later sentence", "2022-06-01", "Kassym-Jomart Tokayev met Putin. Later Oyun-Erdene accused China of blocking coal exports.", "11", "MNGGOV>CHN", ""},
		{"two words, a past leader", "2005-06-01", "Ghana's opposition said Kufuor had failed. Later Ould Taya accused Senegal of harbouring rebels.", "11", "MRTGOV>SEN", ""},
	})
}
