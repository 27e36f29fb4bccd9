package pipeline

import "testing"

// TestPronounOwnedTitleUnknownName: a name the knowledge lacks right after
// a title or agent noun a possessive pronoun owns ("its spokeswoman Nupur
// Sharma", "its envoy X") is a person of the pronoun's actor, named again
// later by the surname.
func TestPronounOwnedTitleUnknownName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"party suspends its spokeswoman", "2022-06-05",
			"NEW DELHI (Reuters) - The BJP suspended its national spokeswoman Nupur Sharma on Sunday. Kuwait summoned India's ambassador.",
			"172", "INDPTY>INDPTY", ""},
		{"her surname later", "2022-06-05",
			"NEW DELHI (Reuters) - The BJP suspended its spokeswoman Nupur Sharma on Sunday. Sharma accused Pakistan of spreading lies.",
			"112", "INDPTY>PAK", ""},
		{"a state's envoy, not the other state's", "1988-03-02",
			"TEHRAN (Reuters) - Iran said its envoy Ali Velayoni would visit Iraq next week. Velayoni accused Baghdad of shelling Iranian towns.",
			"112", "IRNGOV>IRQGOV", ""},
		{"a government's ambassador", "2013-03-05",
			"MANILA (AP) - The Philippine government said its ambassador Rodolfo Ibanag would return from Kuala Lumpur. Ibanag accused Malaysia of lying.",
			"112", "PHLGOV>MYS", ""},
		{"a leader's minister", "2003-06-10",
			"HARARE, Zimbabwe (AP) - Mugabe fired his finance minister Herbert Murewo on Monday. Murewo criticized Britain.",
			"111", "ZWEGOV>GBR", ""},
		// guards
		{"no name after the title", "2022-06-05",
			"NEW DELHI (Reuters) - The BJP suspended its national spokeswoman on Sunday. The party accused Pakistan of spreading lies.",
			"112", "INDPTY>PAK", ""},
		{"negated", "2022-06-05",
			"NEW DELHI (Reuters) - The BJP suspended its spokeswoman Nupur Sharma on Sunday. Sharma did not accuse Pakistan of spreading lies.",
			"112", "", ""},
	})
}
