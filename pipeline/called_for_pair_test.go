package pipeline

import "testing"

// TestCalledForPairTo: "called for X and Y to withdraw" asks both members
// of the list after "for" to do the infinitive, as "called for X to
// withdraw" asks X; the appeal is aimed at them, not at no one. A phrase
// after "for" that names a thing ("called for talks and a ceasefire to
// begin") still names no one asked.
func TestCalledForPairTo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called for two states to withdraw", d, "The OAS called for Nicaragua and Costa Rica to withdraw their forces from the island.", "02", "IGOOAS>NIC", ""},
		{"the second member is asked too", d, "The OAS called for Nicaragua and Costa Rica to withdraw their forces from the island.", "02", "IGOOAS>CRI", ""},
		{"pressed for two parties to agree", d, "The United Nations pressed for Israel and Hamas to agree to a ceasefire.", "02", "IGOUNO>ISR", ""},
		{"called for three governments to talk", d, "The African Union called for Sudan, Ethiopia and Egypt to resume talks on the dam.", "02", "IGOAFR>SDN", ""},
		{"appealed for two sides to release", d, "The pope appealed for Russia and Ukraine to release all prisoners of war.", "02", "REL>RUS", ""},
		{"one state after for, as before", d, "The OAS called for Nicaragua to withdraw its forces from the island.", "02", "IGOOAS>NIC", ""},
	})
}
