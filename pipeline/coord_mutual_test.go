package pipeline

import "testing"

// TestCoordSharedTarget: coordinated subjects of an act of force whose
// object names a thing ("attacked the town", "stormed the building") aim
// at it together, not at each other; with no object, an act or each
// other ("clashed", "fought a war", "exchanged fire") they are two sides.
func TestCoordSharedTarget(t *testing.T) {
	testCoordRows(t, defaultCoder(t), []lexRow{
		{"troops of two attack a town", "2011-10-20", "Kenyan and Ugandan troops attacked the town.", "19", "!KENMIL>UGA", ""},
		{"police and soldiers storm", "2010-01-01", "Police and soldiers stormed the building.", "19", "!COP>MIL", ""},
		{"together with, raid", "2010-01-01", "Police together with soldiers raided the camp.", "19", "!MIL>COP", ""},
		{"forces of two shell", "1993-04-16", "Serb and Croat forces shelled the town.", "19", "!SRBMIL>HRV", ""},
		{"two states bomb a bridge", "1999-04-12", "American and British jets bombed a bridge near Belgrade.", "19", "!GBRMIL>USA", ""},
		{"sources kept", "2011-10-20", "Kenyan and Ugandan troops attacked the town.", "19", "UGAMIL>", ""},
		{"guard: clashed", "2010-01-01", "Rebels and soldiers clashed near the town.", "19", "MIL>REB", ""},
		{"guard: fought a war", "2020-11-10", "Armenia and Azerbaijan fought a six-week war.", "19", "AZEMIL>ARMMIL", ""}, // each a doer of the war, its military (TestMutualForceSides)
		{"guard: exchanged fire", "2006-07-12", "Israel and Hezbollah exchanged fire across the border.", "19", "LBNRAD>ISRMIL", ""},
		{"guard: held talks", "2004-02-18", "India and Pakistan held talks in Islamabad.", "04", "PAKGOV>INDGOV", ""},
		{"guard: signed a deal", "2018-09-16", "Ethiopia and Eritrea signed a peace deal.", "057", "ERIGOV>ETHGOV", ""},
	})
}
