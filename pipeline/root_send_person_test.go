package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairSendPerson: a party that sends a delegation or a person of
// its service to a country visits it (042), and "a delegation to Vietnam" is
// the sender's, not Vietnam's; one that sends supplies or rescuers aids it
// (07), and one that sends troops deploys them (15).
func TestRootPairSendPerson(t *testing.T) {
	testLexRows(t, []lexRow{
		{"04 japan sent a delegation to", d, "Japan sent a delegation to the Philippines after the typhoon.", "04", "JPN>PHL", ""},
		{"04 the united states sent a", d, "The United States sent a delegation to El Salvador in 1985.", "04", "USA>SLV", ""},
		{"04 china sent a trade delegation", d, "China sent a trade delegation to Vietnam on Monday.", "04", "CHN>VNM", ""},
		{"04 germany dispatched its foreign minister", d, "Germany dispatched its foreign minister to Ukraine.", "04", "DEU>UKR", ""},
		{"04 the united nations sent a", d, "The United Nations sent a mediator to Somalia in 1992.", "04", "IGOUNO>SOM", ""},
		{"04 washington rushed its top diplomat", d, "Washington rushed its top diplomat to Turkey after the earthquake.", "04", "USAGOV>TUR", ""},
		{"04 norway dispatched a negotiator to", d, "Norway dispatched a negotiator to Sri Lanka in 2002.", "04", "NOR>LKA", ""},
		{"04 the african union sent mediators", d, "The African Union sent mediators to Sudan after the coup.", "04", "IGOAFR>SDN", ""},
		{"04 qatar dispatched senior officials to", d, "Qatar dispatched senior officials to Afghanistan to meet the Taliban.", "04", "QAT>AFG", ""},
		{"07 japan sent relief supplies to", d, "Japan sent relief supplies to the Philippines after the typhoon.", "07", "JPN>PHL", ""},
		{"07 washington sent rescue teams to", d, "Washington sent rescue teams to Turkey after the earthquake.", "07", "USAGOV>TUR", ""},
		{"15 russia dispatched troops to the", d, "Russia dispatched troops to the border.", "15", "RUS>", ""},
	})
}
