package pipeline

import "testing"

// TestParticipleInCondition: a participle about the subject of a
// condition ("if Serbia, backed by Russia, attacked Kosovo") is supposed
// with it, no act that took place; about the subject of a clause that is
// told, it is told ("Serbia, backed by Russia, rejected the resolution").
func TestParticipleInCondition(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"backed, in an if-clause", d, "If Serbia, backed by Russia, attacked Kosovo, NATO would respond.", "051", "", ""},
		{"armed, in an if-clause", d, "If the Houthis, armed by Iran, seized the port, the war would spread.", "072", "", ""},
		{"armed, in an unless-clause", d, "Unless the rebels, armed by Iran, withdraw, Saudi Arabia will attack.", "072", "", ""},
		{"backed, told", d, "Serbia, backed by Russia, rejected the resolution.", "051", "RUS>SRB", ""},
		{"armed, in a when-clause, told", d, "When the Houthis, armed by Iran, seized the port, Saudi Arabia struck back.", "072", "IRN>YEMREB", ""},
	})
}
