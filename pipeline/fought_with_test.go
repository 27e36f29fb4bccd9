package pipeline

import "testing"

// TestFoughtWith: fighting or battling "with" an actor is fighting that
// actor (190), as "clashed with" is; with an "against" phrase as well
// ("fought with Kurdish militias against the Islamic State") the "with"
// party is an ally and the one fought is after "against"; "with" and a
// thing ("fought with rifles") names no one fought.
func TestFoughtWith(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops fought with rebels", d, "Malian troops fought with Tuareg rebels near Kidal on Sunday.", "190", "MLIMIL>MLIREB", ""},
		{"police fought with protesters", d, "Georgian police fought with protesters outside the parliament in Tbilisi.", "180", "GEOCOP>GEOOPP", ""},
		{"have been fighting with, perfect progressive", d, "Kurdish fighters have been fighting with Turkish soldiers since Monday.", "190", "TURUAF>TURMIL", ""},
		{"troops fought with soldiers of another country", d, "Indian troops fought with Chinese soldiers in the Galwan valley in June.", "190", "INDMIL>CHNMIL", ""},
		{"army battled with militants", d, "The Pakistani army battled with Taliban militants in Swat for a week.", "190", "PAKMIL>AFGREB", ""},
		{"fought with an ally against an enemy", d, "American troops fought with Kurdish militias against Islamic State fighters in Raqqa.", "190", "USAMIL>IMGRAD", ""},
		{"fought with rifles names no one", d, "Ukrainian soldiers fought with old rifles near Bakhmut.", "190", "UKRMIL>UKR", ""},
	})
}
