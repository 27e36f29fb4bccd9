package pipeline

import "testing"

// TestStrikingWorkers: workers who stop work (a strike or a walkout, 143)
// are labour (LAB), not bare civilians; other acts of workers, and strikes
// of others (students, police), keep their sector.
func TestStrikingWorkers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dockworkers went on strike", d, "Dockworkers in Durban went on strike on Monday to demand higher wages.", "143", "ZAFLAB>ZAFGOV", ""},
		{"miners stayed on strike", d, "Coal miners in Asturias stayed on strike, demanding a pay rise.", "143", "ESPLAB>ESPGOV", ""},
		{"workers downed tools", d, "Factory workers in Dhaka downed tools on Tuesday to demand unpaid wages.", "143", "BGDLAB>BGDGOV", ""},
		{"workers began a strike", d, "Thousands of Nigerian oil workers began a strike on Wednesday over fuel prices.", "143", "NGALAB>NGAGOV", ""},
		{"a strike threatened by miners", d, "Chilean copper miners threatened to go on strike next week.", "13", "CHLLAB>CHLGOV", ""},
		{"steelworkers staged a walkout", d, "Steelworkers at the Gary plant in Indiana staged a walkout on Friday.", "143", "USALAB>USAGOV", ""},
		{"workers who march stay civilians", d, "Workers marched through the streets of Seoul on Sunday.", "141", "KORCVL>KORGOV", ""},
		{"students on strike stay civilians", d, "Students in Santiago went on strike to demand free education.", "143", "CHLCVL>CHLGOV", ""},
	})
}

// TestTradeBeforeAgent: a trade, an industry or a workplace (agents.txt's
// modifier:) between a nationality and its agent says what kind they are,
// not whose: "Polish shipyard workers" are Poland's, and "exile" before
// "fighters" is no verb.
func TestTradeBeforeAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shipyard workers of a nationality", d, "Polish shipyard workers went on strike on Thursday.", "143", "POLLAB>POLGOV", ""},
		{"oil workers of a nationality", d, "Thousands of Nigerian oil workers began a strike on Wednesday over fuel prices.", "143", "NGALAB>NGAGOV", ""},
		{"garment workers who clash with police", d, "Bangladeshi garment workers clashed with police in Dhaka on Sunday.", "145", "BGDCVL>BGDCOP", ""},
		{"exile fighters seize a town", d, "Ugandan exile fighters seized the border town of Mutukula on Friday.", "192", "UGAUAF>", ""},
		{"exile fighters attack a post", d, "Nigerian exile fighters attacked a police post near Maiduguri.", "190", "NGAUAF>NGACOP", ""},
		{"exile fighters are no expulsion", d, "Nigerian exile fighters attacked a police post near Maiduguri.", "174", "", ""},
	})
}
