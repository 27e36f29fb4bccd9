package syntax

import "testing"

// TestAfterDoer: after a noun's "by" phrase whose object is a name ("the
// demand by Ukraine"), a "for", "of", "on" or "against" phrase completes
// the noun, not the name: "The demand by Ukraine for the withdrawal" is a
// demand for the withdrawal. A "by" phrase whose object is a common noun
// keeps the phrase on the noun before it, and a name's own "of" ("the
// Friends of Syria group") stays in the name.
func TestAfterDoer(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "demand by a country for", text: "The demand by Ukraine for the withdrawal of Russian troops drew support in Warsaw.",
			named: []string{"Ukraine", "Warsaw"}, rels: []string{"nmod(The demand, for)"}, absent: []string{"nmod(Ukraine, for)"}},
		{name: "call by a country for", text: "Diplomats welcomed the call by Kenya for talks between the rivals.",
			named: []string{"Kenya"}, rels: []string{"nmod(the call, for)"}, absent: []string{"nmod(Kenya, for)"}},
		{name: "attack by a group on", text: "The attack by Hamas on the border post killed four soldiers.",
			named: []string{"Hamas"}, rels: []string{"nmod(The attack, on)"}, absent: []string{"nmod(Hamas, on)"}},
		{name: "sanctions by a union against", text: "New sanctions by the European Union against Belarus took effect on Monday.",
			named: []string{"the European Union", "Belarus"}, rels: []string{"nmod(New sanctions, against)"}, absent: []string{"nmod(the European Union, against)"}},
		{name: "seizure by a country of", text: "The seizure by Iran of a British tanker angered London.",
			named: []string{"Iran", "London"}, rels: []string{"nmod(The seizure, of)"}, absent: []string{"nmod(Iran, of)"}},
		{name: "criticism by a president of", text: "The criticism by Macron of the junta drew a sharp reply.",
			named: []string{"Macron"}, rels: []string{"nmod(The criticism, of)"}, absent: []string{"nmod(Macron, of)"}},
		// guards: a name's own phrase, a common noun after "by", another preposition
		{name: "guard the Friends of Syria group", text: "The demand by the Friends of Syria group for a ceasefire went unanswered.",
			named: []string{"the Friends of Syria group"}, rels: []string{"pobj(by, the Friends of Syria group)"}, absent: []string{"nmod(The demand, of)"}},
		{name: "guard a common noun after by", text: "The demand by the protesters for reforms grew louder.",
			rels: []string{"nmod(the protesters, for)"}},
		{name: "guard another preposition", text: "The visit by Putin to Beijing lasted two days.",
			named: []string{"Putin", "Beijing"}, rels: []string{"nmod(Putin, to)"}},
	})
}
