package pipeline

import (
	"context"
	"testing"
)

// TestEventIDFinal codes the shipped news corpus, every modality included,
// and checks that each event's id is the one its final fields give: the id
// is taken once, after the last stage that changes an event, so no event
// may change after it.
func TestEventIDFinal(t *testing.T) {
	stories := newsStories(t)
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
