package pipeline

import "testing"

// TestUSDepartments: the United States' executive departments that act
// abroad by their own names (the Treasury and its sanctions office, the
// Commerce Department, Homeland Security) are its government, as the State
// and Justice Departments are; a treasury named with another country stays
// that country's.
func TestUSDepartments(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"treasury department sanctions", d, "In Washington, the Treasury Department on Wednesday imposed sanctions on three Nicaraguan judges.", "163", "USAGOV>NICJUD", ""},
		{"us treasury sanctions", d, "The U.S. Treasury imposed sanctions on three Iranian oil companies.", "163", "USAGOV>IRNBUS", ""},
		{"department of the treasury freezes", d, "The Department of the Treasury froze the assets of two Russian banks on Friday.", "163", "USAGOV>RUSBUS", ""},
		{"ofac blacklists", d, "The Office of Foreign Assets Control blacklisted two Venezuelan ministers.", "163", "USAGOV>VENGOV", ""},
		{"commerce department list", d, "The Commerce Department added Huawei to its entity list on Thursday.", "163", "USAGOV>CHNBUS", ""},
		{"guard: britain's treasury", d, "Britain's Treasury froze the assets of five Russian banks.", "163", "GBR>RUSBUS", ""},
		{"guard: a treasury report", d, "The Treasury Department said on Tuesday that the deficit had grown.", "163", "", ""},
	})
}
