package pipeline

import "testing"

// A missile fired or launched over a country, not at it, is a show of
// force on that country (150); one fired at it is an attack (19).
func TestMissileOverCountry(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fired over Japan", "2017-08-29", "North Korea fired a ballistic missile over Japan on Tuesday.", "150", "PRK>JPN", ""},
		{"launched over Japan", "2017-09-15", "North Korea launched a missile over Japan on Friday.", "150", "PRK>JPN", ""},
		{"two missiles over a region", "2022-10-04", "Pyongyang fired two missiles over northern Japan into the Pacific.", "150", "PRKGOV>JPNGOV", ""},
		{"at a country, as before", "2024-04-14", "Iran fired missiles at Israel on Sunday.", "19", "IRN>ISR", ""},
		{"not: over at a country", "2024-04-14", "Iran fired missiles at Israel on Sunday.", "150", "", ""},
	})
}
