package pipeline

import "testing"

// TestRefusedUntil holds an act told in the present in an "until" or
// "before" clause under a refusal told in the past ("Hamas refused to free
// the hostages until the army withdraws"): the act is still to come and is
// not coded as done. Told in the past, it took place ("refused to leave
// until police dragged them out"); under no refusal, the clause keeps its
// reading.
func TestRefusedUntil(t *testing.T) {
	testLexRows(t, []lexRow{
		{"refused until, present", d, "The rebels refused to free the hostages until the army withdraws from the valley.", "087", "", ""},
		{"refused until, present perfect", d, "The miners refused on Monday to end their strike until the company has released the arrested workers.", "08", "", ""},
		{"declined before, present", d, "Kenya declined to send more police officers to Haiti before the United Nations approves the funding.", "07", "", ""},
		{"not: until, past", d, "The students refused to leave the square until riot police arrested their leaders.", "173", "COP>CVL", ""},
		{"not: no refusal", d, "Israeli troops shelled the town until the rebels withdrew from it.", "19", "ISRMIL>", ""},
	})
}
