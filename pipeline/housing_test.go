package pipeline

import "testing"

// TestHousingParticiple: an -ing word after a noun and right before an
// article opens a participle on the noun ("a building housing the Japanese
// embassy"), and an act on a building that houses a party is aimed at the
// party it houses (&conveyance), as one on a bus carrying it is. A
// compound noun ("a housing estate") and a participle with no article
// after it keep their reading.
func TestHousingParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"forced their way into", d, "Students forced their way into a building housing the Japanese embassy.", "145", "CVL>JPNGOV", ""},
		{"attacked a building", d, "Protesters attacked a building housing the Japanese embassy.", "19", "OPP>JPNGOV", ""},
		{"stormed a hotel", d, "Gunmen stormed a hotel housing the United Nations mission in Kabul.", "19", "UAF>IGOUNO", ""},
		{"shelled a compound", d, "Rebels shelled a compound housing the Turkish consulate.", "19", "REB>TURGOV", ""},
		{"carrying, as before", d, "Gunmen opened fire on a bus carrying Pakistani pilgrims.", "18", "UAF>PAKCVL", ""},
		{"a housing estate", d, "Police raided a housing estate in Paris.", "19", "FRACOP>FRA", ""},
		{"a man carrying a bomb", d, "Police arrested a man carrying a bomb.", "173", "COP>", ""},
	})
}
