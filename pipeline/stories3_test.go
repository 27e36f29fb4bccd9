package pipeline

import "testing"

// TestStories3 codes testdata/stories3, a helper's own tuning stories on
// who is who across a story (unnamed agents, descriptions, responses
// whose target an earlier sentence names, desks abroad): not a blind set,
// a guard on the constructions its rules were written for. The floors
// are the figures at the commit that last raised them, less a margin.
func TestStories3(t *testing.T) {
	checkStorySet(t, "../testdata/stories3/", storyFloors{stories: 24, required: 93, found: 71, byCountries: 73, roots: 86, forbidden: 1})
}

// storyFloors are what a story set of the project's own must still reach:
// its size, then floors on required events found, found by countries and
// with the right root, and a ceiling on events in forbidden sentences (-1:
// none checked).
type storyFloors struct {
	stories, required         int
	found, byCountries, roots int
	forbidden                 int
}

// checkStorySet codes the story set in dir and checks it against f.
func checkStorySet(t *testing.T, dir string, f storyFloors) {
	t.Helper()
	rep, n := scoreStorySet(t, defaultCoder(t), dir)
	if n != f.stories || rep.Required != f.required {
		t.Fatalf("read %d stories with %d required events, want %d and %d", n, rep.Required, f.stories, f.required)
	}
	t.Logf("found %d, by countries %d, root right %d of %d; %d of %d output events match; %d in forbidden sentences",
		rep.RequiredFound, rep.RequiredFoundCountries, rep.RootRight, rep.Required, rep.Matched, rep.OutputEvents, len(rep.Violations))
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"required events found (root, countries and sectors right)", rep.RequiredFound, f.found},
		{"required events found with root and countries right", rep.RequiredFoundCountries, f.byCountries},
		{"required events with the right root in their sentence", rep.RootRight, f.roots},
	} {
		if c.got < c.want {
			t.Errorf("%s: %d of %d, want at least %d", c.what, c.got, rep.Required, c.want)
		}
	}
	if f.forbidden >= 0 && len(rep.Violations) > f.forbidden {
		t.Errorf("%d events coded in sentences where nothing happened, want at most %d", len(rep.Violations), f.forbidden)
	}
}
