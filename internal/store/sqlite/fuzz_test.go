package sqlite

import (
	"context"
	"strings"
	"testing"

	"dateline"
)

// FuzzEvents queries the fixture with any full-text search, actor and place:
// the only error a query may give is for a search with no words in it;
// nothing else a user types may reach SQLite as a syntax error.
func FuzzEvents(f *testing.F) {
	for _, s := range [][3]string{
		{"Haftar forces", "Haftar", "Tripoli"}, {`"rival leaders`, "LBY", "32.9,13.2"}, {"truce OR NOT ceasefire*", "%_\\", "Palermo"},
		{"NEAR(a b) ^x col:y", "'", "'; DROP TABLE events; --"}, {"*", "", ""}, {"\x00\xff", "\xff", "\x00"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	db := loaded(f)
	f.Fuzz(func(t *testing.T, text, actor, near string) {
		_, err := db.Events(context.Background(), dateline.Query{Text: text, Actor: actor, Near: near, Limit: 5})
		if err != nil && !(strings.TrimSpace(text) != "" && ftsQuery(text) == "" && strings.Contains(err.Error(), "no words")) {
			t.Fatalf("Events(text %q, actor %q, near %q): %v", text, actor, near, err)
		}
	})
}
