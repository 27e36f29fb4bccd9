package pipeline

import "testing"

// TestAccusedOfGerund holds a charge told by a gerund whose form the
// charge's noun set names ("accused the government of rigging the
// election", "of smuggling weapons"): the gerund after the preposition
// meets the set as the noun would ("accused it of rigging", "of
// vote-rigging"), while a gerund the set does not name ("of lying",
// "of meddling") stays a plain accusation.
func TestAccusedOfGerund(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rigging an election", "2016-08-15", "The Patriotic Front accused the Zambian government of rigging the election.", "1121", "ZMBPTY>ZMBGOV", ""},
		{"smuggling weapons", "2019-03-02", "Colombia accused Venezuela of smuggling weapons to the rebels.", "1121", "COLGOV>VENGOV", ""},
		{"trafficking, present tense", "2021-06-10", "Peru accuses Bolivia of trafficking cocaine across the border.", "1121", "PERGOV>BOLGOV", ""},
		{"laundering, a later year", "2023-01-20", "Kenya accused Somalia on Friday of money-laundering for the militants.", "1121", "KENGOV>SOMGOV", ""},
		{"rigging, passive", "2016-08-15", "The Zambian government was accused by the Patriotic Front of rigging the election.", "1121", "ZMBPTY>ZMBGOV", ""},
		{"not: lying", "2019-03-02", "Colombia accused Venezuela of lying about the talks.", "1121", "", ""},
		{"not: meddling", "2018-07-11", "Russia accused Britain of meddling in its affairs.", "1121", "", ""},
		{"not: a denial", "2019-03-02", "Venezuela denied smuggling weapons to the rebels.", "1121", "", ""},
	})
}
