package pipeline

import "testing"

// TestOwnerThroughIncluding: a thing of an object an entry lists ("the
// broadcasts") belongs to whom its "of" phrase names; when that phrase
// names no one ("foreign news channels") but its ", including ..." phrase
// does, those named are the target ("including France 24": FRAMED). With
// no one named, a domestic measure stays on the source's own country.
func TestOwnerThroughIncluding(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a foreign channel named among others", date: "2010-12-06",
			text:     "ABIDJAN, Ivory Coast (AP) — The government has suspended the broadcasts of foreign news channels, including France 24, on Saturday.\n",
			sentence: "suspended the broadcasts", want: []string{"17 CIVGOV>FRAMED"}, not: []string{"17 CIVGOV>CIVCVL"}},
		{name: "two broadcasters named among others", date: "2022-03-04",
			text:     "MOSCOW (AP) — Russia suspended the broadcasts of several foreign broadcasters, including the BBC and Deutsche Welle.\n",
			sentence: "suspended the broadcasts", want: []string{"17 RUS>GBRMED", "17 RUS>DEUMED"}},
		{name: "no one named: the source's own people", date: "2022-03-04",
			text:     "BAMAKO, Mali (AP) — Mali's junta suspended the broadcasts of two private stations.\n",
			sentence: "suspended the broadcasts", want: []string{"17 MLIGOV>MLICVL"}},
	})
}
