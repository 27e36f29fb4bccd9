package pipeline

import "testing"

// TestModalityUsedTo: an active "used" followed straight away by an
// infinitive ("the two presidents used to meet every summer", "police used
// to arrest critics") tells a past habit, no one act: hypothetical, as a
// habit told in the present is. "Used tear gas to disperse them" (a means
// and its purpose) and "has used chemical weapons to kill" stay done.
func TestModalityUsedTo(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"used to meet", "2010-01-01", "The two presidents used to meet every summer in Sochi.", "04", "", "hypothetical", ""},
		{"used to hold talks", "2005-01-01", "Greek and Turkish leaders used to hold talks every year.", "04", "", "hypothetical", ""},
		{"used to arrest", "1999-01-01", "Serbian police used to arrest Albanian activists in Pristina.", "173", "", "hypothetical", ""},
		{"used to bomb", "2010-01-01", "Turkish jets used to bomb Kurdish positions in northern Iraq.", "19", "", "hypothetical", ""},
		{"used to supply", "2010-01-01", "Iran used to supply weapons to Hezbollah.", "07", "", "hypothetical", ""},
		{"guard: used tear gas to disperse", "2017-08-01", "Kenyan police used tear gas to disperse the protesters in Nairobi.", "175", "KENCOP>KEN", "", ""},
		{"guard: used force to break up", "2007-09-01", "The army used force to break up the rally in Rangoon.", "175", "MMR>MMR", "", ""},
		{"guard: has used chemical weapons to kill", "2013-09-01", "Syria has used chemical weapons to kill civilians in Ghouta.", "20", "SYR>SYR", "", ""},
	})
}
