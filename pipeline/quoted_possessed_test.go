package pipeline

import "testing"

// TestQuotedPossessedAct pins a possessor before a quoted phrase as the
// phrase's owner, as it is unquoted: a judgement of "China's 'dangerous
// actions'" falls on China. Wires quote the words a government used.
func TestQuotedPossessedAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"condemned the quoted actions", "2024-06-18", "The United States condemned China's \"dangerous and escalatory actions\" on Monday.", "11", "USA>CHN", ""},
		{"condemned a quoted annexation", "2014-03-18", "Britain condemned Russia's \"illegal annexation\" of Crimea.", "11", "GBR>RUS", ""},
		{"criticised quoted remarks", "2023-02-01", "Turkey criticised Greece's \"provocative remarks\" about the islands.", "11", "TUR>GRC", ""},
		{"denounced quoted aggression", "2024-04-02", "Iran denounced Israel's \"aggression\" against its consulate in Damascus.", "11", "IRN>ISR", ""},
		{"unquoted, as before", "2024-06-18", "The United States condemned China's dangerous actions on Monday.", "11", "USA>CHN", ""},
	})
}
