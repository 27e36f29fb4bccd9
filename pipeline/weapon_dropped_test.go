package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline/internal/story"
)

// TestWeaponActDropNamed: a weapon's act with no user named that falls on
// no one (weaponUsers) is left out unless the story tells one side using
// force there; when it is left out, Dropped is told why, as for every
// other filter, so 'explain' never shows an event made and lost without a
// word.
func TestWeaponActDropNamed(t *testing.T) {
	ref := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, text string
		dropped    bool // the weapon's act is left out, and named so
	}{
		{"rockets on a town no one holds", "KABUL, Afghanistan (AP) — Rockets fell on the town on Monday.", true},
		{"a pilot killed by gunfire", "DAMASCUS, Syria (AP) — A pilot was killed by gunfire from the ground on Tuesday.", true},
		{"shells on a village", "JUBA, South Sudan (AP) — Mortar shells slammed into the village overnight.", true},
		{"missiles after a named side's attack", "KYIV, Ukraine (AP) — Russian forces attacked Ukraine on Thursday. Missiles hit Kharkiv.", false},
		{"rockets on a named city after a named side's shelling", "JERUSALEM (AP) — Hamas fighters fired on Israel on Monday. Rockets slammed into Sderot.", false},
		{"rockets that did not fall", "KABUL, Afghanistan (AP) — No rockets fell on the town on Monday.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := newCoder(t)
			var why []string
			c.Dropped = func(_ int, cameo, reason string) { why = append(why, cameo+": "+reason) }
			st, err := story.ReadText(tt.name, []byte(tt.text), story.Options{Date: ref})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Code(context.Background(), &st); err != nil {
				t.Fatal(err)
			}
			named := false
			for _, w := range why {
				named = named || strings.Contains(w, "a weapon's act with no user named")
			}
			if named != tt.dropped {
				t.Errorf("got drops %q, want the weapon's act named as dropped: %v", why, tt.dropped)
			}
		})
	}
}
