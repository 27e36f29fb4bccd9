package pipeline

import "testing"

// TestAnsweredAct: an act told as the answer to an earlier act ("answered
// the invasion with protests", "responded to the killings with a general
// strike") is aimed at who did the act answered, told in a sentence
// before, not at the source's own government as a protest at home is.
func TestAnsweredAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protests answer an invasion", "1979-02-20", "Chinese troops crossed into northern Vietnam on Saturday and shelled several towns. Thousands of Vietnamese answered the invasion with protests in Hanoi.", "14", "VNMCVL>CHNMIL", ""},
		{"a strike answers killings", "1991-01-14", "Soviet troops fired on demonstrators in Vilnius on Sunday, killing 13 people. Thousands of Lithuanians responded to the killings with a general strike.", "14", "LTUCVL>RUSMIL", ""},
		{"a boycott answers a raid", "1986-04-20", "American warplanes bombed Tripoli and Benghazi on Tuesday. Thousands of Libyans answered the raid with rallies in Tripoli.", "14", "LBYCVL>USAMIL", ""},
		{"a sit-in answers the arrests", "2011-05-03", "Syrian security forces arrested dozens of Kurdish activists in Qamishli. Kurdish residents answered the arrests with a sit-in outside the governor's office.", "14", "SYRCVL>SYRMIL", ""},
		{"a march answers the seizure", "1982-04-05", "Argentine troops seized the Falkland Islands on Friday. Thousands of Britons answered the seizure with a march on the Argentine embassy in London.", "14", "GBRCVL>ARGMIL", ""},
		{"no act answered: stays at home", "1991-01-14", "Thousands of Lithuanians answered the call with a general strike.", "14", "LTUCVL>LTUGOV", ""},
	})
}
