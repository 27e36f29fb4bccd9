package syntax

import "testing"

// TestByMeans: "by" before a lower-case verb in -ing tells how an act was
// done ("responded by sending ships"), so the verb before it is the
// clause's finite verb, not a passive participle with an agent; "by"
// before a name or a noun still gives a passive its agent.
func TestByMeans(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "responded by sending", text: "The Philippines responded by sending coast guard vessels to the shoal.",
			tags: []string{"responded/VBD", "sending/VBG"}, clauses: "main participial"},
		{name: "retaliated by raising", text: "Bogota retaliated by raising duties on imports.",
			tags: []string{"retaliated/VBD", "raising/VBG"}, clauses: "main participial"},
		{name: "the army retaliated by shelling", text: "The army retaliated by shelling rebel positions.",
			tags: []string{"retaliated/VBD", "shelling/VBG"}},
		{name: "a name in -ing is an agent", text: "Rebels backed by Beijing attacked.",
			tags: []string{"backed/VBN", "attacked/VBD"}},
		{name: "a noun agent", text: "Troops backed by tanks attacked the town.",
			tags: []string{"backed/VBN", "attacked/VBD"}},
		{name: "shelling as the agent of a participle", text: "Civilians killed by shelling were buried on Monday.",
			tags: []string{"killed/VBN", "were/VBD"}},
	})
}

// TestSharedObjectPastAdverb: verbs joined by "and" share the object after
// the last though an adverb stands between ("condemned and later
// sanctioned Iran"); a list's commas still pass it back.
func TestSharedObjectPastAdverb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "and later", text: "The United States condemned and later sanctioned Iran.",
			rels: []string{"obj(condemned, Iran)", "obj(sanctioned, Iran)"}},
		{name: "and then", text: "Police beat and then arrested the protesters.",
			rels: []string{"obj(beat, the protesters)", "obj(arrested, the protesters)"}},
		{name: "a list", text: "Police detained, questioned and released the journalist.",
			rels: []string{"obj(detained, the journalist)", "obj(questioned, the journalist)"}},
	})
}
