package pipeline

import "testing"

// TestCapitalSite pins a site named after a capital ("Kabul airport",
// "Tripoli port", "the Beirut port"): the capital is the city there, not
// its government, so the act happens in that city, and an act CAMEO codes
// on the country where it happens takes that country as its target.
// Before, a capital the actors read as its state's seat, inside the act's
// words, was neither place nor target ("seized Tripoli airport": rebels
// -> no one, nowhere). Stories are filed from a third country, so the
// dateline gives neither.
func TestCapitalSite(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		{"troops leave a capital's airport", "2021-08-31",
			"U.S. pullout ends\n\nDOHA, Qatar —\n\nThe last American soldiers left Kabul airport on Monday night.",
			"left Kabul", "087", "Kabul/AFG", ""},
		{"rebels seize a capital's airport", "2011-08-22",
			"Rebels advance\n\nTUNIS, Tunisia —\n\nRebel fighters seized Tripoli airport on Sunday, a spokesman said.",
			"seized Tripoli", "19", "Tripoli/LBY", ""},
		{"jets strike a capital's airport", "2019-01-21",
			"Strikes on Syria\n\nBEIRUT, Lebanon —\n\nIsraeli jets struck Damascus airport overnight, Syrian state media reported.",
			"struck Damascus", "19", "Damascus/SYR", ""},
		{"shelling of a capital's port", "2023-05-04",
			"Port shelled\n\nNAIROBI, Kenya —\n\nParamilitary fighters shelled Khartoum airport on Thursday.",
			"shelled Khartoum", "19", "Khartoum/SDN", ""},
		{"guard: a non-capital city's airport still places", "2011-08-22",
			"Rebels advance\n\nTUNIS, Tunisia —\n\nRebel fighters seized Misrata airport on Sunday.",
			"seized Misrata", "19", "Misrata/LBY", ""},
	})
	testLexRows(t, []lexRow{
		{"withdrawal from a capital's airport: the country left", "2021-08-31",
			"U.S. pullout ends\n\nDOHA, Qatar —\n\nThe last American soldiers left Kabul airport on Monday night.", "087", "USAMIL>AFG", ""},
		{"seizure of a capital's airport: the country", "2011-08-22",
			"Rebels advance\n\nTUNIS, Tunisia —\n\nLibyan rebels seized Tripoli airport on Sunday, a spokesman said.", "192", "LBYREB>LBYGOV", ""},
		{"air strike on a capital's airport: the country", "2019-01-21",
			"Strikes on Syria\n\nBEIRUT, Lebanon —\n\nIsraeli jets struck Damascus airport overnight, Syrian state media reported.", "195", "ISRMIL>SYR", ""},
		// guards: a capital standing for its state stays its government
		{"guard: a capital as a speaker", "2019-01-21",
			"Strikes on Syria\n\nBEIRUT, Lebanon —\n\nDamascus accused Israel of striking its airport.", "112", "SYRGOV>ISR", ""},
		{"guard: a country's embassy is no site of that country", "2012-09-14",
			"Embassy stormed\n\nCAIRO, Egypt —\n\nProtesters stormed the Pakistan embassy in Tripoli on Friday.", "145", "LBYCVL>PAKGOV", ""},
	})
}
