package pipeline

import "testing"

// TestMissionariesAreClergy: missionaries after a nationality are that
// country's clergy, as priests and nuns are, not the bare country.
func TestMissionariesAreClergy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"missionaries are clergy", d, "Gunmen abducted three American missionaries in Haiti.", "181", "UAF>USAREL", ""},
		{"a missionary singular", d, "Militants kidnapped a Swiss missionary in Mali.", "181", "MLIREB>CHEREL", ""},
		{"missionaries expelled", d, "China expelled two South Korean missionaries.", "174", "CHN>KORREL", ""},
		{"a government still the government", d, "Gunmen attacked the German embassy in Kabul.", "190", "UAF>DEUGOV", ""},
	})
}
