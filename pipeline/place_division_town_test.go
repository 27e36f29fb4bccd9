package pipeline

import "testing"

// TestDivisionOverTownOfItsName: a first-level division's name that is
// also a town's elsewhere means the division when the division has more
// people than the town and the story says nothing of the town's country:
// "in Bali" is Indonesia's province, not Bāli in West Bengal; "Wyoming" the
// US state, not Wyoming, Michigan. A capital or a division's seat keeps its
// name ("Valencia", "Hyderabad", "Cordoba" are cities), a town bigger than
// the division keeps it ("Manchester" is England's, not Jamaica's parish),
// and the story's country still picks the town ("Indian police ... in
// Bali").
func TestDivisionOverTownOfItsName(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"bombs in an island province", "Bombs exploded in two nightclubs in Bali on Saturday, killing 12 tourists.", "", "18", "Bali/IDN"},
		{"a Canadian territory", "Police arrested 15 protesters in Yukon on Tuesday.", "", "17", "Yukon/CAN"},
		{"a US state named alone", "Police arrested six militia members in Delaware on Thursday.", "", "17", "Delaware/USA"},
		{"a protest in a US state", "Hundreds of ranchers protested in Wyoming on Monday against the new grazing rules.", "", "14", "Wyoming/USA"},
		{"a Peruvian region", "Police arrested 15 miners in Pasco on Tuesday.", "", "17", "Pasco/PER"},
		{"a Yemeni province", "Houthi fighters attacked government positions in Al Jawf on Sunday.", "", "19", "Al Jawf/YEM"},
		{"a Bolivian department", "Soldiers arrested three smugglers in Pando on Friday.", "", "17", "Pando/BOL"},
		{"must not: a division's seat", "Police arrested 20 protesters in Valencia on Monday.", "", "17", "Valencia/VEN"},
		{"must not: a state capital", "Police arrested 20 protesters in Hyderabad on Monday.", "", "17", "Hyderabad/IND"},
		{"must not: a town bigger than the division", "Police arrested 20 fans in Manchester on Saturday.", "", "17", "Manchester/GBR"},
		{"must not: the story's country picks the town", "Indian police arrested 20 protesters in Bali on Monday.", "", "17", "Bali/IND"},
		{"must not: a national capital", "Police arrested 20 protesters in Santiago on Monday.", "", "17", "Santiago/CHL"},
		{"must not: a province's capital", "Police arrested 20 protesters in Cordoba on Monday.", "", "17", "Cordoba/ARG"},
	})
}
