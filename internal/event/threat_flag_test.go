package event

import (
	"strings"
	"testing"
)

// TestThreatFlag: policy.tsv's threat flag is the class of threats, root 13
// (CAMEO's THREATEN): every line of the root carries it, since a longer
// prefix with a flags column sets all of its flags, and no other code has it.
func TestThreatFlag(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for code := range l.codes {
		if got, want := l.has(code, flagThreat), strings.HasPrefix(code, "13"); got != want {
			t.Errorf("%s: threat flag %v, want %v", code, got, want)
		}
	}
}
