package syntax

import "testing"

// TestByGerund holds a past form before "by" and a gerund whose object has
// its determiner ("answered by recalling its ambassadors", "responded by
// shelling the town"): "by" tells how the subject acted, so the past form
// is the clause's verb, not a passive participle with an agent, after the
// subject or after a phrase set off by commas. A passive with "by" and a
// bare gerund, or a participle before the clause's verb, keeps its reading.
func TestByGerund(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "after a set-off participle", text: "The foreign ministry, headed by a career diplomat, answered by recalling its ambassadors from the three capitals.",
			tags: []string{"answered/VBD"}, rels: []string{"subj(answered, The foreign ministry)"}},
		{name: "after the subject", text: "The rebels responded by shelling the town from the hills.",
			tags: []string{"responded/VBD"}, clauses: "main participial", rels: []string{"subj(responded, The rebels)"}},
		{name: "a time between", text: "Turkey retaliated on Monday by closing its airspace to the airline.",
			tags: []string{"retaliated/VBD"}},
		{name: "a possessive's object", text: "The government reacted by expelling the country's ambassador.",
			tags: []string{"reacted/VBD"}},
		{name: "not: a passive, a bare gerund", text: "The town was destroyed by shelling.",
			tags: []string{"destroyed/VBN"}},
		{name: "not: a participle before the verb", text: "Three people killed by falling debris were buried on Sunday.",
			tags: []string{"killed/VBN"}},
	})
}
