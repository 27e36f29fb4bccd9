package pipeline

import "testing"

// TestPlaceBeforeSiteKind: a place named before a noun of a kind of site
// ("the Kaesong industrial park", "the Zaporizhzhia nuclear plant", "the
// Jebel Ali free zone") is where the site is, as "the Kashmir valley" is;
// a country's name before another noun is a modifier ("the Ukraine war").
func TestPlaceBeforeSiteKind(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"an industrial park", "South Korea halted operations at the jointly run Kaesong industrial park.", "", "08", "Kaesong/PRK"},
		{"a nuclear plant", "Russian forces shelled the Zaporizhzhia nuclear plant on Friday.", "", "19", "Zaporizhzhia/UKR"},
		{"an industrial complex", "Protesters stormed the Kaesong industrial complex.", "", "14", "Kaesong/PRK"},
		{"a refinery", "Drones struck the Ryazan oil refinery overnight.", "", "19", "Ryazan/RUS"},
	})
}
