package pipeline

import "testing"

// TestParticleAfterFourWordObject: a phrasal verb's particle after an
// object of four words ("ordered three U.S. consular officials out of the
// country", "drove the remaining rebel fighters out") is still the verb's,
// as after a shorter one; a preposition of time after the object is no
// particle ("signed the new emergency decree on Monday").
func TestParticleAfterFourWordObject(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"ordered four-word object out", d, "Maduro ordered three U.S. consular officials out of the country.", "161", "VENGOV>USAGOV", ""},
		{"drove four-word object out", d, "Government troops drove the remaining rebel fighters out of the town.", "190", "MIL>REB", ""},
		{"handed four-word object over", d, "The rebels handed the two captured soldiers over to the Red Cross.", "0841", "REB>MIL", ""},
		{"a time is no particle", d, "The president signed the new emergency decree on Monday.", "057", "", ""},
	})
}
