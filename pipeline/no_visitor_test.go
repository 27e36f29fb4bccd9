package pipeline

import "testing"

// TestForcesAndCraftVisitNoOne: a visit (042) is made by people of state,
// envoys and the sides they speak for; forces sent and craft that travel,
// arrive or land somewhere ("troops landed in the Solomon Islands", "aid
// planes landed in Kerman", "warships arrived in Havana") tell a
// deployment or a delivery, not a visit (&novisitor in sets.txt). A leader,
// a minister or a rebel delegation still visits.
func TestForcesAndCraftVisitNoOne(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops landed in", d, "Australian troops landed in the Solomon Islands on Thursday.", "042", "", ""},
		{"paratroopers flew to", d, "French paratroopers flew to Kinshasa on Monday.", "042", "", ""},
		{"soldiers arrived in", d, "Kenyan soldiers arrived in Mogadishu on Monday.", "042", "", ""},
		{"transport planes landed in", d, "U.S. military transport planes landed in the Armenian capital Yerevan on Saturday.", "042", "", ""},
		{"warships arrived at", d, "Two Russian warships arrived at the Cuban port of Havana on Wednesday.", "042", "", ""},
		{"police travelled to", d, "Indian police travelled to Nepal on Tuesday.", "042", "", ""},
		{"guard: a president landed in", d, "French President Emmanuel Macron landed in Beirut on Thursday.", "042", "FRAGOV>LBNGOV", ""},
		{"guard: a minister arrived in", d, "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday.", "042", "CHNGOV>RUSGOV", ""},
		{"guard: rebel negotiators arrived in", d, "Taliban negotiators arrived in Islamabad on Monday.", "042", "AFGREB>PAKGOV", ""},
	})
}
