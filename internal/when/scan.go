package when

import (
	"unicode"
	"unicode/utf8"

	"dateline"
)

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters
	kNum                    // digits, maybe with an ordinal suffix ("21st") or a decade's s ("1970s")
	kPunct                  // one punctuation mark
)

// Number suffixes.
const (
	sNone    uint8 = iota
	sOrdinal       // 21st, 3rd
	sDecade        // 1970s
)

// tok is a token of the sentence text as package when sees it: its own
// split, so that "1-3", "2018-11-13" and "Tuesday's" come apart the same way
// whatever the segmenter does.
type tok struct {
	start, end int    // byte offsets in the sentence text
	e          *entry // lexicon entry of a word; nil if none
	num        int    // value of a number (capped); 0 otherwise
	ndig       uint8  // digits in a number
	kind       uint8
	suffix     uint8 // of a number
	punct      byte  // of a punct: the ASCII mark; '-' for any dash, '\'' for any apostrophe
	upper      bool  // a word that starts with a capital letter
}

// adjacent reports whether b starts where a ends.
func adjacent(a, b *tok) bool { return a.end == b.start }

// hasTrigger reports whether text holds a digit or a word that can anchor a
// time expression; when it does not, Find has nothing to do.
func (lx *Lexicon) hasTrigger(text string, ws *words) bool {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case '0' <= c && c <= '9':
			return true
		case isASCIILetter(c):
			j := i + 1
			for j < len(text) && isASCIILetter(text[j]) {
				j++
			}
			if e := lx.wordAt(text, i, j, ws); e != nil && e.trigger() {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// words are the segmenter's tokens of the sentence, read in order by the
// scans: a word of the text that is also a token the word table knows
// (dateline.Token.ID) is read from the lexicon by its id, not lower-cased
// and hashed again.
type words struct {
	toks []dateline.Token
	base int // the sentence's offset in the body: the tokens' offsets less base are the text's
	k    int // the first token that may start at or after the word asked for
}

// wordAt returns the entry of the ASCII word text[i:j], as lookup does:
// by the id of the token that spans it when there is one, else by lookup.
// Words are asked for in the order of the text.
func (lx *Lexicon) wordAt(text string, i, j int, ws *words) *entry {
	if len(lx.byID) == 0 || j-i > maxWord {
		return lx.lookup(text[i:j])
	}
	if c := text[i]; lx.shapes[c|asciiCase(c)]&(1<<(j-i)) == 0 {
		return nil
	}
	start := ws.base + i
	for ws.k < len(ws.toks) && ws.toks[ws.k].Start < start {
		ws.k++
	}
	if ws.k < len(ws.toks) {
		t := &ws.toks[ws.k]
		if t.Start == start && t.End == ws.base+j && t.ID != dateline.NoWord && int(t.ID) < len(lx.byID) {
			return lx.byID[t.ID]
		}
	}
	return lx.lookup(text[i:j])
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// scan splits text into tokens, appending to toks.
func (lx *Lexicon) scan(text string, ws *words, toks []tok) []tok {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case '0' <= c && c <= '9':
			var t tok
			t, i = scanNumber(text, i)
			toks = append(toks, t)
		case isASCIILetter(c) || c >= utf8.RuneSelf && isLetterAt(text, i):
			j, ascii := wordEnd(text, i)
			t := tok{start: i, end: j, kind: kWord, upper: 'A' <= c && c <= 'Z'}
			if ascii {
				t.e = lx.wordAt(text, i, j, ws)
			}
			toks = append(toks, t)
			i = j
		case c < utf8.RuneSelf:
			p := c
			if p == '`' {
				p = '\''
			}
			toks = append(toks, tok{start: i, end: i + 1, kind: kPunct, punct: p})
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				toks = append(toks, tok{start: i, end: i + n, kind: kPunct, punct: foldPunct(r)})
			}
			i += n
		}
	}
	return toks
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// wordEnd returns the end of the word starting at i and whether it is all ASCII.
func wordEnd(text string, i int) (int, bool) {
	ascii := true
	for i < len(text) {
		c := text[i]
		if isASCIILetter(c) {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		ascii = false
		i += n
	}
	return i, ascii
}

func foldPunct(r rune) byte {
	switch {
	case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
		return '-'
	case r == 0x2018 || r == 0x2019 || r == 0x02BC:
		return '\''
	case r == 0x201C || r == 0x201D || r == 0x00AB || r == 0x00BB:
		return '"'
	}
	return 0
}

// scanNumber reads digits at i with an ordinal suffix or a decade's s.
func scanNumber(text string, i int) (tok, int) {
	t := tok{start: i, kind: kNum}
	for i < len(text) && '0' <= text[i] && text[i] <= '9' {
		if t.num < 1e6 {
			t.num = t.num*10 + int(text[i]-'0')
		}
		if t.ndig < 255 {
			t.ndig++
		}
		i++
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	switch suf := text[i:j]; {
	case suf == "":
	case len(suf) == 2 && isOrdinal(suf):
		t.suffix, i = sOrdinal, j
	case (suf == "s" || suf == "S") && t.ndig == 4 && t.num%10 == 0:
		t.suffix, i = sDecade, j
	}
	t.end = i
	return t, i
}

func isOrdinal(s string) bool {
	a, b := s[0]|0x20, s[1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}
