package actor

import (
	"io/fs"
	"testing"
	"time"
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
