package pipeline

import "testing"

// TestFaithLeaders: a faith's leaders named by its adjective ("Sikh
// leaders", "Buddhist leaders") are its clergy (REL), as "Muslim leaders"
// and "Christian leaders" are, not the government that "leaders" alone
// names. A nation's leaders stay its government.
func TestFaithLeaders(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Sikh leaders detained", "1984-06-06", "Indian police detained two moderate Sikh leaders on Wednesday.", "173", "INDCOP>INDREL", ""},
		{"Buddhist leaders detained", "2008-03-20", "Chinese police detained Buddhist leaders in Lhasa on Wednesday.", "173", "CHNCOP>CHNREL", ""},
		{"Hindu leaders accuse", "2002-03-01", "Indian Hindu leaders accused the government of neglect.", "112", "INDREL>INDGOV", ""},
		{"Jewish leaders condemn", "2019-04-28", "American Jewish leaders condemned the attack on the synagogue.", "11", "USAREL>", ""},
		{"Muslim leaders, as before", "2019-04-28", "Indian Muslim leaders accused the government of neglect.", "112", "INDREL>INDGOV", ""},
		{"a nation's leaders stay its government", "2019-04-28", "Indian leaders accused Pakistan of sheltering militants.", "112", "INDGOV>PAK", ""},
	})
}
