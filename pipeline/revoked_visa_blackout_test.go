package pipeline

import "testing"

// TestRevokedVisaNewsBlackout covers visas revoked or cancelled (163, as
// visas denied) and a news, information or communications blackout imposed
// (1721, as a media blackout); guards keep a visa cancelled with no agent, a
// power blackout and a meeting cancelled.
func TestRevokedVisaNewsBlackout(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"visas of journalists revoked", "2020-03-18", "Beijing revoked the visas of American journalists.", "163", "CHNGOV>USAMED", ""},
		{"visas of diplomats cancelled", d, "Russia cancelled the visas of British diplomats.", "163", "RUSGOV>GBRGOV", ""},
		{"visas for officials revoked", d, "The United States revoked visas for Nicaraguan officials.", "163", "USAGOV>NICGOV", ""},
		{"a visa revoked after said", d, "Officials said Canada had revoked the visas of Iranian officials.", "163", "CANGOV>IRNGOV", ""},
		{"a news blackout imposed", d, "The Sudanese government imposed a news blackout.", "1721", "SDNGOV>SDNCVL", ""},
		{"a communications blackout on a region", d, "Ethiopia imposed a communications blackout on the Tigray region.", "1721", "ETHGOV>ETHCVL", ""},
		{"an information blackout imposed", d, "The junta imposed an information blackout in Myanmar.", "1721", "MMRGOV>MMRCVL", ""},
		{"guard: a visa cancelled, no agent", d, "The student's visa was cancelled.", "163", "", ""},
		{"guard: a power blackout", d, "The blackout hit three provinces after the storm.", "17", "", ""},
		{"guard: a meeting cancelled", d, "The company cancelled the meeting.", "16", "", ""},
	})
}
