package pipeline

import "testing"

// TestPlaceOfTheNounsOwnKind: "the island", "the city" stand first for
// the last place of the noun's own kind named before, then for the last
// of any kind the noun may name: "the island" after Taiwan and a city
// named since is Taiwan.
func TestPlaceOfTheNounsOwnKind(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the island after an island state and a capital named since", date: "2022-08-05",
			text:     "TAIPEI, Taiwan (AP) — U.S. lawmakers arrived in Taiwan on Tuesday despite warnings from Beijing.\n\nChinese warships later fired missiles at the island.\n",
			sentence: "fired missiles at the island", want: []string{"19 CHNMIL>TWN"}, not: []string{"19 CHNMIL>CHN"}},
		{name: "the island after an island state and a city named since", date: "2017-03-08",
			text:     "COLOMBO (AP) — Indian envoys visited Sri Lanka on Monday and then flew to Chennai.\n\nChinese warships later shelled the island.\n",
			sentence: "shelled the island", want: []string{"19 CHNMIL>LKA"}, not: []string{"19 CHNMIL>IND"}},
		{name: "the city after a city, with no island", date: "2023-05-02",
			text:     "KYIV, Ukraine (AP) — Russian troops fought their way into Bakhmut on Monday.\n\nRussian drones later struck the city.\n",
			sentence: "struck the city", want: []string{"19 RUSMIL>UKR"}},
	})
}
