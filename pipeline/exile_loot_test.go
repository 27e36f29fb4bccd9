package pipeline

import "testing"

// TestSentIntoExile pins someone sent, forced or driven into exile (or put
// on a plane into it) as expelled (174) by whoever sent them.
func TestSentIntoExile(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a king forced into exile by a junta", "1967-12-14", "The Greek junta forced King Constantine into exile.", "174", "GRCGOV>GRCGOV", ""},
		{"sent into exile, not an envoy sent", d, "Thai generals sent Thailand's ousted prime minister into exile.", "174", "THAMIL>THAGOV", ""},
		{"forced into exile", d, "The Chilean junta forced thousands of leftists into exile.", "174", "CHLGOV>", ""},
		{"driven into exile", "1979-04-12", "The Ugandan army drove Idi Amin into exile in Libya.", "174", "UGAMIL>UGAGOV", ""},
		{"put on a plane into exile", "1991-10-01", "Haitian soldiers put President Jean-Bertrand Aristide on a plane into exile.", "174", "HTIMIL>HTIGOV", ""},
		{"an envoy sent is no exile", d, "Thailand sent its foreign minister to Cambodia.", "174", "", ""},
	})
}

// TestProtestersLoot pins protesters or rioters who loot as rioting
// (145) against whose property it is; soldiers who loot are no riot.
func TestProtestersLoot(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protesters loot a palace", d, "Protesters looted the presidential palace in Colombo.", "145", "LKAOPP>LKAGOV", ""},
		{"rioters loot and burn", d, "Pro-democracy rioters burned and looted much of the business district of Nuku'alofa.", "145", "TONCVL>TONGOV", ""},
		{"demonstrators loot offices", d, "Angry demonstrators looted government offices in Bishkek on Wednesday.", "145", "KGZOPP>KGZGOV", ""},
		{"students loot a party's headquarters", d, "Students looted the ruling party's headquarters in Dhaka.", "145", "BGDCVL>BGDPTY", ""},
		{"rioters loot the palace, not destroying property", d, "Rioters looted the president's palace in Bishkek.", "1712", "", ""},
		{"soldiers loot a palace", d, "Soldiers looted the presidential palace in Bangui.", "145", "", ""},
	})
}
