package pipeline

import "testing"

// TestBlamePlanned: planning or plotting an act of force is a
// blame predicate, as masterminding it is: voiced by a speaker ("Erdogan
// said Saudi officials had planned the killing") it is the speaker's
// accusation of the planner; told alone, or of an act short of force, it
// is none.
func TestBlamePlanned(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said officials had planned the killing", d, "Turkey said on Tuesday that Saudi officials had planned the killing of the journalist.", "112", "TUR>SAUGOV", ""},
		{"said a service plotted the assassination", d, "Iran said Israel had plotted the assassination of its nuclear scientist.", "112", "IRN>ISR", ""},
		{"told parliament that agents plotted the bombing", d, "Britain told parliament that Russian agents had plotted the bombing in Salisbury.", "112", "GBR>RUSSPY", ""},
		{"police said militants planned the attack", d, "Kenya's police said al Shabaab had planned the attack on the mall for months.", "112", "KENCOP>SOMRAD", ""},
		{"charged that rebels planned the bombing", d, "Colombia's president said the ELN had planned the car bombing in Bogota.", "112", "COLGOV>COLREB", ""},
		{"not: planning told alone", d, "Saudi officials planned the killing of the journalist.", "112", "", ""},
		{"not: ordering an arrest stays the arrest", d, "Sudan's prosecutor said he had ordered the arrest of the former president.", "112", "", ""},
		{"not: a plan of no force", d, "Germany said France had planned the summit.", "112", "", ""},
	})
}
