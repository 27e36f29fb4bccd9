package pipeline

import "testing"

// TestCasualtiesInPassing pins a passive with no agent in a relative
// clause opened by a preposition and "which", on a noun that names no
// attack or fighting ("weeks of protests in which dozens were killed", "a
// mission in which 300 soldiers died"): what befell people in the noun's
// act is part of it, with no doer of its own, not an act the sentence
// reports. A clash or bombing in which people were killed is that act, a
// clause that names the doer tells one, and a main-clause passive stays.
func TestCasualtiesInPassing(t *testing.T) {
	d := "2011-02-14"
	testLexRows(t, []lexRow{
		{"protests in which were killed", d, "The Tunisian president fled on Friday after four weeks of protests in which more than 70 people were killed.", "18", "", ""},
		{"unrest during which were shot", d, "Kenya's president agreed to share power after two months of unrest during which hundreds of people were shot.", "18", "", ""},
		{"a mission in which were killed", d, "The last Dutch troops left Uruzgan on Monday, ending a four-year mission in which 24 Dutch soldiers were killed.", "19", "", ""},
		{"a coup in which was held hostage", d, "The court jailed the leader of the 2000 coup in which the Fijian prime minister was held hostage.", "18", "", ""},
		{"guard a clash in which", d, "Armenia buried on Monday the victims of the clash in which twelve Armenian soldiers were killed.", "19", "ARMUAF>ARMMIL", ""},
		{"guard a bombing in which", d, "Police arrested two men over the bombing in Quetta in which 40 Pakistani police officers were killed.", "19", "PAKUAF>PAKCOP", ""},
		{"guard the doer named", d, "The president fled after weeks of protests in which dozens of people were shot dead by police.", "18", "COP>CVL", ""},
		{"guard a main-clause passive", d, "More than 70 Tunisian protesters were killed on Friday.", "18", "TUNUAF>TUNOPP", ""},
	})
}
