package pipeline

import "testing"

// TestJoinedPlaces: an act aimed where it happens, at places joined by
// "and" or commas ("struck targets in Lebanon and Syria", "in Syria, Iraq
// and Iran"), is aimed at each place's country, one event each, as the
// first place is.
func TestJoinedPlaces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two countries, the second", d, "Israel struck targets in Lebanon and Syria.", "19", "ISR>SYR", ""},
		{"two countries, the first kept", d, "Israel struck targets in Lebanon and Syria.", "19", "ISR>LBN", ""},
		{"three countries, the last", d, "Turkish jets bombed Kurdish positions in Syria, Iraq and Iran.", "19", "TURMIL>IRN", ""},
		{"three countries, the middle", d, "Turkish jets bombed Kurdish positions in Syria, Iraq and Iran.", "19", "TURMIL>IRQ", ""},
		{"two capitals", d, "Israeli jets struck targets in Beirut and Damascus on Sunday.", "19", "ISRMIL>SYR", ""},
		{"two countries, a third party", d, "Pakistani forces shelled border villages in Afghanistan and Iran.", "19", "PAKMIL>IRNCVL", ""},
		{"not: one country's two cities", d, "Russian missiles hit apartment blocks in Kharkiv and Odesa.", "19", "RUS>UKR", ""},
	})
}
