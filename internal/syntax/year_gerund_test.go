package syntax

import "testing"

// TestYearGerundNoun: a gerund after a determiner and a year, before its
// "of" phrase, is the phrase's noun, as one right after the determiner is:
// "the 2014 downing of", "the 1988 bombing of".
func TestYearGerundNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the 2014 downing of", text: "The court tried them for the 2014 downing of the airliner.", tags: []string{"downing/NN"}},
		{name: "the 1988 bombing of", text: "Libya paid compensation for the 1988 bombing of the airliner.", tags: []string{"bombing/NN"}},
		{name: "the storming of, as before", text: "They condemned the storming of parliament.", tags: []string{"storming/NN"}},
	})
}
