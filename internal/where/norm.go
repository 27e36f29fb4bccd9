package where

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the form under which a place name is filed and looked up:
// lower case, diacritics removed, apostrophes and dots dropped ("Sana'a" ->
// "sanaa", "D.C." -> "dc"), hyphens and other punctuation made spaces, runs
// of single letters joined ("D. C." -> "dc"), "St."/"Ste."/"Mt."/"Ft."
// spelled out, and a leading "the" dropped. Two names that differ only in
// these ways have the same key.
func Key(s string) string {
	if isPlainKey(s) {
		return s
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if !utf8.ValidString(s) {
				s = strings.ToValidUTF8(s, " ")
			}
			s = fold(s)
			break
		}
	}
	var buf [96]byte
	out := buf[:0]
	var word [48]byte
	w := word[:0]
	words, lastSingle, merged := 0, false, false
	flush := func() {
		if len(w) == 0 {
			return
		}
		x := expand(w)
		single := len(x) == 1
		if !(words == 0 && string(x) == "the") {
			if words > 0 && !(single && lastSingle) {
				out = append(out, ' ')
			} else if words > 0 {
				merged = true
			}
			out = append(out, x...)
			words++
			lastSingle = single
		}
		w = w[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				w = append(w, c)
			case 'A' <= c && c <= 'Z':
				w = append(w, c+'a'-'A')
			case c == '\'' || c == '.' || c == '`':
			default:
				flush()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’' || r == 'ʼ' || r == 'ʻ' || r == 'ʿ' || r == 'ʾ' || r == '‘':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w = utf8.AppendRune(w, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	if merged {
		return fixMerged(string(out))
	}
	return string(out)
}

// fixMerged spells out abbreviations made by joining single letters ("s t"
// -> "st" -> "saint"), so that Key(Key(s)) == Key(s).
func fixMerged(k string) string {
	ws := strings.Split(k, " ")
	for i, w := range ws {
		ws[i] = expandString(w)
	}
	return strings.Join(ws, " ")
}

// isPlainKey reports whether s is already a key: lower-case ASCII words
// separated by single spaces, none of them expanded or dropped by Key.
func isPlainKey(s string) bool {
	if s == "" {
		return true
	}
	prev := byte(' ')
	wordStart := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if prev == ' ' {
				return false
			}
			w := s[wordStart:i]
			if len(w) <= 3 && (w == "the" || w == "st" || w == "ste" || w == "mt" || w == "ft" || len(w) == 1) {
				return false
			}
			wordStart = i + 1
			if i < len(s) {
				prev = ' '
			}
			continue
		}
		c := s[i]
		if c < 'a' || c > 'z' {
			if c < '0' || c > '9' {
				return false
			}
		}
		prev = c
	}
	return true
}

// expand spells out the abbreviations of place names.
func expand(w []byte) []byte {
	switch string(w) {
	case "st":
		return append(w[:0], "saint"...)
	case "ste":
		return append(w[:0], "sainte"...)
	case "mt":
		return append(w[:0], "mount"...)
	case "ft":
		return append(w[:0], "fort"...)
	}
	return w
}

// fold removes diacritics and spells out letters that have no decomposition
// ("ł" -> "l", "ß" -> "ss").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		default:
			if f, ok := special[unicode.ToLower(r)]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// special folds letters that NFD leaves whole.
var special = map[rune]string{
	'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D",
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'þ': "th", 'Þ': "Th",
	'ı': "i", 'ħ': "h", 'Ħ': "H", 'ŧ': "t", 'Ŧ': "T", 'ŋ': "ng", 'ƒ': "f",
	'‐': "-", '‑': "-", '–': "-", '—': "-",
}

// asciiName returns a place's name in the form English text writes it when
// that form is plain ASCII: diacritics and the transliteration's
// apostrophes dropped ("Sāmarrā’" -> "Samarra", "Khān Yūnis" -> "Khan
// Yunis"), as GeoNames' ASCII names are; names in other scripts are kept.
func asciiName(name string) string {
	if isASCII(name) {
		return name
	}
	latin := latinLetters()
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r == '’' || r == 'ʼ' || r == 'ʻ' || r == 'ʿ' || r == 'ʾ' || r == '‘' || unicode.Is(unicode.Mn, r):
		default:
			f, ok := latin[r]
			if !ok {
				return name
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

// latinLetters maps the Latin letters with diacritics (Latin-1, Extended A
// and B, Extended Additional) to their ASCII letters: "ā" -> "a", "Ł" -> "L".
var latinLetters = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{}
	add := func(from, to rune) {
		for r := from; r <= to; r++ {
			var a []byte
			for _, d := range norm.NFD.String(string(r)) {
				if d < utf8.RuneSelf {
					a = append(a, byte(d))
				}
			}
			if f, ok := special[r]; ok {
				m[r] = f
			} else if len(a) > 0 && unicode.IsLetter(r) {
				m[r] = string(a)
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	return m
})

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// spelling reports whether key a is a spelling of key b: the same words
// with the same first letters and the same consonants ("khan younis",
// "khan yunus" of "khan yunis"), as transliterations differ.
func spelling(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || a[0] != b[0] {
		return false
	}
	i, j := 0, 0
	var pa, pb byte
	for {
		var ca, cb byte
		ca, i = nextConsonant(a, i, &pa)
		cb, j = nextConsonant(b, j, &pb)
		if ca != cb {
			return false
		}
		if ca == 0 {
			return true
		}
	}
}

// nextConsonant returns the next letter of k from i that a transliteration
// keeps: not a vowel (nor y, h or w, which transliterations add and drop)
// unless it starts a word, and not a repeat of the last one; 0 at the end.
func nextConsonant(k string, i int, last *byte) (byte, int) {
	for ; i < len(k); i++ {
		c := k[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			if i > 0 && k[i-1] != ' ' {
				continue
			}
		}
		if c == *last {
			continue
		}
		*last = c
		return c, i + 1
	}
	return 0, i
}
