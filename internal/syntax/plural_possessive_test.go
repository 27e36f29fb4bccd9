package syntax

import "testing"

// TestPluralPossessive: an apostrophe written against a plural and followed
// by a noun is the possessive of a plural owner ("the rebels' spokesman"),
// not a quotation mark; one that closes a quotation stays one.
func TestPluralPossessive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "owner of a subject", text: "The rebels' spokesman denied the report.",
			tags: []string{"'/POS"}, rels: []string{"subj(denied, spokesman)", "poss(spokesman, The rebels ')"}},
		{name: "owner of an object", text: "Police beat the workers' leaders on Monday.",
			tags: []string{"'/POS"}, rels: []string{"poss(leaders, the workers ')"}},
		{name: "an adjective after it", text: "The protesters' main demand was rejected.",
			tags: []string{"'/POS"}},
		{name: "a closing quote stays a quote", text: "He called the rebels 'terrorists' and left.",
			tags: []string{"terrorists/NNS '/``"}},
		{name: "a quote closed before a verb", text: "The 'volunteers' attacked the town.",
			tags: []string{"volunteers/NNS '/``"}, rels: []string{"subj(attacked, The ' volunteers)"}},
	})
}

// TestQuotedModifier: a quoted name inside a noun phrase that modifies the
// noun after its closing mark stays in the phrase, not cut off before the
// noun after the quote.
func TestQuotedModifier(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an agent word quoted", text: `Leaders of the "red shirt" movement surrendered on Wednesday.`,
			named: []string{"red shirt"}, rels: []string{`pobj(of, the " red shirt " movement)`, "subj(surrendered, Leaders)"}},
		{name: "a plain quoted word", text: `The so-called "peace" convoy reached the town.`,
			rels: []string{`subj(reached, The so-called " peace " convoy)`}},
	})
}
