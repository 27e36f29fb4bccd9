package pipeline

import "testing"

// TestNamingAfterSaid pins a participle of naming after what a report
// says ("said Turkish officials had planned the attack, calling it a
// cowardly crime") as the reporter's, as "adding" and "accusing" already
// were, and the wrongdoings one may be called by (sets.txt's &wrongdoing:
// an insurrection, treason, collective punishment) as charges.
func TestNamingAfterSaid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"calling it, after a claim", d, "Greece's prime minister said Turkish officials had planned the attack on the consulate, calling it a cowardly crime.", "112", "GRCGOV>TURGOV", ""},
		{"no judgement by the accused", d, "Greece's prime minister said Turkish officials had planned the attack on the consulate, calling it a cowardly crime.", "111", "", ""},
		{"an insurrection", d, "Biden called the riot an insurrection.", "112", "USAGOV>", ""},
		{"a murder", d, "Kenya called the killing of the activist a murder.", "112", "KEN>", ""},
		{"collective punishment", d, "The Palestinian Authority called the closure collective punishment.", "112", "PSE>", ""},
		// guards
		{"guard: a participle of the act's doer stays theirs", d, "Officials said rebels had attacked the town, killing 12 people.", "190", "REB>", ""},
		{"guard: a plain insult is disapproval, not a charge", d, "Russia called the decision a mistake.", "111", "RUS>", ""},
	})
}
