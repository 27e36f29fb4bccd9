package pipeline

import "testing"

// TestDeniedCleft: a cleft names who did an act ("it was Russia that
// vetoed the resolution"); with its copula denied ("it was not Russia
// that attacked the convoy") the act is denied of that actor and is not
// coded as done. Other relative clauses after a denied verb keep their
// own reading.
func TestDeniedCleft(t *testing.T) {
	rows := []lexRow{
		{"cleft: the actor named", sweepDate, "It was the Israeli army that opened fire on the convoy near Gaza.", "19", "ISRMIL>*", ""},
		{"cleft with who", sweepDate, "It was Turkish troops who shelled the Kurdish villages on Sunday.", "19", "TURMIL>*", ""},
		{"not: was not X that", sweepDate, "It was not Russia that attacked the convoy, the Kremlin said.", "19", "", ""},
		{"not: wasn't X that", sweepDate, "It wasn't the army that opened fire on the protesters.", "17|18|19", "", ""},
		{"not: is not X that, present", sweepDate, "It is not Iran that arms the Houthi rebels, Tehran says.", "07", "", ""},
		{"a relative on a denied verb's object is its own", sweepDate, "Russia did not condemn the rebels who attacked the convoy in Donetsk.", "19", "*>*", ""},
	}
	runSweep(t, "denied cleft", rows, len(rows))
}
