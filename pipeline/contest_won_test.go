package pipeline

import "testing"

// TestContestWon: a side that beats another by a margin ("by six wickets", "by two goals", "on penalties") or in a
// contest ("in the final", "in the runoff") won a match or a vote, it struck no blow (182): "India
// beat Sri Lanka by six wickets in the final". A beating with no margin and no contest stays one.
func TestContestWon(t *testing.T) {
	testLexRows(t, []lexRow{
		{"by wickets", d, "Pakistan beat Australia by four wickets in Lahore on Sunday.", "18", "", ""},
		{"by goals", d, "Nigeria beat Cameroon by two goals at the stadium in Lagos.", "18", "", ""},
		{"in the final", d, "Egypt beat Ghana in the Africa Cup of Nations final on Sunday.", "18", "", ""},
		{"in the semifinal", d, "Kenya beat Uganda in the semifinal in Nairobi.", "18", "", ""},
		{"in the runoff", d, "The opposition candidate beat the incumbent in the runoff on Sunday.", "18", "", ""},
		{"on penalties", d, "Ghana beat Uruguay on penalties in Johannesburg on Friday.", "18", "", ""},
		{"on aggregate", d, "Morocco beat Tunisia 3-2 on aggregate in Rabat.", "18", "", ""},
		{"by points", d, "Argentina beat Chile by 12 points in the rugby match in Buenos Aires.", "18", "", ""},
		{"gunmen beat", d, "Gunmen beat a Kenyan journalist in Nairobi on Monday.", "182", "UAF>KENMED", ""},
		{"militiamen beat", d, "Militiamen beat two Ugandan traders in the market on Friday.", "182", "UAF>UGACVL", ""},
	})
}
