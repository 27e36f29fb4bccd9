package syntax

import "testing"

// TestAtBeforePlural: a word after "at" that may be an adverb ("several")
// is one only before a verb ("at first accepted", "at last agrees"); before
// a plural that is mostly a noun ("at several jails") it modifies the noun,
// and the noun phrase before "at" stays the clause's subject.
func TestAtBeforePlural(t *testing.T) {
	n := func(s ...string) []string { return s }
	runFamily(t, []famRow{
		row("at several jails, past", "Inmates at several jails held 130 guards hostage.", nil,
			n("subj(held, Inmates)"), n("subj(held, jails)")),
		row("at several jails, perfect", "Inmates at several jails have held dozens of guards since Monday.", nil,
			n("subj(have held, Inmates)"), n("subj(have held, jails)")).at("Monday"),
		row("at several camps, in a year", "Refugees at several camps attacked aid workers in 1996.", nil,
			n("subj(attacked, Refugees)"), n("subj(attacked, camps)")).at("1996"),
		row("at several jails, negated", "Inmates at several jails did not release the guards.", nil,
			n("subj(did not release, Inmates)"), nil),
		row("not: an adverb before a past tense", "The army at first accepted the result.", nil,
			n("subj(accepted, The army)"), nil),
		row("not: an adverb before a present tense", "The army at last agrees to talks.", nil,
			n("subj(agrees, The army)"), nil),
	})
}
