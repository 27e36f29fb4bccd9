package pipeline

import "testing"

// TestSaidAndUrged pins a verb of saying or demanding after "and", in the
// plain past, following what a report says in a shifted tense, as the
// reporter's: "said Iran had supplied the missile and urged the United
// Nations to act" is the coalition's appeal, not Iran's. A perfect's
// auxiliary shared ("had attacked the town and killed") stays with what
// was said.
func TestSaidAndUrged(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said a perfect and urged", d, "The Saudi-led coalition said Iran had supplied the missile and urged the United Nations to act.", "020", "SAUMIL>IGOUNO", ""},
		{"said a progressive and urged", d, "Pakistan said India was massing troops on the border and urged the United Nations to intervene.", "020", "PAK>IGOUNO", ""},
		{"said a modal and demanded", d, "Greece said Turkey would pay for the violation and demanded an apology from Ankara.", "10", "GRC>TUR", ""},
		// guards
		{"guard: a shared perfect stays with what was said", d, "Officials said rebels had attacked the town and killed 12 people.", "18", "REB>CVL", ""},
	})
}
