package pipeline

import "testing"

// TestIncludingOverContext: a phrase whose country only the story or the
// sentence around it gives ("19 more people" in a story from Kyiv) stands
// for those ", including" names; one whose own words give it keeps it.
func TestIncludingOverContext(t *testing.T) {
	const kyiv = "KYIV, Ukraine —\n\nRebels shelled the city on Sunday. "
	testLexRows(t, []lexRow{
		{"sanctions on people, including ministers", d, kyiv + "The European Union imposed sanctions on 19 more people, including two Russian deputy defence ministers.", "163", "IGOEUR>RUSGOV", ""},
		{"went ahead with sanctions", d, kyiv + "The European Union went ahead on Monday with sanctions on 19 more people, including two Russian deputy defence ministers.", "163", "IGOEUR>RUSGOV", ""},
		{"own words keep their country", d, kyiv + "The European Union imposed sanctions on 19 Ukrainian officials, including two Russian citizens.", "163", "IGOEUR>UKRGOV", ""},
	})
}
