package syntax

import "testing"

// TestCoordinatedSubjectAfterOpener: "and" between two noun phrases right
// after a clause opener joins the opened clause's subjects, so the verb
// after them completes the verb before the opener; "and" after a verb and
// its object still joins two clauses.
func TestCoordinatedSubjectAfterOpener(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "demanded that two countries restore", text: "The bloc demanded that Russia and Ukraine restore the deliveries.",
			named: []string{"Russia", "Ukraine"},
			rels:  []string{"comp(demanded, restore)", "subj(restore, Russia)"}},
		{name: "a time phrase before the opener", text: "The council insisted on Friday that the army and the police withdraw.",
			rels: []string{"comp(insisted, withdraw)", "subj(withdraw, the army)"}},
		{name: "a prepositional phrase inside the subject", text: "The envoy said that leaders of Sudan and Chad would meet.",
			named: []string{"Sudan", "Chad"},
			rels:  []string{"comp(said, would meet)", "subj(would meet, leaders)"}},
		{name: "two clauses joined after an object", text: "Officials said that Israel attacked Gaza and Hamas fired rockets.",
			named:  []string{"Israel", "Gaza", "Hamas"},
			rels:   []string{"comp(said, attacked)", "obj(attacked, Gaza)", "subj(fired, Hamas)"},
			absent: []string{"subj(fired, Gaza)"}},
	})
}

// TestThatBeforeLastNoun: "that" after a verb and before a common noun
// that ends the sentence is a determiner, for a clause needs a verb
// ("rejected that account."); before a noun that a verb follows it still
// opens a clause.
func TestThatBeforeLastNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "rejected that account", text: "The spokesman rejected that account.",
			tags: []string{"that/DT"}, rels: []string{"obj(rejected, that account)"}},
		{name: "denied that report", text: "The ministry denied that report.",
			tags: []string{"that/DT"}, rels: []string{"obj(denied, that report)"}},
		{name: "a verb follows: a clause", text: "The ministry said that troops withdrew.",
			tags: []string{"that/IN"}, rels: []string{"comp(said, withdrew)"}},
		{name: "a modal follows: a clause", text: "Officials confirmed that talks would resume.",
			tags: []string{"that/IN"}},
	})
}
