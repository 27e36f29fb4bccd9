package actor

import (
	"slices"
	"testing"
)

// TestLexiconAgrees checks each lexeme against the tables it was gathered
// from, and that every word of a word set has a lexeme: a word of text
// without one is read as in no set.
func TestLexiconAgrees(t *testing.T) {
	d := dict(t)
	for f := lexFlag(1); f <= lexKind; f <<= 1 {
		for w, ok := range d.table(f) {
			if ok && (d.lexicon[w] == nil || d.lexicon[w].in&f == 0) {
				t.Errorf("%q: in set %b, not in its lexeme", w, f)
			}
		}
	}
	for w, ok := range d.plurals {
		if ok && (d.lexicon[w] == nil || !d.lexicon[w].plural) {
			t.Errorf("%q: plural, not in its lexeme", w)
		}
	}
	for w, ns := range d.agentsBy {
		if d.lexicon[w] == nil || !slices.Equal(d.lexicon[w].agents, ns) {
			t.Errorf("%q: starts %d agent names, its lexeme others", w, len(ns))
		}
	}
	for w, lx := range d.lexicon {
		for f := lexFlag(1); f <= lexKind; f <<= 1 {
			if got, want := lx.in&f != 0, d.table(f)[w]; got != want {
				t.Errorf("%q in set %b: got %v, want %v", w, f, got, want)
			}
		}
		if lx.common != d.isCommon(w) || lx.modifier != d.modifier(w) || lx.plural != d.plurals[w] || lx.key != d.keys[w] {
			t.Errorf("%q: lexeme %+v disagrees with the tables", w, *lx)
		}
	}
}
