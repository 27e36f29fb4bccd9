package syntax

import "testing"

// TestClosedAdverbial holds a verb after a comma and "but" that follows an
// adverbial clause closing its main clause ("met the president for the
// first time since the war began, but rejected his call"): the comma closed
// the adverbial clause, so the verb is the main clause's and shares its
// subject. With no comma, the verb after "but" or "and" is the adverbial
// clause's own; an adverbial clause before its main clause keeps its place.
func TestClosedAdverbial(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "since, but", text: "The premier met the president on Tuesday for the first time since the war began, but rejected his call for more weapons.",
			rels: []string{"subj(rejected, The premier)", "conj(met, rejected)"}, absent: []string{"subj(rejected, the war)"}},
		{name: "after, but", text: "Rebels withdrew from the town after the army shelled their positions, but kept six hostages.",
			rels: []string{"subj(kept, Rebels)", "conj(withdrew, kept)"}, absent: []string{"subj(kept, the army)"}},
		{name: "as, but, perfect", text: "The ministry has recalled its envoy as the row deepened, but has not expelled any diplomats.",
			rels: []string{"subj(has not expelled, The ministry)"}, absent: []string{"subj(has not expelled, the row)"}},
		{name: "not: no comma", text: "Protests erupted after police arrested the leader but freed his aides.",
			rels: []string{"subj(freed, police)"}, absent: []string{"subj(freed, Protests)"}},
		{name: "not: no comma, and", text: "Protests erupted after police arrested the leader and seized his phone.",
			rels: []string{"subj(seized, police)"}, absent: []string{"subj(seized, Protests)"}},
		{name: "not: the adverbial clause comes first", text: "After police arrested the leader, protesters blocked the road and burned tyres.",
			rels: []string{"subj(burned, protesters)"}},
	})
}
