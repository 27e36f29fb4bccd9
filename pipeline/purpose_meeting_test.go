package pipeline

import "testing"

// TestPurposeMeeting: a meeting that a trip or a gesture told as done was
// made for is made, as a demand or a protest so told is ("flew to Ankara to
// meet Erdogan": 040); one that a trip to come, under way, denied or
// planned was for is not yet.
func TestPurposeMeeting(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"greeted on the tarmac", d, "Netanyahu broke with protocol on Tuesday to greet Modi on the tarmac.", "040", "ISRGOV>INDGOV", ""},
		{"flew to meet", d, "Putin flew to Ankara on Monday to meet Erdogan.", "040", "RUSGOV>TURGOV", ""},
		{"travelled to meet", d, "Egyptian President Abdel Fattah el-Sisi travelled to Khartoum on Thursday to meet Sudan's military leaders.", "040", "EGYGOV>SDNMIL", ""},
		{"went to meet", d, "Japan's foreign minister went to Seoul last week to meet his South Korean counterpart.", "040", "JPNGOV>KORGOV", ""},
		{"drove to meet", d, "Abbas drove to Amman on Sunday to meet King Abdullah.", "040", "PSEGOV>JORGOV", ""},
		{"guard: will fly", d, "Blinken will fly to Cairo next week to meet Sisi.", "040", "", ""},
		{"guard: is flying", d, "Erdogan is flying to Moscow to meet Putin.", "040", "", ""},
		{"guard: did not travel", d, "Modi did not travel to Islamabad to meet Sharif.", "040", "", ""},
		{"guard: plans to fly", d, "Putin plans to fly to Tehran to meet Rouhani.", "040", "", ""},
		{"guard: waited to meet", d, "Macron waited for weeks to meet Trump in Washington.", "040", "", ""},
	})
}
