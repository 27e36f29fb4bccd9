// Package event finds events in sentences: it matches the verb and phrase
// patterns of a lexicon, decides who acts on whom, and whether the event is
// reported as having happened.
//
// The lexicon is data (data/README.md describes the format): codes.tsv gives
// every CAMEO code its Goldstein value and PLOVER type, verbs.txt holds the
// patterns, inflections.tsv the word forms the regular rules get wrong.
package event

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/codes.tsv data/verbs.txt data/inflections.tsv
var embedded embed.FS

// Code is one CAMEO event code with what it maps to.
type Code struct {
	CAMEO     string  // "043"
	Name      string  // "Host a visit"
	Goldstein float64 // -10 to 10
	Type      string  // PLOVER type; "" for plain statements
	Mode      string  // PLOVER mode, if one fits
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
}

// Root returns the code's two-digit root.
func (c Code) Root() string { return c.CAMEO[:2] }

// Lexicon is a loaded event lexicon. It is read-only and safe for concurrent use.
type Lexicon struct {
	codes    map[string]Code
	patterns []pattern
	verbs    map[string]bool    // every verb form in a pattern
	bases    map[string]bool    // the base forms among them: "aid", "hold"
	next     map[string]*bucket // an anchor form -> its patterns by the next word
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon, loaded once.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		sub, err := subData()
		if err != nil {
			defaultErr = err
			return
		}
		defaultLex, defaultErr = Load(sub)
	})
	return defaultLex, defaultErr
}

// fsFS is fs.FS; the alias keeps test helpers short.
type fsFS = fs.FS

// subData returns the embedded data directory.
func subData() (fs.FS, error) { return fs.Sub(embedded, "data") }

// Load reads codes.tsv, inflections.tsv and verbs.txt from fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{codes: map[string]Code{}, verbs: map[string]bool{}, bases: map[string]bool{}, next: map[string]*bucket{}}
	if err := readLines(fsys, "codes.tsv", func(line string, _ int) error { return l.addCode(line) }); err != nil {
		return nil, err
	}
	forms := map[string][]string{}
	err := readLines(fsys, "inflections.tsv", func(line string, _ int) error {
		lemma, list, ok := strings.Cut(line, "\t")
		if !ok || lemma == "" || list == "" {
			return fmt.Errorf("want lemma<TAB>form,form,...")
		}
		for _, f := range strings.Split(list, ",") {
			if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
				forms[strings.ToLower(lemma)] = append(forms[strings.ToLower(lemma)], f)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines(fsys, "verbs.txt", func(line string, n int) error { return l.addPatterns(line, n, forms) })
	if err != nil {
		return nil, err
	}
	return l, nil
}

// readLines calls fn for each line of name that is not blank or a comment,
// and names file:line in any error.
func readLines(fsys fs.FS, name string, fn func(line string, n int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("event lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if i := strings.Index(line, "\t#"); i >= 0 {
			line = strings.TrimRight(line[:i], " \t")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (l *Lexicon) addCode(line string) error {
	f := strings.Split(line, "\t")
	if len(f) < 5 {
		return fmt.Errorf("want 5 tab-separated fields (cameo goldstein plover mode name), got %d", len(f))
	}
	c := Code{CAMEO: strings.TrimSpace(f[0]), Type: strings.TrimSpace(f[2]), Mode: strings.TrimSpace(f[3]), Name: strings.TrimSpace(f[4])}
	if len(c.CAMEO) < 2 || len(c.CAMEO) > 4 {
		return fmt.Errorf("bad CAMEO code %q", c.CAMEO)
	}
	root, err := strconv.Atoi(c.CAMEO[:2])
	if err != nil || root < 1 || root > 20 {
		return fmt.Errorf("bad CAMEO root in %q", c.CAMEO)
	}
	if c.Goldstein, err = strconv.ParseFloat(strings.TrimSpace(f[1]), 64); err != nil || c.Goldstein < -10 || c.Goldstein > 10 {
		return fmt.Errorf("bad Goldstein value %q", f[1])
	}
	c.QuadClass = quadClass(root)
	if _, dup := l.codes[c.CAMEO]; dup {
		return fmt.Errorf("code %s listed twice", c.CAMEO)
	}
	l.codes[c.CAMEO] = c
	return nil
}

// quadClass maps a CAMEO root to its QuadClass.
func quadClass(root int) int {
	switch {
	case root <= 5:
		return 1
	case root <= 8:
		return 2
	case root <= 13:
		return 3
	}
	return 4
}

// Code returns what a CAMEO code maps to.
func (l *Lexicon) Code(cameo string) (Code, bool) {
	c, ok := l.codes[cameo]
	return c, ok
}

// Len returns the number of pattern variants loaded.
func (l *Lexicon) Len() int { return len(l.patterns) }
