// Package cost measures the memory a piece of work allocates, so tests can
// hold dateline to a cost that grows linearly with its input: a story twice
// as long may take twice the memory, never more, however often it repeats
// a name, a title or a place.
//
// It is for tests: Linear takes a testing.TB.
package cost

import (
	"runtime"
	"slices"
	"testing"
)

// MaxGrowth is how many times the bytes Linear allows the work on an input
// four times as large to allocate: four, and a margin for what does not
// grow evenly (a map that doubles, a buffer rounded up).
const MaxGrowth = 5.0

// Bytes returns the bytes allocated while f runs. It counts every goroutine's
// allocations, so nothing else should run meanwhile.
func Bytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Linear checks that the work build(n) returns allocates at most about
// linearly more as n grows: for each n in sizes, the work of size 4n may
// allocate at most MaxGrowth times the work of size n. build makes the
// input outside the measurement and returns the work; each work runs once
// to warm up what is built lazily, then three times measured, the median
// counted.
func Linear(t testing.TB, sizes []int, build func(n int) func()) {
	t.Helper()
	measure := func(n int) uint64 {
		// the median of three runs: a pool a collection emptied, or
		// refilled, moves one run's count by a fraction of the small size
		work := build(n)
		work()
		var b [3]uint64
		for i := range b {
			b[i] = Bytes(work)
		}
		slices.Sort(b[:])
		return b[1]
	}
	for _, n := range sizes {
		small, large := measure(n), measure(4*n)
		if small == 0 {
			t.Fatalf("size %d allocates nothing: the test measures nothing", n)
		}
		ratio := float64(large) / float64(small)
		t.Logf("size %d -> %d: %d -> %d bytes (%.2fx)", n, 4*n, small, large, ratio)
		if ratio > MaxGrowth {
			t.Errorf("size %d -> %d: got %.1fx the bytes (%d -> %d), want at most %.0fx", n, 4*n, ratio, small, large, MaxGrowth)
		}
	}
}

// Word spells i in the letters a to z ("a", "b", ... "ba"), so a test can
// make as many different names as it needs that still read as words.
func Word(i int) string {
	s := ""
	for i > 0 || s == "" {
		s = string(rune('a'+i%26)) + s
		i /= 26
	}
	return s
}
