package pipeline

import "testing"

// TestDemandOfCoordinatedParties: a demand or an appeal whose that-clause
// has subjects joined by "and" is asked of each of them.
func TestDemandOfCoordinatedParties(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "demanded that two countries restore", date: "2009-01-07",
			text:     "BRUSSELS (AP) — The European Union demanded on Wednesday that Serbia and Kosovo resume talks at once.\n",
			sentence: "demanded on Wednesday", want: []string{"10 IGOEUR>SRB", "10 IGOEUR>XKX"}},
		{name: "has demanded, in the present perfect", date: "2009-01-07",
			text:     "ADDIS ABABA, Ethiopia (AP) — The African Union has demanded that Sudan and South Sudan withdraw their troops from Abyei.\n",
			sentence: "has demanded", want: []string{"10 IGOAFR>SDN", "10 IGOAFR>SSD"}},
		{name: "two clauses: only the first is asked", date: "2009-01-07",
			text:     "BRUSSELS (AP) — The European Union demanded that Serbia free the prisoners and Kosovo police stayed calm.\n",
			sentence: "demanded that Serbia", want: []string{"10 IGOEUR>SRB"}, not: []string{"10 IGOEUR>XKXCOP", "10 IGOEUR>XKX"}},
	})
}
