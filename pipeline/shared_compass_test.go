package pipeline

import "testing"

// TestSharedCompassName pins "North and South Korea": the first compass
// word names the country of the second's name (North Korea), so both
// states act, on each other when the act is mutual, or are acted on.
func TestSharedCompassName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agreed to talks", "2015-08-22", "North and South Korea agreed on Saturday to hold high-level talks.", "036", "PRK>KOR", ""},
		{"exchanged fire", "2010-11-23", "North and South Korea exchanged artillery fire across the maritime border on Tuesday.", "194", "PRK>KOR", ""},
		{"held talks", "2018-01-09", "North and South Korea held talks at Panmunjom on Tuesday.", "040", "KOR>PRK", ""},
		{"urged, both addressed", "2017-07-17", "China urged North and South Korea to resume talks.", "026", "CHN>PRK", ""},
		{"signed a declaration", "2000-06-15", "North and South Korea signed a joint declaration in Pyongyang.", "057", "PRK>KOR", ""},
		{"both named in full", "2018-09-19", "South Korea and North Korea signed a military agreement.", "057", "PRK>KOR", ""},
	})
}
