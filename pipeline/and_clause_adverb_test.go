package pipeline

import "testing"

// TestAndClauseAdverb: after a clause and its comma, "and", a noun phrase,
// an adverb and a finite verb open a clause of their own ("..., and some
// protesters briefly occupied the roof"); read as one more member of the
// list the phrase before ends, the noun phrase lost its verb, and the verb
// took the phrase before as its subject.
func TestAndClauseAdverb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"briefly", d, "Thousands of Brazilians marched against the new taxes, and some protesters briefly occupied the roof of Congress.", "14", "OPP>LEG", ""},
		{"later", d, "Kenyan police arrested two men in Nairobi, and Ugandan soldiers later attacked a camp near the border.", "19", "UGAMIL>KEN", ""},
		{"also", d, "Iran condemned the new sanctions, and Syrian officials also denounced the decision.", "11", "SYRGOV>", ""},
		{"repeatedly", d, "Protesters blocked roads in the capital, and Ethiopian police repeatedly fired tear gas.", "17", "ETHCOP>ETHCVL", ""},
		{"a list unchanged", d, "Police arrested the mayor, his deputy, and two aides late on Monday.", "17", "COP>GOV", ""},
	})
}
