package pipeline

import "testing"

// Forces that one state's forces act on are the other state's: in
// "Pakistani troops shelled Indian posts, killing two soldiers" the
// soldiers are India's, the one other country the sentence names, not
// Pakistan's as the sentence's other agents are.
func TestFoeForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"killing soldiers", "2016-10-10", "Pakistani troops shelled an Indian village in Kashmir on Tuesday, killing two soldiers.", "19", "PAKMIL>INDMIL", ""},
		{"captured troops", "2023-01-10", "Russian forces captured 40 troops near the Ukrainian town of Soledar on Tuesday.", "173", "RUSMIL>UKRMIL", ""},
		{"ambushed a patrol", "2020-06-20", "Chinese soldiers ambushed a patrol of troops at the Indian border post on Monday.", "19", "CHNMIL>INDMIL", ""},
		{"killed policemen", "2019-02-20", "Indian soldiers killed three policemen near the Pakistani border on Friday.", "19", "INDMIL>PAKCOP", ""},
		// unchanged: no force as the one acted on
		{"police on demonstrators", "2011-01-28", "Egyptian police fired on demonstrators protesting against Israel.", "175", "EGYCOP>EGYOPP", ""},
	})
}
