package pipeline

import "testing"

// TestRefusedMutualAct pins a refusal by two parties of an act they would
// do to each other (an agreement, a meeting, a truce) as a refusal of each
// other: "India and Pakistan failed to agree on a deal" is India rejecting
// Pakistan and Pakistan rejecting India. A refusal of an act done to a
// third party ("rejected the resolution") stays with no target.
func TestRefusedMutualAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"failed to agree, each way (first)", d, "India and Pakistan failed to agree on a new water-sharing deal.", "12", "IND>PAK", ""},
		{"failed to agree, each way (second)", d, "India and Pakistan failed to agree on a new water-sharing deal.", "12", "PAK>IND", ""},
		{"refused to sign a truce", d, "Israel and Hamas refused to sign a truce on Sunday.", "12", "PSEREB>ISR", ""},
		{"refused to resume talks", d, "Serbia and Kosovo refused to resume talks in Brussels.", "12", "XKX>SRB", ""},
		{"failed to reach a deal", "2021-03-01", "Ethiopia and Sudan failed to reach an agreement on the border.", "12", "SDN>ETH", ""},
		{"declined to sign the accord", "2019-06-01", "Colombia and Venezuela declined to sign the border accord.", "12", "VEN>COL", ""},
		{"rejected a third party's plan: no target", d, "Russia and China rejected the resolution.", "12", "RUS>", ""},
	})
}
