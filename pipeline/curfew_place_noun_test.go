package pipeline

import "testing"

// TestCurfewPlaceNounTarget: a curfew on "the capital", "the city", "the
// town" that stands for a city named before falls on its people (policy.tsv's
// aim=CVL), as a curfew on the city named itself does, not on its
// government. Force against the capital still hits the state.
func TestCurfewPlaceNounTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the capital after Dakar", "2007-11-30", "Riots spread in Dakar on Friday. The government imposed a curfew on the capital.", "1723", "GOV>SENCVL", ""},
		{"the city after Mandalay", "2007-09-24", "Protesters burned shops in Mandalay on Monday. The army imposed a dusk-to-dawn curfew on the city.", "1723", "MIL>MMRCVL", ""},
		{"the town after Kandy", "2018-03-06", "Riots broke out in Kandy on Monday. The government imposed a curfew on the town.", "1723", "GOV>LKACVL", ""},
		{"dateline and the capital", "2006-04-20", "KATHMANDU, Nepal (AP) — Police shot three protesters in Kathmandu on Thursday. The authorities imposed a curfew on the capital after the shooting.", "1723", "NPLGOV>NPLCVL", ""},
		{"the city named itself", "2007-11-30", "The government imposed a curfew on Dakar on Friday.", "1723", "SENGOV>SENCVL", ""},
		{"shelling the capital is no curfew", "1997-06-10", "Fighting broke out in Brazzaville on Thursday. Militiamen shelled the capital on Friday.", "19", "UAF>COG", ""},
	})
}
