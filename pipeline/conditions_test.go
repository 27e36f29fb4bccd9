package pipeline

import "testing"

// TestThreatOnCondition: force held out on a condition is a threat aimed at
// whoever the condition is about: the subject of an active condition, the
// agent of a passive one, and no one when a passive condition names no
// agent (the one harmed is not the threat's target).
func TestThreatOnCondition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"passive condition, no agent", "2009-06-29", "Venezuelan President Hugo Chavez warned that he would respond militarily if his envoy was harmed.", "13", "VENGOV>", ""},
		{"passive condition with an agent", d, "Iran said it would retaliate if its ships were attacked by the US navy.", "13", "IRN>USAMIL", ""},
		{"active condition", "2023-07-31", "Nigeria said it could resort to force unless the Nigerien junta restored the president.", "13", "NGA>NERGOV", ""},
		{"passive condition, own citizens", d, "Turkey warned it would strike back if its soldiers were killed.", "13", "TUR>", ""},
	})
}
