package pipeline

import "testing"

// TestFramePronoun holds "he" or "she" as the subject of a clause that a
// reporting frame governs straight, after the frame's verb: it is the
// speaker, when the speaker is one person or office holder, though a quote
// before the frame named someone else first. With speakers in the plural,
// the pronoun keeps the tracker's antecedent.
func TestFramePronoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after he met, quote first", d, `"Ukraine will never be a victory for Putin," the American president said in Kyiv on Monday, after he met his Ukrainian counterpart.`, "04", "USAGOV>UKRGOV", ""},
		{"not: plural speakers", d, `"Putin has lost this war," European ministers said in Brussels after he met the Chinese president.`, "04", "RUSGOV>CHNGOV", ""},
		{"before she met, a named speaker", d, `"Putin has no place among us," Angela Merkel told reporters in Berlin before she met the French president.`, "04", "DEUGOV>FRAGOV", ""},
	})
}
