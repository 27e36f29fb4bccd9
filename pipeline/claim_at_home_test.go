package pipeline

import "testing"

// TestClaimAtHome pins the victim's claim at home: "X said Y did Z", Z an
// act of conflict aimed at X's own side of X's country (a government the
// army's coup fell on, an opposition whose leader police arrested), said
// by a party of political office, with the report first, is 112 X -> Y as
// it is across borders. The people who saw it witness it, a report at
// the end only names who told it, and one arm of the state telling of
// another's act charges no one.
func TestClaimAtHome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a prime minister says the army staged a coup", d, "Prime Minister Thomas Thabane said the army had staged a coup.", "112", "LSOGOV>LSOMIL", ""},
		{"the coup keeps its target", d, "Prime Minister Thomas Thabane said the army had staged a coup.", "172", "LSOMIL>LSOGOV", ""},
		{"the opposition says police arrested its leader", d, "The opposition said police had arrested its leader, Kizza Besigye.", "112", "UGAOPP>UGACOP", ""},
		{"an opposition leader says police shot his supporters", d, "Opposition leader Raila Odinga said police had shot dead 12 of his supporters in Kisumu.", "112", "KENOPP>KENCOP", ""},
		{"a party says soldiers beat its candidates", d, "The opposition party said soldiers had beaten its candidates in Harare.", "112", "ZWEOPP>ZWEMIL", ""},
		// guards
		{"guard: a report at the end names its teller", d, "Myanmar's military detained Aung San Suu Kyi on Monday, a party spokesman said.", "112", "", ""},
		{"guard: residents witness", d, "Residents said gunmen had kidnapped 20 villagers in Zamfara.", "112", "", ""},
		{"guard: one arm of the state of another's act", d, "Police said soldiers had shot two rebels.", "112", "", ""},
		{"guard: across borders as before", d, "Armenia's defence ministry said Azerbaijani troops had opened fire.", "112", "ARMGOV>AZEMIL", ""},
	})
}
