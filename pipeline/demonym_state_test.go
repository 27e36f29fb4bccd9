package pipeline

import "testing"

// TestDemonymOfState: a people's adjective a state shares with a territory
// that is not independent ("Indian": India and the British Indian Ocean
// Territory; "Norwegian": Norway and Svalbard) names the state's places,
// so "the Indian state of Maharashtra" puts the act, and the unnamed
// police in it, in India.
func TestDemonymOfState(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"indian state, activists", "2021-01-05", "Police arrested two activists in the Indian state of Maharashtra.", "173", "INDCOP>INDOPP", ""},
		{"indian state, journalist", "2019-06-10", "Police detained a journalist in the Indian state of Kerala.", "173", "INDCOP>INDMED", ""},
		{"indian state, protesters", "2020-12-01", "Police fired tear gas at protesters in the Indian state of Haryana.", "175", "INDCOP>INDOPP", ""},
		{"norwegian town", "2022-04-02", "Police arrested three men in the Norwegian town of Tromso.", "173", "NORCOP>NORCVL", ""},
		// guards: the demonyms the state already had keep it
		{"guard: american state", "2020-06-01", "Police arrested dozens of protesters in the American state of Oregon.", "173", "USACOP>USAOPP", ""},
		{"guard: dutch city", "2021-01-25", "Police detained 150 rioters in the Dutch city of Eindhoven.", "173", "NLDCOP>NLDCVL", ""},
		{"guard: french capital", "2019-03-16", "Police arrested 200 protesters in the French capital.", "173", "FRACOP>FRAOPP", ""},
	})
}
