package pipeline

import "testing"

// TestCalledRevolting: a deed called by a word of revulsion ("a despicable
// act", "abhorrent", "a senseless act of violence") is disapproved of (111),
// as one called unacceptable is, also past the deed's own phrases ("called
// Uganda's raid on the border post a senseless act"); a deed called by a
// word of praise is not.
func TestCalledRevolting(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"called the bombing a despicable act", d, "Jordan's king called Israel's bombing of the school a despicable act.", "111", "JORGOV>ISR", ""},
		{"branded the killings abhorrent", d, "Germany branded Iran's killings of protesters abhorrent.", "111", "DEU>IRN", ""},
		{"called the decision appalling", d, "Canada called China's decision appalling.", "111", "CAN>CHN", ""},
		{"a senseless act of violence", d, "Kenya called Uganda's raid a senseless act of violence.", "111", "KEN>UGA", ""},
		{"the deed's own phrase before the name", d, "Kenya called Uganda's raid on the border post a senseless act of violence.", "111", "KEN>UGA", ""},
		{"praise is no disapproval", d, "Kenya called Uganda's decision to withdraw a wise step.", "111", "", ""},
	})
}
