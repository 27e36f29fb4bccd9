package pipeline

import (
	"strings"
	"testing"
	"time"

	"dateline"
)

// TestPalaceIsTheGovernment pins the head of state's palace and a royal
// court as the government they house: an act on the building is an act on
// the government ("soldiers surrounded the presidential palace"), and the
// building that speaks is the government speaking ("the palace said").
// Where an act happens at the palace, the palace is no target.
func TestPalaceIsTheGovernment(t *testing.T) {
	c := defaultCoder(t)
	ref := time.Date(2021, 9, 6, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, root, dyad string
	}{
		{"surrounded, in a story from the capital",
			"CONAKRY, Guinea (AP) \u2014 Soldiers surrounded the presidential palace on Sunday.", "19", "GINMIL>GINGOV"},
		{"stormed by protesters, the city named",
			"Protesters stormed the presidential palace in Colombo on Saturday.", "14", "LKAOPP>LKAGOV"},
		{"attacked by mutineers, told by the government",
			"Mutinous soldiers attacked the presidential palace in Bissau on Tuesday, the government said.", "19", "GNBMIL>GNBGOV"},
		{"shelled by rebels",
			"KHARTOUM, Sudan (AP) \u2014 Paramilitary fighters shelled the presidential palace overnight.", "19", "SDNUAF>SDNGOV"},
		{"a siege by a crowd",
			"LIMA, Peru (AP) \u2014 Thousands of demonstrators besieged the presidential palace, demanding new elections.", "14", "PEROPP>PERGOV"},
		{"a royal court that speaks",
			"AMMAN, Jordan (AP) \u2014 The royal court accused the former crown prince of plotting against the state.", "11", "JORGOV>JOR*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, c, tt.text, ref)
			for _, e := range evs {
				if tt.root != "" && e.CAMEO[:2] != tt.root {
					continue
				}
				if got := dyad(e); matchDyad(got, tt.dyad) {
					return
				}
			}
			t.Errorf("no %s event %s in %q: %v", tt.root, tt.dyad, tt.text, dyads(evs))
		})
	}
	t.Run("a meeting at the palace is aimed at the guest", func(t *testing.T) {
		evs := codeText(t, c, "PARIS (AP) \u2014 Macron received Erdogan at the presidential palace on Monday.", ref)
		e := find(evs, "04")
		if e == nil || dyad(*e) != "FRAGOV>TURGOV" {
			t.Errorf("got %v, want 04 FRAGOV>TURGOV", dyads(evs))
		}
	})
}

// matchDyad reports whether dyad got ("SRC>TGT") matches want, where a
// trailing "*" in want stands for any sector.
func matchDyad(got, want string) bool {
	ws, wt, _ := strings.Cut(want, ">")
	gs, gt, _ := strings.Cut(got, ">")
	return matchCode(gs, ws) && matchCode(gt, wt)
}

func matchCode(got, want string) bool {
	if p, ok := strings.CutSuffix(want, "*"); ok {
		return strings.HasPrefix(got, p)
	}
	return got == want
}

// dyads lists events as "CAMEO SRC>TGT".
func dyads(evs []dateline.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.CAMEO+" "+dyad(e))
	}
	return out
}
