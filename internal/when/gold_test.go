package when

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dateline"
)

// TestGoldSentences runs Find over the sentence-level gold sets in
// ../shared/gold (skipped when absent): no expression may fall outside its
// sentence or carry an invalid date. With -v it lists what was found.
func TestGoldSentences(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/gold/*-gsr.dev.jsonl")
	if len(files) == 0 {
		t.Skip("no gold files in ../shared/gold")
	}
	var n, found int
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec struct {
				Text string `json:"text"`
				Date string `json:"date"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			ref, err := time.Parse("2006-01-02", rec.Date)
			if err != nil {
				ref = tue
			}
			n++
			for _, e := range Find(dateline.Sentence{Text: rec.Text}, ref) {
				found++
				if e.Kind != KindAnaphoric && e.Kind != KindOffset && !validDate(e.Date) || e.Span.End > len(rec.Text) {
					t.Errorf("%q in %q: bad %+v", e.Text, rec.Text, e)
				}
				t.Logf("%s | %s | %q", rec.Date, render(e), rec.Text)
			}
		}
		f.Close()
	}
	t.Logf("%d expressions in %d sentences", found, n)
}
