package pipeline

import "testing"

// TestAcceptedRuling pins what another decided, accepted (a resolution, a
// ruling, a verdict, terms), as agreement (030) with whoever decided it;
// not accepting it stays a rejection (120), and accepting a resignation
// or election results is neither.
func TestAcceptedRuling(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a Security Council resolution accepted", "1988-07-18", "Iran has accepted United Nations Security Council Resolution 598.", "030", "IRN>IGOUNO", ""},
		{"a U.N. resolution accepted", d, "Iraq accepted the U.N. resolution on weapons inspections on Wednesday.", "030", "IRQ>IGOUNO", ""},
		{"a commission's ruling accepted", d, "Eritrea accepted the ruling of the boundary commission.", "030", "ERI>", ""},
		{"a court's verdict accepted", d, "Pakistan accepted the verdict of the international court.", "030", "PAK>JUD", ""},
		{"the terms of a deal accepted", d, "The rebels accepted the terms of the peace deal.", "030", "REB>", ""},
		{"a ruling not accepted is rejected", d, "China said it would not accept the ruling by the tribunal.", "120", "CHN>CHNJUD", ""},
		{"a ruling not accepted is no agreement", d, "China said it would not accept the ruling by the tribunal.", "030", "", ""},
		{"a resignation accepted", d, "The government accepted the resignation of the minister.", "030", "", ""},
	})
}
