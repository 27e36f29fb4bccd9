package pipeline

import "testing"

// TestReleaseAskedOfHolder: a release asked for or demanded of people whom a
// participle or relative clause of the same sentence says someone holds
// ("the soldiers held by Rwanda", "the students who are held by police") is
// asked of that holder, as one told holding them before is; a state's police
// or forces hold them for its government.
func TestReleaseAskedOfHolder(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "demanded, a participle names the holder", date: "2019-03-05",
			text:     "KINSHASA, Congo (AP) — Congo demanded on Monday the release of the soldiers held by Rwanda.\n",
			sentence: "demanded on Monday", want: []string{"10 COD>RWA"}, not: []string{"10 COD>CODMIL"}},
		{name: "urged, the holders are pirates", date: "2019-03-05",
			text:     "NAIROBI, Kenya (AP) — Kenya urged the release of the fishermen held by Somali pirates.\n",
			sentence: "urged the release", want: []string{"02 KEN>SOMCRM"}},
		{name: "called for, rebels hold them in a place", date: "2019-03-05",
			text:     "PARIS (AP) — France called for the release of two journalists held by the Islamist rebels in Mali.\n",
			sentence: "called for the release", want: []string{"02 FRA>MLIREB"}},
		{name: "a relative clause in the present", date: "2019-03-05",
			text:     "KAMPALA, Uganda (AP) — Uganda has demanded the immediate release of the students who are held by Congolese police.\n",
			sentence: "demanded the immediate release", want: []string{"10 UGA>CODGOV"}},
		{name: "no holder named, no holder guessed", date: "2019-03-05",
			text:     "KINSHASA, Congo (AP) — Uganda demanded the release of the students on Monday.\n",
			sentence: "demanded the release", not: []string{"10 UGA>COD", "10 UGA>CODCOP"}},
	})
}
