package pipeline

import "testing"

// TestOwnerBodyAfterPossessive: an agent's owner after "for" or "of" may
// be a body named right after a possessive pronoun ("a spokesman for his
// Movement for Democratic Change", "members of her National League for
// Democracy"): the body owns the agent, the pronoun only says whose side
// it is.
func TestOwnerBodyAfterPossessive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"spokesman for his party", d, "Morgan Tsvangirai said the vote was rigged. Learnmore Jongwe, a spokesman for his Movement for Democratic Change, accused the police of brutality.", "1122", "ZWEPTY>ZWECOP", ""},
		{"members of her league", d, "Aung San Suu Kyi was detained again. Members of her National League for Democracy accused the junta of lying.", "112", "MMRPTY>MMRGOV", ""},
		{"leaders of their front", d, "The rebels seized two towns in the east. Leaders of their Revolutionary United Front accused the government of lying.", "112", "SLEREB>SLEGOV", ""},
		{"officials of its party", d, "The ANC held its congress in Durban. Officials of its African National Congress accused the opposition of lying.", "112", "ZAFPTY>ZAFOPP", ""},
		{"spokeswoman for their union", d, "Striking miners marched on the capital. A spokeswoman for their National Union of Mineworkers accused the police of brutality.", "1122", "ZAFLAB>ZAFCOP", ""},
		// must not: a possessive and an agent noun is the pronoun's, as before
		{"possessive agent", d, "Nelson Chamisa, a spokesman for his party, accused the police of brutality.", "1122", "ZWEOPP>ZWECOP", ""},
	})
}
