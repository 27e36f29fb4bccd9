// Package event finds events in sentences. It reads each sentence's
// structure (the analysis the syntax stage put on it: subjects, objects,
// prepositions, clauses) and matches lexicon entries keyed to heads and
// relations, as PETRARCH2 keys its patterns to a parse: "impose
// obj:&sanction on=T" means a verb "impose" whose object's head is a
// sanction word, with the target in its "on" phrase.
//
// All knowledge is data (data/README.md): codes.tsv gives every CAMEO code
// its Goldstein value and PLOVER type, policy.tsv how codes combine (an
// appeal, promise, demand, refusal or threat of an act) and behave,
// sets.txt the noun sets entries refer to, and lexicon/*.txt the entries.
package event

//go:generate go run ./internal/gen -out data

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"dateline"
)

//go:embed data/codes.tsv data/policy.tsv data/sets.txt data/nominal.tsv data/conduct.txt data/lexicon
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

// Lexicon is a loaded event lexicon. It is read-only and safe for
// concurrent use.
type Lexicon struct {
	codes   map[string]Code
	policy  map[string]policy   // by code prefix
	flags   map[string]flag     // by code of codes.tsv: the flags its policy lines give it
	refused map[string]string   // a refusal code (policy.tsv's refusal column) -> the act it refuses
	sets    map[string][]string // noun sets: name -> members
	members map[member]bool     // the same sets for InSet: one look-up, not a scan of the set
	verbs   map[string][]*entry // by verb lemma
	phrasal map[string][]string // verb lemma -> the particles its phrasal entries join to it ("call" -> off, up, for)
	nouns   map[string][]*entry // by noun lemma
	heads   map[string]*heads   // by their text in the lexicon: one reading each
	vocab   map[string]int32    // the words heads name -> their ids: a sentence's words are looked up once, not once for each entry tried
	byWord  []int32             // by the word table's id (WithWords): the word's index in known, 0 if none
	known   []known             // what the lexicon keys by a word the word table knows: known[0] is nothing
	tailEnd []bool              // by word id: whether the word ends a tail of some heads (see sent.mayEndIn)
	named   map[string][]int32  // a sector -> the ids of the nouns a named group of it counts as for heads (sets.txt's &named-SECTOR)
	nominal map[string][]string // a noun of an act a clause told -> the verbs that tell it (nominal.tsv: "proclamation" -> proclaim)
	conduct map[string]bool     // word forms of wrongdoing (conduct.txt, generated from AFINN-165 and WordNet)
	sectors Sectors             // what the actor dictionary says of sectors (WithSectors); nil: no sector is of any kind
	n       int

	// flagsAt holds flags again, at codeSlot[codeIndex(code)]: the coder
	// asks for a code's flags many times a sentence, and a digit string's
	// index costs less than a string hash. Slot 0 is no code
	codeSlot []uint16
	flagsAt  []flag
}

// Sectors says what kind of party a sector code is, as the actor
// dictionary's sectors.txt flags it: an arm of the state (state: the
// government, the armed forces, the police, the courts), the state's
// forces (force: the military, the police), a party that contends with
// the state at home (rival: rebels, radicals, the opposition), political
// office (office: the government, the opposition, the legislature,
// parties, the courts), or an arm of the state that holds people for its
// government (custody: the police, the courts).
type Sectors interface {
	State(sector string) bool
	Force(sector string) bool
	Rival(sector string) bool
	Office(sector string) bool
	Custody(sector string) bool
	Finder(sector string) bool
}

// Words is the syntax stage's word table, by which the lexicon numbers the
// words its heads name (WithWords).
type Words interface {
	WordID(w string) dateline.WordID // w's id, dateline.NoWord if the table lacks it
	Words() int                      // one more than the largest id
}

// WithWords returns a copy of l that knows the ids of its heads' words in
// word table t, the one the sentences it is given were analysed with
// (dateline.Token.ID and Word.LemmaID): a sentence's words are then found by id,
// and only those t lacks by their text. The copy shares l's tables.
func (l *Lexicon) WithWords(t Words) *Lexicon {
	c := *l
	c.byWord = make([]int32, t.Words())
	c.known = []known{{vocab: -1}}
	at := func(w string) *known {
		k := t.WordID(w)
		if k == dateline.NoWord || int(k) >= len(c.byWord) {
			return nil
		}
		if c.byWord[k] == 0 {
			c.byWord[k] = int32(len(c.known))
			c.known = append(c.known, known{vocab: -1})
		}
		return &c.known[c.byWord[k]]
	}
	for w, id := range l.vocab {
		if kn := at(w); kn != nil {
			kn.vocab = id
		}
	}
	for w, es := range l.nouns {
		if kn := at(w); kn != nil {
			kn.nouns = es
		}
	}
	for w, es := range l.verbs {
		if kn := at(w); kn != nil {
			kn.verbs = es
		}
	}
	return &c
}

// known is what the lexicon keys by one word: its id among the words
// heads name (-1: none), and the noun and verb entries of the word as a
// lemma.
type known struct {
	vocab        int32
	nouns, verbs []*entry
}

// knownOf returns what the lexicon keys by the word with id k in the word
// table, and whether it was found by id (false: the word table lacks the
// word, or the lexicon has no ids of it).
func (l *Lexicon) knownOf(k dateline.WordID) (*known, bool) {
	if k == dateline.NoWord || int(k) >= len(l.byWord) {
		return nil, false
	}
	return &l.known[l.byWord[k]], true
}

// WithSectors returns a copy of l that reads the kinds of sectors from s.
// The copy shares l's tables, which neither changes.
func (l *Lexicon) WithSectors(s Sectors) *Lexicon {
	c := *l
	c.sectors = s
	return &c
}

// state reports whether sector is an arm of the state (see Sectors).
func (l *Lexicon) state(sector string) bool { return l.sectors != nil && l.sectors.State(sector) }

// force reports whether sector is the state's forces (see Sectors).
func (l *Lexicon) force(sector string) bool { return l.sectors != nil && l.sectors.Force(sector) }

// custody reports whether sector holds people for its government (see Sectors).
func (l *Lexicon) custody(sector string) bool { return l.sectors != nil && l.sectors.Custody(sector) }

// finder reports whether sector finds what others did as a third party (see Sectors).
func (l *Lexicon) finder(sector string) bool { return l.sectors != nil && l.sectors.Finder(sector) }

// office reports whether sector is political office (see Sectors).
func (l *Lexicon) office(sector string) bool { return l.sectors != nil && l.sectors.Office(sector) }

// rival reports whether sector contends with the state at home (see Sectors).
func (l *Lexicon) rival(sector string) bool { return l.sectors != nil && l.sectors.Rival(sector) }

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon, loaded once.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultLex, defaultErr = Load(sub)
	})
	return defaultLex, defaultErr
}

// Load reads codes.tsv, policy.tsv, sets.txt, nominal.tsv, conduct.txt and every lexicon/*.txt file
// from fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{codes: map[string]Code{}, policy: map[string]policy{}, sets: map[string][]string{},
		verbs: map[string][]*entry{}, phrasal: map[string][]string{}, nouns: map[string][]*entry{}, heads: map[string]*heads{}, vocab: map[string]int32{}}
	if err := readLines(fsys, "codes.tsv", func(line string, _ int) error { return l.addCode(line) }); err != nil {
		return nil, err
	}
	if err := readLines(fsys, "policy.tsv", func(line string, _ int) error { return l.addPolicy(line) }); err != nil {
		return nil, err
	}
	l.settleFlags()
	if err := readLines(fsys, "sets.txt", func(line string, _ int) error { return l.addSet(line) }); err != nil {
		return nil, err
	}
	l.nominal = map[string][]string{}
	if err := readLines(fsys, "nominal.tsv", func(line string, _ int) error { return l.addNominal(line) }); err != nil {
		return nil, err
	}
	l.conduct = map[string]bool{}
	if err := readLines(fsys, "conduct.txt", func(line string, _ int) error { l.conduct[strings.TrimSpace(line)] = true; return nil }); err != nil {
		return nil, err
	}
	for _, w := range l.sets["harming"] {
		l.conduct[w] = true // harm done to another, which conduct.txt's filter drops as suffered (sets.txt)
	}
	if _, ok := l.sets["conduct"]; !ok {
		// the words of conduct.txt are a set entries may name ("called
		// the envoy a bully": &conduct)
		for w := range l.conduct {
			l.sets["conduct"] = append(l.sets["conduct"], w)
		}
		sort.Strings(l.sets["conduct"])
	}
	l.members = map[member]bool{}
	for name, ws := range l.sets {
		for _, w := range ws {
			l.members[member{name, w}] = true
		}
	}
	files, err := fs.Glob(fsys, "lexicon/*.txt")
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("event lexicon: no lexicon/*.txt files")
	}
	sort.Strings(files)
	for _, f := range files {
		name := path.Base(f)
		err := readLines(fsys, f, func(line string, n int) error { return l.addEntry(line, name, n) })
		if err != nil {
			return nil, err
		}
	}
	l.named = map[string][]int32{}
	for name, ws := range l.sets {
		if sector, ok := strings.CutPrefix(name, "named-"); ok {
			for _, w := range ws {
				if id := l.idOf(w); id >= 0 {
					l.named[sector] = append(l.named[sector], id)
				}
			}
		}
	}
	return l, nil
}

// readLines calls fn for each line of name that is not blank or a comment
// (a "#" at the start, or after a tab, starts one) and names file:line in
// any error.
func readLines(fsys fs.FS, name string, fn func(line string, n int) error) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("event lexicon: %w", err)
	}
	// The lines are slices of the file's one string, not strings of their
	// own: the words kept from them share it, and the garbage collector
	// marks one object, not one a line.
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		line = strings.TrimRight(strings.TrimSuffix(line, "\n"), " \r")
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

// Names reports whether event noun w names an act of code cameo that
// fell on sector (its target's): one of the noun's entries has that code,
// or a broader one ("the capture": 192 names 192; "the arrests": 173 names
// 1731). A narrower code counts only when it fell on the sector the
// broader one's act falls on (policy.tsv's aim=: "the ouster", 172 on the
// government, is no curfew imposed on the people, 1723), and a root's x0
// code names only itself here: "the killing", 190, is not whatever act of
// force was told last (police firing on suspects, 193, after gunmen shot a
// president, 186).
func (l *Lexicon) Names(w, cameo, sector string) bool {
	for _, e := range l.nouns[w] {
		if e.code == cameo || strings.HasPrefix(cameo, e.code) && (l.Aim(e.code) == "" || l.Aim(e.code) == sector) {
			return true
		}
	}
	return false
}

// Covers reports whether code names acts of code cameo: cameo is code
// itself or narrower ("172" covers "1724"), and a root's x0 code stands for
// the whole root ("190" covers "195").
func Covers(code, cameo string) bool {
	if len(code) == 3 && code[2] == '0' {
		code = code[:2]
	}
	return strings.HasPrefix(cameo, code)
}

// Len returns the number of lexicon entries loaded.
func (l *Lexicon) Len() int { return l.n }

// addSet reads "&name word word ..." (continued on lines that start with
// white space is not supported: one set, one line).
func (l *Lexicon) addSet(line string) error {
	f := strings.Fields(line)
	if len(f) < 2 || !strings.HasPrefix(f[0], "&") || len(f[0]) < 2 {
		return fmt.Errorf("want &name word word ...")
	}
	name := f[0][1:]
	for _, w := range f[1:] {
		if strings.HasPrefix(w, "&") {
			sub, ok := l.sets[w[1:]]
			if !ok {
				return fmt.Errorf("set %s is not defined above", w)
			}
			l.sets[name] = append(l.sets[name], sub...)
			continue
		}
		w = strings.ToLower(w)
		l.sets[name] = append(l.sets[name], w)
		if j := joined(w); j != w && !slices.Contains(l.sets[name], j) {
			l.sets[name] = append(l.sets[name], j) // the lemma of either spelling
		}
	}
	return nil
}

// addNominal reads a line of nominal.tsv: a noun and the verbs whose
// clause tells the act it names.
func (l *Lexicon) addNominal(line string) error {
	noun, verbs, _ := strings.Cut(line, "\t")
	noun = strings.TrimSpace(noun)
	if noun == "" || strings.ContainsAny(noun, " &") {
		return fmt.Errorf("want NOUN<TAB>VERB VERB ...")
	}
	if _, dup := l.nominal[noun]; dup {
		return fmt.Errorf("noun %s listed twice", noun)
	}
	l.nominal[noun] = append([]string{}, strings.Fields(verbs)...)
	return nil
}

// Told reports whether noun w names an act a clause of the story told
// (nominal.tsv: "the decree", "the proclamation").
func (l *Lexicon) Told(w string) bool {
	_, ok := l.nominal[w]
	return ok
}

// Tells reports whether a clause whose verb is verb and whose object's
// head is obj tells the act noun w names: verb is one of its verbs
// ("proclaimed a state": "the proclamation"), or obj is w and not known
// ("approved an emergency decree": "the decree"; a clause of "the decree",
// or one that rejects "a ruling", speaks of one made before or by another).
// A general noun, whose verbs are "*" ("the move"), names any act a clause
// just before told (recent: "Kosovo's parliament declared independence,
// and Belgrade rejected the move").
func (l *Lexicon) Tells(w, verb, obj string, known, recent bool) bool {
	vs, ok := l.nominal[w]
	return ok && (slices.Contains(vs, verb) || obj == w && !known || recent && slices.Contains(vs, "*"))
}

// nounInSet reports whether noun w is in set name, as its lemma or as the
// regular plural of a member the word table does not know ("detainees").
func (l *Lexicon) nounInSet(name, w string) bool {
	for _, x := range l.sets[name] {
		// plural(x) is built only for a member w can be the plural of
		if x == w || len(w) == len(x)+1 && w[len(x)] == 's' && strings.HasPrefix(w, x) && plural(x) == w {
			return true
		}
	}
	return false
}

// Conduct reports whether the word form w (lower case) names wrongdoing:
// a word of negative valence that names what is done, not what is
// suffered or felt ("abused", "illegal", "lied"; not "died", "feared").
func (l *Lexicon) Conduct(w string) bool { return l.conduct[w] }

// InSet reports whether lemma w belongs to the noun set name: a stage's
// question about a class of nouns ("is this a weapon?") is answered by data.
func (l *Lexicon) InSet(name, w string) bool {
	return l.members[member{name, w}]
}

// member is a word of a noun set.
type member struct{ set, word string }
