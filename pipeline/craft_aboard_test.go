package pipeline

import "testing"

// TestCraftPeopleAboard: people "aboard" a craft whose owner the phrase
// names are the owner's ("the passengers aboard the Indian airliner at
// Kandahar airport" are Indian), as "of" and "from" already say, not the
// place's where they are held; aboard a craft of no named owner they keep
// the place's ("the passengers aboard the plane in Kandahar").
func TestCraftPeopleAboard(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an airliner at an airport", d, "The hijackers released the passengers aboard the Indian airliner at Kandahar airport.", "0841", "UAF>INDCVL", ""},
		{"a cruise ship off a coast", d, "Gunmen held 40 hostages aboard an Italian cruise ship off Egypt.", "181", "UAF>ITACVL", ""},
		{"a trawler, fishermen", d, "Pirates freed 20 fishermen aboard a Greek trawler off Somalia.", "0841", "SOMCRM>GRCCVL", ""},
		{"a third country's airport", d, "The hijackers released the passengers aboard a Kuwaiti airliner in Algiers.", "0841", "UAF>KWTCVL", ""},
		{"joined by and", d, "The hijackers freed the passengers and crew aboard the Kuwaiti airliner in Algiers.", "0841", "UAF>KWTCVL", ""},
		{"no owner keeps the place", d, "Hijackers freed the passengers aboard the plane in Kandahar.", "0841", "UAF>AFGCVL", ""},
	})
}
