package pipeline

import "testing"

// TestFixedPairOfStates: "the two Koreas", "both Koreas", "the two
// Sudans", "the two Congos" are a fixed pair of states (agents.txt's
// pair:), each acting on the other or both acted on, whatever the story
// named before.
func TestFixedPairOfStates(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the two Koreas agreed", d, "The two Koreas agreed to restore a military hotline.", "03", "PRK>KOR", ""},
		{"the other way too", d, "The two Koreas agreed to restore a military hotline.", "03", "KOR>PRK", ""},
		{"both Koreas urged", d, "China urged both Koreas to show restraint.", "02", "CHN>PRK", ""},
		{"both Koreas urged, the South", d, "China urged both Koreas to show restraint.", "02", "CHN>KOR", ""},
		{"the two Sudans signed", d, "The two Sudans signed an oil deal in Addis Ababa on Thursday.", "05", "SDN>SSD", ""},
		{"the two Congos talks", "2015-01-01", "The African Union called on the two Congos to reopen their border.", "02", "IGOAFR>COD", ""},
		{"the two Congos talks, Brazzaville", "2015-01-01", "The African Union called on the two Congos to reopen their border.", "02", "IGOAFR>COG", ""},
		{"after another pair was named", d, "Japan and China held talks in Tokyo. The two Koreas later agreed to hold military talks.", "03", "PRK>KOR", ""},
	})
}

// TestCoalitionOfOthers: "coalition" alone is the military coalition of
// the wars of Iraq, Syria and Yemen, but "a coalition of X" is X's, and
// no one's when X names no actor: not the military.
func TestCoalitionOfOthers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the coalition alone bombs", d, "The coalition carried out air strikes on Sanaa.", "19", "YEMMIL>YEM", ""},
		{"youth groups march", d, "A coalition of youth groups marched in Nairobi.", "14", "", ""},
		{"civic groups call a boycott", d, "A coalition of civil society groups called for a boycott of the election in Uganda.", "14", "", ""},
		{"church groups urge", d, "A coalition of church groups urged the Zimbabwean government to free the activists.", "02", "ZWEREL>ZWEGOV", ""},
		{"women's groups protest", d, "A coalition of women's groups protested in Lima against the new law.", "14", "PERCVL>PERGOV", ""},
		{"of opposition parties, theirs", d, "A coalition of opposition parties marched in Nairobi.", "14", "KENOPP>KENGOV", ""},
		{"of rebel groups, theirs", d, "A coalition of rebel groups seized the town of Kidal.", "19", "MLIREB>MLIGOV", ""},
	})
}
