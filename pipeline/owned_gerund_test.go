package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// TestOwnedGerund codes the gerund after a verb that owns to an act
// ("admitted sending aid", "acknowledged meeting", "confirmed funding"):
// the gerund is the act, done, by the subject; after "denied" it is the
// act, not done. The rows were written for this test, not taken from any
// evaluation set.
func TestOwnedGerund(t *testing.T) {
	c := newCoder(t)
	c.All = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range ownedGerundRows {
		t.Run(tt.name, func(t *testing.T) {
			if msg := modalityMiss(codeText(t, c, tt.text, ref), tt); msg != "" {
				t.Errorf("%q: %s", tt.text, msg)
			}
		})
	}
}

var ownedGerundRows = []modalityRow{
	{name: "confirmed sending aid", text: "Kenya confirmed sending medical aid to Haiti.", code: "07", want: "KEN>HTI", mod: dateline.Asserted},
	{name: "acknowledged meeting", text: "Morocco acknowledged meeting Israeli officials in Rabat.", code: "04", want: "MAR>ISR", mod: dateline.Asserted},
	{name: "admitted bombing", text: "The Saudi-led coalition admitted bombing a hospital in northern Yemen.", code: "19", want: "SAU>YEM", mod: dateline.Asserted},
	{name: "acknowledged visiting", text: "The Brazilian president acknowledged visiting Venezuela last year.", code: "042", want: "BRAGOV>VEN", mod: dateline.Asserted},
	{name: "confirmed funding", text: "Qatar confirmed funding the reconstruction of schools in Gaza.", code: "07", want: "QAT>PSE", mod: dateline.Asserted},
	{name: "admitted sending troops", text: "Ethiopia admitted sending troops into Eritrea.", code: "15", want: "ETH>ERI", mod: dateline.Asserted},
	{name: "denied sending weapons", text: "South Africa denied sending weapons to Russia.", code: "07", want: "ZAF>RUS", mod: dateline.Negated},
	{name: "denied funding", text: "Rwanda denied funding the M23 rebels in Congo.", code: "07", want: "RWA>COD", mod: dateline.Negated},
}
