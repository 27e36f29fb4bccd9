package pipeline

import "testing"

// TestPlacePossessed pins a place named after a country's possessive ("in
// Afghanistan's Helmand province", "in Egypt's North Sinai province"): the
// act is in the place the possessive owns, not in the country, and a
// direction word that begins a name ("North Sinai", "South Kordofan") is
// that name, not the country's north. "Ukraine's east" stays the region,
// a city's district the city, a possessed noun that is no place the
// country.
func TestPlacePossessed(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		{"a country's province", "2016-10-10",
			"Taliban attack police\n\nKABUL, Afghanistan —\n\nTaliban fighters attacked a police checkpoint in Afghanistan's Helmand province on Monday, killing six officers.",
			"Helmand", "18|19", "Helmand/AFG", ""},
		{"a province whose name opens with North", "2017-11-24",
			"Gunmen attack mosque in Sinai\n\nCAIRO, Egypt —\n\nMilitants attacked a mosque in Egypt's North Sinai province on Friday, killing more than 300 worshippers.",
			"attacked a mosque", "18|19", "North Sinai/EGY", ""},
		{"a state whose name opens with South", "2012-05-02",
			"Sudan bombs rebels\n\nKHARTOUM, Sudan —\n\nSudanese troops attacked rebel positions in Sudan's South Kordofan state on Wednesday, the army said.",
			"South Kordofan", "19", "South Kordofan|Southern Kordofan/SDN", ""},
		{"a country's state", "2014-09-12",
			"Boko Haram raids village\n\nABUJA, Nigeria —\n\nBoko Haram fighters attacked a village in Nigeria's Borno state on Friday, residents said.",
			"Borno", "18|19", "Borno/NGA", ""},
		{"a country's province, Pakistan", "2019-04-12",
			"Bomb hits market in Quetta\n\nISLAMABAD, Pakistan —\n\nGunmen attacked a bus in Pakistan's Balochistan province on Thursday, killing 14 passengers.",
			"Balochistan", "18|19", "Balochistan/PAK", ""},
		{"a country's governorate", "2019-05-20",
			"Syrian jets strike Idlib\n\nBEIRUT, Lebanon —\n\nSyrian government aircraft bombed rebel towns in Syria's Idlib province on Monday, rescuers said.",
			"Idlib", "19", "Idlib/SYR", ""},
		// guards: a direction after the possessive; a city's district; no place possessed
		{"guard: a country's east is its region", "2014-08-20",
			"Fighting in Ukraine's east\n\nKYIV, Ukraine —\n\nRussian-backed separatists attacked Ukrainian troops in Ukraine's east on Wednesday.",
			"Ukraine's east", "18|19", "eastern Ukraine/UKR", ""},
		{"guard: a city's district is the city", "2008-05-08",
			"Gunmen battle in Beirut\n\nBEIRUT, Lebanon —\n\nHezbollah fighters attacked government supporters in Beirut's Sunni districts on Thursday.",
			"Sunni districts", "18|19", "Beirut/LBN", ""},
		{"guard: a possessed noun that is no place leaves the country", "2019-06-20",
			"Iran downs drone\n\nTEHRAN, Iran —\n\nIranian forces shot down an American drone in Iran's airspace on Thursday, the Revolutionary Guards said.",
			"shot down", "18|19", "Iran/IRN", ""},
	})
}
