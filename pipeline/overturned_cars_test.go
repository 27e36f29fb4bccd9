package pipeline

import "testing"

// TestCrowdOverturnsVehicles: a crowd overturning or flipping vehicles
// riots (145) against the vehicles' owner, as when it smashes or torches
// them: police cars are the police's, an army truck the army's; a ban
// overturned stays an easing of restrictions (081).
func TestCrowdOverturnsVehicles(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rioters overturned police cars", d, "Rioters overturned police cars in Paris.", "145", "FRACVL>FRACOP", ""},
		{"protesters overturned a police van", d, "Protesters overturned a police van in Hong Kong.", "145", "HKGOPP>HKGCOP", ""},
		{"demonstrators flipped police cars", d, "Demonstrators flipped police cars in Minneapolis.", "145", "USAOPP>USACOP", ""},
		{"villagers overturned a police truck", d, "Angry villagers overturned a police truck in Bihar.", "145", "INDCVL>INDCOP", ""},
		{"protesters overturned an army truck", d, "Bolivian protesters overturned an army truck in La Paz.", "145", "BOLOPP>BOLMIL", ""},
		{"overturned police cars before looting", d, "Cuban protesters overturned police cars and looted state stores in Havana.", "145", "CUBOPP>CUBCOP", ""},
		{"a court overturning a ban is no riot", d, "The court overturned the ban on protests.", "145", "", ""},
	})
}
