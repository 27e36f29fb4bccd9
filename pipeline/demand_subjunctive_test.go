package pipeline

import "testing"

// A verb of demand takes a complement without "that" whose verb is in the
// base form, a subjunctive ("demanded Prime Minister Hasina resign"): what
// it names is asked for, not done, so the demand is coded with the act it
// asks for and its subject as the target, as with "that".
func TestDemandSubjunctiveWithoutThat(t *testing.T) {
	testLexRows(t, []lexRow{
		{"resignation demanded", "2024-07-20", "Protesters demanded Prime Minister Sheikh Hasina resign.", "1041", "BGDOPP>BGDGOV", ""},
		{"cooperation demanded", d, "The United States demanded Pakistan cooperate with the inquiry.", "101", "USA>PAK", ""},
		{"withdrawal demanded", d, "Russia demanded Ukraine withdraw its troops from the region.", "10", "RUS>UKR", ""},
		{"release demanded", d, "The families demanded the government release the hostages.", "1053", "CVL>GOV", ""},
		{"a relative clause's object before a present keeps its own clause", d, "Activists who demanded reforms say they were beaten by police.", "175", "COP>OPP", ""},
		{"a demand of a thing, then a second verb", d, "The strikers demanded higher wages and marched on parliament.", "141", "LAB>LEG", ""},
	})
}
