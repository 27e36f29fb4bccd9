package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dateline"
	"dateline/internal/story"
)

// TestEventIDFinal codes the shipped news corpus, every modality included,
// and checks that each event's id is the one its final fields give: the id
// is taken once, after the last stage that changes an event, so no event
// may change after it.
func TestEventIDFinal(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var stories []dateline.Story
	opt := story.Options{Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	err = story.ReadJSONL("news.jsonl", f, opt, func(st dateline.Story, err error) error {
		if err != nil {
			return err
		}
		stories = append(stories, st)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, all := range []bool{false, true} {
		c := defaultCoder(t)
		c.All, c.Statements = all, all
		n := 0
		for _, st := range stories {
			res, err := c.Code(context.Background(), &st)
			if err != nil {
				t.Fatal(err)
			}
			for i := range res.Events {
				e := &res.Events[i]
				if want := eventID(e); e.ID != want {
					t.Errorf("all=%v %s: %s %s at %d: got id %q, want %q", all, st.ID, e.CAMEO, e.Trigger.Text, e.Trigger.Start, e.ID, want)
				}
				n++
			}
		}
		if n < 100 {
			t.Errorf("all=%v: got %d events, want at least 100", all, n)
		}
	}
}
