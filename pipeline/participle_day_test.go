package pipeline

import (
	"testing"
	"time"
)

// TestParticipleDay: a present participle about the subject tells what
// the subject was doing when it acted, so its day is the act's ("West
// African leaders meeting here on Tuesday suspended Ivory Coast"); a past
// participle ("soldiers captured on Monday were freed") is earlier and
// does not date the act, which keeps the story's day; a day of the act's
// own clause still wins.
func TestParticipleDay(t *testing.T) {
	ref := time.Date(2020, time.January, 3, 12, 0, 0, 0, time.UTC) // a Friday
	testDateRows(t, ref, []dateRow{
		{"meeting on Tuesday suspended", "West African leaders meeting in Abuja on Tuesday suspended Mali from their regional bloc.", "166", "", "2019-12-31"},
		{"meeting on Monday decided to withdraw", "European Union foreign ministers, meeting in Brussels on Monday, decided to withdraw their ambassadors from Iran.", "161", "", "2019-12-30"},
		{"gathering on Wednesday condemned", "Arab League ministers gathering in Cairo on Wednesday condemned the Israeli raid on Gaza.", "1", "", "2020-01-01"},
		{"speaking on Thursday accused", "Kenyan opposition leaders, speaking in Nairobi on Thursday, accused the police of killing protesters.", "112", "", "2020-01-02"},
		{"visiting on Tuesday signed", "Chinese officials visiting Manila on Tuesday signed a trade agreement with the Philippine government.", "0", "", "2019-12-31"},
		{"past participle is earlier", "Soldiers captured by rebels on Monday were freed in Mali.", "0841", "", "2020-01-03"},
		{"own day wins", "Iranian diplomats visiting Moscow on Monday met Russian officials on Wednesday.", "040", "", "2020-01-01"},
	})
}
