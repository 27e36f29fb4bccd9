package syntax

import "testing"

// TestPurposeTo: "to" after a noun, before a noun-or-verb word that an
// adjective and a common noun follow, is the infinitive marker: a noun
// takes no adjective after it, a verb's object may open with one. A noun
// after "to" with its own adjective before it stays a preposition's.
func TestPurposeTo(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "to demand constitutional reform", text: "Opposition supporters took to the streets to demand constitutional reform.",
			tags: []string{"to/TO", "demand/VB", "constitutional/JJ"}},
		{name: "to protest high prices", text: "Farmers blocked the roads to protest high fuel prices.",
			tags: []string{"to/TO", "protest/VB"}},
		{name: "to press political demands", text: "Students occupied the campus to press political demands.",
			tags: []string{"to/TO", "press/VB"}},
		{name: "to demand fresh elections", text: "Thousands gathered in the square to demand fresh elections.",
			tags: []string{"to/TO", "demand/VB"}},
		{name: "a bare noun after to stays", text: "The move from aid to foreign investment was welcomed.",
			tags: []string{"to/IN"}},
	})
}
