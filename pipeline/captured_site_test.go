package pipeline

import "testing"

// TestCapturedSite: a building or a plant captured or seized by armed
// forces is taken by force (192) from whose it is, not an arrest; people
// captured are still arrested (173).
func TestCapturedSite(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a nuclear plant captured", d, "Russian troops captured the Chernobyl nuclear plant after a battle with the guards.", "192", "RUSMIL>", ""},
		{"a power station captured", d, "Houthi rebels captured the main power station in Sanaa.", "192", "YEMREB>YEMGOV", ""},
		{"rebel headquarters captured", d, "Congolese government forces captured the rebel headquarters in Rutshuru.", "192", "CODMIL>CODREB", ""},
		{"police headquarters, present perfect", d, "Taliban fighters have captured the police headquarters in Kunduz.", "192", "AFGREB>AFGCOP", ""},
		{"a refinery seized", d, "Libyan rebels seized the oil refinery at Ras Lanuf on Friday.", "192", "LBYREB>", ""},
		{"a power plant seized", d, "Russian forces seized the Zaporizhzhia nuclear power plant in Ukraine.", "192", "RUSMIL>UKRGOV", ""},
		{"people captured are arrested", d, "Congolese troops captured 30 rebels near Goma.", "173", "CODMIL>CODREB", ""},
		{"not captured", d, "Houthi rebels failed to capture the power station in Sanaa.", "192", "", ""},
	})
}
