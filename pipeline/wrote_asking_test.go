package pipeline

import "testing"

// TestWroteAsking: a participle of asking or urging after the "to" phrase
// of a verb of saying ("wrote to the president asking him to") is the
// writer's act, not a participle on the one written to: the writer asks,
// the addressee is asked.
func TestWroteAsking(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a minister wrote to the UN chief asking him", d, "The Ukrainian foreign minister wrote to the UN secretary-general asking him to send monitors to Crimea.", "020", "UKRGOV>IGOUNO", ""},
		{"a minister wrote to a counterpart asking him to release", d, "Iran's foreign minister wrote to his Saudi counterpart asking him to release the detained pilgrims.", "0253", "IRNGOV>SAUGOV", ""},
		{"a minister wrote to a secretary of state asking him to extradite", d, "Mexico's foreign minister wrote to the US secretary of state asking him to extradite the fugitive.", "0213", "MEXGOV>USAGOV", ""},
		{"a prime minister wrote to a counterpart urging him to resume talks", d, "Pakistan's prime minister wrote to his Indian counterpart urging him to resume talks.", "026", "PAKGOV>INDGOV", ""},
		{"an army chief wrote to the council asking it to lift an embargo", d, "The Sudanese army chief wrote to the Security Council asking it to lift the arms embargo.", "0254", "SDNMIL>", ""},
	})
}
