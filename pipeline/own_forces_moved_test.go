package pipeline

import "testing"

// TestOwnForcesMoved pins arms sent or flown that the source owns by a
// possessive (policy.tsv's own= on 072): its own forces moved (154), not
// military aid; arms sent with no possessor, or a second object's ("sent
// Ukraine its first jets"), stay aid.
func TestOwnForcesMoved(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pilots fly their jets abroad", "2011-02-22", "Two Libyan air force pilots flew their jets to Malta.", "154", "LBYMIL>MLT", ""},
		{"a state sends its warplanes", "2015-09-30", "Russia sent its warplanes to Syria.", "154", "RUS>SYR", ""},
		{"drones flown by their owner", "2019-06-10", "Iran flew its drones over the Gulf.", "154", "IRN>", ""},
		{"helicopters sent by their army", "2020-06-10", "The Indian army sent its helicopters to the border.", "154", "INDMIL>", ""},
		{"arms with no possessor stay aid", "2022-04-10", "The United States sent Patriot missiles to Poland.", "072", "USA>POL", ""},
		{"a second object's own stays aid", "2024-07-31", "The Netherlands sent Ukraine its first F-16 jets.", "072", "NLD>UKR", ""},
	})
}
