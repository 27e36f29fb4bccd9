package pipeline

import "testing"

// TestListedSubjects pins a report without "that" whose complement's
// subject is a list of noun phrases joined by "and" (commas between them
// too): the list is the subject of what was said, so a judgement of it is
// voiced by the speaker ("Biden said the seizure of power and the
// detention of Suu Kyi were a direct assault on democracy"). Two clauses
// joined by "and" stay two.
func TestListedSubjects(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"two deeds judged", d, "Biden said the seizure of power and the detention of Suu Kyi were a direct assault on democracy.", "11", "USAGOV>", ""},
		{"two deeds, unacceptable", d, "The French foreign ministry said the arrest of the journalist and the closure of his newspaper were unacceptable.", "11", "FRAGOV>", ""},
		{"three deeds with commas", d, "Germany said the shelling of Kharkiv, the strikes on power plants and the attacks on hospitals were war crimes.", "11", "DEU>", ""},
		{"three forces with commas", d, "Turkey said the Greek navy, the coast guard and the air force had violated its airspace.", "112", "TUR>GRCMIL,GRCCOP", ""},
		{"two deeds, a provocation", d, "Beijing said the visit by the speaker and the sale of weapons to Taiwan were a grave provocation.", "11", "CHNGOV>TWN", ""},
		// two clauses joined by "and" stay two
		{"real: two clauses", d, "Israel said Hamas attacked the crossing and Islamic Jihad fired rockets at Sderot.", "194", "PSEREB>ISR", ""},
	})
}
