package pipeline

import "testing"

// TestOrderedPart pins the orderer of a participle done to a part of a
// group ("a court ordered 12 of the sailors held"): as with the whole
// group ("ordered the sailors held"), who ordered it did it, not an
// implied police. An order to do an act (an infinitive) stays a demand made
// of those who are to do it.
func TestOrderedPart(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a court orders part of the sailors held", d,
			"On Tuesday, a court in Russian-controlled Crimea ordered 12 of the Ukrainian sailors held for two months.", "173", "RUSJUD>UKR", ""},
		{"a junta orders two of the leaders arrested", d,
			"The Malian junta ordered two of the opposition leaders arrested on Monday.", "173", "MLIGOV>MLIOPP", ""},
		{"a court orders three of the journalists released", d,
			"A Cairo court ordered three of the Al Jazeera journalists released.", "0841", "EGYJUD>QATMED", ""},
		{"a president orders some of the protesters freed", d,
			"Kenya's president ordered 40 of the detained protesters freed on Friday.", "0841", "KENGOV>KENOPP", ""},
		// the whole group, as before; an order to act is the doers'
		{"the whole group, as before", d,
			"The Malian junta ordered the opposition leaders arrested.", "173", "MLIGOV>MLIOPP", ""},
		{"neg: an order to act is a demand of the doers", d,
			"The president ordered 12 of the soldiers to attack the rebels.", "100", "GOV>MIL", ""},
	})
}
