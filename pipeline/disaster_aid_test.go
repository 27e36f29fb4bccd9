package pipeline

import "testing"

// TestDisasterAid: aid named by the disaster it answers (drought, flood,
// earthquake aid or relief) is humanitarian (073), however it is counted.
func TestDisasterAid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"euros in drought aid", d, "The European Union gave Kenya 40 million euros in drought aid on Monday.", "073", "IGOEUR>KEN", ""},
		{"flood relief sent", d, "Britain sent flood relief to Pakistan.", "073", "GBR>PAK", ""},
		{"earthquake aid delivered", d, "China delivered earthquake aid to Nepal on Sunday.", "073", "CHN>NPL", ""},
		{"dollars in famine relief", d, "The United States gave Somalia $30 million in famine relief.", "073", "USA>SOM", ""},
	})
}
