package pipeline

import "testing"

// TestEuroZone pins the euro zone ("euro zone", "eurozone", "euro area")
// and its rescue funds (the European Stability Mechanism, the EFSF) as the
// EU's (EUR IGO), as the Eurogroup already was: a loan asked of them, or
// of what they own ("the euro zone's rescue fund"), is asked of the EU.
func TestEuroZone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a loan from the zone's fund", "2015-07-08", "Greece formally requested a three-year loan from the euro zone's rescue fund on Wednesday.", "0231", "GRC>IGOEUR", ""},
		{"asked the euro zone", "2013-03-18", "Cyprus asked the euro zone for a bailout on Monday.", "0231", "CYP>IGOEUR", ""},
		{"the eurozone agreed to lend", "2015-08-14", "The eurozone agreed to lend Greece 86 billion euros.", "03", "IGOEUR>GRC", ""},
		{"aid from the stability mechanism", "2012-06-25", "Spain requested aid from the European Stability Mechanism for its banks.", "023", "ESP>IGOEUR", ""},
		{"the euro area pledged support", "2011-05-16", "The euro area pledged financial support to Portugal.", "03", "IGOEUR>PRT", ""},
		{"a loan from the EFSF", "2011-04-08", "Portugal sought a loan from the EFSF.", "0231", "PRT>IGOEUR", ""},
	})
}
