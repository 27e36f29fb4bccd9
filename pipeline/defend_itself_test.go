package pipeline

import "testing"

// TestDefendItselfWithForce pins a state foretold by its own side to
// defend itself with every means or by force as a threat of force (130);
// told as done, or defended by other than force, it is none.
func TestDefendItselfWithForce(t *testing.T) {
	d := "2013-09-01"
	testLexRows(t, []lexRow{
		{"would defend itself with every means, if attacked", d, "He said Syria would defend itself with every means at its disposal if it were attacked.", "13", "SYR>", ""},
		{"said it would defend itself with all means", d, "Syria said it would defend itself with all means.", "13", "SYR>", ""},
		{"minister: Iran would defend itself", d, "Iran's foreign minister said Iran would defend itself with every means at its disposal.", "13", "IRN>", ""},
		{"with force, against any attack", d, "Israel said it would defend itself with force against any attack from Gaza.", "13", "ISR>", ""},
		{"will defend itself, the president said", d, "Venezuela will defend itself with force if attacked, Maduro said.", "13", "VEN>", ""},
		{"told as done: none", d, "Syria said it had defended itself with all means.", "13", "", ""},
		{"with diplomacy, not weapons: none", d, "Panama said it would defend itself with diplomacy and not with weapons.", "13", "", ""},
		{"defended at the UN: none", d, "Syria said it would defend itself at the United Nations.", "13", "", ""},
	})
}
