package pipeline

import "testing"

// TestCompassWordsAreNoDivision pins compass compounds ("Northwest",
// "Southeast"): GeoNames names two of Iceland's regions so, but in the news
// they are almost never those (where's common.txt). "Cameroon's Northwest
// region" is no place in Iceland, and a story's actors keep their country.
func TestCompassWordsAreNoDivision(t *testing.T) {
	testLexRows(t, []lexRow{
		{"students kidnapped in a region", "2021-06-10", "Cameroon's separatists kidnapped 11 students in the Northwest region.", "181", "CMRREB>CMRCVL", ""},
		{"fighters killed in two regions", "2019-06-10", "Soldiers killed five separatist fighters in the Northwest and Southwest regions of Cameroon.", "190", "CMRMIL>CMRREB", ""},
		{"militants killed in the Northwest", "2009-06-10", "Pakistani troops killed 10 militants in the Northwest.", "190", "PAKMIL>PAKREB", ""},
		{"rebels in the Northeast", "2014-06-10", "Nigerian troops killed 20 Boko Haram fighters in the Northeast.", "190", "NGAMIL>NGARAD", ""},
		{"a strike in the Southeast", "2016-06-10", "Turkish warplanes struck Kurdish militants in the Southeast.", "195", "TURMIL>TURREB", ""},
	})
}
