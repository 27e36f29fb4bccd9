package pipeline

import "testing"

// TestReactStronglyForetold: a strong or firm reaction foretold by its own side is a response held
// out, a threat (130): "warned that the United States would react strongly to any provocation",
// "said it would respond firmly", "vowed to respond decisively". Told as done ("reacted firmly",
// "markets reacted strongly") it holds nothing out.
func TestReactStronglyForetold(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would react strongly", d, "The Pentagon warned that the United States would react strongly to any provocation by North Korea.", "13", "USA>PRK", ""},
		{"would respond firmly", d, "Beijing said it would respond firmly to any Japanese move on the islands.", "13", "CHNGOV>JPN", ""},
		{"vowed to respond decisively", d, "Iran's foreign minister vowed to respond decisively to any Israeli strike.", "13", "IRNGOV>ISR", ""},
		{"will react resolutely", d, "Russia will react resolutely if NATO deploys missiles in Poland, Lavrov said.", "13", "RUS>IGONATO", ""},
		{"reacted firmly", d, "Beijing reacted firmly to the Japanese move on Tuesday.", "13", "", ""},
		{"markets reacted strongly", d, "Markets reacted strongly to the Fed's decision on Wednesday.", "13", "", ""},
	})
}
