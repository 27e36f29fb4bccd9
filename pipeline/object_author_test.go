package pipeline

import "testing"

// TestObjectAuthorPastNoOne: when the phrase an entry reads its target from
// names no one ("exports of coal": "of" names the goods), the target is the
// author of the object, as when no such phrase is there ("banned Iran's oil
// exports"); a phrase that names someone keeps its target.
func TestObjectAuthorPastNoOne(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exports of coal", d, "The Security Council voted to ban North Korea's exports of coal.", "163", "IGOUNO>PRK", ""},
		{"exports of oil", d, "The United States banned Iran's exports of oil.", "163", "USA>IRN", ""},
		{"imports of steel", d, "The EU suspended Russia's imports of steel.", "163", "IGOEUR>RUS", ""},
		{"imports of wine", d, "China banned Australia's imports of wine.", "163", "CHN>AUS", ""},
		{"imports of chemicals", d, "Japan restricted South Korea's imports of chemicals.", "163", "JPN>KOR", ""},
		{"a phrase that names someone keeps it", d, "China halted imports of fruit from Taiwan.", "163", "CHN>TWN", ""},
	})
}
