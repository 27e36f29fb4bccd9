package story

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// Limits on where a story's header can be: the dateline must be within the
// first maxHeaderLines lines, and every line before it short.
const (
	maxHeaderLines = 8
	maxHeaderRunes = 250
)

// header finds the story's header (headline, byline, times) and dateline,
// fills them into s, and returns the body paragraphs with the dateline cut
// from the first. ref completes dates without a year.
func (lex *Lexicon) header(s *dateline.Story, paras [][]string, ref time.Time) [][]string {
	var before []string // header lines before the current one
	for k, p := range paras {
		for j, l := range p {
			if len(before) > maxHeaderLines {
				return lex.plainHeader(s, paras, ref)
			}
			if dl, date, rest := lex.parseDateline(l); dl != nil && lex.headerOK(before, j) {
				lex.headerLines(s, before, ref)
				s.Dateline = dl
				lex.datelineDate(s, date, ref)
				first := p[j+1:]
				if rest != "" {
					first = append([]string{rest}, first...)
				}
				if len(first) == 0 { // the dateline alone: the body starts with the next paragraph
					return paras[k+1:]
				}
				return append([][]string{first}, paras[k+1:]...)
			}
			if utf8.RuneCountInString(l) > maxHeaderRunes {
				return lex.plainHeader(s, paras, ref)
			}
			before = append(before, l)
		}
	}
	return lex.plainHeader(s, paras, ref)
}

// headerOK reports whether the lines before a dateline found at line j of its
// paragraph can be a header: byline, date or agency lines, or lines that
// do not end like a sentence (a headline, a deck); lines in the dateline's
// own paragraph must be meta lines, except a headline first in the text.
func (lex *Lexicon) headerOK(before []string, j int) bool {
	own := len(before) - j
	for i, l := range before {
		if lex.isMeta(l) || (i == 0 && !endsClause(l)) {
			continue
		}
		if i >= own || endsClause(l) {
			return false
		}
	}
	return true
}

// endsClause reports whether a line ends like a sentence or clause rather
// than a headline: with . , ; : or a quote closing one of them.
func endsClause(l string) bool {
	r, n := utf8.DecodeLastRuneInString(l)
	if strings.ContainsRune("\"'”’»", r) {
		r, _ = utf8.DecodeLastRuneInString(l[:len(l)-n])
	}
	return strings.ContainsRune(".,;:", r)
}

// plainHeader handles a text without a dateline: a short first paragraph
// without terminal punctuation is a headline when prose follows, and
// paragraphs of byline and date lines after it are header too.
func (lex *Lexicon) plainHeader(s *dateline.Story, paras [][]string, ref time.Time) [][]string {
	if len(paras) < 2 {
		return paras
	}
	k := 0
	switch {
	case lex.allMeta(paras[0]):
		k = 1
	case lex.isHeadline(paras[0], paras[1]):
		k = 1
	}
	for k > 0 && k < len(paras)-1 && lex.allMeta(paras[k]) {
		k++
	}
	var hdr []string
	for _, p := range paras[:k] {
		hdr = append(hdr, p...)
	}
	lex.headerLines(s, hdr, ref)
	return paras[k:]
}

// isHeadline reports whether paragraph p, followed by next, is a headline:
// one short line (or a line followed by byline and date lines) that does not
// end like a sentence, followed by a paragraph that does not continue it.
func (lex *Lexicon) isHeadline(p, next []string) bool {
	h := p[0]
	if utf8.RuneCountInString(h) > 200 || moreFields(h, 30) || (startsLower(next[0]) && !lex.isMeta(next[0])) {
		return false
	}
	if endsClause(h) {
		return false
	}
	return lex.allMeta(p[1:])
}

func (lex *Lexicon) allMeta(lines []string) bool {
	for _, l := range lines {
		if !lex.isMeta(l) {
			return false
		}
	}
	return true
}

// isMeta reports whether a line is a byline, a date line or an agency line.
func (lex *Lexicon) isMeta(l string) bool {
	if isByline(l) || lex.isAgencyLine(l) {
		return true
	}
	_, _, ok := lex.parseTimes(l, true, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	return ok
}

// headerLines fills headline, byline and times from the header lines: the
// first line that is none of the others is the headline; other lines (a
// deck, a photo credit) are dropped.
func (lex *Lexicon) headerLines(s *dateline.Story, hdr []string, ref time.Time) {
	for i, l := range hdr {
		switch {
		case isByline(l):
			names, pub, upd := lex.parseByline(l, ref)
			s.Byline = append(s.Byline, names...)
			setTimes(s, pub, upd)
		case lex.isAgencyLine(l):
		default:
			r := ref
			if !s.Published.IsZero() {
				r = s.Published
			}
			if pub, upd, ok := lex.parseTimes(l, true, r); ok {
				setTimes(s, pub, upd)
			} else if i == 0 {
				s.Headline = l
			}
		}
	}
}

func setTimes(s *dateline.Story, pub, upd time.Time) {
	if s.Published.IsZero() {
		s.Published = pub
	}
	if s.Updated.IsZero() {
		s.Updated = upd
	}
}

// datelineDate takes the date a dateline carries ("Jan 5") as the
// publication day when the story has no other date, in the year of ref,
// or the year before when that would put it more than a month after ref.
func (lex *Lexicon) datelineDate(s *dateline.Story, date string, ref time.Time) {
	if date == "" || !s.Published.IsZero() || ref.IsZero() {
		return
	}
	st, ok := lex.parseStamp(date, true)
	if !ok {
		return
	}
	t, ok := st.time(ref)
	if !ok {
		return
	}
	if t.After(ref.AddDate(0, 1, 0)) {
		t = t.AddDate(-1, 0, 0)
	}
	s.Published = t
}

// isByline reports whether a line starts "By " and a capitalised word, and
// is not a sentence ("By Monday, the rebels had left.").
func isByline(l string) bool {
	if len(l) < 4 || !strings.EqualFold(l[:3], "by ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l[3:])
	if !unicode.IsUpper(r) || utf8.RuneCountInString(l) > maxHeaderRunes {
		return false
	}
	return !endsClause(l) || !moreFields(l, 5)
}

// isAgencyLine reports whether a short line is only agency and title words:
// "Associated Press", "The Associated Press", "Reuters".
func (lex *Lexicon) isAgencyLine(l string) bool {
	if moreFields(l, 6) || !moreFields(l, 0) {
		return false
	}
	for w := range strings.FieldsSeq(l) {
		if !lex.isTitle(w) {
			return false
		}
	}
	return true
}

// parseByline reads "By PAOLO SANTALUCIA November 13, 2018 at 4:09 AM CST -
// Updated November 13 at 5:18 AM": the authors in display case and the
// times written after them.
func (lex *Lexicon) parseByline(l string, ref time.Time) (names []string, pub, upd time.Time) {
	rest := l[3:]
	words := strings.Fields(rest)
	cut := len(words)
	for i, w := range words {
		if lex.startsDate(words, i) {
			cut = i
			break
		}
		if strings.EqualFold(strings.Trim(w, "-—|,"), "updated") || strings.EqualFold(w, "published") {
			cut = i
			break
		}
	}
	names = lex.names(strings.Join(words[:cut], " "))
	if cut < len(words) {
		pub, upd, _ = lex.parseTimes(strings.Join(words[cut:], " "), false, ref)
	}
	return names, pub, upd
}

// startsDate reports whether a date begins at words[i]: a weekday, a month
// followed by a number, a number, or an ISO date.
func (lex *Lexicon) startsDate(words []string, i int) bool {
	w := strings.ToLower(strings.Trim(words[i], ".,"))
	if lex.weekdays[w] {
		return true
	}
	if _, ok := lex.months[w]; ok {
		return i+1 < len(words) && isDigit(words[i+1][0])
	}
	return isDigit(words[i][0])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// nameBreaks turns what joins names in a byline into commas; built once,
// not for each byline.
var nameBreaks = strings.NewReplacer(" & ", ",", " | ", ",", " - ", ",", " — ", ",", ";", ",")

// names splits a list of names ("A and B", "A, B & C", "A | The Associated
// Press") into names in display case, dropping items made only of agency and
// title words and title words before a name.
func (lex *Lexicon) names(s string) []string {
	s = nameBreaks.Replace(s)
	var out []string
	for _, item := range strings.Split(s, ",") {
		for _, part := range splitAnd(item) {
			if name := lex.name(part); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// splitAnd splits at the word "and" in any case.
func splitAnd(s string) []string {
	words := strings.Fields(s)
	var out []string
	start := 0
	for i, w := range words {
		if strings.EqualFold(w, "and") {
			out = append(out, strings.Join(words[start:i], " "))
			start = i + 1
		}
	}
	return append(out, strings.Join(words[start:], " "))
}

// name drops leading title words and lower-case words ("AP producer Maggie
// Hyde" -> "Maggie Hyde") and trailing agency and title words (two or more,
// or one agency name: "JOSEPH KRAUSS Associated Press") and puts the rest in
// display case; "" if nothing is left or the rest is only title words.
func (lex *Lexicon) name(s string) string {
	words := strings.Fields(strings.Trim(s, " .,:;|-—"))
	for len(words) > 0 {
		w := strings.TrimSuffix(strings.TrimSuffix(words[0], "'s"), "’s")
		if !lex.titles[strings.ToLower(w)] && !startsLower(w) {
			break
		}
		words = words[1:]
	}
	if len(words) == 0 || lex.isAgencyLine(strings.Join(words, " ")) {
		return ""
	}
	// trailing titles: "JOSEPH KRAUSS Associated Press", "JOHN SMITH AP"
	k := len(words)
	for k > 1 && lex.titles[strings.ToLower(strings.Trim(words[k-1], ".,"))] {
		k--
	}
	if n := len(words) - k; n >= 2 || (n == 1 && lex.agencies[strings.ToLower(strings.Trim(words[k], ".,"))]) {
		words = words[:k]
	}
	return lex.displayCase(strings.Join(words, " "))
}
