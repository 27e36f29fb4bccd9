package pipeline

import "testing"

// TestHeldPlace pins an arm of the state put "in" a place a country's
// adjective says that country holds ("a court in Russian-controlled
// Crimea", "police in Israeli-occupied East Jerusalem"): it is the
// holder's, not that of the country the place lies in. Armed men of no
// state stay where they are, a place held by a group names no holder, and
// a place with no word of holding keeps its own country.
func TestHeldPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a court in Russian-controlled Crimea", d,
			"A court in Russian-controlled Crimea sentenced a Ukrainian activist to six years in prison.", "116", "RUSJUD>UKROPP", ""},
		{"police in Israeli-occupied East Jerusalem", d,
			"Police in Israeli-occupied East Jerusalem arrested three Palestinians on Friday.", "173", "ISRCOP>PSECVL", ""},
		{"soldiers in the Russian-occupied south", d,
			"Soldiers in Russian-occupied Kherson detained two Ukrainian journalists.", "173", "RUSMIL>UKRMED", ""},
		{"police in Turkish-administered northern Cyprus", d,
			"Police in Turkish-administered northern Cyprus arrested two Greek Cypriots near the buffer zone.", "173", "TURCOP>CYPCVL", ""},
		{"troops in the Moroccan-annexed territory", d,
			"Security forces in the Moroccan-annexed Western Sahara arrested five activists.", "173", "MARMIL>ESHOPP", ""},
		{"an Israeli-held place with the article", d,
			"Police in the Israeli-occupied West Bank arrested a Palestinian lawmaker.", "173", "ISRCOP>PSELEG", ""},
		// negative: armed men of no state; a place held by a group; no word of holding
		{"neg: militiamen are no holder's", d,
			"Militiamen in Syrian-controlled eastern Lebanon attacked a village.", "180", "LBNUAF>LBNCVL", ""},
		{"neg: a rebel-held place names no holder", d,
			"Police in rebel-held Idlib arrested two journalists.", "173", "SYRCOP>SYRMED", ""},
		{"neg: a place of its own country", d,
			"Police in Lebanon arrested two Syrians on Sunday.", "173", "LBNCOP>SYRCVL", ""},
	})
}
