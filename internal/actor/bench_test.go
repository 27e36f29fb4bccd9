package actor

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"dateline/internal/cost"
)

func BenchmarkDefault(b *testing.B) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMentions(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	s := sentence("Photos of the encounter show Premier Giuseppe Conte presiding over a handshake between the Tripoli-based U.N.-backed prime minister, Fayez Serraj, and rival Gen. Khalifa Hifter, commander of the self-styled Libyan National Army that is based in Libya's east.")
	on := time.Date(2018, 11, 13, 0, 0, 0, 0, time.UTC)
	tr := d.NewTracker(on)
	b.ReportAllocs()
	for b.Loop() {
		tr.Mentions(s)
	}
}

// strangerText is a story of n paragraphs, each naming a titled person, a
// general and a surname no one named before, as a long list of obituaries
// or election candidates does.
func strangerText(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		k := cost.Word(i)
		fmt.Fprintf(&b, "Prime Minister John Smith%s met Gen. Ivan Petrov%s on Monday, and the general said Smith%s would visit.\n\n", k, k, k)
	}
	return b.String()
}

// BenchmarkTrackerStrangers follows stories of more and more people no one
// named before. The time per paragraph must stay flat as the story grows:
// looking a surname or a title up must not read everyone named so far.
func BenchmarkTrackerStrangers(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	on := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{100, 400, 1600, 6400} {
		sents := testSentences(strangerText(n))
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tr := d.NewTracker(on)
				for _, s := range sents {
					tr.Mentions(s)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/paragraph")
		})
	}
}
