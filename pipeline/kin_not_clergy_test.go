package pipeline

import "testing"

// TestKinNotClergy: "Father" before a name is a priest's title, but "the
// boy's father", "her father" and "the father of the victim" are kin, no
// clergy: a name the agents knowledge writes capitalised ("Father") names
// the agent only when the text capitalises it too, as an acronym ("PM")
// names it only in capitals.
func TestKinNotClergy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a victim's father", "2005-01-01", "KATHMANDU, Nepal — The boy's father accused the army of killing him.", "112", "NPLCVL>NPLMIL", ""},
		{"the father of a student", "2005-01-01", "KATHMANDU, Nepal — The father of the slain student accused police of torture.", "1122", "NPLCVL>NPLCOP", ""},
		{"her father, of no one named, is no one (before: clergy)", "2019-05-01", "CAIRO — Her father accused the security forces of torturing her.", "11", "", ""},
		{"a priest by his title", "2005-01-01", "KATHMANDU, Nepal — Father Miguel accused police of torture.", "1122", "NPLREL>NPLCOP", ""},
		{"a priest by title and role", "1984-10-01", "WARSAW, Poland — Father Jerzy Popieluszko, a priest, accused the regime of lies.", "112", "POLREL>POLGOV", ""},
		{"an acronym still only in capitals", "2019-05-01", "LONDON — The PM accused Labour of lying.", "112", "GBRGOV>GBRPTY", ""},
	})
}
