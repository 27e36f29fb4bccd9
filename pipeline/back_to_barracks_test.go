package pipeline

import "testing"

// TestBackToBarracks: forces ordered or sent back to barracks or bases, or
// going back there, de-escalate (087); forces sent to a base abroad, back
// into a territory or back to the front are deployed (154).
func TestBackToBarracks(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered the soldiers back to their barracks", d, "Bolivia's new army chief ordered the soldiers back to their barracks on Wednesday.", "087", "BOLMIL>", ""},
		{"ordered its troops back to their bases", d, "Russia ordered its troops back to their bases after the drills near the Ukrainian border.", "087", "RUS>", ""},
		{"sent the troops back to barracks", d, "Guinea's army command sent the troops back to barracks after the mutiny.", "087", "GINMIL>", ""},
		{"mutineers returned to their barracks", d, "The mutinous Ivorian soldiers returned to their barracks on Friday.", "087", "CIVMIL>", ""},
		{"troops went back to their bases", d, "Armenian troops went back to their bases after the clashes.", "087", "ARMMIL>", ""},
		{"sent troops to a base abroad is a deployment", d, "China sent troops to a base in Djibouti.", "154", "CHN>DJIGOV", ""},
		{"sent troops back into a territory is a deployment", d, "Israel sent troops back into Gaza on Sunday.", "154", "ISR>PSEGOV", ""},
	})
}
