package pipeline

import "testing"

// TestTakeoverJudgedNotDismissal: "the coup" or "the takeover" judged
// after a story told both the seizure of power and, after it, the
// president's dismissal of his commanders (both 172) is the seizure, the
// act of the code on the sector its aim names (policy.tsv's aim=GOV), not
// the dismissal, which falls on the military; with no such act told, the
// code's other act still counts.
func TestTakeoverJudgedNotDismissal(t *testing.T) {
	const d = "2020-01-01"
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"takeover", d, "Army officers seized power in Mauritania on Wednesday, hours after the president had dismissed the country's top commanders. The African Union condemned the takeover.", "111", "IGOAFR>MRTMIL", ""},
		{"coup, sacked", d, "Soldiers seized power in Niger on Thursday, a day after President Bazoum had sacked the head of the presidential guard. France condemned the coup.", "111", "FRAGOV>NERMIL", ""},
		{"called the coup", d, "Troops deposed President Keita in Bamako on Tuesday after he had sacked the army chief of staff. The United States called the coup a setback for democracy.", "111", "USAGOV>MLIMIL", ""},
		{"overthrew", d, "Generals overthrew the government of Guinea on Sunday after the president had fired the army commander. The European Union condemned the coup.", "111", "IGOEUR>GINMIL", ""},
		{"officers", d, "Officers seized power in Burkina Faso on Monday after the president dismissed two generals. ECOWAS condemned the takeover in a statement.", "111", "IGOWAF>BFAMIL", ""},
		{"guard: coup alone", d, "The army deposed President Morsi on Wednesday. The African Union condemned the coup.", "111", "IGOAFR>EGYMIL", ""},
		{"guard: dismissal alone", d, "President Tshisekedi dismissed the army chief on Monday. The opposition condemned the dismissal.", "111", "OPP>CODGOV", ""},
	})
}
