package pipeline

import "testing"

// TestSaidResultFalse: a declared result a statement says does not match
// the count, or does not reflect the voters' choice, is judged false (111),
// as "said the election was rigged" is: "the bishops said the official
// figures did not match the tallies of their observers". Said as matching,
// told by no one, or of figures and forecasts, it judges nothing.
func TestSaidResultFalse(t *testing.T) {
	testLexRows(t, []lexRow{
		{"figures not matching tallies", "2019-01-10", "The bishops said the official figures did not match the tallies of their observers.", "111", "REL>", ""},
		{"results not matching the count", "2019-01-10", "The opposition said the official results did not match the count at polling stations.", "111", "OPP>", ""},
		{"told, not matching", "2019-01-10", "Church leaders told reporters that the published figures did not match the tallies.", "111", "REL>", ""},
		{"not reflecting the choice", "2019-01-10", "The opposition said the results did not reflect the choice of voters.", "111", "OPP>", ""},
		{"not reflecting the wishes", "2019-01-10", "The opposition said the results did not reflect the wishes of voters.", "111", "OPP>", ""},
		{"said as matching", "2019-01-10", "The electoral commission said the figures matched the tallies.", "11", "", ""},
		{"figures and forecasts", "2019-01-10", "The bank said the figures did not match its forecasts.", "11", "", ""},
		{"told by no one", "2019-01-10", "The official figures did not match the tallies.", "11", "", ""},
	})
}
