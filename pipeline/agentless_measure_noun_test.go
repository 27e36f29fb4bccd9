package pipeline

import "testing"

// TestAgentlessMeasureNoun: a state's measure named by its noun with no doer
// ("after the arrest of opposition leader X", "the detention of the
// activists sparked protests") is done by whom the passive that names no
// one implies ("X was arrested": police), as the occasion of its clause or
// as a clause's subject; a measure asked for, feared or avoided is not done.
func TestAgentlessMeasureNoun(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"after the arrest of an opposition leader", "2021-03-04", "Riots broke out in Dakar after the arrest of opposition leader Ousmane Sonko.", "173", "SENCOP>SENOPP", ""},
		{"following the detention of", "2020-09-08", "Thousands marched in Minsk following the detention of opposition figure Maria Kolesnikova.", "173", "BLRCOP>BLROPP", ""},
		{"the arrest of journalists as subject", "2016-11-01", "The arrest of three journalists in Istanbul drew condemnation.", "173", "TURCOP>TURMED", ""},
		{"the detention of activists sparked protests", "2019-06-12", "The detention of the activists in Hong Kong sparked protests.", "173", "HKGCOP>HKGOPP", ""},
		{"after the conviction of", "2014-06-23", "Relatives wept outside the court in Cairo after the conviction of three Al Jazeera journalists.", "116", "EGYJUD>QATMED", ""},
		{"amid the arrests of", "1998-09-21", "Tension rose in Kuala Lumpur amid the arrests of supporters of former deputy prime minister Anwar Ibrahim.", "173", "MYSCOP>MYSCVL", ""},
		{"guard: an arrest demanded", d, "Protesters in Nairobi demanded the arrest of the officers.", "173", "", ""},
		{"guard: the threat of arrest", d, "The threat of arrest did not deter the protesters in Moscow.", "173", "", ""},
		{"guard: arrest avoided", d, "The Zimbabwean opposition leader went into hiding to avoid arrest.", "173", "", ""},
		{"guard: an expulsion discussed", d, "EU ministers discussed the possible expulsion of Russian diplomats.", "17", "", ""},
	})
}
