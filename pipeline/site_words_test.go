package pipeline

import "testing"

// TestSiteTwoWords: a military or civilian site named by its last two
// words, not its head alone (sets.txt's &military_site and &civilian_site:
// "military targets", "air defence sites", "command posts", "residential
// areas", "civilian targets"), struck by an act of force with no actor
// as target, falls on the military (MIL) or the civilians (CVL) of the
// country where it is, not on its government. An owner named keeps its
// own ("Hamas targets"), a seizure keeps its aim (a base taken is the
// state's loss), and a threat or a strike denied is no act of force.
func TestSiteTwoWords(t *testing.T) {
	testLexRows(t, []lexRow{
		{"military targets near a capital", d, "Israeli jets struck military targets near Damascus on Sunday.", "195", "ISRMIL>SYRMIL", ""},
		{"air defence sites in a region", "1996-09-04", "U.S. warships fired cruise missiles at air defence sites in southern Iraq.", "194", "USAMIL>IRQMIL", ""},
		{"military installations near a city", "2022-03-01", "Russian bombers hit military installations near Kharkiv.", "195", "RUSMIL>UKRMIL", ""},
		{"military posts shelled", d, "Turkish artillery shelled military posts in northern Iraq.", "194", "TURMIL>IRQMIL", ""},
		{"an ammunition depot", "2015-04-10", "Saudi jets bombed an ammunition depot near Sanaa.", "195", "SAUMIL>YEMMIL", ""},
		{"command posts, in the past", "1984-06-11", "Iraqi warplanes bombed command posts in Iran on Monday.", "195", "IRQMIL>IRNMIL", ""},
		{"residential areas", d, "Russian jets bombed residential areas in Kyiv.", "195", "RUSMIL>UKRCVL", ""},
		{"civilian targets, perfect", "2019-05-20", "Syrian jets have bombed civilian targets in Idlib.", "195", "SYRMIL>SYRCVL", ""},
		{"the head alone still counts", d, "Indian aircraft struck a military camp in Pakistan in 2019.", "195", "INDMIL>PAKMIL", ""},
		{"an owner named keeps its own", d, "Israeli jets struck Hamas targets in Gaza.", "195", "ISRMIL>PSEREB", ""},
		{"a base seized is the state's loss", d, "Ethiopian troops seized an air base near Mekele.", "192", "ETHMIL>ETHGOV", ""},
		{"a strike denied", d, "Israeli jets did not strike military targets near Damascus.", "19", "", ""},
		{"a strike threatened", d, "Iran warned that it would strike military installations in Israel.", "19", "", ""},
		{"a strike asked about", d, "Would NATO jets strike military targets in Serbia?", "19", "", ""},
	})
}
