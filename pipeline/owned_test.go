package pipeline

import (
	"context"
	"os"
	"testing"

	"dateline"
	"dateline/internal/eval"
	"dateline/internal/story"
)

// TestOwnedSet codes the project's own story set (testdata/owned, written
// blind to the coder) and scores it against its gold, as a guard on what
// the held-out stories measure: the required events found with the right
// root and countries, and events coded in sentences where nothing
// happened. The floors are the figures at the commit that added this test,
// less a margin; a change that falls below them undoes work that carried
// to stories nobody tuned for.
func TestOwnedSet(t *testing.T) {
	const dir = "../testdata/owned/"
	g, err := eval.Load(dir + "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(dir + "stories.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := defaultCoder(t)
	var events []dateline.Event
	n := 0
	err = story.ReadJSONL(dir+"stories.jsonl", f, story.Options{}, func(st dateline.Story, err error) error {
		if err != nil {
			return err
		}
		res, err := c.Code(context.Background(), &st)
		if err != nil {
			return err
		}
		n++
		events = append(events, res.Events...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(g, events).Story
	if n != 20 || rep.Required != 140 {
		t.Fatalf("read %d stories with %d required events, want 20 and 140", n, rep.Required)
	}
	t.Logf("found %d, by countries %d, root right %d of %d; %d of %d output events match; %d in forbidden sentences",
		rep.RequiredFound, rep.RequiredFoundCountries, rep.RootRight, rep.Required, rep.Matched, rep.OutputEvents, len(rep.Violations))
	if rep.RequiredFoundCountries < 62 {
		t.Errorf("required events found with root and countries right: %d of 140, want at least 62", rep.RequiredFoundCountries)
	}
	if rep.RootRight < 88 {
		t.Errorf("required events with the right root in their sentence: %d of 140, want at least 88", rep.RootRight)
	}
	if len(rep.Violations) > 6 {
		t.Errorf("%d events coded in sentences where nothing happened, want at most 6", len(rep.Violations))
	}
}
