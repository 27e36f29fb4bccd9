package pipeline

import "testing"

// TestDescribedNameModifier: a person the knowledge lacks, set off with a
// description whose nationality stands after a word of what the person
// is ("Leon Klinghoffer, a disabled American passenger,", "Ivan Petrov, a
// retired Russian general,"), is of that nationality, as with "an
// elderly American tourist". The word as a verb ("Rebels disabled
// Russian tanks") makes no person.
func TestDescribedNameModifier(t *testing.T) {
	testLexRows(t, []lexRow{
		{"disabled passenger", "1985-10-11", "Gunmen seized the liner on Monday. They killed Leon Klinghoffer, a disabled American passenger, and threw his body into the sea.", "18", "UAF>USACVL", ""},
		{"retired general", "2018-03-05", "Gunmen shot Ivan Sokolov, a retired Russian general, and fled on a motorbike.", "19", "UAF>RUSMIL", ""},
		{"retired diplomat", "2010-05-05", "Gunmen kidnapped Jean Dupont, a retired French diplomat, and drove him across the border.", "18", "UAF>FRAGOV", ""},
		{"disabled tourist", "2010-05-05", "Gunmen abducted Tomas Horvat, a disabled Croatian tourist, and demanded a ransom for him.", "18", "UAF>HRVCVL", ""},
		{"guard: the verb", "2010-05-05", "Rebels disabled Russian tanks near the border.", "19", "", ""},
	})
}
