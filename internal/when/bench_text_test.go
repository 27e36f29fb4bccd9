package when

import (
	"testing"
	"time"

	"dateline"
)

// Realistic sentences for benchmarks: about 30 words, with and without dates.
const (
	benchNoDate   = "Photos of the encounter show Premier Giuseppe Conte presiding over a handshake between the Tripoli-based U.N.-backed prime minister, Fayez Serraj, and rival Gen. Khalifa Hifter, commander of the self-styled Libyan National Army."
	benchWithDate = "The office of Egyptian President Abdel-Fattah el-Sissi, who backs Hiftar, confirmed on Tuesday that he joined the mini-summit with Conte, weeks after the May 21, 2018 talks that followed the 2011 uprising."
)

func BenchmarkFind(b *testing.B) {
	ref := time.Date(2018, 11, 13, 10, 9, 0, 0, time.UTC)
	for _, bc := range []struct{ name, text string }{{"NoDate", benchNoDate}, {"WithDate", benchWithDate}} {
		s := dateline.Sentence{Text: bc.text}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				Find(s, ref)
			}
		})
	}
}

// BenchmarkLoad measures reading the embedded word list.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(embedded, DefaultFile); err != nil {
			b.Fatal(err)
		}
	}
}
