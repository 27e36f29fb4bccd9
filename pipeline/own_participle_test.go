package pipeline

import (
	"testing"
	"time"
)

// TestOwnParticiple codes a participle of another kind of act after an
// act of force ("Gunmen attacked a village, abducting 40 women"): the
// abduction is an event of its own (181, policy.tsv apart), not the toll of
// the attack, as a killing of the same force is. The rows were written
// for this test, not taken from any evaluation set.
func TestOwnParticiple(t *testing.T) {
	c := defaultCoder(t)
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range ownParticipleRows {
		t.Run(tt.name, func(t *testing.T) {
			checkCodedLike(t, c, tt.text, ref, tt.code, tt.want, false)
		})
	}
}

var ownParticipleRows = []struct{ name, text, code, want string }{
	{"attacked, abducting", "Gunmen attacked a village in Zamfara, abducting 40 women.", "181", "UAF>NGACVL"},
	{"stormed, abducting", "Gunmen stormed a bus near the border, abducting six passengers.", "181", "UAF>CVL"},
	{"raided, kidnapping", "Militants raided a school in the north, kidnapping two teachers.", "181", "REB>CVL"},
	{"attacked church, kidnapping", "Gunmen attacked a church on Sunday, kidnapping a priest and two nuns.", "181", "UAF>REL"},
	{"raided hospital, kidnapping", "Separatist fighters raided a hospital, kidnapping three doctors.", "181", "REB>CVL"},
	{"attacked mine, kidnapping", "Islamist militants attacked a mine, kidnapping five foreign workers.", "181", "RAD>CVL"},
	{"raided, killing (toll kept)", "Bandits raided a market in Katsina, killing 12 traders.", "19", "NGACRM>NGA"},
}
