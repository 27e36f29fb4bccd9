package syntax

import "testing"

// TestByMeansGerund: a word in -ing that may also be an adjective
// ("imposing", "firing", "closing", "freezing", "blocking") after "by",
// with its object after it, tells how the subject of an active verb acted;
// after a passive or a participle, or before a bare singular noun, it stays
// the agent's adjective.
func TestByMeansGerund(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "responded by imposing sanctions", text: "Russia responded by imposing sanctions on Turkish goods.",
			tags: []string{"responded/VBD", "imposing/VBG"}, clauses: "main participial"},
		{name: "retaliated by firing rockets", text: "Hamas retaliated by firing rockets at southern Israel.",
			tags: []string{"retaliated/VBD", "firing/VBG"}, clauses: "main participial"},
		{name: "has reacted by closing its airspace", text: "Macedonia has reacted by closing its airspace to Greek airlines.",
			tags: []string{"reacted/VBN", "closing/VBG"}, clauses: "main participial"},
		{name: "answers by freezing the assets", text: "Washington answers by freezing the assets of Iranian banks.",
			tags: []string{"answers/VBZ", "freezing/VBG"}, clauses: "main participial"},
		{name: "hit back by blocking roads", text: "The farmers hit back by blocking roads into the capital.",
			tags: []string{"blocking/VBG"}},
		{name: "not: the agent of a participle", text: "Three people killed by falling rocks were buried on Monday.",
			tags: []string{"killed/VBN", "falling/JJ"}},
		{name: "not: the agent of a passive", text: "Consumers were hit by rising prices.",
			tags: []string{"rising/JJ"}},
		{name: "not: a bare singular noun", text: "The general was executed by firing squad.",
			tags: []string{"firing/JJ"}},
	})
}
