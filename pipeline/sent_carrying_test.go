package pipeline

import "testing"

// TestSentCarrying pins aid told by what carries it, in a participle on a
// vehicle a state sends ("India flew transport planes carrying relief
// supplies to Kathmandu"): the state that sent the vehicle gives the aid,
// not the vehicle, which names no actor. Only a verb of sending: an act on
// a vehicle carrying aid ("attacked trucks carrying aid") gives none.
func TestSentCarrying(t *testing.T) {
	testLexRows(t, []lexRow{
		{"planes flown carrying relief supplies", "2015-04-27", "India flew military transport planes carrying relief supplies to Kathmandu on Monday.", "073", "IND>NPLCVL", ""},
		{"trucks dispatched carrying aid", "2020-03-02", "Turkey dispatched trucks carrying humanitarian aid to Syria.", "073", "TUR>SYR", ""},
		{"ships sent carrying relief supplies", "2013-11-12", "Japan sent two ships carrying relief supplies to the Philippines.", "073", "JPN>", ""},
		{"a vessel deployed carrying aid", "2023-10-30", "Egypt deployed a ship carrying humanitarian aid to Gaza.", "073", "EGY>PSE", ""},
		// guards: not a verb of sending; a vehicle of a named actor
		{"guard: trucks carrying aid attacked", "2021-06-30", "Rebels attacked trucks carrying aid to Mekelle.", "070", "", ""},
		{"guard: a convoy carrying aid stopped", "2009-01-05", "Israeli troops stopped a convoy carrying medical supplies to Gaza.", "070", "", ""},
	})
}
