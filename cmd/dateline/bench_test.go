package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestBenchReports runs dateline bench on the seed and on a shipped story
// and checks the report counts what was coded; timing is not asserted.
func TestBenchReports(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		stories int
	}{
		{"seed", []string{"bench", "--json", "--rounds", "3", "--workers", "2"}, 3},
		{"file", []string{"bench", "--json", "--rounds", "2", filepath.Join("..", "..", "testdata", "news", "2011-cairo-tahrir.txt")}, 2},
		{"jsonl", []string{"bench", "--json", "--rounds", "1", filepath.Join("..", "..", "testdata", "news.jsonl")}, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runArgs(t, "", tt.args...)
			if err != nil {
				t.Fatalf("got error %v (%s), want none", err, errOut)
			}
			var rep benchReport
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("got %q: %v", out, err)
			}
			if rep.Stories != tt.stories || rep.Failed != 0 || rep.Sentences == 0 || rep.Events == 0 {
				t.Errorf("got %d stories (%d failed), %d sentences, %d events; want %d stories, none failed, some sentences and events",
					rep.Stories, rep.Failed, rep.Sentences, rep.Events, tt.stories)
			}
			if rep.FirstEventMS <= 0 || rep.PeakRSSMB <= 0 {
				t.Errorf("got first event %v ms, peak RSS %v MB; want both measured", rep.FirstEventMS, rep.PeakRSSMB)
			}
		})
	}
}
