package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// abbreviations keep their final dot as part of the token; titles are
// those of them that stand before a name and never end a sentence
// (data/abbreviations.txt).
var abbreviations, titles = readAbbreviations(abbreviationData)

// Tokens splits body[start:end] into tokens whose offsets are offsets into body.
func Tokens(body string, start, end int) []dateline.Token {
	z := tokenizer{toks: make([]dateline.Token, 0, (end-start)/5+1), body: body, from: start, to: end}
	i := start
	for i < end {
		if c := body[i]; asciiSpace(c) {
			i++ // ASCII white space and words, most of a text, without decoding
			continue
		} else if isASCIIAlnum(c) {
			i = z.word(i, end)
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			i = z.word(i, end)
		default:
			j := i + n
			if r == '-' || r == '.' { // "--", "..."
				for j < end && body[j] == byte(r) {
					j++
				}
			}
			z.add(i, j)
			i = j
		}
	}
	return z.toks
}

// tokenizer holds the tokens of body[from:to] as they are read.
type tokenizer struct {
	toks     []dateline.Token
	body     string
	from, to int
	// low is body[from:to] with its ASCII capitals in lower case, made for
	// the first word that has one: the lower-case form of every ASCII word
	// is a piece of it, and a sentence's capitals cost one string, not one
	// each.
	low string
}

// add appends body[start:end] as a token.
func (z *tokenizer) add(start, end int) {
	text := z.body[start:end]
	z.toks = append(z.toks, dateline.Token{Span: dateline.Span{Start: start, End: end}, Text: text, Lower: z.lower(text, start)})
}

// lower is lower(text) for text at body offset start: for an ASCII word with
// a capital, a piece of low.
func (z *tokenizer) lower(text string, start int) string {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return lower(text)
		}
		if 'A' <= c && c <= 'Z' {
			for j := i + 1; j < len(text); j++ {
				if text[j] >= utf8.RuneSelf {
					return lower(text)
				}
			}
			if z.low == "" {
				z.low = foldASCII(z.body[z.from:z.to])
			}
			return z.low[start-z.from : start-z.from+len(text)]
		}
	}
	return text
}

// foldASCII returns s with its ASCII capitals in lower case and every
// other byte as it is.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // the run of bytes without a capital, copied at once
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most text: no table look-ups
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// runeAt decodes the rune at i, or returns -1 at end.
func runeAt(s string, i, end int) (rune, int) {
	if i >= end {
		return -1, 0
	}
	return utf8.DecodeRuneInString(s[i:end])
}

// word scans one word starting at i and appends it, and any clitic it
// carries ("'s", "n't"), as tokens. It returns where the word ends.
func (z *tokenizer) word(i, end int) int {
	s := z.body
	start := i
	dotted := false // holds an inner dot: U.N, p.m
	for i < end {
		if asciiAlnum[s[i]] {
			i++ // most of a word: ASCII letters and digits, read without decoding
			for i < end && asciiAlnum[s[i]] {
				i++
			}
			continue
		}
		r, n := runeAt(s, i, end)
		if isWordRune(r) {
			i += n
			continue
		}
		next, _ := runeAt(s, i+n, end)
		switch {
		case (r == '-' || r == '/' || r == '&') && isWordRune(next):
			i += n // el-Sissi, SPLM/A, AT&T
		case r == '.' && unicode.IsUpper(next) && joinedSentences(s[start:i]):
			return z.finishWord(start, i, end, dotted) // "on Monday.Egypt's president": two sentences run together
		case r == '.' && (unicode.IsLetter(next) || (next == '-' && dotted)):
			dotted = true // U.N, p.m, U.N.-backed
			i += n
		case (r == ',' || r == '.') && unicode.IsDigit(next) && i > start && isDigitByte(s[i-1]):
			i += n // 4,000 and 3.5
		case r == '.' && next == '-' && dotted:
			i += n
		case (r == '\'' || r == '\u2019') && unicode.IsLetter(next) && !clitic(s, i, end):
			i += n // O'Brien, Ba'ath
		default:
			return z.finishWord(start, i, end, dotted)
		}
	}
	return z.finishWord(start, i, end, dotted)
}

// joinedSentences reports whether a word before a dot and a capital is a
// whole word ending a sentence ("Monday" in "Monday.Egypt"), not part of
// an abbreviation ("U" in "U.N"): it has three letters or more, the last
// in lower case.
func joinedSentences(w string) bool {
	if strings.ContainsRune(w, '.') {
		return false
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	return letters >= 3 && unicode.IsLower(last)
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// isASCIIAlnum reports whether b is an ASCII letter or digit: a word rune
// (see isWordRune) that needs no decoding.
func isASCIIAlnum(b byte) bool { return isASCIILetter(b) || isDigitByte(b) }

// asciiAlnum is isASCIIAlnum as a table, for the loop over a word's bytes.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIAlnum(byte(c))
	}
	return t
}()

// clitic reports whether the apostrophe at i begins a clitic that is its own
// token: 's, 're, 've, 'll, 'd, 'm.
func clitic(s string, i, end int) bool {
	_, n := utf8.DecodeRuneInString(s[i:end])
	j := i + n
	k := j
	for k < end && isASCIILetter(s[k]) {
		k++
	}
	if k < end {
		if r, _ := utf8.DecodeRuneInString(s[k:end]); isWordRune(r) {
			return false
		}
	}
	switch lowerASCII(s[j:k]) {
	case "s", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}

func isASCIILetter(b byte) bool { return ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') }

func lowerASCII(s string) string {
	if len(s) > 3 {
		return ""
	}
	var b [3]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b[:len(s)])
}

// finishWord appends the word s[start:i], deciding whether a following dot
// belongs to it, splits "n't" off, and appends a following clitic.
func (z *tokenizer) finishWord(start, i, end int, dotted bool) int {
	s := z.body
	if i < end && s[i] == '.' {
		w := s[start:i]
		single := len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' // an initial: "J."
		if dotted || single || abbreviations[z.lower(w, start)] {
			i++
		}
	}
	w := s[start:i]
	if len(w) > 3 && (hasSuffixFold(w, "n't") || hasSuffixFold(w, "n\u2019t")) {
		cut := i - 3
		if hasSuffixFold(w, "n\u2019t") {
			cut = i - len("n\u2019t")
		}
		z.add(start, cut)
		z.add(cut, i)
	} else {
		z.add(start, i)
	}
	if i < end && (s[i] == '\'' || (i+3 <= end && s[i:i+3] == "\u2019")) && clitic(s, i, end) {
		_, n := utf8.DecodeRuneInString(s[i:end])
		j := i + n
		for j < end && isASCIILetter(s[j]) {
			j++
		}
		z.add(i, j)
		i = j
	}
	return i
}

func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := 0; i < len(tail); i++ {
		a, b := tail[i], suffix[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
