package syntax

import "testing"

// TestEntryRoles checks that every entry of the word table carries its
// form's roles, as the tagger reads them from it instead of the roles
// table.
func TestEntryRoles(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, e := range a.words {
		if got, want := e.roles, a.roles[w]; got != want {
			t.Errorf("words[%q].roles = %v, want %v", w, got, want)
		}
	}
}
