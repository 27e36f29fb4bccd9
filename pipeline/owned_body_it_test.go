package pipeline

import "testing"

// TestOwnedBodyIt: an armed body named after its country's possessive
// ("Somalia's al-Shabaab", "Afghanistan's Taliban") is the phrase's head,
// so "it" and "its" later in the sentence stand for the body, not the
// country that only says where it is. A plural name ("Iran's
// Revolutionary Guards") does not agree with "it", and an agent with its
// country ("Kenya's army") is as before; a party's "its" stays its
// country's (TestYieldPhrasing, "Syria's Baath party relinquished its
// monopoly of power").
func TestOwnedBodyIt(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said it had attacked", "2012-08-20", "KABUL — Afghanistan's Taliban said it had attacked a police post in Kandahar.", "19", "AFGREB>AFGCOP", ""},
		{"said it had killed", "1994-12-28", "ALGIERS — Algeria's Armed Islamic Group said it had killed two French priests.", "18", "DZARAD>FRAREL", ""},
		{"said it had fired", "2019-09-14", "SANAA, Yemen — Yemen's Houthi movement said it had fired a missile at a Saudi air base.", "19", "YEMREB>SAUMIL", ""},
		{"its own fighters", "2012-01-20", "KANO, Nigeria — Nigeria's Boko Haram said its own fighters carried out the attack on the police station.", "18", "NGARAD>NGACOP", ""},
		{"which said its", "2013-09-23", "MOGADISHU — Somalia's al-Shabaab, which said its own fighters carried out the raid, warned of more attacks.", "19", "SOMRAD>", ""},
		{"guard: plural name", "2019-06-20", "TEHRAN — Iran's Revolutionary Guards shot down an unmanned U.S. surveillance aircraft near the Strait of Hormuz on Thursday, saying it had violated Iranian airspace.", "15", "", ""},
		{"guard: an agent", "2013-09-23", "NAIROBI — Kenya's army said its own troops carried out the raid on the camp.", "19", "KENMIL>", ""},
	})
}
