package pipeline

import "testing"

// TestLossHeldOut: a loss foretold to a party in a statement, "would cost
// X its place", "would cost X dearly", is a threat (130) against it; a loss
// of money foretold, or one told as done, is none.
func TestLossHeldOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would cost a country its place", d, "Brazil warned that any break with democracy would cost Paraguay its place in the bloc.", "130", "BRA>PRY", ""},
		{"would cost a capital dearly", d, "Moscow said the move would cost Kyiv dearly.", "130", "RUSGOV>UKRGOV", ""},
		{"would cost a state its trade preferences", d, "The EU warned that the crackdown would cost Belarus its trade preferences.", "130", "IGOEUR>BLR", ""},
		{"would cost a junta its aid", d, "Washington warned that the coup would cost Niger its aid.", "130", "USAGOV>NER", ""},
		{"not: a strike's cost in money", d, "The finance minister said the strike would cost the country billions of dollars.", "130", "", ""},
		{"not: a loss told as done", d, "Analysts said the drought had cost Kenya its place among the top exporters.", "130", "", ""},
	})
}
