package pipeline

import "testing"

// TestOwnerOfForces: an act noun whose "of" phrase names the forces that
// do it, owned by a country ("Russia's withdrawal of troops from
// Kherson", "Russia's buildup of troops near Ukraine"), is done by the
// owner, not by forces of whatever country the sentence around them
// names; forces of a country their own words name stay theirs.
func TestOwnerOfForces(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"withdrawal, place named after", d, "Russia's withdrawal of troops from Kherson surprised Kyiv.", "087", "RUS>UKR", ""},
		{"withdrawal, passive light verb", d, "Israel's withdrawal of troops from Gaza was completed on Monday.", "087", "ISR>", ""},
		{"buildup near a country", d, "Russia's buildup of troops near Ukraine alarmed NATO.", "154", "RUS>UKRGOV", ""},
		{"buildup as an occasion", d, "Amid Russia's buildup of troops near Ukraine, NATO sent jets to Poland.", "154", "RUS>UKRGOV", ""},
		{"guard: forces of their own country", d, "Russia's withdrawal of Belarusian troops from Kherson surprised Kyiv.", "087", "BLRMIL>UKR", ""},
		{"guard: no possessor", d, "The withdrawal of Russian troops from Kherson surprised Kyiv.", "087", "RUSMIL>UKR", ""},
		{"guard: victims in the of phrase", d, "Pakistan condemned India's killing of three civilians in Kashmir.", "111", "PAK>IND", ""},
	})
}
