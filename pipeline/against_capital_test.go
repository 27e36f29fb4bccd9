package pipeline

import "testing"

// TestProtestAgainstCapital: an act aimed where it happens whose target
// phrase names a place of another country ("marched through Karachi,
// chanting slogans against Washington") is aimed at that place's country
// only, not also at the country it happens in. A protest whose phrase
// names no place stays aimed where it happens.
func TestProtestAgainstCapital(t *testing.T) {
	runLexRows(t, []lexRow{
		{"chanting against Madrid in a Moroccan city", d, "Thousands of people marched through the Moroccan city of Tetouan, chanting slogans against Madrid.", "140", "MARCVL>ESPGOV", ""},
		{"chanting against Washington in Karachi", d, "Thousands of people marched through Karachi, chanting slogans against Washington.", "140", "CVL>USAGOV", ""},
		{"shouting against Moscow in Tbilisi", d, "Protesters gathered in Tbilisi, shouting slogans against Moscow.", "140", "OPP>RUSGOV", ""},
		{"chanting against Paris in Bamako", d, "Hundreds of demonstrators rallied in Bamako, chanting slogans against Paris.", "140", "OPP>FRAGOV", ""},
		{"no place in the target phrase", d, "Thousands of people marched through Karachi.", "141", "PAKCVL>PAKGOV", ""},
	})
}
