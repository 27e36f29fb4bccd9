package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

var (
	// contributedRE matches the verb that closes an AP credit line:
	// "contributed.", "contributed to this report from Beirut.".
	contributedRE = regexp.MustCompile(`(?i)\s+(?:also\s+)?contributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting|reports?))?(?:\s+from\s+([^.;]+))?\.?$`)
	// roleRE matches a Reuters credit role: "Reporting by", "Additional
	// reporting by", "Writing by", "Editing by".
	roleRE = regexp.MustCompile(`(?i)^(?:additional\s+|further\s+)?(?:reporting|writing|editing|compiled|compilation|graphics|research|production|photos)(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+`)
	// slugRE matches an AFP desk slug closing a story: "bur-ach/jm".
	slugRE = regexp.MustCompile(`^[a-z]{2,}(?:[-/][a-z0-9]{1,8}){1,6}$`)
)

// maxCreditRunes bounds a credit paragraph; longer ones are prose.
const maxCreditRunes = 600

// credits removes credit lines, separators, copyright notices and desk slugs
// from the end of the paragraphs and returns the contributors they name, in
// order. A lone paragraph is never removed: it is the story.
func (lex *Lexicon) credits(ps []string) ([]string, []dateline.Contributor) {
	var out []dateline.Contributor
	for len(ps) > 1 {
		p := ps[len(ps)-1]
		if !isTrailer(p) {
			cs, ok := lex.creditLine(p)
			if !ok {
				break
			}
			out = append(cs, out...)
		}
		ps = ps[:len(ps)-1]
	}
	return ps, out
}

// isTrailer reports whether p is a separator ("___"), a copyright notice or
// a desk slug.
func isTrailer(p string) bool {
	if strings.Trim(p, "_-*=~#· ") == "" {
		return true
	}
	lower := strings.ToLower(p)
	if (strings.HasPrefix(lower, "copyright") || strings.HasPrefix(p, "©")) && strings.Contains(lower, "reserved") {
		return true
	}
	return slugRE.MatchString(p)
}

// creditLine reads an AP ("X in Cairo and Y in Rome contributed.") or
// Reuters ("Reporting by X in Cairo; Editing by Y") credit paragraph. It
// reports false when p is not one.
func (lex *Lexicon) creditLine(p string) ([]dateline.Contributor, bool) {
	if utf8.RuneCountInString(p) > maxCreditRunes {
		return nil, false
	}
	p = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(p), "("), ")"))
	if at := lastIndexFold(p, "contributed"); at < 0 {
		// no AP credit; the regexp below would scan the whole paragraph
	} else if off, m := max(0, at-12), contributedRE.FindStringSubmatchIndex(p[max(0, at-12):]); m != nil {
		from := ""
		if m[2] >= 0 {
			from = p[off+m[2] : off+m[3]]
		}
		list := strings.TrimSpace(p[:off+m[0]])
		for _, pre := range [...]string{"Also, ", "Also "} {
			list = strings.TrimPrefix(list, pre)
		}
		return lex.creditGroups(strings.Split(list, ";"), from)
	}
	groups := strings.Split(strings.TrimSuffix(p, "."), ";")
	for i, g := range groups {
		g = strings.TrimSpace(g)
		loc := roleRE.FindStringIndex(g)
		if loc == nil {
			return nil, false
		}
		groups[i] = g[loc[1]:]
	}
	return lex.creditGroups(groups, "")
}

// creditGroups reads groups of "Name in Place" items separated by commas and
// "and"; names without a place take the next place in their group, or from.
// An item after a placed one is more of that place ("in Kabul,
// Afghanistan") when it is one word, the group's last item, or followed by
// ", and": "X in Gaza City, Gaza Strip, and Y in Dubai".
func (lex *Lexicon) creditGroups(groups []string, from string) ([]dateline.Contributor, bool) {
	var out []dateline.Contributor
	for _, g := range groups {
		pending := len(out)
		items := nonEmpty(strings.Split(g, ","))
		placed := false // the previous item ended with a place
		for idx, item := range items {
			item = strings.TrimSpace(item)
			if placed && !strings.Contains(item, " in ") && len(splitAnd(item)) == 1 && lex.isProper(item) &&
				(!strings.Contains(item, " ") || idx == len(items)-1 || startsAnd(items[idx+1])) {
				out[len(out)-1].Place += ", " + lex.displayCase(item)
				continue
			}
			placed = false
			for _, part := range splitAnd(item) {
				if part == "" {
					continue
				}
				who, where, hasPlace := strings.Cut(part, " in ")
				name := lex.name(who)
				if name == "" || !lex.isProper(name) || (hasPlace && !lex.isProper(where)) {
					return nil, false
				}
				out = append(out, dateline.Contributor{Name: name})
				placed = hasPlace
				if hasPlace {
					for k := pending; k < len(out); k++ {
						out[k].Place = lex.displayCase(where)
					}
					pending = len(out)
				}
			}
		}
	}
	for k := range out {
		if out[k].Place == "" && from != "" && lex.isProper(from) {
			out[k].Place = lex.displayCase(from)
		}
	}
	return out, len(out) > 0
}

// nonEmpty returns the items that are not blank.
func nonEmpty(items []string) []string {
	out := items[:0]
	for _, it := range items {
		if strings.TrimSpace(it) != "" {
			out = append(out, it)
		}
	}
	return out
}

func startsAnd(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 4 && strings.EqualFold(s[:4], "and ")
}

// isProper reports whether s looks like a proper name: one to six words,
// each capitalised, or a particle or hyphenated form ("al-Mesmari",
// "de", "bin").
func (lex *Lexicon) isProper(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || !unicode.IsLower(r) {
			return false
		}
		if !strings.ContainsAny(w, "-'’") && !lex.particles[w] {
			return false
		}
	}
	return true
}

// lastIndexFold returns the index of the last instance of the lower-case
// ASCII word w in s, in any case, or -1.
func lastIndexFold(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}
