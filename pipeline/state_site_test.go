package pipeline

import "testing"

// A state's bases, garrisons and craft of war, named after its name or
// adjective, are its military: an act of force on them falls on the
// military, not the government. A specific agent noun before them keeps its
// own ("a police outpost"); alone they are no one's.
func TestStateSitesAreMilitary(t *testing.T) {
	testLexRows(t, []lexRow{
		{"air bases after a state's name", "2020-01-08", "Iranian missiles hit two U.S. air bases in Iraq on Wednesday.", "19", "IRN>USAMIL", ""},
		{"airbase after an adjective", "2017-04-07", "Israeli jets bombed a Syrian airbase near Homs on Friday.", "19", "ISRMIL>SYRMIL", ""},
		{"naval base", "2023-09-13", "Ukrainian drones struck a Russian naval base in Crimea on Sunday.", "19", "UKRMIL>RUSMIL", ""},
		{"torpedo boat", "1999-06-15", "South Korean warships sank a North Korean torpedo boat on Tuesday.", "19", "KORMIL>PRKMIL", ""},
		{"garrison", "1982-05-01", "Argentine commandos attacked a British garrison on the island.", "19", "ARGMIL>GBRMIL", ""},
		{"a minesweeper fired on", "2019-07-20", "Iranian gunboats fired on a British minesweeper in the Gulf.", "19", "IRNMIL>GBRMIL", ""},
		{"police before the site keep theirs", "2006-12-07", "Soldiers seized weapons from a police barracks in Suva on Monday.", "171", "FJIMIL>FJICOP", ""},
		{"an army garrison", "2012-03-22", "Rebels overran a Malian army garrison near Gao on Monday.", "192", "MLIREB>MLIMIL", ""},
		{"a reconnaissance jet", "2012-06-22", "Syrian air defences shot down a Turkish reconnaissance jet over the Mediterranean.", "190", "SYRMIL>TURMIL", ""},
		{"a spy plane", "2001-04-01", "Chinese fighter jets intercepted a U.S. spy plane over the South China Sea.", "19", "CHNMIL>USAMIL", ""},
		{"a passenger jet stays civilian", "2014-07-17", "A missile shot down a Malaysian passenger jet over eastern Ukraine.", "18", "UKRUAF>MYSCVL", ""},
	})
}
