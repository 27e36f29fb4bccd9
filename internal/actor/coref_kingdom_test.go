package actor

import "testing"

// TestKingdomOfItsOwnClause pins "the kingdom" (a noun of a form of rule)
// as a kingdom even when the only one the story named stands earlier in
// its own clause: "stormed Saudi posts after the kingdom's execution of a
// cleric" is Saudi Arabia's execution, not Iran's, named last; when
// another kingdom was named before, the clause's own is still the other
// party.
func TestKingdomOfItsOwnClause(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"Moroccan officials, then the kingdom", "2021-08-25", []string{
			"Algeria cut diplomatic ties on Tuesday.",
			"Moroccan officials called the decision unjustified, and the kingdom recalled its envoy."},
			"Moroccan officials=MARGOV/Morocco; kingdom=MAR/Morocco; its envoy=MARGOV/Morocco", "the only one"},
		{"the emirate after its own adjective", "2017-06-05", []string{
			"Saudi Arabia and Egypt cut ties with Qatar on Monday.",
			"Qatari officials said the emirate would not bow to pressure."},
			"Qatari officials=QATGOV/Qatar; emirate=QAT/Qatar", "emirate"},
		{"another kingdom named before stays the one meant", "2023-03-10", []string{
			"Saudi Arabia executed 81 men on Saturday.",
			"Iran condemned the kingdom on Monday."},
			"Iran=IRN/Iran; kingdom=SAU/Saudi Arabia", "kingdom named last"},
	})
}
