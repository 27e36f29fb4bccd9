package pipeline

import "testing"

// TestToldInCall: telling someone something in a phone or video call is
// the call (041), wherever the phrase that names the call stands; telling
// in a speech, telling reporters, or telling a news agency by telephone (an
// interview) is not.
func TestToldInCall(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"fronted phone call", d, "In a phone call on Wednesday, French President Emmanuel Macron told Israeli Prime Minister Benjamin Netanyahu that civilians must be protected.", "041", "FRAGOV>ISRGOV", ""},
		{"video call after the object", d, "Joe Biden told Xi Jinping in a video call that the United States would defend Taiwan.", "041", "USAGOV>CHNGOV", ""},
		{"guard: told a news agency by telephone", d, "A rebel commander told Reuters by telephone that the town had fallen.", "041", "", ""},
		{"during a telephone call", d, "During a telephone call on Monday, German Chancellor Olaf Scholz told Ukrainian President Volodymyr Zelenskiy that more air defence was coming.", "041", "DEUGOV>UKRGOV", ""},
		{"guard: in a speech", d, "In a speech on Wednesday, Macron told Israel that civilians must be protected.", "041", "", ""},
		{"guard: told reporters", d, "Macron told reporters in Paris that civilians must be protected.", "041", "", ""},
		{"guard: a call for a ceasefire", d, "In a call for calm, the Egyptian president told Israel that the siege must end.", "041", "", ""},
	})
}
