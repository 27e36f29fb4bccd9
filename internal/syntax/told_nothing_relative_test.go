package syntax

import "testing"

// TestToldNothingRelative: "that" after the noun of a preposition's phrase
// ("in a vote that", "over a plan that") opens a relative clause on that
// noun when no verb before it in the sentence takes a clause and the verb
// after "that" has no object of its own: "were elected in a vote that most
// Serbs boycotted" (the vote is boycotted), not what "elected" told. A
// verb of saying anywhere before ("said in a statement that", "told
// reporters gathered in the square that") keeps the complement, and so
// does a verb after "that" with an object of its own.
func TestToldNothingRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "elected in a vote that most Serbs boycotted", text: "The mayors were elected in April in a vote that most Serbs boycotted.",
			clauses: "main relative", rels: []string{"obj(boycotted, a vote)"}},
		{name: "won in an election that the opposition rejected as rigged", text: "Bio won a second term in June in an election that the main opposition rejected as rigged.",
			clauses: "main relative", rels: []string{"obj(rejected, an election)"}},
		{name: "collapsed over a plan that Hamas rejected", text: "The talks collapsed over a plan that Hamas rejected.",
			clauses: "main relative", rels: []string{"obj(rejected, a plan)"}},
		{name: "present: took office after a poll that the opposition boycotts", text: "Kagame takes office today after a poll that the opposition boycotts.",
			clauses: "main relative", rels: []string{"obj(boycotts, a poll)"}},
		{name: "perfect: broke out over a law that parliament had passed", text: "Riots broke out in 1998 over a law that parliament had passed.",
			clauses: "main relative", rels: []string{"obj(had passed, a law)"}},
		{name: "many as the subject's quantity", text: "Fighting resumed despite a truce that many militias had signed.",
			clauses: "main relative", rels: []string{"obj(had signed, a truce)"}},
		{name: "future: arrived for a summit that Russia will boycott", text: "The ministers arrived in Brussels for a summit that Russia will boycott.",
			clauses: "main relative", rels: []string{"obj(will boycott, a summit)"}},
		{name: "a verb of saying before keeps what was said", text: "Kenya said in a statement that Uganda had withdrawn.",
			clauses: "main complement", absent: []string{"obj(had withdrawn, a statement)"}},
		{name: "a verb of saying earlier keeps what was said", text: "The president told reporters gathered in the square that he would resign.",
			clauses: "main participial complement", absent: []string{"obj(would resign, the square)"}},
		{name: "a warning in a speech keeps what was warned", text: "Putin warned in a speech on Tuesday that Moscow would not back down.",
			absent: []string{"obj(would not back, a speech)", "obj(would not back, Tuesday)"}},
		{name: "a time before that is no object", text: "The Supreme Court ruled on Thursday that nine political prisoners must be freed.",
			times: []string{"Thursday"}, clauses: "main complement", absent: []string{"obj(must be freed, Thursday)"}},
		{name: "a passive after that lacks no object", text: "The court decided in a hearing that the prisoners would be freed.",
			clauses: "main complement", absent: []string{"obj(would be freed, a hearing)"}},
		{name: "an object after the verb keeps no relative", text: "The army stayed in the barracks that day.",
			absent: []string{"obj(stayed, the barracks)"}},
		{name: "the verb's own object after that", text: "Troops fought in a town that the rebels attacked the next day with mortars.",
			absent: []string{"obj(attacked, a town)"}},
	})
}
