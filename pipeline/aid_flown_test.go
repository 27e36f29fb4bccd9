package pipeline

import "testing"

// TestAidFlown: an airlift or a relief flight flown brings relief (073);
// relief a vehicle brings "for" someone named is theirs wherever it lands;
// meals and rations dropped are relief. Negated, they bring none.
func TestAidFlown(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flew an airlift of food into a capital", "2011-07-27", "The World Food Programme flew its first airlift of emergency food into Mogadishu on Wednesday.", "073", "IGOUNO>SOMCVL", ""},
		{"flew an airlift of tents", "2005-10-16", "The U.N. refugee agency flew an airlift of tents into Islamabad on Sunday.", "073", "IGOUNO>PAKCVL", ""},
		{"flew a relief flight", "2010-01-15", "Canada flew a relief flight into Port-au-Prince on Friday.", "073", "CAN>HTICVL", ""},
		{"docked with relief for the people of another place", "2010-05-31", "A Turkish ship carrying food and medicine docked at Ashdod on Monday for the people of Gaza.", "073", "TUR>PSECVL", ""},
		{"meals dropped", "2024-03-05", "Jordanian planes dropped thousands of meals over northern Gaza on Tuesday.", "073", "JOR>PSECVL", ""},
		{"guard: will not fly an airlift", "2021-08-20", "Canada will not fly an airlift into Kabul.", "073", "", ""},
		{"guard: meals served are no relief", d, "The hotel served meals to its guests.", "07", "", ""},
	})
}
