package syntax

import "testing"

// TestNounListAnd holds "and" that closes a list of common nouns set off by
// commas inside a clause ("loaded women, children and old people onto
// buses bound for the capital"): the clause goes on past it, so a past
// form on a later noun is a participle, as it is with no list. "And"
// after a name, or after a list closed by a comma, opens a clause as
// before.
func TestNounListAnd(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a list, then a participle on a preposition's noun", text: "Troops loaded women, children and old people onto buses bound for the capital.",
			tags: []string{"bound/VBN"}, clauses: "main participial"},
		{name: "a list of objects, a participle on the last", text: "Police arrested students, teachers and doctors gathered outside the court.",
			tags: []string{"gathered/VBN"}, clauses: "main participial", rels: []string{"obj(arrested, students)"}},
		{name: "agent nouns, a participle after a preposition", text: "The army moved farmers, traders and their families into camps guarded by soldiers.",
			tags: []string{"guarded/VBN"}},
		{name: "not: a comma closes the list, a clause", text: "Troops killed two men, a woman and a child, and villagers fled the area.",
			tags: []string{"fled/VBD"}, clauses: "main main"},
		{name: "not: names joined", text: "The talks between Sudan, Chad and Niger collapsed on Monday.",
			tags: []string{"collapsed/VBD"}},
	})
}
