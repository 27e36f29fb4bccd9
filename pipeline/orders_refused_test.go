package pipeline

import "testing"

// TestOrdersRefused: a state's forces that refuse orders (sets.txt's
// &orders) refuse who gave them: the one named as giving them, else their
// own government, not the people the refused act would fall on. A refusal
// of the act itself, and armed men of no state, keep what they had.
func TestOrdersRefused(t *testing.T) {
	const d = "2020-01-01"
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"orders to fire", d, "Soldiers in Antananarivo refused orders to fire on protesters.", "120", "MDGMIL>MDGGOV", ""},
		{"army units", d, "Some army units refused orders to fire on the demonstrators in Cairo.", "120", "EGYMIL>EGYGOV", ""},
		{"an order, police", d, "Police in Minsk refused an order to disperse the crowd.", "120", "BLRCOP>BLRGOV", ""},
		{"commands", d, "Venezuelan troops refused commands to attack the protesters.", "120", "VENMIL>VENGOV", ""},
		{"instructions", d, "Thai soldiers refused instructions to clear the protest camp in Bangkok.", "12", "THAMIL>THAGOV", ""},
		{"named giver", d, "Soldiers refused Maduro's orders to fire on the crowd.", "120", "VENMIL>VENGOV", ""},
		{"guard: the act refused", d, "Syrian soldiers refused to fire on protesters.", "120", "SYRMIL>SYROPP", ""},
		{"guard: rebels", d, "The rebels refused orders to lay down their arms.", "12", "REB>", ""},
	})
}
