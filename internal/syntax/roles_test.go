package syntax

import (
	"testing"

	"dateline"
)

// TestEntryRoles checks that every entry of the word table carries its
// form's roles, as the tagger reads them from it instead of the roles
// table.
func TestEntryRoles(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, id := range a.ids {
		if got, want := a.entries[id].roles, a.roles[w]; got != want {
			t.Errorf("entries[%q].roles = %v, want %v", w, got, want)
		}
	}
	for w := range a.roles {
		if a.ids[w] == dateline.NoWord {
			t.Errorf("%q has roles and no id", w)
		}
	}
}
