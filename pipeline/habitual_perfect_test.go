package pipeline

import "testing"

// TestHabitualPerfect: a perfect told with a habitual adverb ("has always
// sought", "had often accused") is a standing stance, no one act, as the
// simple present with one is ("police routinely arrest critics"); the
// perfect with no such adverb, or a past with one, stays an act.
func TestHabitualPerfect(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"had always sought relations", d, "Islamabad had always sought good relations with India, he said.", "020", "", ""},
		{"has always supported", d, "Moscow has always supported the Syrian government.", "051", "", ""},
		{"has often accused", d, "Iran has often accused Israel of sabotage.", "11", "", ""},
		{"have usually rejected", d, "The rebels have usually rejected government offers of talks.", "12", "", ""},
		{"guard: the perfect alone is an act", d, "Iran has accused Israel of sabotage.", "11", "IRNGOV>ISRGOV", ""},
		{"guard: recently is no habit", d, "Moscow has recently supported the Syrian government.", "051", "RUSGOV>SYRGOV", ""},
		{"guard: has repeatedly urged keeps its appeal", d, "Beijing has repeatedly urged Washington to resume talks.", "02", "CHNGOV>USAGOV", ""},
	})
}
