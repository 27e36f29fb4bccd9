package pipeline

import "testing"

// TestCraftPeopleOwner: people on a craft take the country of the craft's
// owner that the sentence names ("the passengers and crew of an Indian
// Airlines jet" are Indian, as "hostages from the Italian cruise ship" and
// "French hostages" already were), not the country of the place where they
// are held or freed; people with no owner named keep the place's ("freed 20
// passengers in Kandahar").
func TestCraftPeopleOwner(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an airline's jet at an airport", d, "Hijackers freed the passengers and crew of an Indian Airlines jet in Kandahar.", "0841", "UAF>INDCVL", ""},
		{"a ship off a coast", d, "Pirates released the passengers and crew of a Greek ferry off Somalia.", "0841", "SOMCRM>GRCCVL", ""},
		{"an airliner, the place a city", d, "Gunmen freed the passengers and crew of the British airliner at Larnaca.", "0841", "UAF>GBRCVL", ""},
		{"an airline by name", d, "The hijackers freed the passengers and crew of the Air India jet in Dubai.", "0841", "UAF>INDCVL", ""},
		{"rebels in a third country", d, "The rebels freed the passengers and crew of an Egyptian airliner in Malta.", "0841", "MLTREB>EGYCVL", ""},
		{"from a cruise ship, as before", d, "The rebels freed ten hostages from the Italian cruise ship in Port Said.", "0841", "EGYREB>ITACVL", ""},
		{"nationality adjective, as before", d, "Kidnappers freed two French hostages in Beirut.", "0841", "LBNCRM>FRACVL", ""},
		{"no owner keeps the place", d, "Hijackers freed 20 passengers in Kandahar.", "0841", "UAF>AFGCVL", ""},
		{"no owner, joined, keeps the place", d, "Hijackers freed the passengers and crew in Kandahar.", "0841", "UAF>AFGCVL", ""},
	})
}
