package pipeline

import "testing"

// TestCountermeasuresHeldOut: countermeasures its own side says it will take,
// with or without a party named, are a threat (130), as measures taken
// "against" a party are; a response with force keeps its own entry, and a
// response told as done, or to a letter or a request, is none. ("Would
// respond to any attack" as a threat was tried: its line outscored "respond
// with force" and lost that threat's target.)
func TestCountermeasuresHeldOut(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"would take countermeasures", "2021-03-22", "The Chinese foreign ministry said Beijing would take countermeasures against the sanctions.", "13", "CHNGOV>", ""},
		{"countermeasures with no party", "2018-04-03", "China warned it would take resolute countermeasures if the tariffs went ahead.", "13", "CHNGOV>", ""},
		{"respond with force: its own entry", "2010-11-24", "South Korean President Lee Myung-bak warned that the South would respond with force to any further provocation by North Korea.", "13", "KORGOV>PRKGOV", ""},
		{"a response told as done", "2020-01-08", "Iran responded to the killing with a missile strike on two bases in Iraq.", "13", "", ""},
		{"a letter responded to", "2019-05-05", "Iran will respond to the letter next week, the foreign ministry said.", "13", "", ""},
		{"no comment", "2019-05-05", "The ministry did not respond to requests for comment.", "13", "", ""},
	})
}
