package sqlite

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf8"

	"dateline"
)

// Spans and tokens are packed into blobs of varints: each span as its start
// less the previous span's end, then its length. Tokens add a flag byte and,
// only where they differ from what the body gives, their Text and Lower:
// most tokens cost three or four bytes.

const (
	tokenText  = 1 << iota // Text is not Body[Start:End]; it follows
	tokenLower             // Lower is not strings.ToLower(Text); it follows
)

var errPacked = errors.New("corrupt packed spans")

// packSpans packs spans.
func packSpans(spans []dateline.Span) []byte {
	b := make([]byte, 0, 3*len(spans))
	prev := 0
	for _, s := range spans {
		b = binary.AppendVarint(b, int64(s.Start-prev))
		b = binary.AppendVarint(b, int64(s.End-s.Start))
		prev = s.End
	}
	return b
}

// unpackSpans reverses packSpans; an empty blob gives nil.
func unpackSpans(b []byte) ([]dateline.Span, error) {
	var spans []dateline.Span
	prev := 0
	for len(b) > 0 {
		s, rest, err := readSpan(b, prev)
		if err != nil {
			return nil, err
		}
		b, prev = rest, s.End
		spans = append(spans, s)
	}
	return spans, nil
}

// readSpan reads one span packed as its start after prev and its length.
func readSpan(b []byte, prev int) (dateline.Span, []byte, error) {
	start, n := binary.Varint(b)
	if n <= 0 {
		return dateline.Span{}, nil, errPacked
	}
	b = b[n:]
	l, n := binary.Varint(b)
	if n <= 0 {
		return dateline.Span{}, nil, errPacked
	}
	s := dateline.Span{Start: prev + int(start)}
	s.End = s.Start + int(l)
	return s, b[n:], nil
}

// packTokens packs a sentence's tokens, whose offsets point into body.
func packTokens(body string, toks []dateline.Token) []byte {
	b := make([]byte, 0, 4*len(toks))
	prev := 0
	for i := range toks {
		t := &toks[i]
		b = binary.AppendVarint(b, int64(t.Start-prev))
		b = binary.AppendVarint(b, int64(t.End-t.Start))
		prev = t.End
		var flags byte
		if t.Start < 0 || t.End > len(body) || t.Start > t.End || body[t.Start:t.End] != t.Text {
			flags |= tokenText
		}
		if !isLower(t.Lower, t.Text) {
			flags |= tokenLower
		}
		b = append(b, flags)
		if flags&tokenText != 0 {
			b = binary.AppendUvarint(b, uint64(len(t.Text)))
			b = append(b, t.Text...)
		}
		if flags&tokenLower != 0 {
			b = binary.AppendUvarint(b, uint64(len(t.Lower)))
			b = append(b, t.Lower...)
		}
	}
	return b
}

// unpackTokens reverses packTokens; an empty blob gives nil.
func unpackTokens(body string, b []byte) ([]dateline.Token, error) {
	var toks []dateline.Token
	prev := 0
	for len(b) > 0 {
		sp, rest, err := readSpan(b, prev)
		if err != nil || len(rest) == 0 {
			return nil, errPacked
		}
		flags := rest[0]
		b = rest[1:]
		t := dateline.Token{Span: sp}
		prev = t.End
		if flags&tokenText != 0 {
			if t.Text, b, err = readString(b); err != nil {
				return nil, err
			}
		} else if t.Start >= 0 && t.Start <= t.End && t.End <= len(body) {
			t.Text = body[t.Start:t.End]
		} else {
			return nil, errPacked
		}
		if flags&tokenLower != 0 {
			if t.Lower, b, err = readString(b); err != nil {
				return nil, err
			}
		} else {
			t.Lower = strings.ToLower(t.Text)
		}
		toks = append(toks, t)
	}
	return toks, nil
}

// readString reads a length-prefixed string from b.
func readString(b []byte) (string, []byte, error) {
	l, n := binary.Uvarint(b)
	if n <= 0 || uint64(len(b)-n) < l {
		return "", nil, errPacked
	}
	return string(b[n : n+int(l)]), b[n+int(l):], nil
}

// isLower reports whether lower == strings.ToLower(text), without
// allocating when text is ASCII.
func isLower(lower, text string) bool {
	if len(lower) != len(text) {
		return lower == strings.ToLower(text)
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return lower == strings.ToLower(text)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if lower[i] != c {
			return false
		}
	}
	return true
}
