package syntax

import "testing"

// TestStrandedPrepositionRelative: "that" after a noun a preposition
// governs ("in an attack that", "for a deal that") opens a relative clause
// on that noun when the verb after its subject takes no clause and goes
// straight on to a preposition with no object of its own: "an attack that
// police blamed on the rebels" (the attack is blamed), "a memorandum that
// Argentina signed with Iran". The nearest verb before the noun taking a
// clause ("said on Monday that Kenya would withdraw from the talks"), an
// infinitive right after the preposition's phrase ("an assembly that the
// movement had called on voters to boycott"), and an intransitive verb keep
// the complement reading.
func TestStrandedPrepositionRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an attack that police blamed on", text: "A bomb exploded in the market, killing nine people in an attack that police blamed on rebels.",
			rels: []string{"obj(blamed, an attack)", "subj(blamed, police)"}},
		{name: "in retaliation for an attack that Washington blamed on", text: "The navy fired missiles at the base in retaliation for an attack that Washington blamed on the militia.",
			rels: []string{"obj(blamed, an attack)"}},
		{name: "a deal that Iran signed with", text: "The talks centred on a deal that Iran signed with Russia in 2019.",
			rels: []string{"obj(signed, a deal)"}},
		{name: "a truce that Qatar negotiated with", text: "Hostages were freed under a truce that Qatar negotiated with Hamas.",
			rels: []string{"obj(negotiated, a truce)"}},
		{name: "a report verb before the noun keeps what was said", text: "Kenya said on Monday that Uganda would withdraw from the talks.",
			absent: []string{"obj(would withdraw, Monday)"}},
		{name: "an infinitive after the phrase keeps the infinitive's noun", text: "Militants disrupted the vote for an assembly that their movement had called on voters to boycott.",
			absent: []string{"obj(had called, an assembly)"}},
	})
}
