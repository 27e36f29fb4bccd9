package pipeline

import "testing"

// TestOwnedMeasurePassive: a measure undone, eased or tightened in the
// passive with no agent ("Britain's arms embargo on Sudan was lifted",
// "Washington's sanctions against Cuba were tightened") is acted on by
// whose the measure is, its possessor; the measure's own phrase names the
// target. A person the entry reads as the target ("Russia's ambassador
// was expelled") is no owner: the possessor stays the target.
func TestOwnedMeasurePassive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sanctions tightened", d, "Washington's sanctions against Cuba were tightened on Friday.", "163", "USAGOV>CUB", ""},
		{"embargo tightened", d, "Britain's arms embargo on Sudan was tightened.", "163", "GBR>SDN", ""},
		{"embargo lifted", d, "Britain's arms embargo on Sudan was lifted last week.", "085", "GBR>SDN", ""},
		{"restrictions tightened", d, "America's trade restrictions on China have been tightened.", "163", "USA>CHN", ""},
		{"sanctions eased", d, "Canada's sanctions on Venezuela were eased.", "08", "CAN>VEN", ""},
		{"not: an election scheduled", d, "Kenya's presidential election was scheduled for August.", "0834", "", ""},
		{"not: a person expelled", d, "Russia's ambassador was expelled on Monday.", "161", "GOV>RUSGOV", ""},
	})
}
