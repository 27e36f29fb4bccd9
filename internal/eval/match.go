package eval

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"dateline"
)

//go:embed igo.txt
var igoText []byte

//go:embed same.txt
var sameText []byte

// defaultIGO is the embedded IGO code list, and defaultSame its
// spellings of one body ("NAT = NATO"), read once.
var defaultIGO, defaultSame = mustIGO()

func mustIGO() (map[string]bool, map[string]string) {
	m, same, err := parseIGO(igoText, "igo.txt")
	if err != nil {
		panic(err) // the embedded files are part of the package; tests read them
	}
	// same.txt's pairs are states, not bodies: only their spellings count
	_, states, err := parseIGO(sameText, "same.txt")
	if err != nil {
		panic(err)
	}
	for k, v := range states {
		same[k] = v
	}
	return m, same
}

// DefaultIGO returns a copy of the embedded list of codes that stand for
// an international body (igo.txt).
func DefaultIGO() map[string]bool {
	m := make(map[string]bool, len(defaultIGO))
	for k := range defaultIGO {
		m[k] = true
	}
	return m
}

// LoadIGO reads a list of international-body codes from name in fsys: one
// code a line, or "CODE = OTHER" for a second code of the same body (both
// count as bodies); text after # a comment. It lets users swap igo.txt.
func LoadIGO(fsys fs.FS, name string) (map[string]bool, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load IGO codes: %w", err)
	}
	m, _, err := parseIGO(b, name)
	return m, err
}

// parseIGO reads an IGO list: the codes, and the codes that name the same
// body as another ("NAT = NATO": same["NAT"] is "NATO").
func parseIGO(b []byte, name string) (map[string]bool, map[string]string, error) {
	m, same := map[string]bool{}, map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for num := 1; sc.Scan(); num++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(strings.ToUpper(line))
		switch {
		case len(f) == 0:
			continue
		case len(f) == 1:
			m[f[0]] = true
		case len(f) == 3 && f[1] == "=":
			m[f[0]], m[f[2]] = true, true
			same[f[0]] = f[2]
		default:
			return nil, nil, fmt.Errorf("%s:%d: want one code a line or CODE = OTHER, got %q", name, num, line)
		}
	}
	return m, same, sc.Err()
}

// Scorer scores events against gold. The zero Scorer is ready to use.
type Scorer struct {
	// AllModalities scores negated, future and hypothetical events too;
	// by default only asserted events (or events with no modality) count.
	AllModalities bool
	// IGO lists the country codes that stand for an international body,
	// upper case; nil means the embedded igo.txt.
	IGO map[string]bool
	// Same maps a second code of a body or state to its first ("NAT" to
	// "NATO", "SUN" to "RUS"), upper case, so gold and output that spell one
	// actor two ways agree; nil means the embedded igo.txt's and same.txt's.
	Same map[string]string
}

// Score scores events against g with the default Scorer.
func Score(g *Gold, events []dateline.Event) *Report {
	var s Scorer
	return s.Score(g, events)
}

// Score scores events against g.
func (s *Scorer) Score(g *Gold, events []dateline.Event) *Report {
	r := &Report{Gold: g.Name, Format: g.Format}
	if g.Format == FormatStory {
		r.Story = s.scoreStory(g, events)
	} else {
		r.Sentence = s.scoreSentences(g, events)
	}
	return r
}

// counts reports whether e is scored.
func (s *Scorer) counts(e *dateline.Event) bool {
	return s.AllModalities || e.Modality == "" || e.Modality == dateline.Asserted
}

// isIGO reports whether p stands for an international body.
func (s *Scorer) isIGO(p *dateline.Participant) bool {
	if p == nil {
		return false
	}
	igo := s.IGO
	if igo == nil {
		igo = defaultIGO
	}
	return igo[strings.ToUpper(string(p.Country))] ||
		strings.EqualFold(string(p.Sector), "IGO") ||
		len(p.Code) >= 3 && strings.EqualFold(p.Code[:3], "IGO")
}

// countryOK reports whether participant p has gold country want: "" wants
// no country, "IGO" wants any international body, anything else the same
// code, ignoring case.
func (s *Scorer) countryOK(want string, p *dateline.Participant) bool {
	got := ""
	if p != nil {
		got = normCountry(string(p.Country))
	}
	if want == "IGO" && got != "IGO" {
		return s.isIGO(p)
	}
	return want == got || s.same(want) == s.same(got)
}

// same returns the first code of the body that code names, or code.
func (s *Scorer) same(code string) string {
	same := s.Same
	if same == nil {
		same = defaultSame
	}
	if c, ok := same[code]; ok {
		return c
	}
	return code
}

// sectorOK reports whether p's sector is one of want; empty want accepts
// any sector.
func sectorOK(want []string, p *dateline.Participant) bool {
	if len(want) == 0 {
		return true
	}
	if p == nil {
		return false
	}
	for _, w := range want {
		if strings.EqualFold(w, string(p.Sector)) {
			return true
		}
	}
	return false
}

// normCountry upper-cases a country code and maps "---" (none or unknown)
// to "".
func normCountry(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if c == "---" {
		return ""
	}
	return c
}

// root returns the 2-digit CAMEO root of code, or "".
func root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// foldName is a place name for comparing: white space as in normText,
// lower case, without diacritics and apostrophes.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(normText(s))) {
		if unicode.Is(unicode.Mn, r) || r == '\'' || r == '’' || r == '‘' || r == 'ʻ' || r == 'ʿ' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// normText folds runs of white space to one space, trims the ends and
// straightens typographic quotes, so snippets match however the story was
// wrapped or typeset.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u2018' || r == '\u2019':
			r = '\''
		case r == '\u201c' || r == '\u201d':
			r = '"'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// match pairs up gold items and output items that ok accepts, each at most
// once, skipping those already used, and returns the pairs. It finds a
// largest such pairing (Kuhn's augmenting paths; sentences hold few events).
func match(usedG, usedP []bool, ok func(g, p int) bool) [][2]int {
	owner := make([]int, len(usedP)) // output item -> gold item, or -1
	for i := range owner {
		owner[i] = -1
	}
	var seen []bool
	var try func(g int) bool
	try = func(g int) bool {
		for p := range usedP {
			if usedP[p] || seen[p] || !ok(g, p) {
				continue
			}
			seen[p] = true
			if owner[p] < 0 || try(owner[p]) {
				owner[p] = g
				return true
			}
		}
		return false
	}
	for g := range usedG {
		if usedG[g] {
			continue
		}
		seen = make([]bool, len(usedP))
		try(g)
	}
	var pairs [][2]int
	for p, g := range owner {
		if g >= 0 {
			pairs = append(pairs, [2]int{g, p})
			usedG[g], usedP[p] = true, true
		}
	}
	return pairs
}
