package pipeline

import "testing"

// TestNotRulingOutForce: force or sanctions not ruled out are held out
// (1384, 1312), also in the progressive ("was not ruling out", where
// "ruling" before its particle and object is the verb, not the noun) and
// with "a military option"; said of its own side, it is no denial.
func TestNotRulingOutForce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"was not ruling out a military option", "2017-08-11", "Trump said on Friday he was not ruling out a military option in Venezuela.", "13", "USAGOV>VEN", ""},
		{"would not rule out a military option", "2017-08-11", "Trump said on Friday that he would not rule out a military option against Venezuela.", "13", "USAGOV>VEN", ""},
		{"were not ruling out sanctions", "2014-03-03", "British officials said they were not ruling out sanctions against Russia.", "13", "GBRGOV>RUS", ""},
		{"is not ruling out strikes", "2013-08-28", "France said it is not ruling out air strikes against Syria.", "13", "FRA>SYR", ""},
		{"ruling out talks is a refusal", "2017-08-11", "Seoul said it was ruling out talks with Pyongyang.", "13", "", ""},
		{"a court ruling stays a noun", "2017-08-11", "The opposition said the court ruling was unfair.", "13", "", ""},
	})
}
