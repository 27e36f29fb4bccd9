package pipeline

import "testing"

// TestJoinedPossessive: a country's possessive before the first of two
// bodies joined by "and" owns the second too ("Venezuela's government and
// opposition", "Sudan's army and paramilitaries"), not the country of the
// place they meet in.
func TestJoinedPossessive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"government and opposition talk abroad", d, "Venezuela's government and opposition began talks in Mexico City on Friday.", "04", "VENGOV>VENOPP", ""},
		{"army and rebels agree a truce abroad", d, "Sudan's army and rebels agreed to a truce in Jeddah on Saturday.", "0356", "SDNMIL>SDNREB", ""},
		{"government and rebels sign in a third country", d, "Mozambique's government and rebels signed a peace deal in Rome.", "057", "MOZGOV>MOZREB", ""},
		{"president and opposition meet in a neighbour's capital", d, "Yemen's president and opposition held talks in Riyadh on Monday.", "04", "YEMGOV>YEMOPP", ""},
		{"junta and rebels negotiate under mediation abroad", d, "Myanmar's junta and rebels will hold negotiations in Kunming next week.", "03", "MMRGOV>MMRREB", ""},
		{"military and protesters talk in a foreign city", d, "Sudan's military and protesters resumed talks in Addis Ababa on Wednesday.", "04", "SDNMIL>SDNOPP", ""},
	})
}
