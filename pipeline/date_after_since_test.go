package pipeline

import "testing"

// TestDateAfterSinceInRelative holds a relative clause on the subject that
// ends with "since" or "until" and a date before the sentence's verb ("The
// movement that has camped in the square since February accused the
// parties"): the date is the preposition's object, not the subject of a
// clause that "since" opens, so the verb after it is the sentence's, with
// the noun before the relative clause as its subject. "since March began."
// with no object after it is still a clause of its own.
func TestDateAfterSinceInRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"since a month accused", "2020-03-02", "The student movement that has occupied the square since February accused the Egyptian government of betraying the revolution.", "11", "EGYCVL>EGYGOV", ""},
		{"since last month accused", "2020-03-02", "The protesters who have camped outside parliament since last March accused the Thai government of lying.", "11", "THAOPP>THAGOV", ""},
		{"until a year attacked", "2020-03-02", "Rebels who had held the town until 2019 attacked a Malian army convoy near Gao.", "19", "MLIREB>MLIMIL", ""},
		{"since a weekday condemned", "2020-03-02", "The miners who have been on strike since Monday condemned the Zambian government.", "111", "ZMBCVL>ZMBGOV", ""},
		{"since a year criticised", "2020-03-02", "The opposition party that has boycotted parliament since 2018 criticised the Togolese president.", "111", "TGOOPP>TGOGOV", ""},
		{"relative with its own subject", "2020-03-02", "The town that the rebels have held since March was shelled by the Malian army.", "19", "MLIMIL>", ""},
	})
}
