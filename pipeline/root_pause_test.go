package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairPauseTruce: a humanitarian truce agreed or declared is a
// truce (08), as a ceasefire is; a humanitarian pause called for is an
// appeal (02); refused, a rejection (12).
func TestRootPairPauseTruce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"08 ethiopias government declared a humanitarian", d, "Ethiopia's government declared a humanitarian truce in Tigray in 2022.", "08", "ETHGOV>", ""},
		{"03 sudans army agreed to a", d, "Sudan's army agreed to a humanitarian truce in Khartoum.", "03", "SDNMIL>", ""},
		{"02 the united nations called for", d, "The United Nations called for a humanitarian pause in Gaza.", "02", "IGOUNO>PSE", ""},
		{"12 israel rejected calls for a", d, "Israel rejected calls for a humanitarian pause in Gaza.", "12", "ISR>", ""},
	})
}

// TestRootPairPauseOffensive: a pause, suspension or halt in an offensive
// or a bombing is the de-escalation (087), agreed to an intent of it (03),
// asked for an appeal (02), never a threat or use of the offensive itself.
func TestRootPairPauseOffensive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"03 turkey agreed to a pause", d, "Turkey agreed to a pause in its offensive in Syria in 2019.", "03", "TUR>SYR", ""},
		{"03 turkey agreed to a suspension", d, "Turkey agreed to a suspension of its offensive in Syria.", "03", "TUR>SYR", ""},
		{"02 the united nations called for", d, "The United Nations called for a suspension of the bombing of Aleppo.", "02", "IGOUNO>SYR", ""},
		{"08 russia announced a pause in", d, "Russia announced a pause in its offensive on Kyiv.", "08", "RUS>UKR", ""},
		{"08 nato ordered a halt in", d, "NATO ordered a halt in air strikes on Serbia in 1999.", "08", "IGONATO>", ""},
		{"08 israel announced a pause in", d, "Israel announced a pause in its bombing of Gaza.", "08", "ISR>", ""},
		{"19 turkey launched an offensive in", d, "Turkey launched an offensive in northern Syria in 2019.", "19", "TUR>SYR", ""},
		{"13 turkey threatened to resume its", d, "Turkey threatened to resume its offensive in Syria.", "13", "TUR>SYR", ""},
	})
}
