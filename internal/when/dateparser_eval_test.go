//go:build dateparser

// This file measures github.com/markusmobius/go-dateparser on the sentences
// that Find sees, to record why package when does not use it. Run with
//
//	go test -tags dateparser -run TestDateparserStartup -bench Dateparser -benchmem ./internal/when/
package when

import (
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

func dateparserConfig() *dps.Configuration {
	return &dps.Configuration{
		Languages:           []string{"en"},
		CurrentTime:         time.Date(2018, 11, 13, 12, 0, 0, 0, time.UTC),
		PreferredDateSource: dps.Past,
	}
}

// TestDateparserStartup logs the cost of the first Search call, which loads
// the English locale data.
func TestDateparserStartup(t *testing.T) {
	start := time.Now()
	_, res, err := dps.Search(dateparserConfig(), benchWithDate)
	t.Logf("first Search: %v, results %v, err %v", time.Since(start), res, err)
	start = time.Now()
	_, res, err = dps.Search(dateparserConfig(), benchNoDate)
	t.Logf("second Search (no date): %v, results %v, err %v", time.Since(start), res, err)
}

func BenchmarkDateparserSearch(b *testing.B) {
	cfg := dateparserConfig()
	for _, bc := range []struct{ name, text string }{{"NoDate", benchNoDate}, {"WithDate", benchWithDate}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dps.Search(cfg, bc.text)
			}
		})
	}
}
