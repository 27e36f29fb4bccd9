package actor

import (
	"math/bits"
	"slices"
	"strings"
	"testing"

	"dateline"

	"github.com/agnivade/levenshtein"
)

// FuzzLetterSet checks the bound fuzzyAt relies on to skip names: words d
// edits apart differ in at most 2d bits of their letter sets.
func FuzzLetterSet(f *testing.F) {
	for _, p := range [][2]string{{"haftar", "hiftar"}, {"gheddafi", "gadhafi"}, {"sharma", "sharaa"}, {"müller", "muller"}, {"", "ab"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		d := levenshtein.ComputeDistance(a, b)
		if diff := bits.OnesCount32(letterSet(a) ^ letterSet(b)); diff > 2*d {
			t.Fatalf("%q and %q: %d edits apart but %d letter bits differ", a, b, d, diff)
		}
	})
}

// TestFuzzyAtReadsAll checks that fuzzyAt, which reads only the surnames
// of lengths near the word's, finds what reading every surname of the
// letter in the data's order finds, in the same order: for each surname,
// misspelt by a letter dropped, doubled or changed.
func TestFuzzyAtReadsAll(t *testing.T) {
	d := dict(t)
	ordered := map[byte][]surname{}
	for c, b := range d.fuzzy {
		ordered[c] = slices.SortedFunc(slices.Values(b), func(x, y surname) int { return x.order - y.order })
	}
	all := func(w word) []*name {
		if !w.cap || len(w.norm) < 5 || w.key == "" || d.isCommon(w.norm) || d.other[w.norm] {
			return nil
		}
		max := 1
		if len(w.norm) >= 8 {
			max = 2
		}
		b := ordered[w.key[0]]
		var best []*name
		bestD := max + 1
		for _, s := range b {
			k := s.n.norms[0]
			if k[0] != w.norm[0] && s.n.keys[0][0] != w.key[0] {
				continue
			}
			dist := levenshtein.ComputeDistance(w.norm, k)
			if dist > max || !sameConsonants(w.key, s.n.keys[0]) {
				continue
			}
			switch {
			case dist < bestD:
				best, bestD = append(best[:0], s.n), dist
			case dist == bestD:
				best = append(best, s.n)
			}
		}
		return best
	}
	n := 0
	for _, b := range d.fuzzy {
		for _, s := range b {
			k := s.n.norms[0]
			for _, v := range []string{k[1:], k[:len(k)-1], k[:2] + k[3:], k + "a", k[:3] + "e" + k[4:], k[:1] + k[:]} {
				text := strings.ToUpper(v[:1]) + v[1:]
				ws := splitWordsKeyed(nil, text, strings.ToLower(text), dateline.NoWord, 0, 0, d.lexicon, nil, nil)
				if len(ws) != 1 {
					continue
				}
				got, want := d.fuzzyAt(ws[0]), all(ws[0])
				if !slices.Equal(got, want) {
					t.Errorf("%s: got %d names, want %d (or in another order)", text, len(got), len(want))
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("got no surnames to misspell")
	}
}
