package pipeline

import (
	"testing"
	"time"
)

// TestArmedKindNoun codes a story that names an armed group and then
// calls it by what its members are ("The M23 movement seized Rubaya. The
// fighters then attacked ..."): "the fighters", "the insurgents" are that
// group's (its kind: nouns), not armed men of no state. The rows were
// written for this test, not taken from any evaluation set.
func TestArmedKindNoun(t *testing.T) {
	c := newCoder(t)
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range armedKindRows {
		t.Run(tt.name, func(t *testing.T) {
			checkCodedLike(t, c, tt.text, ref, tt.code, tt.want, true)
		})
	}
}

var armedKindRows = []struct{ name, text, code, want string }{
	{"M23 fighters", "The M23 movement seized the town of Rubaya on Monday. The fighters then attacked Congolese soldiers near Sake.", "19", "CODREB>CODMIL"},
	{"Islamic State insurgents", "Islamic State claimed an attack on a checkpoint near Kirkuk on Monday. The insurgents later attacked an Iraqi army post.", "19", "IMGRAD>IRQMIL"},
	{"al-Shabab fighters", "Al-Shabab stormed a hotel in Mogadishu on Monday. The fighters also attacked a Somali police station.", "19", "SOMRAD>SOMCOP"},
	{"Houthi fighters", "The Houthis fired missiles at a tanker on Monday. The fighters also attacked Saudi border posts.", "19", "YEMREB>SAU"},
	{"Boko Haram fighters", "Boko Haram raided a village in Borno state on Monday. The fighters later attacked a Nigerian army base.", "19", "NGARAD>NGAMIL"},
}
