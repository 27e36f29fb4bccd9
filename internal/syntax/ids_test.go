package syntax

import (
	"testing"

	"dateline"
	"dateline/internal/segment"
)

// TestWordIDs checks that the ids a sentence's words carry are the word
// table's ids of their forms and lemmas, whether Identify set the tokens'
// ids or the analysis looked them up, and that the two readings agree: a
// later stage that finds a word by its id finds what it would by its text.
func TestWordIDs(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text string }{
		{"irregular past", "Russia said on Monday it had withdrawn its troops from the border."},
		{"plural nouns", "Thousands of protesters clashed with police in Nairobi in 2019."},
		{"capital first", "Protesters stormed the parliament building in Kampala."},
		{"hyphen joined", "The army launched a counter-offensive against the rebels."},
		{"hyphen verb", "North Korea test-fired two missiles, Seoul said."},
		{"is spelling", "Criticising the decision, the minister recognised the new government."},
		{"unknown name", "Fayez Serraj met Khalifa Haftar in Palermo in November 2018."},
		{"negated future", "Iran will not sign the agreement, its foreign minister said."},
		{"modal hypothetical", "If Ankara fails to act, Washington would impose sanctions."},
		{"passive", "Two journalists were arrested by Egyptian security forces in Cairo."},
		{"numbers and caps", "The UN said 1,200 refugees had fled to Chad since March 2004."},
		{"quoted", "\"We condemn the attack,\" the Pakistani embassy said in a statement."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			looked := &dateline.Sentence{Span: dateline.Span{End: len(tc.text)}, Text: tc.text, Tokens: segment.Tokens(tc.text, 0, len(tc.text))}
			a.Analyze(looked, Hints{})
			known := &dateline.Sentence{Span: looked.Span, Text: tc.text, Tokens: segment.Tokens(tc.text, 0, len(tc.text))}
			a.Identify(known)
			a.Analyze(known, Hints{Identified: true})
			for _, s := range []*dateline.Sentence{looked, known} {
				for i, tok := range s.Tokens {
					if got, want := tok.ID, a.WordID(tok.Lower); got != want {
						t.Errorf("%q: ID %d, want %d", tok.Text, got, want)
					}
					w := s.Analysis.Words[i]
					if got, want := w.LemmaID, a.WordID(w.Lemma); got != want {
						t.Errorf("%q (lemma %q): LemmaID %d, want %d", tok.Text, w.Lemma, got, want)
					}
				}
			}
			for i := range looked.Analysis.Words {
				if got, want := known.Analysis.Words[i], looked.Analysis.Words[i]; got != want {
					t.Errorf("%q: identified %+v, looked up %+v", looked.Tokens[i].Text, got, want)
				}
			}
		})
	}
}
