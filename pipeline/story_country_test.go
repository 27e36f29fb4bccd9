package pipeline

import "testing"

// TestIslandStatesOwn: an agent an island state owns through its
// description ("the island's president" after Taiwan or Cuba is named) is
// that state's, as "Taiwan's president" would be, not the story's or the
// other party's; a city's description ("the city's government") gives its
// agents no country that way, as the city may be of another state than
// the one named last.
func TestIslandStatesOwn(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the island's president in the story of the other party", date: "2023-04-09",
			text:     "BEIJING, China — China's military launched drills around Taiwan on Saturday, days after the island's president met the U.S. House speaker in California.\n",
			sentence: "met the", want: []string{"04 TWNGOV>*"}, not: []string{"04 CHNGOV>*"}},
		{name: "the island's minister, present tense, next sentence", date: "2015-01-12",
			text:     "HAVANA, Cuba — Cuba frees 50 political prisoners under its deal with Washington.\n\nThe island's foreign minister thanks the Vatican for its help.\n",
			sentence: "thanks the", want: []string{"05 CUBGOV>*"}},
		{name: "a foreign desk: the island's president welcomes troops", date: "2023-11-20",
			text:     "NEW DELHI, India — Indian engineers arrived in the Maldives on Monday to run two helicopters.\n\nThe island's president praised the mission.\n",
			sentence: "praised", want: []string{"05 MDVGOV>*"}, not: []string{"05 INDGOV>*"}},
		{name: "a city's government is no state's described", date: "2019-06-13",
			text:     "LONDON, United Kingdom — Protests spread across Hong Kong on Wednesday after police fired tear gas in Beijing's name.\n\nBritain urged the city's government to listen to the protesters.\n",
			sentence: "urged the", not: []string{"02 GBRGOV>CHNGOV"}},
	})
}
