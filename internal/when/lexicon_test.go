package when

import (
	"strings"
	"testing"
)

// TestLookupShapes checks that the shape filter before the map passes every
// word of the lexicon, in any ASCII case, and answers as the map does for
// words it lacks.
func TestLookupShapes(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, e := range lx.words {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := lx.lookup(form); got != e && isASCII(form) {
				t.Errorf("lookup(%q) = %p, want %p", form, got, e)
			}
		}
	}
	for _, w := range []string{"", "x", "zzzz", "Parliament", "monday2", "mon", "Tuesdays", "weekend", "ÉTÉ"} {
		want := lx.words[strings.ToLower(w)]
		if len(w) > maxWord || !isASCII(w) {
			continue
		}
		if got := lx.lookup(w); got != want {
			t.Errorf("lookup(%q) = %p, want %p", w, got, want)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
