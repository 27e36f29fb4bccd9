package syntax

import (
	"strings"
	"testing"
)

// TestClauses holds families of sentences for constructions found wrong on
// the tuning half of the dev sets: the tags, clause kinds and relations a
// coder needs from each. A tag is checked as "word/TAG" in Tags' output.
func TestClauses(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		named   []string
		times   []string
		tags    []string
		clauses string // kinds in order, "" to skip
		rels    []string
	}{
		// a name written in capitals is a name, not the pronoun it spells
		{name: "the US in a serial list", text: "The US, Russia, and China met in Geneva.",
			named: []string{"US", "Russia", "China", "Geneva"}, tags: []string{"US/NNP"},
			rels: []string{"conj(The US, Russia)", "conj(The US, China)", "subj(met, The US)"}},
		{name: "the US after a preposition", text: "Ministers from the US and Canada signed the accord.",
			named: []string{"US", "Canada"}, tags: []string{"US/NNP"}, rels: []string{"conj(the US, Canada)"}},
		{name: "US opening the sentence", text: "US troops shelled the village.",
			named: []string{"US troops"}, tags: []string{"US/NNP"}, rels: []string{"subj(shelled, US troops)"}},
		{name: "the US as a speaker", text: "The US said Iraq had attacked Kuwait.",
			named: []string{"US", "Iraq", "Kuwait"}, tags: []string{"US/NNP"}, clauses: "main complement",
			rels: []string{"subj(said, The US)", "subj(had attacked, Iraq)"}},
		{name: "us in lower case stays a pronoun", text: "They told us the army had withdrawn.",
			tags: []string{"us/PRP"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := sentence(t, tc.text, tc.named, tc.times)
			tags := " " + Tags(s) + " "
			for _, w := range tc.tags {
				if !strings.Contains(tags, " "+w+" ") {
					t.Errorf("tags: got %s, want %s", tags, w)
				}
			}
			if tc.clauses != "" {
				var kinds []string
				for _, c := range s.Analysis.Clauses {
					kinds = append(kinds, c.Kind.String())
				}
				if got := strings.Join(kinds, " "); got != tc.clauses {
					t.Errorf("clauses: got %q, want %q", got, tc.clauses)
				}
			}
			if m := missing(s, tc.rels); len(m) > 0 {
				t.Errorf("missing relations %v\nin %s\n%s", m, Relations(s), Chunks(s))
			}
		})
	}
}
