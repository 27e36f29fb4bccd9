package pipeline

import "testing"

// TestClaimArgued: a claim voiced as a hint or an argument ("suggested
// that", "argued that", "maintained that") is a statement, and the
// victim's side claiming another's act of conflict so accuses it as "said
// that" does; a proposal so voiced, a witness's hint and a denial of one's
// own act accuse no one.
func TestClaimArgued(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suggested that troops opened fire", d, "Armenia suggested that Azerbaijani troops had opened fire.", "112", "ARM>AZEMIL", ""},
		{"argued that forces shelled", d, "Ukraine argued that Russian forces had shelled the plant.", "112", "UKR>RUSMIL", ""},
		{"maintained that a militia fired rockets", d, "Israel maintained that Hezbollah had fired rockets at its towns.", "112", "ISR>LBNRAD", ""},
		{"a ministry suggested an incursion", d, "India's defence ministry suggested that Chinese troops had crossed the border.", "112", "INDGOV>CHNMIL", ""},
		// guards
		{"guard: residents hint, accuse no one", d, "Residents suggested that soldiers had shelled the market.", "112", "", ""},
		{"guard: a proposal suggested", d, "France suggested that talks should resume.", "112", "", ""},
		{"guard: a meeting suggested", d, "Egypt suggested that the two sides meet in Cairo.", "112", "", ""},
		{"guard: one's own act denied", d, "Russia argued that its forces had not shelled the plant.", "112", "", ""},
	})
}
