package pipeline

import (
	"testing"
	"time"
)

// TestPersonsPlaceRaided: a home, office or party a person's "his" or
// "her" names stands for that person, not for the raiders who share the
// person's country: the raid keeps the person as target.
func TestPersonsPlaceRaided(t *testing.T) {
	rows := []struct{ name, text, want string }{
		{"raided his home", "NAIROBI, Kenya (AP) — Raila Odinga returned on Sunday. Police raided his home on Monday.", "173 KENCOP>KENOPP"},
		{"raided his party's headquarters", "LOME, Togo (AP) — Jean-Pierre Fabre returned on Sunday. Security forces raided his party's headquarters.", "173 TGOMIL>TGOOPP"},
	}
	c := defaultCoder(t)
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			events := codeText(t, c, tt.text, ref)
			var got []string
			for _, e := range events {
				got = append(got, e.CAMEO+" "+dyad(e))
				if e.CAMEO+" "+dyad(e) == tt.want {
					return
				}
			}
			t.Errorf("got %v, want %s", got, tt.want)
		})
	}
}

// TestCriticsHeld: those who stand against whoever owns them ("its
// critics", "its opponents": agents.txt's against) are the opposition, not
// the owner: a state jailing its critics acts on them, not on itself.
func TestCriticsHeld(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "jailed its critics", date: sweepDate, text: "LAGOS, Nigeria (AP) — The military government has jailed hundreds of its critics.", code: "173", want: "NGAGOV>NGAOPP"},
		{name: "locked up its opponents", date: sweepDate, text: "The regime in Asmara has locked up thousands of its opponents.", code: "173", want: "ERIGOV>ERIOPP"},
		{name: "its forces stay its own", date: sweepDate, text: "LAGOS, Nigeria (AP) — The government deployed its forces in the delta.", code: "15", want: "NGAGOV>"},
	})
}

// TestRaidedPremises: a raid on a home, office, newsroom or dormitory falls
// on whose it is, told by a verb or by "a police raid on".
func TestRaidedPremises(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "police raid on the offices of a newspaper", date: sweepDate, text: "A police raid on the offices of the opposition newspaper in Phnom Penh lasted four hours.", code: "173", want: "KHMCOP>KHMMED"},
		{name: "raided the newsroom of a broadcaster", date: sweepDate, text: "Security agents raided the newsroom of an independent broadcaster in Kiev.", code: "173", want: "UKRCOP>UKRMED"},
		{name: "raided the residence of the opposition leader", date: sweepDate, text: "Troops raided the residence of the opposition leader in Harare.", code: "173", want: "ZWEMIL>ZWEOPP"},
	})
}
