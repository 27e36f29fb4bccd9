package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// foldTable maps accented Latin letters to their plain ASCII forms.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'æ': "ae",
	'ç': "c", 'ć': "c", 'č': "c", 'ĉ': "c", 'ċ': "c",
	'ď': "d", 'đ': "d", 'ð': "d", 'ḍ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ə': "e",
	'ğ': "g", 'ġ': "g", 'ģ': "g", 'ḥ': "h", 'ħ': "h",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i", 'İ': "i",
	'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ł': "l",
	'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ŕ': "r", 'ř': "r", 'ś': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ṣ': "s", 'ß': "ss",
	'ţ': "t", 'ť': "t", 'ț': "t", 'ṭ': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'ẓ': "z",
}

// fold lower-cases s, folds diacritics to ASCII and drops dots and
// apostrophes, so that "U.N." is "un", "Yar'Adua" is "yaradua" and
// "Élysée" is "elysee". Other punctuation is kept.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '.' || c == '\'' || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == 'ʿ' || r == 'ʾ' || r == '`':
			continue
		case b.Cap() == 0:
			b.Grow(len(s)) // at the first rune kept: a full stop or a quotation mark folds to "" and allocates nothing
		}
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			r = unicode.ToLower(r)
			if f, ok := foldTable[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// phonetic returns a key under which transliterations of one Arabic,
// Persian or Russian name meet: Gaddafi, Qaddafi, Kadhafi and Gadhafi are
// all "kadafa"; Hifter, Hiftar and Haftar are "haftar"; Serraj and Sarraj
// are "saraj". It maps q, g, c, gh, kh and ck to k, dh to d, ph to f,
// w to v, dj and zh to j; vowel runs to one vowel of two classes (a e i y
// as "a", o u as "u"); drops h after a vowel before a consonant; and
// collapses double letters. s must be folded (see fold).
func phonetic(s string) string {
	var buf [48]byte
	out := buf[:0]
	n := len(s)
	for i := 0; i < n; i++ {
		c := s[i]
		var next byte
		if i+1 < n {
			next = s[i+1]
		}
		switch {
		case c >= '0' && c <= '9':
			out = append(out, c)
			continue
		case c < 'a' || c > 'z':
			continue
		}
		if isVowel(c) && !(c == 'y' && len(out) == 0) {
			cls := byte('a')
			if c == 'o' || c == 'u' {
				cls = 'u'
			}
			for i+1 < n && isVowel(s[i+1]) {
				i++
			}
			if len(out) > 0 && out[len(out)-1] == cls {
				continue
			}
			out = append(out, cls)
			continue
		}
		var m byte = c
		switch c {
		case 'q', 'g', 'c':
			m = 'k'
			if (c == 'g' || c == 'c') && next == 'h' {
				i++
			}
			if c == 'c' && next == 'k' {
				i++
			}
		case 'k':
			if next == 'h' {
				i++
			}
		case 'd':
			if next == 'h' {
				i++
			} else if next == 'j' {
				i++
				m = 'j'
			}
		case 'p':
			if next == 'h' {
				i++
				m = 'f'
			}
		case 'w':
			m = 'v'
		case 'z':
			if next == 'h' {
				i++
				m = 'j'
			}
		case 'h':
			if len(out) > 0 && (out[len(out)-1] == 'a' || out[len(out)-1] == 'u') && (next == 0 || !isVowel(next)) {
				continue
			}
		}
		if len(out) > 0 && out[len(out)-1] == m {
			continue
		}
		out = append(out, m)
	}
	return string(out)
}

// word is one matching unit of a sentence: a token, or a part of a
// hyphenated token ("U.N.-backed" is "U.N." and "backed").
type word struct {
	start, end int     // byte offsets into the story body
	tok        int     // index of the token it comes from
	text       string  // as written
	norm       string  // folded (see fold)
	key        string  // phonetic key of norm
	lex        *lexeme // what the dictionary knows of norm, for a word of text; nil for a word of a name in the data
	cap        bool    // starts with an upper-case letter
	upper      bool    // has letters, all upper case
	punct      bool    // has no letter or digit
	poss       bool    // the possessive "'s"
	hyph       bool    // joined to the previous word by a hyphen
	skip       bool    // an Arabic article ("al-", "el ") that matching passes over
	article    bool    // a word of text after such an article, which matching passed over
}

// caseOf reports whether s starts with an upper-case letter, and whether
// all its letters are upper case, and whether it has no letter or digit.
// A word that starts in lower case with a capital inside ("iSrael", "obAma":
// a slip of the keyboard) counts as capitalised: it is a name or nothing
// ("iPhone", which no knowledge names). A word all in lower case does not:
// "turkey", "chad" and "china" are words too.
func caseOf(s string) (capital, upper, punct bool) {
	// an ASCII word, most of them, in one pass of byte tests
	lower, letter, alnum := false, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return caseOfText(s)
		case 'A' <= c && c <= 'Z':
			capital = capital || !alnum || lower // first, or after a lower-case letter
			letter, alnum = true, true
		case 'a' <= c && c <= 'z':
			lower, letter, alnum = true, true, true
		case '0' <= c && c <= '9':
			alnum = true
		}
	}
	return capital, letter && !lower, !alnum
}

// caseOfText is caseOf for a word with a byte outside ASCII.
func caseOfText(s string) (capital, upper, punct bool) {
	punct, upper = true, true
	hasLetter := false
	first := true
	for i := 0; i < len(s); {
		// ASCII, most words, without decoding or the Unicode tables
		r, n := rune(s[i]), 1
		var letter, isUpper, digit bool
		if r < utf8.RuneSelf {
			isUpper = 'A' <= r && r <= 'Z'
			letter = isUpper || 'a' <= r && r <= 'z'
			digit = '0' <= r && r <= '9'
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			letter, isUpper, digit = unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r)
		}
		i += n
		if letter {
			hasLetter = true
			if first {
				capital = isUpper
			} else if isUpper && !upper {
				capital = true
			}
			if !isUpper {
				upper = false
			}
			first = false
			punct = false
		} else if digit {
			punct = false
			first = false
		}
	}
	if !hasLetter {
		upper = false
	}
	return capital, upper, punct
}

// splitWords appends the words of text (starting at byte offset base,
// coming from token tok) to ws, splitting on hyphens.
func splitWords(ws []word, text string, base, tok int) []word {
	return splitWordsKeyed(ws, text, "", dateline.NoWord, base, tok, nil, nil, nil)
}

// splitWordsKeyed is splitWords with the lower-cased text (when it has the
// same length, its parts are used without folding) and a dictionary's
// lexicon: each word is looked up in it once (word.lex), and a word it does
// not hold as a word of a name gets a key only if it is capitalised, as
// only names are matched by key. A word that is the whole lower-cased text
// with the word table's id (id, not NoWord) is found by it in byWord.
// Keys, if not nil, holds phonetic keys already made, by norm: a word
// found there is not keyed again (loading, where most words of names are
// words of names read before).
func splitWordsKeyed(ws []word, text, lower string, id dateline.WordID, base, tok int, lexicon map[string]*lexeme, byWord []*lexeme, keys map[string]string) []word {
	start := 0
	// a token written in lower case (most: "said", "the") has its parts'
	// case from plainASCII's pass, without caseOf's
	written := len(lower) == len(text) && text == lower
	for i := 0; i <= len(text); i++ {
		if i < len(text) {
			// the next hyphen inside the text, or its end
			h := strings.IndexByte(text[i:], '-')
			if h < 0 {
				i = len(text)
			} else if i += h; i == 0 || i+1 == len(text) {
				continue // a hyphen at either end is a letter of the word
			}
		}
		if i > start {
			part := text[start:i]
			var capital, upper, punct bool
			var n string
			whole := false // n is all of lower
			if len(lower) == len(text) && plainASCII(lower[start:i]) {
				n, whole = lower[start:i], start == 0 && i == len(text)
				if written {
					punct = part[0] == '-' && strings.Trim(part, "-") == "" // only digits, lower-case letters and hyphens
				} else {
					capital, upper, punct = caseOf(part)
				}
			} else {
				capital, upper, punct = caseOf(part)
				n = fold(part)
			}
			// the lexicon holds every word of every name with its phonetic
			// key, so a capitalised word's key is its phonetic key whether
			// it holds the word or not
			var k string
			var lx *lexeme
			if lexicon != nil {
				if whole && id != dateline.NoWord && int(id) < len(byWord) {
					lx = byWord[id]
				} else {
					lx = lexicon[n]
				}
				if lx == nil {
					lx = &noLexeme
				}
			}
			switch {
			case lx != nil && lx.key != "":
				k = lx.key
			case lexicon == nil || capital:
				if keys != nil {
					k = keys[n]
				}
				if k == "" {
					k = phonetic(n)
				}
			default:
				k = "\x00"
			}
			ws = append(ws, word{
				start: base + start, end: base + i, tok: tok, text: part,
				norm: n, key: k, lex: lx, cap: capital, upper: upper, punct: punct,
				hyph: start > 0,
			})
		}
		start = i + 1
	}
	return ws
}

// markArticles marks the Arabic articles "al" and "el" that stand before
// another name word, joined by a hyphen or before a capitalised word, so
// that "el-Sissi", "al Sisi" and "Sisi" match alike. It reports whether it
// marked any: most sentences have none, and their words need no pass that
// drops them.
func markArticles(ws []word) (any bool) {
	for i := range ws {
		w := &ws[i]
		if !isArticle(w.norm) || i+1 >= len(ws) {
			continue
		}
		n := &ws[i+1]
		if n.punct {
			continue
		}
		if n.hyph && n.tok == w.tok || n.cap {
			w.skip, any = true, true
		}
	}
	return any
}

// isArticle reports whether a folded word is an Arabic article ("al",
// "el") that matching passes over before a name word.
func isArticle(norm string) bool { return norm == "al" || norm == "el" }

// nameWords splits a name from a data file into words as text would be.
func nameWords(name string) []word { return readNameWords(nil, name, nil) }

// readNameWords is nameWords reading into buf's array, which it overwrites,
// taking the phonetic keys keys holds (splitWordsKeyed).
func readNameWords(buf []word, name string, keys map[string]string) []word {
	ws := buf[:0]
	for f := range strings.FieldsSeq(name) { // no slice of the fields: a name is read once and dropped
		// separate a possessive as text tokens do: "Kurdistan Workers'
		// Party" is read as Workers, ', Party
		base, poss := f, false
		for _, suf := range [...]string{"'s", "’s", "'", "’"} {
			if len(f) > len(suf) && strings.HasSuffix(f, suf) {
				base, poss = f[:len(f)-len(suf)], true
				break
			}
		}
		ws = splitWordsKeyed(ws, base, "", dateline.NoWord, 0, len(ws), nil, nil, keys)
		if poss {
			ws = append(ws, word{tok: len(ws), text: "'s", norm: "'s", poss: true, punct: true})
		}
	}
	markArticles(ws)
	out := ws[:0]
	for _, w := range ws {
		if !w.skip {
			out = append(out, w)
		}
	}
	return out
}

// plainASCII reports whether s has only lower-case ASCII letters, digits
// and hyphens, so that it is its own folded form.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if !plainByte[s[i]] {
			return false
		}
	}
	return true
}

// plainByte holds the bytes plainASCII allows.
var plainByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
	}
	return t
}()
