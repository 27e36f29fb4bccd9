package pipeline

import "testing"

// TestUndoingAskedOfOwner: an appeal or a demand that a measure be undone
// ("the lifting of American sanctions", "an end to the Israeli siege") is
// asked of whose the measure is, named by a word before its head, a
// possessor or a participle's agent; not of whom it falls on, and not of
// the asker's own side.
func TestUndoingAskedOfOwner(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "lifting of sanctions, adjective", date: "2019-03-05",
			text:     "TEHRAN, Iran (AP) — Iran called on Monday for the lifting of American sanctions.\n",
			sentence: "lifting of American", want: []string{"02 IRN>USA"}},
		{name: "an end to a blockade, adjective", date: "2019-03-05",
			text:     "ANKARA (AP) — Turkish officials have called for an end to the Israeli blockade.\n",
			sentence: "an end to", want: []string{"02 TURGOV>ISR"}},
		{name: "demanded, the lifting of a siege", date: "2019-03-05",
			text:     "GAZA CITY (AP) — Hamas demanded the lifting of the Israeli siege on Tuesday.\n",
			sentence: "lifting of the Israeli siege", want: []string{"10 PSEREB>ISR"}},
		{name: "a possessor", date: "2019-03-05",
			text:     "HAVANA (AP) — Cuba urged an end to Washington's embargo on Tuesday.\n",
			sentence: "an end to", want: []string{"02 CUB>USAGOV"}},
		{name: "who is freed is no owner", date: "2019-03-05",
			text:     "NAIROBI, Kenya (AP) — Kenya called for the release of the Somali prisoners.\n",
			sentence: "release of the Somali", not: []string{"02 KEN>SOMGOV"}},
		{name: "one's own measure asked undone names no one", date: "2019-03-05",
			text:     "WASHINGTON (AP) — The United States called for the lifting of American sanctions.\n",
			sentence: "lifting of American", not: []string{"* USA>USA", "* USA>USAGOV"}},
	})
}
