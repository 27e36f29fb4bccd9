package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestStatementByTeller: what "a statement by X" or "a report from X"
// says is told by X: the rule names the teller, as it does for "X said".
// A statement by no actor names no teller.
func TestStatementByTeller(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text, code, teller string }{
		{"a statement by a spokesman", "A statement on Tuesday by a spokesman for the Kenyan army said Somali militants had attacked the base.", "19", "told by spokesman for the Kenyan army"},
		{"a report from a ministry", "A report from Ukraine's defence ministry said Russian troops had shelled the town.", "19", "told by Ukraine's defence ministry"},
		{"by no actor", "A statement posted online on Tuesday said militants had attacked the base.", "19", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, e := range codeText(t, c, tc.text, ref) {
				if !strings.HasPrefix(e.CAMEO, tc.code) {
					continue
				}
				found = true
				if got := strings.Contains(e.Rule, "told by"); got != (tc.teller != "") || tc.teller != "" && !strings.Contains(e.Rule, tc.teller) {
					t.Errorf("rule %q, want teller %q", e.Rule, tc.teller)
				}
			}
			if !found {
				t.Errorf("no %s event", tc.code)
			}
		})
	}
}
