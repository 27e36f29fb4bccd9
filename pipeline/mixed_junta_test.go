package pipeline

import "testing"

// TestMixedJunta pins a junta named with both its members
// ("civilian-military junta", "military-civilian junta") as the
// government it is, not civilians by the first half of the compound.
// "Civilian" alone before a government or a protest keeps its reading.
func TestMixedJunta(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the ruling junta condemns", "1980-03-25", "The ruling civilian-military junta condemned the assassination of the archbishop.", "111", "GOV>", ""},
		{"a country's junta nationalises", "1980-01-10", "El Salvador's civilian-military junta nationalized the banks.", "171", "SLVGOV>SLVBUS", ""},
		{"the junta accused", "1980-02-10", "Leftist groups accused the civilian-military junta of repression.", "1122", "OPP>GOV", ""},
		{"the junta asked to hand over", "2019-05-10", "Protesters demanded that the civilian-military junta hand power to civilians.", "1041", "OPP>GOV", ""},
		{"military-civilian junta", "1980-03-01", "The military-civilian junta imposed a state of siege.", "1724", "GOV>", ""},
		{"a civilian government", "2019-04-20", "Sudan's civilian government condemned the attack.", "111", "SDNGOV>", ""},
		{"civilian protesters", d, "Civilian protesters marched on the palace.", "141", "OPP>", ""},
	})
}
