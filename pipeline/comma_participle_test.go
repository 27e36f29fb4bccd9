package pipeline

import (
	"testing"
	"time"
)

// TestCommaParticipleActs: the killing told by a participle after a comma
// is the act of the clause it closes, not of a noun's participle or a
// relative clause before it; and a vehicle named by what it carries
// ("buses carrying students") stands for those it carries.
func TestCommaParticipleActs(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		name, date, text, sentence string
		want                       string
	}{
		{"police fire on buses carrying students", "2014-10-01",
			"CHILPANCINGO, Mexico (AP) — Police opened fire on buses carrying students, killing six people.\n",
			"buses carrying", "18 MEXCOP>MEXCVL"},
		{"soldiers shell boats carrying fishermen, who were going home", "2016-05-03",
			"SANAA, Yemen (AP) — Soldiers shelled boats carrying fishermen, who were returning to port, killing two children.\n",
			"boats carrying", "19 YEMMIL>YEMCVL"},
		// the vehicle stands for whom it carries
		{"gunmen attack a convoy carrying aid workers", "2016-05-03",
			"KABUL, Afghanistan (AP) — Gunmen attacked a convoy carrying aid workers near Jalalabad.\n",
			"a convoy carrying", "18 UAF>AFGCVL"},
		{"a bus transporting soldiers is the soldiers", "2016-05-03",
			"KABUL, Afghanistan (AP) — Taliban fighters ambushed a bus transporting soldiers on Monday.\n",
			"a bus transporting", "19 AFGREB>AFGMIL"},
		{"a bus carried off is no carrier", "2016-05-03",
			"KABUL, Afghanistan (AP) — Gunmen attacked a bus carried off the road by the flood.\n",
			"a bus carried", "* UAF>-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			got := inSentence(codeText(t, c, tt.text, on), tt.sentence)
			if !codedPair(got, tt.want) {
				t.Errorf("in %q: got %v, want %s", tt.sentence, got, tt.want)
			}
		})
	}
}
