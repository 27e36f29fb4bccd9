package pipeline

import "testing"

// TestAcceptedDeal: a resolution, a deal, an agreement or its terms
// accepted is agreed to (030), as a plan or a proposal accepted is; they
// coded nothing.
func TestAcceptedDeal(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a UN resolution accepted", "1988-07-18", "Iran accepted the UN resolution on Monday.", "030", "IRN>IGOUNO", ""},
		{"a Council resolution accepted, perfect", "1991-04-06", "Iraq has accepted the Security Council resolution.", "030", "IRQ>IGOUNO", ""},
		{"a peace deal accepted", "2020-11-10", "Armenia accepted the peace deal on Tuesday.", "030", "ARM>", ""},
		{"a body's compromise accepted", "2013-04-22", "Serbia accepted the European Union's compromise on Kosovo.", "030", "SRB>IGOEUR", ""},
		{"an agreement accepted by rebels", "2016-08-30", "The rebels accepted the peace agreement on Tuesday.", "030", "REB>", ""},
		{"the terms accepted", "1991-02-28", "Iraq accepted the terms of the ceasefire on Thursday.", "030", "IRQ>", ""},
		{"a resolution not accepted", "1988-07-18", "Iraq did not accept the UN resolution.", "030", "", ""},
	})
}
