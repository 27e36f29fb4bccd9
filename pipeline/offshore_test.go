package pipeline

import "testing"

// TestOffshore pins acts at sea off a country: "off X", "off the coast of
// X", "near the coast of X", "in the waters off X". The place is that
// country's (its coast is no place of the gazetteer's), and an act CAMEO
// codes on the country where it happens (a missile fired into the sea, a
// show of force) takes it as target. Before, "off" was no locative for a
// country named as an actor, and a country after "the coast of" was read
// as whom the act addressed. Stories are filed from a third country.
func TestOffshore(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		{"off a country", "2009-04-08",
			"Pirates strike again\n\nNAIROBI, Kenya —\n\nPirates seized a cargo ship off Somalia on Wednesday.",
			"seized a cargo", "18", "Somalia/SOM", ""},
		{"off the coast of a country", "2009-04-08",
			"Pirates strike again\n\nNAIROBI, Kenya —\n\nPirates seized a tanker off the coast of Somalia on Wednesday.",
			"seized a tanker", "18", "Somalia/SOM", ""},
		{"near the coast of a country", "2016-10-12",
			"Warship buzzed\n\nLONDON, Britain —\n\nRussian jets buzzed a U.S. warship near the coast of Syria on Tuesday.",
			"buzzed", "15", "Syria/SYR", ""},
		{"boats off the coast of a country", "2016-10-12",
			"Navy confrontation\n\nDUBAI, United Arab Emirates —\n\nIranian boats harassed a U.S. destroyer off the coast of Yemen on Tuesday.",
			"harassed", "17", "Yemen/YEM", ""},
		{"drills off an island", "2022-08-05",
			"Drills near Taiwan\n\nTOKYO, Japan —\n\nChinese warships held live-fire drills off Taiwan on Friday.",
			"drills", "15", "Taiwan/TWN", ""},
		// guards: the outskirts of a city keep the city
		{"guard: the outskirts of a city", "2016-10-12",
			"Shelling\n\nBEIRUT, Lebanon —\n\nThe army shelled villages on the outskirts of Aleppo on Tuesday.",
			"shelled", "19", "Aleppo/SYR", ""},
	})
	testLexRows(t, []lexRow{
		{"a missile into the sea off a country: that country", "2017-08-29",
			"Missile test\n\nBEIJING, China —\n\nNorth Korea fired two missiles into the sea off Japan on Tuesday.", "150", "PRK>JPNGOV", ""},
		{"a missile into waters off the coast of a country", "2017-08-29",
			"Missile test\n\nBEIJING, China —\n\nNorth Korea fired a missile into waters off the coast of Japan on Tuesday.", "150", "PRK>JPNGOV", ""},
		{"drills off an island: its government", "2022-08-05",
			"Drills near Taiwan\n\nTOKYO, Japan —\n\nChinese warships held live-fire drills off Taiwan on Friday.", "150", "CHNMIL>TWNGOV", ""},
		// guards: "off" as a particle keeps the country an actor
		{"guard: broke off relations with", "2017-06-05",
			"Gulf rift\n\nCAIRO, Egypt —\n\nBahrain broke off relations with Qatar on Monday.", "161", "BHR>QAT", ""},
	})
}
