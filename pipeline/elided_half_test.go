package pipeline

import "testing"

// TestElidedCompassHalf pins the two halves of a divided country named with
// their shared last word written once: "North and South Korea" is North
// Korea and South Korea, both actors of the clause, not South Korea alone.
// A compass pair whose first half names no country ("North and South
// Dakota") stays as it was.
func TestElidedCompassHalf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"joint subject agrees", "2018-05-10", "North and South Korea agreed on Friday to reopen a military hotline.", "030", "PRK>KOR", ""},
		{"joint subject, other way", "2018-05-10", "North and South Korea agreed on Friday to reopen a military hotline.", "030", "KOR>PRK", ""},
		{"joint object of a request", "2019-02-01", "The United States urged North and South Korea to resume talks.", "026", "USA>PRK", ""},
		{"joint object of an accusation", "2015-08-21", "Japan accused North and South Korea of violating the agreement.", "112", "JPN>PRK", ""},
		{"joint subject of fire", "2010-11-23", "North and South Korea exchanged fire across their maritime border on Tuesday.", "190", "PRK>KOR", ""},
		{"a summit between them", "2000-06-13", "China welcomed the summit between North and South Korea.", "040", "PRK>KOR", ""},
	})
}
