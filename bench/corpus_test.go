package bench_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/story"
)

var update = flag.Bool("update", false, "rewrite ../testdata/news.jsonl from ../testdata/news")

const (
	newsDir   = "../testdata/news"
	newsJSONL = "../testdata/news.jsonl"
)

// refDate dates stories that carry no date; the shipped ones all do.
var refDate = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// corpusFile is one story of the shipped corpus: its file name and text.
type corpusFile struct {
	name string
	text []byte
}

func readCorpusFiles(tb testing.TB) []corpusFile {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(newsDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no stories in %s: %v", newsDir, err)
	}
	sort.Strings(paths)
	out := make([]corpusFile, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = corpusFile{filepath.Base(p), b}
	}
	return out
}

// readCorpus reads every shipped story with the story reader.
func readCorpus(tb testing.TB) []dateline.Story {
	tb.Helper()
	var out []dateline.Story
	for _, f := range readCorpusFiles(tb) {
		st, err := story.ReadText(f.name, f.text, story.Options{Date: refDate})
		if err != nil {
			tb.Fatalf("read %s: %v", f.name, err)
		}
		out = append(out, st)
	}
	return out
}

// jsonlRecord is one line of news.jsonl.
type jsonlRecord struct {
	ID        string `json:"id"`
	Headline  string `json:"headline"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// corpusJSONL renders the text stories as JSON Lines: the text runs from the
// dateline paragraph to the end, credit lines included.
func corpusJSONL(tb testing.TB) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, f := range readCorpusFiles(tb) {
		st, err := story.ReadText(f.name, f.text, story.Options{Date: refDate})
		if err != nil {
			tb.Fatalf("read %s: %v", f.name, err)
		}
		if st.Dateline == nil {
			tb.Fatalf("%s: no dateline", f.name)
		}
		paras := strings.Split(strings.ReplaceAll(string(f.text), "\r\n", "\n"), "\n\n")
		i := 0
		for i < len(paras) && !strings.HasPrefix(strings.TrimSpace(paras[i]), st.Dateline.Text) {
			i++
		}
		if i == len(paras) {
			tb.Fatalf("%s: dateline %q not found", f.name, st.Dateline.Text)
		}
		rec := jsonlRecord{ID: st.ID, Headline: st.Headline, Published: st.Published.Format(time.RFC3339),
			Text: strings.TrimSpace(strings.Join(paras[i:], "\n\n"))}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	return buf.Bytes()
}

// TestCorpusJSONL checks that news.jsonl holds the text stories; -update
// rewrites it.
func TestCorpusJSONL(t *testing.T) {
	want := corpusJSONL(t)
	if *update {
		if err := os.WriteFile(newsJSONL, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(newsJSONL)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with %s; run go test ./bench/ -run TestCorpusJSONL -update", newsJSONL, newsDir)
	}
}

// TestCorpusReadsAlike reads both forms of the corpus and checks each story
// has the same id, date, dateline and body.
func TestCorpusReadsAlike(t *testing.T) {
	text := readCorpus(t)
	fh, err := os.Open(newsJSONL)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var lines []dateline.Story
	err = story.ReadJSONL("news.jsonl", fh, story.Options{Date: refDate}, func(st dateline.Story, err error) error {
		if err != nil {
			t.Errorf("got error %v, want none", err)
		}
		lines = append(lines, st)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != len(text) {
		t.Fatalf("got %d JSON Lines stories, want %d", len(lines), len(text))
	}
	for i, a := range text {
		b := lines[i]
		if a.ID != b.ID || !a.Published.Equal(b.Published) || a.Body != b.Body {
			t.Errorf("story %s: JSON Lines reads id %q published %v body %d bytes, want %q %v %d", a.ID, b.ID, b.Published, len(b.Body), a.ID, a.Published, len(a.Body))
		}
		if (a.Dateline == nil) != (b.Dateline == nil) || a.Dateline != nil && a.Dateline.Place != b.Dateline.Place {
			t.Errorf("story %s: JSON Lines dateline %+v, want %+v", a.ID, b.Dateline, a.Dateline)
		}
	}
}
