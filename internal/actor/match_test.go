package actor

import (
	"math/bits"
	"testing"

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
