package where

import (
	"runtime"
	"testing"
)

// BenchmarkLoad loads the embedded data as Default does. Besides time and
// allocations per load it reports live-heap-MB: how much the heap holds
// after a garbage collection with one gazetteer alive, over what it held
// before.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep, err := load(placesTSV, embedded)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := load(placesTSV, embedded); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "live-heap-MB")
}

// BenchmarkMentions finds the places in a typical news sentence.
func BenchmarkMentions(b *testing.B) {
	g := gaz(b)
	s := sentence("Fighting spread from eastern Libya to the outskirts of Tripoli and Misrata on Tuesday, " +
		"officials of the Tripoli-based government told reporters in Cairo, while the rival commander's forces in Libya's east held Benghazi.")
	h := Hint{Countries: []string{"LBY"}}
	b.ReportAllocs()
	for b.Loop() {
		g.Mentions(s, h, nil)
	}
	b.ReportMetric(float64(len(s.Tokens)), "tokens")
}

// BenchmarkMentionsNone is a sentence without places, the common case.
func BenchmarkMentionsNone(b *testing.B) {
	g := gaz(b)
	s := sentence("The spokesman said on Tuesday that the talks would go on, and that he expected an agreement by the end of the month.")
	b.ReportAllocs()
	for b.Loop() {
		g.Mentions(s, Hint{}, nil)
	}
}

// BenchmarkResolve resolves an ambiguous name with hints.
func BenchmarkResolve(b *testing.B) {
	g := gaz(b)
	h := Hint{Countries: []string{"LBN"}}
	b.ReportAllocs()
	for b.Loop() {
		g.Resolve("Tripoli", h)
	}
}
