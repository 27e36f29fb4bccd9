package syntax

import "testing"

// TestSpanBeforeInfinitive: "to" after a span of time ("48 hours", "a week")
// before a word that is first a noun ("surrender", "return", "report") is
// the infinitive's: the span is the time given for the act ("gave the rebels
// 48 hours to surrender"); before a capitalised word it stays the
// preposition of a span's end ("in the three months to March").
func TestSpanBeforeInfinitive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "hours to surrender", text: "The army gave the rebels 48 hours to surrender.",
			tags: []string{"to/TO", "surrender/VB"}},
		{name: "hours to return", text: "The government gave the striking miners 48 hours to return to work.",
			tags: []string{"to/TO", "return/VB"}},
		{name: "days to report", text: "The junta gave the ministers three days to report to the barracks.",
			tags: []string{"to/TO", "report/VB"}},
		{name: "two weeks to reply", text: "The council gave Iraq two weeks to reply to the demands.",
			tags: []string{"to/TO", "reply/VB"}},
		{name: "hours to release", text: "The army gave the kidnappers 24 hours to release the hostages.",
			tags: []string{"to/TO", "release/VB"}},
		{name: "not: a span's end", text: "Exports rose 5 percent in the three months to March.",
			tags: []string{"to/IN"}},
		{name: "not: a number after", text: "The court cut his sentence from ten years to five.",
			tags: []string{"to/IN"}},
	})
}
