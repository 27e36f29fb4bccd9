package pipeline

import "testing"

// TestExchangedFirePair pins fire exchanged by two sides named by their
// adjectives before one noun ("Cambodian and Thai troops"): each fired on
// the other. A weapon word that took a country from the sentence
// ("artillery" after "Cambodian") does not say whose fire it is; small arms
// exchanged (193) are mutual as fire (190) is.
func TestExchangedFirePair(t *testing.T) {
	testLexRows(t, []lexRow{
		{"artillery fire, the first side", "2011-02-05", "Cambodian and Thai troops exchanged artillery fire near the Preah Vihear temple.", "194", "KHMMIL>THAMIL", ""},
		{"artillery fire, the second side", "2011-02-05", "Cambodian and Thai troops exchanged artillery fire near the Preah Vihear temple.", "194", "THAMIL>KHMMIL", ""},
		{"gunfire between border guards", "2021-04-29", "Kyrgyz and Tajik border guards exchanged gunfire near a disputed water facility.", "193", "KGZCOP>TJKCOP", ""},
		{"gunfire, the other way", "2021-04-29", "Kyrgyz and Tajik border guards exchanged gunfire near a disputed water facility.", "193", "TJKCOP>KGZCOP", ""},
		{"gunfire with a named side", "2017-06-10", "Indian troops exchanged gunfire with Chinese soldiers in Ladakh.", "193", "INDMIL>CHNMIL", ""},
		{"a nationality on a thing still says whose", "1990-08-03", "The United States froze Iraqi assets.", "163", "USA>IRQ", ""},
	})
}
