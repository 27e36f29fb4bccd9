package pipeline

import "testing"

// TestBothCountriesHere pins "both countries", "the two countries", "the
// two nations" after two countries the same sentence joined by "and" after
// its first actor ("condemned the tests by India and Pakistan and demanded
// that both countries refrain") as those two, one mention each, as "both
// sides" already was. The sentence's own speakers joined by "and" are not
// the pair ("Britain and France urged both countries").
func TestBothCountriesHere(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a demand after a condemnation", "1998-06-06", "The U.N. Security Council condemned the nuclear tests by India and Pakistan and demanded that both countries refrain from further tests.", "10", "IGOUNO>PAK", ""},
		{"an appeal by a mediator", "2020-01-01", "Egypt, which mediates between Israel and Jordan, urged both countries to resume talks.", "02", "EGY>ISR", ""},
		{"the two countries after talks", "2018-07-10", "The United States welcomed the talks between Ethiopia and Eritrea and called on the two countries to sign a peace deal.", "02", "USA>ERI", ""},
		{"the two nations after strikes", "2020-10-02", "Russia criticised the strikes by Armenia and Azerbaijan and urged the two nations to stop fighting.", "02", "RUS>AZE", ""},
		{"the two neighbours of a bloc", "2019-03-01", "The European Union condemned the shelling by India and Pakistan and urged both countries to show restraint.", "02", "IGOEUR>IND", ""},
		{"speakers joined by and are not the pair", "2020-01-01", "Britain and France urged both countries to show restraint.", "02", "GBR>", ""},
	})
}
