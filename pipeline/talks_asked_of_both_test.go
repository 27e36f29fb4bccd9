package pipeline

import "testing"

// TestTalksAskedOfBothSides: an appeal for talks that names no one, or
// names only "all sides", is asked of both parties of the last act told
// between two others, as an appeal for a ceasefire is (policy.tsv's sides).
func TestTalksAskedOfBothSides(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called for talks after a clash, one side", d, "Fighting broke out between Armenia and Azerbaijan on Sunday. Russia called for talks.", "026", "RUS>ARM", ""},
		{"called for talks after a clash, the other", d, "Fighting broke out between Armenia and Azerbaijan on Sunday. Russia called for talks.", "026", "RUS>AZE", ""},
		{"urged all sides to begin talks", d, "ADDIS ABABA, Ethiopia (AP) — Tigrayan rebels clashed with government troops near Dessie on Tuesday. The United States urged all sides to begin talks without preconditions.", "026", "USA>ETHREB", ""},
		{"urged all sides to begin talks, the other side", d, "ADDIS ABABA, Ethiopia (AP) — Tigrayan rebels clashed with government troops near Dessie on Tuesday. The United States urged all sides to begin talks without preconditions.", "026", "USA>ETHMIL", ""},
		{"appealed for negotiations after shelling", d, "Indian troops shelled Pakistani posts along the Line of Control on Monday. China appealed for negotiations.", "026", "CHN>PAK", ""},
		{"an appeal for talks with someone named keeps them", d, "Indian troops shelled Pakistani posts on Monday. China urged India to hold talks with Pakistan.", "026", "CHN>IND", ""},
	})
}
