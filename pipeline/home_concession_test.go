package pipeline

import "testing"

// TestHomeConcessionTarget: a concession to dissent (082: calling off a
// campaign of protests, ending a sit-in, abandoning a blockade) by the
// people of a country (the opposition, unions, students) that names no
// one, in a story that pairs its country with no other, is made to their
// own government, as a demand of theirs is (policy.tsv's ofstate:
// "Bangladesh's opposition called off its campaign of street protests":
// BGDOPP -> BGDGOV). A government's own concession keeps no target.
func TestHomeConcessionTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"opposition called off a campaign of protests", d, "Bangladesh's opposition called off its campaign of street protests on Sunday.", "082", "BGDOPP>BGDGOV", ""},
		{"opposition leaders called off protests", d, "Kenyan opposition leaders called off their protests on Thursday.", "082", "KENOPP>KENGOV", ""},
		{"unions called off protests", d, "Nigerian unions called off their protests on Tuesday.", "082", "NGALAB>NGAGOV", ""},
		{"students ended a sit-in", d, "Serbian students ended their sit-in outside the parliament on Friday.", "082", "SRBCVL>SRBGOV", ""},
		{"a government's own concession: no target", d, "Kenya's government called off the rally on Thursday.", "082", "KENGOV>", ""},
		{"protesters abandoned a blockade", d, "Thai protesters abandoned their blockade of the airport on Wednesday.", "082", "THAOPP>THAGOV", ""},
	})
}
