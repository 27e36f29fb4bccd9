package pipeline

import "testing"

// TestHyphenForceVerb: verbs of force written as noun-verb compounds
// ("pepper-sprayed", "carpet-bombed") code as their acts, as "tear-gassed"
// and "baton-charged" do: pepper spray on people is repression (175),
// carpet bombing is aerial attack (195).
func TestHyphenForceVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pepper-sprayed: police, students, America", d, "Police pepper-sprayed students in Davis.", "175", "USACOP>USACVL", ""},
		{"pepper-sprayed: police, protesters, Europe", "2013-06-01", "Turkish police pepper-sprayed Kurdish protesters in Istanbul.", "175", "TURCOP>TUROPP", ""},
		{"pepper-sprayed: passive with agent, Asia", d, "Demonstrators were pepper-sprayed by police in Seoul.", "175", "KORCOP>KOROPP", ""},
		{"pepper-sprayed: journalists, Africa", d, "Egyptian police pepper-sprayed journalists in Cairo.", "175", "EGYCOP>EGYMED", ""},
		{"pepper-sprayed: students, Latin America", "2011-08-04", "Chilean police pepper-sprayed students in Santiago.", "175", "CHLCOP>CHLCVL", ""},
		{"carpet-bombed: alliance, 1990s", "1995-09-01", "NATO jets carpet-bombed Serb positions.", "195", "IGONATO>SRB", ""},
		{"carpet-bombed: suburbs, Middle East", "2006-07-20", "Israeli jets carpet-bombed the southern suburbs of Beirut.", "195", "ISRMIL>LBN", ""},
		{"carpet-bombed: 1980s, Asia", "1985-05-01", "Soviet bombers carpet-bombed Afghan villages.", "195", "RUSMIL>AFGCVL", ""},
		{"control: a plain bombing verb", d, "Russian jets bombed rebel positions in Idlib.", "195", "RUSMIL>SYRREB", ""},
		{"control: pepper spray fired, a noun", d, "Police fired pepper spray at protesters in Hong Kong.", "175", "HKGCOP>HKGOPP", ""},
	})
}
