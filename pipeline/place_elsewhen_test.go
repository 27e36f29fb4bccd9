package pipeline

import "testing"

// TestPlaceOfAnotherTime: a place named in the phrase after "after",
// "before", "following" or "since" is where that earlier or later thing
// happened; it is the act's place only when it lies in the acting state
// ("police arrested 40 after the protests in Abuja"), and a place the act
// names itself still wins.
func TestPlaceOfAnotherTime(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"after a foreign mutiny", "Belarus deployed troops to the Polish border after the mutiny in Russia.", "", "15", "<none>"},
		{"following a foreign bombing", "Turkey closed its border crossings following the bombing in Damascus.", "", "19", "<none>"},
		{"after a massacre abroad", "Estonia expelled the Russian ambassador after the massacre in Bucha.", "", "16", "<none>"},
		{"before a summit abroad", "Greek farmers blocked highways before the summit in Brussels.", "", "14", "<none>"},
		{"at home, the place holds", "Nigerian police arrested 40 people after the protests in Abuja.", "", "17", "Abuja/NGA"},
		{"the act's own place wins", "Troops attacked the rebels in Goma after the massacre in Beni.", "", "19", "Goma/COD"},
	})
}
