package bench_test

import (
	"context"
	"errors"
	"testing"

	"dateline/internal/story"
	"dateline/pipeline"
)

// FuzzCode reads arbitrary text as a story and codes it with every stage,
// seeded from the shipped corpus. Code is called directly, not through Run,
// so a panic in any stage fails the fuzz test instead of being recovered
// as an error. The events must point inside the story's body.
func FuzzCode(f *testing.F) {
	for _, cf := range readCorpusFiles(f) {
		f.Add(cf.text)
	}
	f.Add([]byte("Police arrested 12 protesters in Cairo on Monday."))
	c, err := pipeline.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := story.ReadText("fuzz.txt", data, story.Options{Date: refDate})
		if err != nil {
			if errors.Is(err, story.ErrEmpty) || errors.Is(err, story.ErrBinary) || errors.Is(err, story.ErrInvalidUTF8) || errors.Is(err, story.ErrTooLong) {
				return
			}
			t.Fatalf("got error %v, want one of the story errors", err)
		}
		res, err := c.Code(context.Background(), &st)
		if err != nil {
			t.Fatalf("got error %v coding a readable story, want none", err)
		}
		for _, e := range res.Events {
			s := e.Sentence
			if s.Start < 0 || s.End > len(st.Body) || s.Start > s.End || st.Body[s.Start:s.End] != s.Text {
				t.Fatalf("event %s: sentence [%d,%d) %q is not the body's text there", e.ID, s.Start, s.End, s.Text)
			}
		}
	})
}
