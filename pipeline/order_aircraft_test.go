package pipeline

import "testing"

// TestOrderToOwnAircraft: a leader's order to his own state's warplanes,
// bombers or warships to strike is that state's act, decided, not a
// demand on its own forces (commandsOwn reads &force and &equipment, and
// plurals the word tables lack, "warplanes", find their singular).
func TestOrderToOwnAircraft(t *testing.T) {
	testLexRows(t, []lexRow{
		{"warplanes ordered to attack", "2013-01-12", "President Francois Hollande ordered French warplanes to attack the Islamist rebels in northern Mali.", "195", "FRAGOV>MLIREB", ""},
		{"bombers ordered to strike", "2015-10-01", "Vladimir Putin ordered Russian bombers to strike rebel targets in Syria.", "195", "RUSGOV>SYRREB", ""},
		{"jets ordered to strike", "2014-07-08", "Benjamin Netanyahu ordered Israeli jets to strike Hamas positions in Gaza.", "195", "ISRGOV>PSEREB", ""},
		{"warplanes ordered to bomb", "2015-03-26", "King Salman ordered Saudi warplanes to bomb Houthi positions in Yemen.", "195", "SAUGOV>YEMREB", ""},
		{"warships ordered to fire", "1988-04-18", "Ronald Reagan ordered American warships to fire on Iranian oil platforms in the Gulf.", "19", "USAGOV>IRN", ""},
	})
}
