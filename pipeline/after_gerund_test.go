package pipeline

import "testing"

// TestAfterGerundDone: a gerund after "after", "before" or "while" that a
// noun phrase governs tells when its clause's act was done, and is itself
// done, not what the noun is about: "sent police to its border after
// accusing Nicaragua of occupying an island". A gerund after a noun's
// other prepositions ("plans for attacking") and after "since" (background:
// "his first visit since seizing power") stays unasserted.
func TestAfterGerundDone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"to its border after accusing", d, "Costa Rica sent 150 police officers to its northern border after accusing Nicaraguan soldiers of occupying an island.", "112", "CRI>NICMIL", ""},
		{"to the border town after accusing", d, "Kenya sent troops to the Somali border town after accusing al Shabaab of kidnapping aid workers.", "112", "KEN>SOMRAD", ""},
		{"left the square after negotiating", d, "The last students left the square at dawn after negotiating a retreat with the officers.", "046", "CVL>COP", ""},
		{"must not: plans for attacking", d, "Kenya voiced concern over Uganda's plans for attacking the rebels.", "19", "", ""},
		{"must not: since seizing power", d, "Pakistan's military ruler arrived in New Delhi on Saturday on his first visit since seizing power in a coup.", "17", "", ""},
	})
}
