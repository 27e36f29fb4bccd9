package pipeline

import "testing"

// TestStories3 codes testdata/stories3, a helper's own tuning stories on
// who is who across a story (unnamed agents, descriptions, responses
// whose target an earlier sentence names, desks abroad): not a blind set,
// a guard on the constructions its rules were written for. The floors
// are the figures at the commit that last raised them, less a margin.
func TestStories3(t *testing.T) {
	rep, n := scoreStorySet(t, defaultCoder(t), "../testdata/stories3/")
	if n != 24 || rep.Required != 93 {
		t.Fatalf("read %d stories with %d required events, want 24 and 93", n, rep.Required)
	}
	t.Logf("found %d, by countries %d, root right %d of %d; %d of %d output events match; %d in forbidden sentences",
		rep.RequiredFound, rep.RequiredFoundCountries, rep.RootRight, rep.Required, rep.Matched, rep.OutputEvents, len(rep.Violations))
	for _, f := range []struct {
		what      string
		got, want int
	}{
		{"required events found (root, countries and sectors right)", rep.RequiredFound, 71},
		{"required events found with root and countries right", rep.RequiredFoundCountries, 73},
		{"required events with the right root in their sentence", rep.RootRight, 86},
	} {
		if f.got < f.want {
			t.Errorf("%s: %d of %d, want at least %d", f.what, f.got, rep.Required, f.want)
		}
	}
	if len(rep.Violations) > 1 {
		t.Errorf("%d events coded in sentences where nothing happened, want at most 1", len(rep.Violations))
	}
}
