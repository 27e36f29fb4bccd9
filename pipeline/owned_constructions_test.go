package pipeline

import "testing"

// Constructions seen behind misses in the owned set's tuning half
// (testdata/owned, odd stories). Each family is written for this file;
// none is a story's sentence.

func TestOwnedVerbOnlyWordInList(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a verb-only word inside a list of weapons", d, "Georgian police fired rubber bullets, stun grenades and water cannon at hundreds of protesters.", "175", "GEOCOP>GEOOPP", ""},
		{"right after the past verb", d, "Serbian police fired stun grenades at demonstrators.", "175", "SRBCOP>SRBOPP", ""},
		{"after a conjunction", d, "Kenyan police fired tear gas and stun grenades at protesters.", "175", "KENCOP>KENOPP", ""},
		{"a coordinated verb of its own stays a verb", d, "Chilean police will arrest the leaders and stun the crowd.", "175", "", ""},
	})
}
