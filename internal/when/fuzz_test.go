package when

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"dateline"
)

// FuzzFind checks that Find never panics, that spans lie inside the sentence
// in order without overlapping, and that every date is a valid one.
func FuzzFind(f *testing.F) {
	file, err := os.Open("testdata/sentences.txt")
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			f.Add(line, tue.Unix())
			f.Add(line, newYr.Unix())
		}
	}
	if err := sc.Err(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		const base = 7
		ref := time.Unix(unix, 0).UTC()
		s := dateline.Sentence{Span: dateline.Span{Start: base, End: base + len(text)}, Text: text}
		prev := base
		for _, e := range Find(s, ref) {
			if e.Start < prev || e.Span.End <= e.Start || e.Span.End > s.End {
				t.Fatalf("span %v of %q: want inside [%d, %d) after %d", e.Span, e.Text, base, s.End, prev)
			}
			if got := text[e.Start-base : e.Span.End-base]; got != e.Text {
				t.Fatalf("span %v holds %q, want %q", e.Span, got, e.Text)
			}
			if !validDate(e.Date) || !e.End.IsZero() && !validDate(e.End) || e.Kind == "" {
				t.Fatalf("%q: bad date %+v end %+v kind %q", e.Text, e.Date, e.End, e.Kind)
			}
			prev = e.Span.End
		}
	})
}
