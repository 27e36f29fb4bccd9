package pipeline

import "testing"

// TestDrewProtest: an act that draws a protest, a complaint or a rebuff
// from a party is criticised by it (111), as one that draws condemnation
// or anger is: "passed the law, drawing a sharp protest from Taiwan".
func TestDrewProtest(t *testing.T) {
	testLexRows(t, []lexRow{
		{"drawing a sharp protest from", d, "China's parliament passed a law on Monday allowing force against Taiwan, drawing a sharp protest from Taiwan.", "111", "TWN>CHNLEG", ""},
		{"drawing a formal complaint from", d, "The Indian navy seized a Pakistani trawler on Tuesday, drawing a formal complaint from Pakistan.", "111", "PAK>INDMIL", ""},
		{"drawing a protest from", d, "Japan's prime minister visited the shrine on Friday, drawing a protest from South Korea.", "111", "KOR>JPNGOV", ""},
		{"as before: drawing condemnation from", d, "Israel approved new settlements on Monday, drawing condemnation from Egypt.", "111", "EGY>ISR", ""},
		{"must not: drew crowds", d, "The Kenyan opposition leader drew large crowds in Mombasa on Sunday.", "11", "", ""},
	})
}
