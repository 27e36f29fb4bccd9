package pipeline

import "testing"

// "no longer" is one adverb of negation inside the verb group it
// negates ("would no longer be allowed", "no longer recognises"), and
// people who are not allowed or permitted to do something, by no one the
// sentence names, are kept from it (1721), as people banned from it are.
// Said actively, "would not allow Iran to" is a warning, not a
// restriction; allowed, they are eased.
func TestNoLongerAllowed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"no longer allowed, announced", "1996-09-28", "The Taliban leader in Kabul announced that Afghan women would no longer be allowed to work.", "1721", "AFGGOV>AFGCVL", ""},
		{"not permitted, announced", "2021-09-12", "The Taliban said Afghan girls would not be permitted to attend secondary school.", "1721", "AFGGOV>AFGCVL", ""},
		{"no longer permitted, present", "2022-03-23", "Afghan girls are no longer permitted to attend secondary school, the Taliban announced.", "1721", "AFGGOV>AFGCVL", ""},
		{"no longer recognise: a refusal", "2020-03-01", "The Malian army said it would no longer recognise the government in Bamako.", "120", "MLIMIL>MLIGOV", ""},
		{"would not allow: no restriction", "2016-01-04", "Saudi Arabia said it would not allow Iran to undermine its security.", "1721", "", ""},
		{"allowed to leave: no restriction", "2021-05-20", "The Belarusian journalist was allowed to leave the country on Friday.", "1721", "", ""},
		{"no later than: no negation", "2023-01-19", "Ardern said she would step down no later than early February.", "1721", "", ""},
	})
}
