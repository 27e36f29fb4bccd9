package pipeline

import "testing"

// TestSuppliedAid: aid supplied is aid given, of its kind, in both forms
// ("supplied food to X", "supplied X with loans").
func TestSuppliedAid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"supplied X with vaccine doses", "2021-06-01", "Russia supplied Venezuela with vaccine doses in 2021.", "073", "RUS>VEN", ""},
		{"supplied X with food aid", d, "Japan supplied Sri Lanka with emergency food aid.", "073", "JPN>LKA", ""},
		{"supplied X with loans", d, "China supplied Pakistan with loans to shore up its reserves.", "071", "CHN>PAK", ""},
		{"supplied food to the camps", d, "The World Food Programme supplied food to refugee camps in Chad.", "073", "IGOUNO>TCDREF", ""},
		{"supplied aid to X", d, "Turkey supplied humanitarian aid to Syria after the earthquake.", "073", "TUR>SYR", ""},
	})
}
