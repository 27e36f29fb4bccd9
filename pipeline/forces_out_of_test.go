package pipeline

import "testing"

// TestForcesOutOf: a state's forces that cross, roll or drive out of
// a country leave it, a withdrawal (087) from that country; people who are
// not forces leaving, or forces going into a country, are no withdrawal.
func TestForcesOutOf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"crossed out of", d, "The last Soviet soldiers crossed out of Afghanistan on Wednesday.", "087", "RUSMIL>AFG", ""},
		{"rolled out of, report first", d, "Israel's army said its last troops rolled out of the Gaza Strip before dawn.", "087", "ISRMIL>PSE", ""},
		{"drove out of, trucks", d, "Vietnamese troops drove out of Cambodia in trucks on Tuesday.", "087", "VNMMIL>KHM", ""},
		{"drove out of", d, "Syrian soldiers drove out of Lebanon in long convoys on Tuesday.", "087", "SYRMIL>LBN", ""},
		{"rolled out of", d, "The last Russian forces rolled out of Georgia on Friday, the defence ministry said.", "087", "RUSMIL>GEO", ""},
		{"refugees out of: no withdrawal", d, "Thousands of refugees crossed out of Syria into Turkey on Monday.", "087", "", ""},
		{"students marched out: a protest, no withdrawal", d, "Students marched out of their classrooms in Soweto on Wednesday.", "087", "", ""},
		{"into a country: no withdrawal", d, "Russian troops crossed into Ukraine on Thursday.", "087", "", ""},
	})
}
