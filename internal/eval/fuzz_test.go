package eval

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seed adds every testdata file matching pattern to f's corpus.
func seed(f *testing.F, pattern string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds for %s: %v", pattern, err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadGold(f *testing.F) {
	seed(f, "*.gold.jsonl")
	f.Add([]byte(`{"doc":"d","sentence_contains":"x","source":{"sector":["A",null]},"cameo_root":[]}`))
	evs, err := ReadEvents(strings.NewReader(""), "none")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := ReadGold(bytes.NewReader(b), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		if len(g.Lines)+len(g.Sentences) == 0 {
			t.Errorf("got no lines and no error")
		}
		if err := Score(g, evs).Write(io.Discard); err != nil {
			t.Error(err)
		}
	})
}

func FuzzReadEvents(f *testing.F) {
	seed(f, "*.events.jsonl")
	g, err := Load(filepath.Join("testdata", "story.gold.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	gs, err := Load(filepath.Join("testdata", "plover.gold.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		evs, err := ReadEvents(bytes.NewReader(b), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Errorf("error does not name file:line: %v", err)
			}
			return
		}
		for _, gold := range []*Gold{g, gs} {
			r := Score(gold, evs)
			if err := r.Write(io.Discard); err != nil {
				t.Error(err)
			}
			if _, err := r.JSON(); err != nil {
				t.Error(err)
			}
		}
	})
}
