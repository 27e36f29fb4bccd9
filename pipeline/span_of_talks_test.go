package pipeline

import "testing"

// TestSpanOfTalks: a span of time whose "of" phrase names the meeting
// ("sat down for six hours of talks", "gathered for a day of talks") is
// the meeting a verb's preposition asks for, as a count's is.
func TestSpanOfTalks(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sat down for hours of talks", d, "The two leaders sat down for six hours of talks in Geneva.", "040", "GOV>", ""},
		{"gathered for a day of talks", d, "Diplomats gathered for a day of talks in Doha.", "040", "GOV>", ""},
		{"arrived for days of negotiations with", d, "The envoys arrived for two days of negotiations with Hamas.", "040", "GOV>PSEREB", ""},
		{"not: a span of fighting is no meeting", d, "The envoys arrived after two days of fighting.", "040", "", ""},
	})
}
