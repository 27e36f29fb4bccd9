package where

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"dateline"
)

var (
	testOnce sync.Once
	testG    *Gazetteer
)

// gaz returns the default gazetteer or stops the test.
func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return g
}

// sentence tokenises text roughly as package segment does: punctuation is
// its own token, a possessive "'s" is its own token, hyphenated and dotted
// words ("Tripoli-based", "U.S.") are one token.
func sentence(text string) dateline.Sentence {
	s := dateline.Sentence{Span: dateline.Span{Start: 0, End: len(text)}, Text: text}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i)
			s.Tokens = append(s.Tokens, token(text, i, j))
			i = j
		case (r == '\'' || r == '’') && strings.HasPrefix(text[i+n:], "s") && !letterAt(text, i+n+1):
			s.Tokens = append(s.Tokens, token(text, i, i+n+1))
			i += n + 1
		default:
			s.Tokens = append(s.Tokens, token(text, i, i+n))
			i += n
		}
	}
	return s
}

func wordEnd(text string, i int) int {
	dotted := false
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			i += n
		case (r == '-' || r == '.') && letterAt(text, i+1):
			dotted = dotted || r == '.'
			i += n
		case r == '.' && dotted:
			return i + 1
		case r == '\'' && letterAt(text, i+1) && !(text[i+1] == 's' && !letterAt(text, i+2)):
			i += n
		default:
			return i
		}
	}
	return i
}

func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func token(text string, i, j int) dateline.Token {
	return dateline.Token{Span: dateline.Span{Start: i, End: j}, Text: text[i:j], Lower: strings.ToLower(text[i:j])}
}
