package pipeline

import "testing"

// TestNeitherNorVerbs pins verbs joined by "neither ... nor" (and a verb
// right after "nor") as negated: "would neither accept nor recognize the
// ruling" refuses it (120), "neither confirmed nor denied" denies nothing;
// "neither" before nouns still lists the subjects it negates.
func TestNeitherNorVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would neither accept nor recognize a ruling", d, "China said it would neither accept nor recognize the ruling by the tribunal.", "120", "CHN>CHNJUD", ""},
		{"would neither recognize nor negotiate", d, "The government would neither recognize nor negotiate with the rebels.", "120", "GOV>", ""},
		{"neither confirmed nor denied a report", d, "The Pentagon neither confirmed nor denied the report.", "016", "", ""},
		{"has neither confirmed nor denied a strike", d, "Israel has neither confirmed nor denied carrying out the strike.", "016", "", ""},
		{"neither attacked nor shelled", d, "The rebels neither attacked nor shelled the town of Goma.", "19", "", ""},
		{"nor did it shell", d, "Russia did not attack the convoy, nor did it shell the town of Kharkiv.", "19", "", ""},
		{"neither before two subjects", d, "Neither India nor Pakistan accepted the ruling.", "120", "IND>", ""},
		{"neither before two subjects of force", d, "Neither the army nor the rebels fired on the town.", "19", "", ""},
	})
}
