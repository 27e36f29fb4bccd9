package pipeline

import "testing"

// TestTitleSectorBefore: a name the knowledge lacks under a title takes
// the sector the title had when the story named it alone just before ("a
// rebel commander ... Commander X" is a rebel, not the army's), its
// country given by the story as that one's was.
func TestTitleSectorBefore(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a rebel commander, then his name", "2012-10-21",
			"BOGOTA, Colombia (AP) - A rebel commander threatened to attack the town on Monday. Commander Ivan Rios Marquezz accused the army of killing civilians.",
			"112", "COLREB>COLMIL", ""},
		{"a rebel commander, troops between, then his name", "2012-10-21",
			"BOGOTA, Colombia (AP) - A rebel commander threatened to attack the town on Monday. Government troops shelled the hills. Commander Ivan Rios Marquezz accused the army of killing civilians.",
			"112", "COLREB>COLMIL", ""},
		{"a militia commander, then his name", "2014-06-21",
			"BAGHDAD (AP) - A militia commander vowed to defend the shrine on Monday. Commander Abu Mahdi Hashimii accused the government of abandoning Samarra.",
			"112", "IRQUAF>IRQGOV", ""},
		{"an opposition leader, then his name", "2011-06-21",
			"SANAA, Yemen (AP) - An opposition leader rejected the deal on Monday. Leader Mohammed Qahtanii accused the government of lying.",
			"112", "YEMOPP>YEMGOV", ""},
		// must not change: an army commander before, and none before
		{"an army commander, then his name", "2012-10-21",
			"BOGOTA, Colombia (AP) - An army commander vowed to retake the town on Monday. Commander Ivan Rios Marquezz accused the rebels of killing civilians.",
			"112", "COLMIL>COLREB", ""},
		{"no title before", "2012-10-21",
			"BOGOTA, Colombia (AP) - Rebels attacked the town on Monday. Commander Ivan Rios Marquezz accused the rebels of killing civilians.",
			"112", "COLMIL>COLREB", ""},
	})
}
