package pipeline

import "testing"

// TestLawAgents pins federal, immigration and customs agents and officers
// as police (COP): before, "federal agents" named no one and their arrests
// had no source. "Agents" alone still names no one ("chemical agents").
func TestLawAgents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"federal agents arrest", "2000-04-22", "Federal agents arrested two men in Miami on Saturday.", "173", "USACOP>USACVL", ""},
		{"immigration agents detain workers", "2019-08-07", "Immigration agents detained hundreds of workers in Mississippi on Wednesday.", "173", "USACOP>USACVL", ""},
		{"customs officers seize weapons", "2019-08-07", "Customs officers seized a shipment of weapons in Lagos.", "171", "NGACOP>NGA", ""},
		{"an immigration officer detains a journalist", "2019-08-07", "An immigration officer detained a British journalist at Nairobi airport.", "173", "KENCOP>GBRMED", ""},
		// guard: agents alone, a substance
		{"guard: chemical agents are no one", "2013-08-21", "Chemical agents were used in an attack near Damascus.", "173", "", ""},
	})
}
