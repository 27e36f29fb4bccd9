package pipeline

import "testing"

// TestReachedDeal: a deal reached, struck or clinched is agreed (030,
// PLOVER's AGREE), not signed (057, SUPPORT): the sets' golds code "reached a
// final peace agreement" as 03; signing stays 057.
func TestReachedDeal(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a peace agreement reached", "2016-08-24", "The Philippine government and the communist rebels reached a final peace agreement on Friday.", "030", "PHLGOV>PHLREB", ""},
		{"a deal reached, not signed", "2016-08-24", "The Philippine government and the communist rebels reached a final peace agreement on Friday.", "057", "", ""},
		{"a deal reached with", "2019-03-02", "Egypt reached an agreement with Ethiopia on the dam on Monday.", "030", "EGY>ETH", ""},
		{"a trade deal struck", "2020-12-24", "Japan and Australia struck a trade deal on Thursday.", "030", "JPN>AUS", ""},
		{"a deal clinched", "2015-07-14", "Serbia and Croatia clinched a border agreement in Zagreb on Tuesday.", "030", "SRB>HRV", ""},
		{"a compromise hammered out", "2011-05-10", "Sudan and South Sudan hammered out a compromise on oil fees on Sunday.", "030", "SDN>SSD", ""},
		{"a deal reached, perfect", "2018-06-12", "Kenya has reached a deal with Somalia over the maritime border.", "030", "KEN>SOM", ""},
		{"signing stays 057", "2016-08-24", "The Philippine government and the communist rebels signed a final peace agreement on Friday.", "057", "PHLGOV>PHLREB", ""},
	})
}
