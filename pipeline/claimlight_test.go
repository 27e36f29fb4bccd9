package pipeline

import "testing"

// TestClaimLightVerb: a claim whose act is an event noun done by a light
// verb ("said the Iranians had started the riot", "said Pakistani soldiers
// had staged a raid") charges the doer as a claim of the verb's own act
// does.
func TestClaimLightVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a state says foreigners started a riot", d, "Saudi officials said the Iranians had started the riot.", "112", "SAUGOV>IRN", ""},
		{"a state says pilgrims staged a riot", d, "Saudi officials said Iranian pilgrims had staged a riot.", "112", "SAUGOV>IRNCVL", ""},
		{"an army says foreign soldiers staged a raid", d, "The Indian army said Pakistani soldiers had staged a raid on its posts.", "112", "INDMIL>PAKMIL", ""},
		{"a ministry says rebels of another country staged an ambush", d, "Chad's defence ministry said Sudanese rebels had staged an ambush near Abeche.", "112", "TCDGOV>SDNREB", ""},
		{"a government says the neighbour's troops staged an incursion", d, "The Ethiopian government said Eritrean troops had staged an incursion.", "112", "ETHGOV>ERIMIL", ""},
		// guards
		{"guard: residents witness", d, "Residents said Pakistani soldiers had staged a raid.", "112", "", ""},
		{"guard: a claim of one's own raid charges no one", d, "Pakistan said its soldiers had staged a raid on Indian posts.", "112", "", ""},
		{"guard: talks held accuse no one", d, "India said it had held talks with Pakistan.", "112", "", ""},
		{"guard: a report at the end at home names its teller", d, "Police had staged a raid on the opposition offices, a party spokesman said.", "112", "", ""},
	})
}
