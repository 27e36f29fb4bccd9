package pipeline

import "testing"

// TestHaven: force on a place that a "where" clause says holds an actor
// ("shelled a village where rebels were hiding") falls on them, as force
// on a bus carrying them does. Not an act short of force ("visited the
// school where Obama studied"), nor a where-clause that names no one.
func TestHaven(t *testing.T) {
	testLexRows(t, []lexRow{
		{"camps where militants trained", d, "Israeli jets struck camps where Hamas militants were training.", "19", "ISRMIL>PSEREB", ""},
		{"village where rebels hid", d, "Syrian troops shelled a village where rebels were hiding.", "19", "SYRMIL>SYRREB", ""},
		{"mosque where militants gathered", d, "Police raided a mosque where Islamist militants had gathered.", "19", "COP>RAD", ""},
		{"house where soldiers stayed", d, "Palestinian gunmen opened fire on a house where Israeli soldiers were staying.", "19", "PSEUAF>ISRMIL", ""},
		{"a visit", d, "The president visited the school where Obama studied.", "04", "USAGOV>", ""},
		{"a place holding no one", d, "Troops shelled the town where the talks were held.", "19", "MIL>", ""},
	})
}
