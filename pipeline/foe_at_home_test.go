package pipeline

import "testing"

// TestFoeAtHome: in a story of one country, a place its state's forces
// take by force with no one named as target ("retook the building",
// "recaptured the compound") is taken from who last used force at home, of no arm of the state:
// rebels, gunmen, hostage-takers. A foreign other party the story paired
// the country with still comes first, and a story with no such party gives
// none.
func TestFoeAtHome(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a hospital retaken after rebels stormed a town", date: "1995-06-18",
			text:     "MOSCOW (AP) — Chechen rebels stormed the town of Budennovsk on Wednesday and seized hundreds of hostages.\n\nOn Saturday Russian special forces tried to retake the hospital.\n",
			sentence: "tried to retake", want: []string{"19 RUSMIL>RUSREB"}},
		{name: "a studio retaken from gunmen, in the Americas", date: "2024-01-10",
			text:     "QUITO, Ecuador (AP) — Masked gunmen attacked a television studio in Guayaquil on Tuesday.\n\nSoldiers later retook the building.\n",
			sentence: "retook the building", want: []string{"19 ECUMIL>UAF"}},
		{name: "a compound recaptured after a raid on parliament, in Oceania", date: "2000-05-20",
			text:     "SUVA, Fiji (AP) — Armed rebels stormed parliament on Friday and took the prime minister hostage.\n\nSoldiers recaptured the compound on Saturday.\n",
			sentence: "recaptured the compound", want: []string{"19 FJIMIL>FJIREB"}},
		{name: "an area recaptured from militants, in Africa", date: "2021-03-28",
			text:     "MAPUTO, Mozambique (AP) — Islamist militants attacked villages in Cabo Delgado province on Wednesday, killing dozens of residents.\n\nGovernment troops recaptured the area on Sunday.\n",
			sentence: "recaptured the area", want: []string{"19 MOZMIL>RAD"}},
		{name: "a border post retaken from separatists, in Asia", date: "2020-01-07",
			text:     "MANILA, Philippines (AP) — Separatist rebels overran an army outpost in Mindanao on Monday.\n\nPhilippine troops retook the outpost on Wednesday.\n",
			sentence: "retook the outpost", want: []string{"19 PHLMIL>PHLREB"}},
		{name: "a foreign other party still comes first", date: "2020-01-07",
			text:     "JUBA, South Sudan (AP) — Rebels attacked a village in Unity state on Sunday.\n\nSudanese jets bombed South Sudanese positions on Monday.\n\nSouth Sudanese soldiers seized the disputed oil field on Tuesday.\n",
			sentence: "seized the disputed", want: []string{"19 SSDMIL>SDNMIL"}},
		{name: "no one used force at home: no target", date: "2020-01-07",
			text:     "KYIV, Ukraine (AP) — Police detained dozens of protesters in Kyiv on Monday.\n\nUkrainian troops captured the hilltop village on Tuesday.\n",
			sentence: "captured the hilltop", want: []string{"19 UKRMIL>-"}},
	})
}
