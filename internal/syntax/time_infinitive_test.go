package syntax

import "testing"

// TestTimeBeforeInfinitive: a time phrase between a verb that takes an
// infinitive and its "to" ("agreed on Monday to release", "offered last
// week to return") leaves "to" the infinitive's, so a word that is first a
// noun ("release", "return", "aid") after it is the infinitive's verb, as
// it is with no time between; a verb that takes no infinitive keeps "to"
// a preposition ("travelled on Monday to Kigali").
func TestTimeBeforeInfinitive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "agreed on a weekday", text: "The Senegalese president agreed on Monday to release hundreds of activists.",
			times: []string{"Monday"}, tags: []string{"to/TO", "release/VB"}, rels: []string{"comp(agreed, to release)"}},
		{name: "offered last week", text: "The army offered last week to return the bodies of the soldiers.",
			times: []string{"last week"}, tags: []string{"to/TO", "return/VB"}, rels: []string{"comp(offered, to return)"}},
		{name: "promised on a date", text: "Japan promised on March 3 to aid the victims of the floods.",
			times: []string{"March 3"}, tags: []string{"to/TO", "aid/VB"}},
		{name: "vowed in the morning", text: "Rebels vowed on Sunday morning to release the hostages.",
			times: []string{"Sunday morning"}, tags: []string{"to/TO", "release/VB"}},
		{name: "not: a verb of motion", text: "The minister travelled on Monday to Kigali.",
			times: []string{"Monday"}, tags: []string{"to/IN"}},
		{name: "not: a noun after a preposition", text: "The court agreed on Monday to a release of the prisoners.",
			times: []string{"Monday"}, tags: []string{"to/IN", "release/NN"}},
	})
}
