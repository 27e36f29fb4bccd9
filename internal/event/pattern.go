package event

import (
	"fmt"
	"strings"
)

// elemKind says what a pattern element matches.
type elemKind uint8

const (
	elemWords  elemKind = iota // one token from a set of word forms
	elemGap                    // 0 to maxGap tokens
	elemTarget                 // an actor mention starts here: the target
	elemSource                 // an actor mention starts here: the source
)

const maxGap = 3

type elem struct {
	kind  elemKind
	words map[string]bool
	verb  bool // the element is a verb (+lemma): passive voice applies
}

// pattern is one variant of a verbs.txt line, optional elements resolved.
type pattern struct {
	code   string
	elems  []elem
	anchor int // index of the first words element
	words  int // number of words elements: longer patterns win
	line   int // source line, for ties and the rule name
	text   string
}

// addPatterns parses one verbs.txt line and adds every variant it expands
// to (each optional element present or absent).
func (l *Lexicon) addPatterns(line string, lineNo int, forms map[string][]string) error {
	code, spec, ok := strings.Cut(line, "\t")
	code, spec = strings.TrimSpace(code), strings.TrimSpace(spec)
	if !ok || spec == "" {
		return fmt.Errorf("want CAMEO<TAB>pattern")
	}
	if _, known := l.codes[code]; !known {
		return fmt.Errorf("code %s is not in codes.tsv", code)
	}
	parts := strings.Fields(spec)
	type part struct {
		e        elem
		optional bool
	}
	var ps []part
	targets := 0
	for _, p := range parts {
		opt := false
		if strings.HasPrefix(p, "[") && strings.HasSuffix(p, "]") {
			opt, p = true, p[1:len(p)-1]
		}
		if p == "" {
			return fmt.Errorf("empty element in %q", spec)
		}
		var e elem
		switch p {
		case "...":
			e.kind = elemGap
		case "TARGET":
			e.kind = elemTarget
			targets++
		case "SOURCE":
			e.kind = elemSource
		default:
			e.words = map[string]bool{}
			for _, alt := range strings.Split(p, "|") {
				if alt == "" || alt == "+" || alt == "~" {
					return fmt.Errorf("empty alternative in %q", p)
				}
				if alt[0] == '+' {
					e.verb = true
					l.bases[strings.ToLower(alt[1:])] = true
				}
				for _, f := range expand(alt, forms) {
					e.words[f] = true
					if alt[0] == '+' {
						l.verbs[f] = true
					}
				}
			}
		}
		ps = append(ps, part{e, opt})
	}
	if targets > 1 {
		return fmt.Errorf("TARGET appears %d times", targets)
	}
	var opts []int
	for i, p := range ps {
		if p.optional {
			opts = append(opts, i)
		}
	}
	if len(opts) > 4 {
		return fmt.Errorf("more than 4 optional elements")
	}
	for mask := 0; mask < 1<<len(opts); mask++ {
		var elems []elem
		for i, p := range ps {
			if p.optional {
				k := indexOf(opts, i)
				if mask&(1<<k) == 0 {
					continue
				}
			}
			elems = append(elems, p.e)
		}
		if err := l.addVariant(code, spec, lineNo, elems); err != nil {
			return err
		}
	}
	return nil
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func (l *Lexicon) addVariant(code, spec string, lineNo int, elems []elem) error {
	p := pattern{code: code, elems: elems, anchor: -1, line: lineNo, text: spec}
	for i, e := range elems {
		if e.kind == elemWords {
			p.words++
			if p.anchor < 0 {
				p.anchor = i
			}
		}
	}
	if p.anchor < 0 {
		return fmt.Errorf("pattern %q has no word", spec)
	}
	for i := 0; i < p.anchor; i++ {
		if elems[i].kind != elemSource {
			return fmt.Errorf("pattern %q: only SOURCE may come before the first word", spec)
		}
	}
	if k := len(elems) - 1; elems[k].kind == elemGap || elems[0].kind == elemGap {
		return fmt.Errorf("pattern %q: a gap must lie between words", spec)
	}
	id := int32(len(l.patterns))
	l.patterns = append(l.patterns, p)
	for w := range elems[p.anchor].words {
		b := l.next[w]
		if b == nil {
			b = &bucket{byNext: map[string][]int32{}}
			l.next[w] = b
		}
		if n := p.anchor + 1; n < len(elems) && elems[n].kind == elemWords {
			for w2 := range elems[n].words {
				b.byNext[w2] = append(b.byNext[w2], id)
			}
		} else {
			b.rest = append(b.rest, id)
		}
	}
	return nil
}

// bucket holds the patterns of one anchor word by the word that must come
// next, so a token tries only the patterns its neighbour allows; rest
// holds those whose next element is not a word (end, gap, slot).
type bucket struct {
	byNext map[string][]int32
	rest   []int32
}

// expand returns the word forms an alternative matches: "+lemma" every verb
// form, "~noun" singular and plural, a plain word itself.
func expand(alt string, forms map[string][]string) []string {
	alt = strings.ToLower(alt)
	switch alt[0] {
	case '+':
		w := alt[1:]
		if f, ok := forms[w]; ok {
			return append([]string{w}, f...)
		}
		return []string{w, thirdPerson(w), past(w), gerund(w)}
	case '~':
		w := alt[1:]
		if f, ok := forms[w]; ok {
			return append([]string{w}, f...)
		}
		return []string{w, thirdPerson(w)}
	}
	return []string{alt}
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// thirdPerson gives the -s form of a verb, or the plural of a noun.
func thirdPerson(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

func past(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	}
	return w + "ed"
}

func gerund(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe") && n > 2:
		return w[:n-1] + "ing"
	}
	return w + "ing"
}
