package pipeline

import "testing"

// TestEmissaries: "emissaries", the plural of the envoy's "emissary", names
// envoys as "envoys" does ("Sudanese emissaries held talks", "Government
// emissaries bargained with the kidnappers"); before, only the singular was
// known and the plural's phrase named no one, or only "Government".
func TestEmissaries(t *testing.T) {
	testLexRows(t, []lexRow{
		{"adjective", d, "Sudanese emissaries held talks with the rebels in Juba.", "04", "SDNGOV>SSDREB", ""},
		{"government", d, "Indian government emissaries bargained with the kidnappers through go-betweens.", "04", "INDGOV>CRM", ""},
		{"counted", d, "Two Qatari emissaries met Hamas leaders in Gaza.", "04", "QATGOV>PSEREB", ""},
		{"of a leader", d, "Emissaries of the Afghan president met Taliban leaders in Doha.", "04", "AFGGOV>AFGREB", ""},
		{"singular unchanged", d, "A Qatari emissary met Hamas leaders in Gaza.", "04", "QATGOV>PSEREB", ""},
	})
}
