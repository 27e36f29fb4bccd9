package pipeline

import "testing"

// A country's name of two words whose first word is also a modifier
// ("New Zealand", "Central African", "New Guinea") after "and": both
// countries' forces act, as "Australian and British troops" do.
func TestCoordinatedLongName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"new zealand second, first", "1999-09-20", "Australian and New Zealand troops landed in Dili on Monday.", "154", "AUSMIL>TLSGOV", ""},
		{"new zealand second, second", "1999-09-20", "Australian and New Zealand troops landed in Dili on Monday.", "154", "NZLMIL>TLSGOV", ""},
		{"new zealand first", "1999-09-20", "New Zealand and Australian troops landed in Dili on Monday.", "154", "NZLMIL>TLSGOV", ""},
		{"central african second", "2013-12-10", "French and Central African troops clashed with rebels in Bangui on Tuesday.", "190", "FRAMIL>CAFREB", ""},
		{"central african soldiers", "2013-12-10", "Chadian and Central African soldiers clashed with rebels near Bangui.", "190", "TCDMIL>CAFREB", ""},
		{"papua new guinea", "2005-03-01", "Indonesian and Papua New Guinean officials met in Jayapura on Tuesday.", "04", "IDNGOV>PNGGOV", ""},
		{"new alone stays a modifier", "2005-03-01", "New Iraqi troops clashed with insurgents in Basra on Monday.", "190", "IRQMIL>IRQREB", ""},
		{"kenya and uganda troops", "2011-10-20", "Kenya and Uganda troops landed in Kismayo on Monday.", "154", "UGAMIL>SOMGOV", ""},
		{"two countries, no force", "2011-10-20", "Kenya and Uganda signed a trade pact on Monday.", "154", "", ""},
	})
}
