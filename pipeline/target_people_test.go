package pipeline

import "testing"

// TestDemandOfOwnState: a demand by the people of a country (the
// opposition, protest organisers, unions, students: no arm of the state
// and no armed group) that names no one is made of their own government
// (policy.tsv's ofstate on 10), in a story that pairs their country with
// no other. A state's own demand, an armed group's, and a demand in a story
// of two countries keep no such target.
func TestDemandOfOwnState(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"protest organisers, a cabinet of experts", "2019-10-20", "Protests spread\n\nBEIRUT, Lebanon —\n\nProtest organisers said they would stay in the streets and demanded a cabinet of independent experts.", "100", "LBNOPP>LBNGOV", ""},
		{"an opposition leader, a recount", "2007-12-30", "Kenyan opposition leader Raila Odinga demanded a recount on Sunday.", "100", "KENOPP>KENGOV", ""},
		{"the opposition, a recount", "2009-04-08", "Moldova's opposition demanded a recount on Tuesday.", "100", "MDAOPP>MDAGOV", ""},
		{"striking teachers, higher pay", d, "Strike spreads\n\nNAIROBI, Kenya —\n\nStriking teachers demanded higher pay.", "100", "KENCVL>KENGOV", ""},
		{"a union, a minimum wage", d, "Nigerian trade unions demanded a rise in the minimum wage.", "10", "NGALAB>NGAGOV", ""},
		{"students, free education", "2011-08-10", "Chilean students demanded free university education.", "10", "CHLCVL>CHLGOV", ""},
		// the state's own demand, an armed group's, a story of two countries
		{"the government's demand", d, "Kenya's government demanded a recount.", "100", "KENGOV>", ""},
		{"rebels, their comrades' release", "2001-06-01", "Colombian rebels demanded the release of jailed comrades.", "10", "COLREB>", ""},
		{"protesters after a summons of an envoy", "2019-08-02", "South Korea summoned Japan's ambassador on Friday. Protesters in Seoul demanded an apology.", "10", "KOROPP>", ""},
	})
}
