package pipeline

import "testing"

// TestGuardsmen: guardsmen are members of a national or presidential guard,
// the state's military. The word alone had named no one, so what they did
// fell for want of a party.
func TestGuardsmen(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "guardsmen fire on protesters", date: "1989-04-09",
			text:     "TBILISI, Georgia (AP) — Guardsmen fired on protesters in the capital on Sunday.\n",
			sentence: "fired", want: []string{"* GEOMIL>GEOOPP"}},
		{name: "national guardsmen arrest students", date: "2014-02-20",
			text:     "CARACAS, Venezuela (AP) — National guardsmen arrested dozens of students on Thursday.\n",
			sentence: "arrested", want: []string{"17 VENMIL>VENCVL"}},
		{name: "a guardsman shoots a student", date: "1980-03-12",
			text:     "SAN SALVADOR, El Salvador (AP) — A guardsman shot a student outside the university on Wednesday.\n",
			sentence: "shot", want: []string{"* SLVMIL>SLVCVL"}},
		{name: "guardsmen beat villagers", date: "1979-06-20",
			text:     "MANAGUA, Nicaragua (AP) — Guardsmen beat villagers near Masaya on Wednesday.\n",
			sentence: "beat", want: []string{"* NICMIL>NICCVL"}},
		{name: "guardsmen detain lawmakers", date: "2011-03-04",
			text:     "ABIDJAN, Ivory Coast (AP) — Guardsmen detained two opposition lawmakers on Friday.\n",
			sentence: "detained", want: []string{"17 CIVMIL>*"}},
	})
}
