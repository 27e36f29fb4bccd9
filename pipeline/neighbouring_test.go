package pipeline

import "testing"

// TestNeighbouringAgents: "neighbouring governments" are the states around
// the story's country, not it: like "foreign" and "Western" ones they carry
// no country, not the dateline's, and say nothing of whose "the government"
// named after them is.
func TestNeighbouringAgents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"neighboring governments denounced", d, "LA PAZ, Bolivia (AP) — Soldiers stormed the government palace on Wednesday. Neighboring governments denounced the move.", "111", "GOV>BOLMIL", ""},
		{"neighbouring governments condemned", d, "NIAMEY, Niger (Reuters) — Soldiers detained the president on Wednesday. Neighbouring governments condemned the coup.", "111", "GOV>NERMIL", ""},
		{"the government after foreign governments is the story's", d, "NIAMEY, Niger (AP) — Foreign governments condemned the coup on Thursday. The government said it would hold talks with the opposition.", "036", "NERGOV>NEROPP", ""},
		{"the government after neighbouring governments is the story's", d, "BAMAKO, Mali (AP) — Neighbouring governments criticized the decision. The government said it would expel the French ambassador.", "161", "MLIGOV>FRAGOV", ""},
		{"neighboring countries criticized", d, "CARACAS, Venezuela (AP) — Neighboring governments criticized the arrests of opposition leaders.", "111", "GOV>", ""},
		{"a named neighbour keeps its country", d, "NAIROBI, Kenya (AP) — Neighbouring Uganda deployed troops to the border on Monday.", "154", "UGA>KENGOV", ""},
	})
}
