package pipeline

import "testing"

// TestRuledFoundThat: a court's or an inquiry's ruling or finding that
// another did wrong voices it as a statement does (112), and one that
// others must be freed demands it (10); found or ruled of no wrong, it is
// no accusation.
func TestRuledFoundThat(t *testing.T) {
	testLexRows(t, []lexRow{
		{"court found that a state violated rights", d, "The arbitration court found that China had violated the Philippines' sovereign rights.", "112", "JUD>CHN", ""},
		{"supreme court ruled that the government violated the constitution", d, "The Maldives Supreme Court ruled that the government had violated the constitution.", "112", "MDVJUD>MDVGOV", ""},
		{"inquiry concluded that forces committed war crimes", d, "A United Nations inquiry concluded that Syrian government forces had committed war crimes.", "1124", "IGOUNO>SYRMIL", ""},
		{"rights court found that a state breached the convention", d, "The European Court of Human Rights found that Russia had breached the convention.", "112", "IGO>RUS", ""},
		{"high court ruled that the activists must be released", d, "Kenya's High Court ruled that the detained activists must be released.", "10", "KENJUD>KENOPP", ""},
		{"court ruled that prisoners must be freed", d, "The Maldives Supreme Court ruled on Thursday that nine political prisoners must be freed.", "10", "MDVJUD>", ""},
		{"said prisoners should be released: an appeal", d, "The Egyptian foreign minister said the detained protesters should be released.", "02", "EGYGOV>EGYOPP", ""},
		{"said lessons must be learned: no demand", d, "The Egyptian foreign minister said lessons must be learned.", "10", "", ""},
		{"police found that the door was locked: nothing", d, "Egyptian police found that the door of the embassy was locked.", "11", "", ""},
	})
}
