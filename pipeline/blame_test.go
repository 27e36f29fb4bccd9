package pipeline

import "testing"

// TestHoldResponsible: holding someone responsible or accountable for an
// act is an accusation (112) of the one held; holding a thing or a place
// is not.
func TestHoldResponsible(t *testing.T) {
	testLexRows(t, []lexRow{
		{"held a government responsible", d, "Israel held the Lebanese government responsible for the attack.", "112", "ISR>LBNGOV", ""},
		{"holds a capital responsible, present", d, "Washington holds Tehran responsible for the attacks on shipping.", "112", "USAGOV>IRNGOV", ""},
		{"has held accountable", d, "The opposition has held the president accountable for the killings.", "112", "OPP>GOV", ""},
		{"held back: no blame", d, "Police held the crowd back.", "112", "", ""},
		{"held a town: no blame", d, "The rebels held the town for three days.", "112", "", ""},
		{"a conditional threat to blame is no accusation", d, "Kenya will hold Somalia responsible if the attacks continue.", "112", "", ""},
	})
}
