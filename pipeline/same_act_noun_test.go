package pipeline

import "testing"

// TestSameActNoun: a verb whose own entry codes the act its object noun
// names, done by the forces of the noun's "of" phrase ("announced the
// withdrawal of its troops from Syria"), is that act, aimed where the
// noun's act is (Syria), not at the forces; the noun is not coded again.
func TestSameActNoun(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"announced, its troops", d, "Russia announced the withdrawal of its troops from Syria.", "087", "RUS>SYR", ""},
		{"began, its troops", d, "Moscow began the withdrawal of its troops from Afghanistan in May.", "087", "RUSGOV>AFG", ""},
		{"completed, its troops", d, "France completed the withdrawal of its troops from Mali on Monday.", "087", "FRA>MLI", ""},
		{"completed, its withdrawal", d, "Russia completed its withdrawal of troops from Kherson.", "087", "RUS>UKR", ""},
		{"announced, bare troops", d, "Israel announced the withdrawal of troops from Gaza.", "087", "ISR>PSE", ""},
		{"told by another", d, "Vietnam said it completed the withdrawal of its troops from Cambodia on Tuesday.", "087", "VNM>KHM", ""},
		{"no place left: no target", d, "Kenya completed the withdrawal of its troops.", "087", "KEN>", ""},
	})
}
