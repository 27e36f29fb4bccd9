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
func TestOwnedCallingItNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"calling a decision illegal criticises its maker", d, "Beijing called Japan's decision illegal and provocative.", "111", "CHNGOV>JPN", ""},
		{"calling measures unacceptable", d, "The Iranian foreign ministry called the new French measures unacceptable.", "111", "IRNGOV>FRA", ""},
		{"calling a vote a sham", d, "Kenya's opposition called the vote a sham.", "111", "KENOPP>", ""},
		{"terming a move a provocation accuses its doer", d, "Ankara termed the Greek move a provocation.", "112", "TURGOV>GRC", ""},
		{"branding an arrest a kidnapping", d, "Caracas branded the Colombian arrest a kidnapping.", "112", "VENGOV>COL", ""},
		{"calling a meeting productive is no criticism", d, "Mexico called the meeting productive.", "11", "", ""},
		{"calling an election is no criticism", d, "Chile called an early election for March.", "11", "", ""},
		{"calling a minister is a call", d, "Sudan called Egypt's foreign minister on Monday.", "041", "SDN>EGYGOV", ""},
	})
}
