package pipeline

import "testing"

// TestOpeningTitleModifier: an -ing word that opens the sentence right
// before a titled name ("Acting President Natasa Micic imposed", "Visiting
// Chinese Premier Li Peng said") describes the name; read as a participle
// opening a clause of its own, it left the name no verb and the act no
// source.
func TestOpeningTitleModifier(t *testing.T) {
	testLexRows(t, []lexRow{
		{"acting president, a measure", "2003-03-13", "Serbia's prime minister was shot dead in Belgrade on Wednesday. Acting President Natasa Micic imposed a state of emergency within hours.", "17", "SRBGOV>SRBCVL", ""},
		{"acting president, an accusation", d, "Acting President Juan Perez of Bolivia accused Peru of spying.", "11", "BOLGOV>PER", ""},
		{"acting minister, an order", d, "Acting Interior Minister Juan Perez of Bolivia ordered the arrest of three generals.", "17", "BOLGOV>BOLMIL", ""},
		{"visiting premier, a meeting", d, "Visiting Chinese Premier Wen Jiabao met President Putin in Moscow on Monday.", "04", "CHNGOV>RUSGOV", ""},
		{"acting president, said", d, "Acting President Juan Perez of Bolivia said Peru had sent troops to the border.", "15", "PER>BOL", ""},
		{"an opening participle clause unchanged", d, "Acting on a tip, Kenyan police arrested three men in Nairobi.", "17", "KENCOP>KENCVL", ""},
		{"a participle before a comma unchanged", d, "Using Russian weapons, the rebels attacked the Chadian army.", "19", "TCDREB>TCDMIL", ""},
	})
}
