package pipeline

import "testing"

// TestEnvoyFlownHome: a state that flies or brings its envoy home from a
// post, or flies the envoy out of it, recalls the envoy (161), as "called
// its ambassador home" does; an envoy flown to a post is sent, no recall.
func TestEnvoyFlownHome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flew its ambassador home from", d, "Turkey flew its ambassador home from Vienna on Friday.", "161", "TUR>AUTGOV", ""},
		{"brought its envoy home from", d, "Peru brought its envoy home from Caracas after the row.", "161", "PER>VENGOV", ""},
		{"brought its diplomats home from", d, "Sweden brought its diplomats home from Belarus.", "161", "SWE>BLR", ""},
		{"flew its ambassador out of", d, "Japan flew its ambassador out of Beijing.", "161", "JPN>CHNGOV", ""},
		{"flew its envoy and staff from", d, "Norway flew its ambassador and his staff from Kabul overnight.", "161", "NOR>AFGGOV", ""},
		// an envoy flown to a post is no recall
		{"not: flew its new envoy to", d, "Egypt flew its new ambassador to Ankara on Monday.", "161", "", ""},
		{"not: brought aid home", d, "The ministry brought its citizens home from Lebanon.", "161", "", ""},
	})
}
