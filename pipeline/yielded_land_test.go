package pipeline

import "testing"

// TestYieldedLand pins territory yielded (0842) by every verb of ceding,
// and its refusal (1243) when the yield is told as not to come; a claim
// or an award not accepted is rejected (120).
func TestYieldedLand(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"would not give up territory", d, "Argentina would not give up territory that had always been its own, the foreign minister said.", "1243", "ARG>", ""},
		{"would not relinquish, reported", d, "Serbia's president said Belgrade would not relinquish territory in Kosovo.", "1243", "SRBGOV>", ""},
		{"will never surrender land", d, "Azerbaijan said it would never surrender land to Armenian separatists.", "1243", "AZE>ARMREB", ""},
		{"will not concede territory", d, "Israel will not concede territory to Syria, Netanyahu said.", "1243", "ISR>SYR", ""},
		{"handed over, done", d, "Britain handed over the territory to China in 1997.", "0842", "GBR>CHN", ""},
		{"gave up land, done", d, "Armenia gave up land to Azerbaijan under the November truce.", "0842", "ARM>AZE", ""},
		{"would not accept any claim", d, "Xi Jinping said China would not accept any claim or action based on the award.", "120", "CHN>", ""},
		{"will never accept the award", d, "Beijing said it would never accept the arbitration award.", "120", "CHNGOV>", ""},
	})
}
