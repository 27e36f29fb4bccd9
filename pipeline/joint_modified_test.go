package pipeline

import "testing"

// TestJointModified: a joint exercise or patrol with other words between
// "joint" and its noun ("their first joint ground patrol", "a joint
// search-and-rescue exercise") is joint military cooperation (062, one each
// way), as "a joint patrol" is; it coded nothing, or a show of force (150).
func TestJointModified(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a joint ground patrol carried out", "2019-11-01", "Indian and Nepalese troops carried out their first joint ground patrol along the border on Friday.", "062", "INDMIL>NPLMIL", ""},
		{"a joint search-and-rescue exercise held", "2019-06-05", "Greek and Egyptian warships held a joint search-and-rescue exercise off Crete on Wednesday.", "062", "GRCMIL>EGYMIL", ""},
		{"no show of force", "2019-06-05", "Greek and Egyptian warships held a joint search-and-rescue exercise off Crete on Wednesday.", "150", "", ""},
		{"a joint long-range air patrol conducted", "2021-11-19", "Chinese and Russian warplanes conducted a joint long-range air patrol over the Pacific on Friday.", "062", "CHNMIL>RUSMIL", ""},
		{"joint river patrols begun", "2018-03-01", "Thai and Lao police began joint river patrols on the Mekong on Monday.", "062", "THACOP>LAOCOP", ""},
		{"joint anti-piracy exercises staged", "2016-04-12", "Kenya and Tanzania staged joint anti-piracy exercises in the Indian Ocean.", "062", "KEN>TZA", ""},
		{"an exercise alone stays a show of force", "2019-06-05", "Greek warships held a search-and-rescue exercise off Crete on Wednesday.", "062", "", ""},
	})
}
