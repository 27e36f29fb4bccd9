package syntax

import "testing"

// TestComplementAfterNounInfinitive: a complement's subject that is a noun
// of will or attempt with its infinitive ("said any attempt to seize power
// would be met with force") is followed by the complement's verb: that
// verb is what was said, not a new main clause. So after "that", after the
// told and "that", and past a second infinitive on the first; a comma
// between them ends the complement.
func TestComplementAfterNounInfinitive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "warned that any attempt to ... would", text: "Beijing warned that any attempt to sell arms to Taiwan would be met with a firm response.",
			rels: []string{"comp(warned, would be met)", "subj(would be met, any attempt)"}, clauses: "main infinitive complement"},
		{name: "said the decision to ... was", text: "The minister said the decision to expel the envoys was a mistake.",
			rels: []string{"comp(said, was)", "subj(was, the decision)"}, clauses: "main infinitive complement"},
		{name: "told X that any move to ... would", text: "Moscow told Kyiv that any move to join NATO would cost it dearly.",
			rels: []string{"comp(told, would cost)"}, clauses: "main infinitive complement"},
		{name: "past a second infinitive", text: "China said any attempt to force Taiwan to surrender would be met with force.",
			rels: []string{"comp(said, would be met)"}, clauses: "main infinitive infinitive complement"},
		{name: "guard: a comma ends it", text: "Rebels vowed to seize the capital, and troops were sent north.",
			clauses: "main infinitive main"},
	})
}
