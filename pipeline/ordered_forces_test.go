package pipeline

import "testing"

// TestForcesOrderedToAState pins a state's forces ordered to a country
// named as such ("ordered warplanes and paratroopers to Saudi Arabia") as a
// deployment (154) there, as to a place, even when a purpose infinitive
// follows ("to help defend the kingdom"): the purpose is not what the
// forces were ordered to do as a demand on them.
func TestForcesOrderedToAState(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered to a country, with a purpose", "1990-08-08", "President George Bush ordered U.S. warplanes and paratroopers to Saudi Arabia on Tuesday to help defend the kingdom.", "154", "USAGOV>SAU", ""},
		{"ordered into a country", "2022-02-21", "Putin ordered troops into eastern Ukraine on Monday.", "154", "RUSGOV>UKRGOV", ""},
		{"ordered to two countries", "2022-02-02", "Biden ordered 3,000 troops to Poland and Romania.", "154", "USAGOV>ROU", ""},
		{"ordered warships to a country", "2019-05-06", "Washington ordered an aircraft carrier group to the Gulf.", "154", "USAGOV>", ""},
		{"an order to withdraw stays an order", "2020-01-01", "The general ordered the troops to withdraw.", "10", "MIL>MIL", ""},
	})
}
