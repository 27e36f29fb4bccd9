package actor

import (
	"testing"

	"github.com/agnivade/levenshtein"
)

// TestEditDistance checks the byte-wise distance of ASCII words against
// levenshtein.ComputeDistance, which fuzzy name matching used before.
func TestEditDistance(t *testing.T) {
	tests := []struct{ a, b string }{
		{"gaddafi", "gadhafi"}, {"gheddafi", "qadhafi"}, {"hiftar", "haftar"}, {"putin", "poutine"},
		{"korea", "gore"}, {"", "abc"}, {"abc", ""}, {"same", "same"}, {"kitten", "sitting"},
		{"flaw", "lawn"}, {"abcdef", "azced"}, {"ab", "ba"}, {"mandela", "mandalay"},
		{"erdoğan", "erdogan"}, {"müller", "mueller"}, {"sisi", "el-sissi"},
		{"abcdefghijklmnopqrstuvwxyzabcdefgh", "abcdefghijklmnopqrstuvwxyz"},
	}
	for _, tt := range tests {
		if got, want := editDistance(tt.a, tt.b), levenshtein.ComputeDistance(tt.a, tt.b); got != want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, want)
		}
		if got, want := editDistance(tt.b, tt.a), levenshtein.ComputeDistance(tt.b, tt.a); got != want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.b, tt.a, got, want)
		}
	}
}
