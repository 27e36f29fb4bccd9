package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestPresentStanding: in a story's body, an act of material cooperation
// or conflict told in the simple present, with no time of its own and no
// one saying it, tells how things stand, not news ("Turkey shelters 3.5
// million Syrian refugees", "Tanks guard the palace", "Washington, which
// funds the army, ..."); a story's first coded sentence (its lede, or a
// sentence coded alone, headline-style) tells news in the present, and so
// does a verbal act ("Baku accuses him of ...") or one told with a time or
// in the past.
func TestPresentStanding(t *testing.T) {
	ref := time.Date(2019, time.March, 12, 12, 0, 0, 0, time.UTC)
	c := newCoder(t)
	const lead = "Police in the capital arrested an opposition leader on Monday. "
	tests := []struct {
		name, text string
		code       string // the CAMEO prefix that must (want) or must not (!want) code
		want       bool
	}{
		{"shelters refugees", lead + "Turkey shelters more than 3.5 million Syrian refugees in camps along the border.", "075", false},
		{"tanks guard", lead + "Tanks guard the presidential palace and the state television building.", "074", false},
		{"funds and arms, subordinate clause", lead + "The opposition blamed Moscow, since Russia funds and arms the separatists.", "07", false},
		{"supplies arms", lead + "Iran supplies weapons and training to the Houthi rebels in Yemen.", "07", false},
		{"relative clause of funding", lead + "The United States, which funds the Afghan army, welcomed the deal.", "07", false},
		{"occupies floors", lead + "The embassy occupies the top floors of an office tower in the city centre.", "192", false},
		{"troops are stationed", lead + "About 2,500 French troops are stationed in Mali.", "15", false},
		{"a sentence alone, headline-style: news in the present", "Israel strikes Hamas targets in Gaza after rocket fire", "19", true},
		{"a verbal act in the present", lead + "Baku accuses him of financing terrorism.", "112", true},
		{"denial in the present", lead + "The minister denies any wrongdoing.", "016", true},
		{"the past tense", lead + "Turkey sheltered 3,000 Syrian refugees in camps along the border last month.", "075", true},
		{"a time of its own", lead + "Tanks guard the presidential palace on Tuesday after the coup attempt.", "074", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var all []string
			got := false
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+dyad(e))
				got = got || strings.HasPrefix(e.CAMEO, tt.code)
			}
			if got != tt.want {
				t.Errorf("%s coded: %v, want %v (events %v)", tt.code, got, tt.want, all)
			}
		})
	}
}
