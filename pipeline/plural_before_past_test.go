package pipeline

import "testing"

// TestPluralBeforePastVerb: a word that may be a plural noun or a present
// in -s ("ships", "guards"), after a noun or an adjective and straight
// before a past verb, ends the subject of that verb, also in a clause
// opened by "after": "a day after Russian coast guard ships fired on three
// Ukrainian navy vessels" codes the firing. With no past verb after it
// the word keeps its verb: "Iran ships weapons to the Houthis".
func TestPluralBeforePastVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after-clause at the end", d, "Ukraine imposed martial law, a day after Russian coast guard ships fired on three Ukrainian navy vessels.", "193", "RUSCOP>UKRMIL", ""},
		{"after-clause first", d, "A day after Russian coast guard ships fired on three Ukrainian navy vessels, Kyiv imposed martial law.", "193", "RUSCOP>UKRMIL", ""},
		{"hours after, a supply boat", d, "Manila protested, hours after Chinese coast guard ships fired on a Philippine supply boat near the shoal.", "193", "CHNCOP>PHL", ""},
		{"water cannon at fishermen", d, "Vietnam protested after Chinese coast guard ships fired water cannon at Vietnamese fishermen.", "175", "CHNCOP>VNMCVL", ""},
		{"patrol ships, a fishing boat", d, "Seoul protested after North Korean patrol ships fired on a South Korean fishing boat.", "193", "PRKMIL>KOR", ""},
		{"a present in -s keeps its verb", d, "Iran ships weapons to the Houthi rebels in Yemen.", "072", "IRN>YEMREB", ""},
	})
}
