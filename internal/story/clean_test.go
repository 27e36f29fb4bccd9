package story

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// linesByRune is lines as it was written first, rune by rune: the oracle
// for the version that copies runs of printable ASCII whole.
func linesByRune(text string) []string {
	var b strings.Builder
	space, lineStart := false, 0
	for i, r := range text {
		if r > ' ' && r < 0x7f {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(byte(r))
			continue
		}
		switch {
		case r == '\n' || r == '\f' || r == '\v':
			b.WriteByte('\n')
			lineStart, space = b.Len(), false
		case r == '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				b.WriteByte('\n')
				lineStart, space = b.Len(), false
			}
		case unicode.IsSpace(r):
			space = b.Len() > lineStart
		case unicode.IsControl(r) || r == '\uFEFF' || r == '\u200B':
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return strings.Split(b.String(), "\n")
}

var linesCases = []struct{ name, text string }{
	{"empty", ""},
	{"words", "The army said   it had  withdrawn."},
	{"leading and trailing space", "  indented line \t\n\tnext  "},
	{"CRLF and CR", "one\r\ntwo\rthree\r"},
	{"form feed and vertical tab", "a\fb\vc"},
	{"controls and marks dropped", "a\x00b\x7fc\u0085d\ufeffe\u200bf"},
	{"no-break and other spaces", "Mr.\u00a0Smith\u2009met\u3000them"},
	{"non-ASCII letters", "Sissi met Erdoğan in Ankara — “talks”."},
	{"invalid UTF-8", "bad \xff byte\xc3 and \xe2\x80 cut"},
	{"blank lines", "first\n\n\nlast\n"},
}

// TestLinesSameAsByRune checks lines against linesByRune.
func TestLinesSameAsByRune(t *testing.T) {
	for _, tt := range linesCases {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := lines(tt.text), linesByRune(tt.text); !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// FuzzLinesSameAsByRune is TestLinesSameAsByRune on any text.
func FuzzLinesSameAsByRune(f *testing.F) {
	for _, tt := range linesCases {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := lines(text), linesByRune(text); !slices.Equal(got, want) {
			t.Errorf("in %q: got %q, want %q", text, got, want)
		}
	})
}
