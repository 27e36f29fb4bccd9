package pipeline

import "testing"

// TestPlaceAsTarget: a target phrase that names a place and no actor
// ("suspended flights to Doha") stands for the place's country, as its
// government (the test coder writes bare country codes); a place of the source's own country is no target.
func TestPlaceAsTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flights to a capital", d, "Egypt suspended all flights to Doha on Monday.", "163", "EGY>QAT", ""},
		{"airlines after a report", d, "Bahraini airlines said they would suspend flights to Doha.", "163", "BHRBUS>QAT", ""},
		{"gas to a city", d, "Russia halted gas exports to Warsaw last winter.", "163", "RUS>POL", ""},
		{"a passive measure", d, "Flights to Beirut were suspended by Saudi Arabia.", "163", "SAU>LBN", ""},
		{"a country stays itself", d, "Egypt suspended all flights to Qatar.", "163", "EGY>QAT", ""},
		{"a city at home is no target", d, "Russia halted gas exports to Moscow.", "163", "RUS>", ""},
		{"negated: no event", d, "Egypt did not suspend flights to Doha.", "163", "", ""},
	})
}
