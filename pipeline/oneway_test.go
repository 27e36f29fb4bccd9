package pipeline

import "testing"

// TestOneway: coordinated subjects that put forward a plan, a proposal or
// an offer put it to others, not to each other (the lexicon's oneway);
// those who agree, or agree to cooperate, still act on each other.
func TestOneway(t *testing.T) {
	testLexRows(t, []lexRow{
		{"presented a plan", d, "The United States and Rwanda presented a peace plan on Monday.", "030", "USA>", ""},
		{"unveiled a proposal", d, "France and Germany unveiled a joint proposal for the region.", "030", "DEU>", ""},
		{"proposed a plan", d, "Egypt and Jordan have proposed a plan for Gaza.", "030", "JOR>", ""},
		{"offered to mediate", d, "Qatar and Turkey offered to mediate.", "039", "TUR>", ""},
		{"welcomed the proposal", d, "Egypt and Jordan welcomed the proposal.", "030", "JOR>", ""},
		{"agreed, each with the other", d, "Kenya and Uganda agreed on Monday.", "030", "KEN>UGA", ""},
		{"agreed to boost trade", d, "Russia and China agreed to boost trade.", "0311", "CHN>RUS", ""},
		{"pledged to cooperate", d, "Kenya and Uganda pledged to cooperate on security.", "031", "UGA>KEN", ""},
	})
}
