package syntax

import "testing"

// TestComparedCountObject holds an object counted with a comparison ("more
// than 100 politicians", "fewer than 50 families") of a verb whose object
// does the infinitive after it: "to" is the infinitive's, and the word after
// it a verb ("report", "return" are nouns too); so when two objects joined
// by "and" run long.
func TestComparedCountObject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "ordered more than 100 to report", text: "The junta ordered more than 100 politicians to report to an army base.", named: []string{"junta", "politicians", "army"},
			tags: []string{"to/TO", "report/VB"}, rels: []string{"obj(ordered, more than 100 politicians)"}},
		{name: "urged fewer than 50 to return", text: "Police urged fewer than 50 families to return home.", named: []string{"Police", "families"},
			tags: []string{"to/TO", "return/VB"}},
		{name: "told more than 300 to leave", text: "The army told more than 300 journalists to leave the country.", named: []string{"army", "journalists"},
			tags: []string{"to/TO", "leave/VB"}},
		{name: "a title and a compared count", text: "The junta on Friday ordered former Prime Minister Yingluck Shinawatra and more than 100 politicians to report to an army base.",
			named: []string{"junta", "former Prime Minister Yingluck Shinawatra", "politicians", "army"}, names: []string{"former Prime Minister Yingluck Shinawatra"}, times: []string{"on Friday"},
			tags: []string{"to/TO", "report/VB"}},
		{name: "not: a count after a verb of no control", text: "The war drove more than 100 families to despair.", named: []string{"families"},
			tags: []string{"to/IN", "despair/NN"}},
	})
}
