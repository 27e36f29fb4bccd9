package pipeline

import "testing"

// TestApposedPlace pins a place in an apposition that describes a named
// person ("a close ally of Paris", "a frequent visitor to Pretoria",
// "Washington's fiercest critic"): it says who the person is, not where
// anyone acts, and gives the unnamed force of the sentence no country; the
// force is of the person's country, the story's or the dateline's. A place
// where the act happens still gives it.
func TestApposedPlace(t *testing.T) {
	d := "2023-09-25"
	chamisa := "HARARE, Zimbabwe — Police arrested Nelson Chamisa, a frequent visitor to Pretoria, on Friday. Chamisa's party condemned the arrest."
	testLexRows(t, []lexRow{
		{"ally of a capital", d, "KAMPALA, Uganda — Soldiers detained Kizza Besigye, a longtime ally of Nairobi, on Monday. Besigye had returned from exile.", "173", "UGAMIL>UGAOPP", ""},
		{"critic of a capital, no dateline", "2023-09-19", "Troops arrested Imran Khan, a frequent critic of Washington, on Tuesday.", "173", "PAKMIL>PAKOPP", ""},
		{"visitor to a capital", d, chamisa, "173", "ZWECOP>ZWEOPP", ""},
		{"the arrest judged", d, chamisa, "111", "ZWEPTY>ZWEGOV", ""},
		// rows that must not change
		{"real: where the act happens", d, "Soldiers detained Kizza Besigye in Nairobi on Monday.", "173", "KENMIL>UGAOPP", ""},
		{"real: a possessive capital", "2023-09-19", "Troops arrested Imran Khan, Washington's fiercest critic, on Tuesday.", "173", "PAKMIL>PAKOPP", ""},
		{"real: at his home in the capital", d, "Security forces detained Kem Sokha, a close friend of Washington, at his home in Phnom Penh.", "173", "KHMMIL>KHMOPP", ""},
	})
}
