package bench_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"dateline"
	"dateline/internal/cost"
	"dateline/internal/story"
	"dateline/pipeline"
)

// Bounds on the memory coding may take for an input of n bytes: at most
// workBase plus workPerByte for each byte. The shipped stories take about
// 80 bytes a byte, the smallest inputs a few hundred; a cost that grows
// faster than the input (a name repeated 22 times once took 134 MB) breaks
// the bound on a few kilobytes.
const (
	workBase    = 256 << 10
	workPerByte = 2 << 10
)

// FuzzCode reads arbitrary text as a story and codes it with every stage,
// seeded from the shipped corpus. Code is called directly, not through Run,
// so a panic in any stage fails the fuzz test instead of being recovered
// as an error. The events must point inside the story's body, and coding
// must allocate no more than the bounds above allow for the input's size.
func FuzzCode(f *testing.F) {
	for _, cf := range readCorpusFiles(f) {
		f.Add(cf.text)
	}
	f.Add([]byte("Police arrested 12 protesters in Cairo on Monday."))
	// a sentence with no subject for its reporting verb once indexed a
	// missing phrase: "Said he would attack Gaza."
	f.Add([]byte("Netanyahu was angry. Said he would attack Gaza."))
	f.Add([]byte("people 00A!    sAid theY wo continue BloCkAde of 0"))
	f.Add([]byte(strings.Repeat("The Kremlin said President Vladimir Putin met Modi, and he thanked the president.\n\n", 20)))
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
		var res *dateline.Coded
		work := cost.Bytes(func() { res, err = c.Code(context.Background(), &st) })
		if err != nil {
			t.Fatalf("got error %v coding a readable story, want none", err)
		}
		if limit := uint64(workBase + workPerByte*len(data)); work > limit {
			t.Fatalf("coding %d bytes allocated %d bytes, want at most %d", len(data), work, limit)
		}
		for _, e := range res.Events {
			s := e.Sentence
			if s.Start < 0 || s.End > len(st.Body) || s.Start > s.End || st.Body[s.Start:s.End] != s.Text {
				t.Fatalf("event %s: sentence [%d,%d) %q is not the body's text there", e.ID, s.Start, s.End, s.Text)
			}
		}
	})
}
