package pipeline

import "testing"

// An act whose thing follows a preposition ("walked away from the deal",
// "backed out of the accord") is aimed at the other party that thing's
// own phrase names, as an object's is ("scrapped its deal with France").
func TestPartnerOfPrepositionThing(t *testing.T) {
	testLexRows(t, []lexRow{
		{"walked away from the deal with", "2018-01-01", "Iran walked away from its nuclear deal with France on Tuesday.", "166", "IRN>FRA", ""},
		{"backed out of the accord with", "2019-01-01", "Ghana backed out of the border accord with Togo.", "166", "GHA>TGO", ""},
		{"walked away from the pact signed with", "2021-01-01", "Mali walked away from the defence pact signed with France in 2014.", "166", "MLI>FRA", ""},
		{"walked away from the treaty it had signed with", "2020-01-01", "Russia walked away from the arms treaty it had signed with Ukraine.", "166", "RUS>UKR", ""},
		{"walked away from the agreement with the rebels", "2016-01-01", "Sudan walked away from the ceasefire agreement with Chad in June.", "166", "SDN>TCD", ""},
		{"no partner named", "2018-01-01", "Iran walked away from the nuclear deal on Tuesday.", "166", "IRN>", ""},
		{"its own: as before", "2018-01-01", "Iran withdrew from its nuclear deal with France on Tuesday.", "166", "IRN>FRA", ""},
	})
}
