package pipeline

import "testing"

// TestNoMeasureTaken holds a speaker's count of none of a measure its own
// side takes ("police said they had made no arrests"): a report that no
// one was arrested, not a denial of responsibility (016), as "no arrests
// had been made" is not; and no arrest is coded. An act its side is said
// not to have done ("had not arrested the journalist") and force said not
// used stay denials.
func TestNoMeasureTaken(t *testing.T) {
	testLexRows(t, []lexRow{
		{"made no arrests", d, "Police said they had made no arrests by late Monday.", "016", "", ""},
		{"made no arrests: no arrest", d, "Police said they had made no arrests by late Monday.", "173", "", ""},
		{"detained no protesters", d, "The Ugandan army said it had detained no protesters during the march.", "016", "", ""},
		{"arrested no one", d, "Kenyan police said they had arrested no one after the rally in Nairobi.", "016", "", ""},
		{"made no detentions, time first", d, "Turkish police said on Sunday they had made no detentions at the border.", "016", "", ""},
		{"its officers made no arrests", d, "The Belarusian interior ministry said its officers had made no arrests at the vigil.", "016", "", ""},
		{"not: had not arrested", d, "The police said they had not arrested the journalist.", "016", "COP>", ""},
		{"not: never detained", d, "The Peruvian police insisted they had never detained the activist.", "016", "PERCOP>", ""},
		{"not: had not shelled", d, "The Russian defence ministry said its troops had not shelled the village.", "016", "RUSGOV>", ""},
	})
}
