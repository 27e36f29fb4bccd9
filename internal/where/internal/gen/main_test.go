package main

import (
	"strings"
	"testing"
)

func TestAlternates(t *testing.T) {
	tests := []struct {
		name, list, want string
	}{
		{"keeps Latin names as keys", "Tarabulus,Ţarābulus al Gharb,Tripolis", "tarabulus|tarabulus al gharb|tripolis"},
		{"drops the name itself and its folded forms", "Tripoli,Trìpoli,TRIPOLI", ""},
		{"drops codes, other scripts, lower-case romanisations", "TIP,طرابلس,Триполи,de li bo li", ""},
		{"drops glosses and IPA", "Cabul - kabl,ʁɛpublika", ""},
		{"dedupes by key", "Sana'a,Sanaa,Sanaʼa", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "Tripoli"
			if strings.Contains(tt.list, "Sana") {
				name = "Sanaa"
			}
			if got := strings.Join(alternates(name, tt.list), "|"); got != tt.want {
				t.Errorf("alternates(%q, %q): got %q, want %q", name, tt.list, got, tt.want)
			}
		})
	}
}
