package syntax

import "testing"

// TestAgentVerbAfterTo: a one-word agent noun the actor stage marked
// ("patrol", "guard", "police") after "to" and before an object is the
// infinitive's verb ("sent warships to patrol the Black Sea"), so the
// purpose is a clause with its object; before a time ("to police the same
// day") or with no object it stays the preposition's noun.
func TestAgentVerbAfterTo(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "to patrol a named sea", text: "The United States sent two warships to patrol the Black Sea.",
			named: []string{"United States", "warships", "patrol", "Black Sea"}, names: []string{"United States", "Black Sea"},
			tags: []string{"to/TO", "patrol/VB"}, clauses: "main infinitive", rels: []string{"obj(to patrol, the Black Sea)"}},
		{name: "to guard the border", text: "Turkey deployed soldiers to guard the border with Syria.",
			named: []string{"Turkey", "soldiers", "guard", "Syria"}, names: []string{"Turkey", "Syria"},
			tags: []string{"to/TO", "guard/VB"}, rels: []string{"obj(to guard, the border)"}},
		{name: "to police an election, present tense", text: "Kenya sends officers to police the election in Kisumu.",
			named: []string{"Kenya", "officers", "police", "Kisumu"}, names: []string{"Kenya", "Kisumu"},
			tags: []string{"to/TO", "police/VB"}},
		{name: "to police its streets, possessive object", text: "The army was ordered to police its own streets.",
			named: []string{"army", "police"}, tags: []string{"to/TO", "police/VB"}},
		{name: "not: a time after the noun", text: "The suspects were handed over to police the same day.",
			named: []string{"police"}, times: []string{"the same day"}, tags: []string{"to/IN", "police/NN"}},
		{name: "not: a preposition's noun before another preposition", text: "The army handed the suspects to police on Monday.",
			named: []string{"army", "police"}, times: []string{"Monday"}, tags: []string{"to/IN", "police/NN"}},
		{name: "not: a capitalised name", text: "The envoy flew to Guard the next morning.",
			named: []string{"envoy", "Guard"}, times: []string{"the next morning"}, tags: []string{"to/IN"}},
	})
}
