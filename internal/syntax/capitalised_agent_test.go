package syntax

import "testing"

// TestCapitalisedAgentAfterName: an unnamed capitalised word (a place the
// knowledge does not name as an actor) before a named agent that goes on in
// a lower-case noun modifies it, one phrase: "a Capitol Police officer", "a
// New York Police officer"; a title run then a name stays two phrases.
func TestCapitalisedAgentAfterName(t *testing.T) {
	n := func(s ...string) []string { return s }
	runClauseRows(t, []clauseRow{
		{name: "Capitol Police officer, passive agent", text: "A woman was shot dead by a Capitol Police officer on Wednesday.",
			named: n("woman", "Police officer"), rels: n("agent(was shot, a Capitol Police officer)")},
		{name: "after a verb", text: "A Capitol Police officer arrested two men.",
			named: n("Police officer", "men"), rels: n("subj(arrested, A Capitol Police officer)")},
		{name: "Harbour Police officers", text: "Harbour Police officers detained the crew.",
			named: n("Police officers", "crew"), rels: n("subj(detained, Harbour Police officers)")},
		{name: "not: a title run, then a name", text: "Israeli Prime Minister Benjamin Netanyahu met Jordan's King Abdullah.",
			named: n("Israeli Prime Minister Benjamin Netanyahu", "Jordan", "King Abdullah"), rels: n("subj(met, Israeli Prime Minister Benjamin Netanyahu)")},
	})
}
