package pipeline

import "testing"

// TestToldVoteTarget: "the referendum", "the vote" judged name the one a
// clause told being held ("Russia held a referendum in Crimea"), its
// subject the target, when no act found names the state that held it;
// voters voting hold no vote ("Belarusians voted": the state's, as before).
func TestToldVoteTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"held a referendum, rally, called it illegal", d, "Russia held a referendum in Crimea on Sunday. Tens of thousands of people rallied in Simferopol. Ukraine's president called the referendum illegal.", "111", "UKRGOV>RUS", ""},
		{"held a vote, march, condemned the vote", d, "Venezuela's government held a vote on the Essequibo region on Sunday. Thousands marched in Caracas. Guyana's president condemned the vote.", "111", "GUYGOV>VENGOV", ""},
		{"organised a referendum in the same sentence", d, "Separatist leaders in Transdniestria organised a referendum on joining Russia, and Moldova's president condemned the referendum.", "111", "MDAGOV>MDAREB", ""},
		{"not: voters hold no vote", d, "Belarusians voted on Sunday. Thousands of people rallied in Minsk. The European Union said the vote had been neither free nor fair.", "11", "IGOEUR>BLRGOV", ""},
	})
}
