package pipeline

import "testing"

// TestTheCountryIsTheStorys: "the country" in a place ("in the south of
// the country", "the centre of the country") is the story's own country,
// the one Home gives, weighing the dateline, not merely the one named
// most or last: a story from Hanoi whose sentence names a Chinese-owned
// plant before "the south of the country" speaks of Vietnam; a story from
// Geneva that never names Switzerland speaks of the country it is about.
func TestTheCountryIsTheStorys(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"filed from the country, another named last",
			"Riots\n\nHANOI, Vietnam —\n\nVietnam's government ordered a crackdown on Monday after anti-China riots. Vietnamese police said mobs attacked a Chinese-owned steel plant in the south of the country.",
			"attacked", "18", "southern Vietnam/VNM"},
		{"filed from the country, militants of another named last",
			"Attack\n\nNAIROBI, Kenya —\n\nKenya's government vowed to hunt the attackers on Tuesday. Kenyan police said gunmen from Somalia attacked a bus in the north of the country.",
			"attacked", "18", "northern Kenya/KEN"},
		{"filed from the country, the east",
			"Border\n\nKABUL, Afghanistan —\n\nAfghanistan's defence ministry said on Sunday that Afghan troops had repelled militants from Pakistan who attacked a checkpoint in the east of the country.",
			"attacked", "19", "eastern Afghanistan/AFG"},
		{"no dateline, the one country named",
			"Malian troops attacked jihadist camps in the north of the country on Monday.",
			"attacked", "19", "northern Mali/MLI"},
		{"filed from the country, the east",
			"Clashes\n\nKIEV, Ukraine —\n\nRussia said Russian troops had pulled back. Moscow accused Kyiv of lying, and Russian media repeated the charge. Ukrainian troops attacked separatists in the east of the country.",
			"attacked", "19", "eastern Ukraine/UKR"},
		{"filed from abroad, the country of the story",
			"Talks\n\nGENEVA, Switzerland —\n\nSyrian rebels walked out of the talks on Monday. Syria's government said the rebels had no support. Syrian troops shelled rebel positions in the north of the country.",
			"shelled", "19", "northern Syria/SYR"},
	})
}
