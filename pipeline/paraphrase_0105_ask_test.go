package pipeline

import "testing"

// TestAskedAbout: asking someone about something is a question (010), no
// appeal; asking them to do something stays one.
func TestAskedAbout(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"asked a minister about a budget", "2019-06-02", "Reporters asked the minister about the budget.", "02", "", ""},
		{"asked a president about a war", "2022-06-02", "Journalists asked Vladimir Putin about the war in Ukraine.", "02", "", ""},
		{"asked officials about missing funds", "2019-06-02", "Kenyan lawmakers asked Treasury officials about the missing funds.", "02", "", ""},
		{"guard: asked to talk about", "2019-06-02", "Iran asked the UN to talk to Israel about its nuclear weapons.", "026", "IRNGOV>IGOUNO", ""},
		{"guard: asked to lift sanctions", "2019-06-02", "Iran asked the United States to lift sanctions.", "0254", "IRNGOV>USAGOV", ""},
		{"guard: asked for aid", "2019-06-02", "Haiti asked the United States for food aid.", "0233", "HTIGOV>USAGOV", ""},
	})
}
