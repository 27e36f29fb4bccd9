package pipeline

import "testing"

// TestBanningNoun: "the banning of" a party, a group or a candidate is the
// act "banned" tells (1722), read as the dissolution and the disbanding of
// one are: its doer the possessor or the "by" phrase. Condemned, it is what
// the condemnation is about, and no act of its own.
func TestBanningNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"by a court", "2024-08-08", "The banning of the opposition Move Forward Party by a Thai court drew criticism.", "1722", "THAJUD>THAPTY", ""},
		{"a country's possessive", "2017-11-17", "Cambodia's banning of the main opposition party drew criticism from Washington.", "1722", "KHM>KHMOPP", ""},
		{"by a government", "2013-12-26", "The banning of the Muslim Brotherhood by the Egyptian government drew protests.", "1722", "EGYGOV>EGYOPP", ""},
		{"of candidates", "2024-06-03", "The banning of opposition candidates by the Venezuelan government angered voters.", "1722", "VENGOV>VENOPP", ""},
		{"not: what a condemnation is about", "2024-06-03", "Critics condemned the banning of the opposition party.", "1722", "", ""},
	})
}
