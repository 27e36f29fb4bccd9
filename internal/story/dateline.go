package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// datelineRE matches the place line that opens a wire story's first
// paragraph: "PALERMO, Sicily (AP) — ", "CAIRO (Reuters) - ", "WASHINGTON —
// ", "KABUL, Afghanistan (AP) -- ", "BEIRUT, Lebanon, Jan 5 (Reuters) - ",
// "NIAMEY/ABUJA — " (filed from two cities), "PORT-AU-PRINCE, Haiti — "
// (a plain hyphen is a dash only before a space: inside a name it is not).
// Groups: 1 the place parts, 2 a date, 3 the agency, 4 the dash, 5 a plain
// hyphen as the dash.
var datelineRE = regexp.MustCompile(`^` +
	`(\p{Lu}[\p{L}\p{M}.'’/ -]{0,40}?(?:, \p{Lu}[\p{L}\p{M}.'’ -]{0,40}?){0,2})` +
	`(?:,? ((?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2})|(?:\d{1,2} \p{Lu}\p{Ll}{2,8})))?` +
	`(?: ?\((\p{L}[\p{L}.&' -]{0,30})\))?` +
	`(?: ?(—|–|--|_) ?| ?(-)(?:\s|$))`)

// maxDatelineBytes bounds the text searched for a dateline; the pattern
// cannot match a longer one.
const maxDatelineBytes = 256

// parseDateline finds a dateline at the start of p. It returns the dateline,
// the date text it carries ("Jan 5", or ""), and the paragraph without it,
// which is empty for a dateline on a line of its own ("ISLAMABAD —").
// A dateline without an agency must be written in capitals and end in a
// dash other than a plain hyphen, so that prose ("Iran - the largest...")
// is not taken for one.
func (lex *Lexicon) parseDateline(p string) (dl *dateline.Dateline, date, rest string) {
	head := p
	if len(head) > maxDatelineBytes {
		head = head[:maxDatelineBytes] // the regexp then scans a bounded prefix
	}
	if !mayOpenDateline(head) {
		return nil, "", p
	}
	m := datelineRE.FindStringSubmatchIndex(head)
	if m == nil {
		return nil, "", p
	}
	placeText := p[m[2]:m[3]]
	agency := group(p, m, 3)
	dash := group(p, m, 4)
	if dash == "" {
		dash = group(p, m, 5)
	}
	parts := strings.Split(placeText, ", ")
	if agency == "" && (hasLower(parts[0]) || dash == "-" || !hasUpperPair(parts[0])) {
		return nil, "", p
	}
	if dash == "_" && agency == "" {
		return nil, "", p
	}
	rest = p[m[1]:]
	if rest != "" && !startsWord(rest) {
		return nil, "", p
	}
	dl = &dateline.Dateline{
		Text:   placeText,
		Place:  lex.displayCase(parts[0]),
		Agency: agency,
	}
	if len(parts) > 1 {
		dl.Admin1 = lex.displayCase(parts[1])
	}
	return dl, group(p, m, 2), rest
}

// mayOpenDateline reports whether head has what datelineRE needs: a capital
// first, a dash, and after the place's first part what may follow it. Most
// paragraphs fail it, and the regexp would spend much longer to say so.
func mayOpenDateline(head string) bool {
	r, size := utf8.DecodeRuneInString(head)
	return unicode.IsUpper(r) && strings.ContainsAny(head, "-_—–") && placeFollowed(head, size)
}

// maxPlaceRunes bounds where datelineRE finds what follows a place's first
// part: that part is at most 41 runes, and a date after it ("Sept. 12")
// puts its first digit at most 13 runes later.
const maxPlaceRunes = 64

// placeFollowed reports whether the run of runes from byte i that the
// pattern's first place part may take (letters, marks, spaces, points,
// apostrophes, slashes, hyphens) ends, within maxPlaceRunes, in what may
// follow a place: a comma, a space and a capital or digit (", Lebanon",
// ", Jan 5"), a digit (" 5 Jan"), an agency's bracket, a dash, or holds a
// hyphen before white space, another hyphen or the end ("BEIRUT - ").
// Every line the pattern matches passes (FuzzMayOpenDateline).
func placeFollowed(head string, i int) bool {
	for n := 1; i < len(head) && n < maxPlaceRunes; n++ {
		r, w := utf8.DecodeRuneInString(head[i:])
		switch {
		case r == '-':
			if i+1 == len(head) || strings.IndexByte("-\t\n\f\r ", head[i+1]) >= 0 {
				return true
			}
		case r == ' ' || r == '.' || r == '\'' || r == '’' || r == '/' || unicode.IsLetter(r) || unicode.IsMark(r):
		case r == '(' || r == '—' || r == '–' || r == '_' || r >= '0' && r <= '9':
			return true
		case r == ',':
			if i+2 >= len(head) || head[i+1] != ' ' {
				return false
			}
			next, _ := utf8.DecodeRuneInString(head[i+2:])
			return unicode.IsUpper(next) || next >= '0' && next <= '9'
		default:
			return false
		}
		i += w
	}
	return false
}

func group(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// hasUpperPair reports whether s has two capital letters in a row, so that a
// capitalised one-letter word ("A — ...") is no dateline.
func hasUpperPair(s string) bool {
	prev := false
	for _, r := range s {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

func startsWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(", r)
	}
	return false
}

// displayCase puts an ALL-CAPS name in display case ("PALERMO" -> "Palermo",
// "RIO DE JANEIRO" -> "Rio de Janeiro", "D'EMILIO" -> "D'Emilio",
// "MCDONALD" -> "McDonald"); a name with lower-case letters is returned as
// it is.
func (lex *Lexicon) displayCase(s string) string {
	s = strings.TrimSpace(s)
	if hasLower(s) {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && lex.particles[w] {
			continue
		}
		words[i] = capWord(w, lex)
	}
	return strings.Join(words, " ")
}

// capWord capitalises a lower-case word at its start, after a slash
// ("niamey/abuja"), after hyphens (unless a particle follows:
// "port-au-prince"), after a one-letter prefix and
// apostrophe ("d'emilio") and after "mc".
func capWord(w string, lex *Lexicon) string {
	rs := []rune(w)
	segStart := 0
	for i := range rs {
		up := false
		switch {
		case i == 0:
			up = true
		case rs[i-1] == '/':
			segStart, up = i, true
		case rs[i-1] == '-':
			segStart = i
			up = !lex.particles[nextSeg(rs[i:])]
		case (rs[i-1] == '\'' || rs[i-1] == '’') && i-1-segStart == 1:
			up = true
		case i == 2 && unicode.ToLower(rs[0]) == 'm' && rs[1] == 'c' && len(rs) > 4:
			up = true
		}
		if up {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}

func nextSeg(rs []rune) string {
	for i, r := range rs {
		if r == '-' {
			return string(rs[:i])
		}
	}
	return string(rs)
}
