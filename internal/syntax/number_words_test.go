package syntax

import "testing"

// TestNumberWords holds a hyphenated number written in words ("Forty-eight",
// "twenty-five"), which the table lacks whole, as a cardinal (CD), as its
// parts are: "Forty-eight of them quit the party" is a count of those
// named before, as "Three of them" is, where the word was read as an
// adjective on its own (ADJP) and the clause had no subject. A hyphenated
// word with a part that is no cardinal ("one-third", "two-day") is not one.
func TestNumberWords(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a partitive opens the clause", text: "Forty-eight of them quit the ruling party on Monday.",
			tags: []string{"Forty-eight/CD"}, rels: []string{"subj(quit, Forty-eight)"}},
		{name: "a count before a plural", text: "Twenty-five people were killed when police opened fire.",
			tags: []string{"Twenty-five/CD"}},
		{name: "lower case inside a clause", text: "Police said thirty-one protesters were arrested.",
			tags: []string{"thirty-one/CD"}},
		{name: "ninety-nine before of", text: "Ninety-nine of the deputies voted against the bill.",
			tags: []string{"Ninety-nine/CD"}},
		{name: "not: a fraction", text: "One-third of the deputies walked out.",
			tags: []string{"One-third/NN"}},
		{name: "not: a number and a noun", text: "A two-day strike paralysed the capital.",
			tags: []string{"two-day/JJ"}},
	})
}
