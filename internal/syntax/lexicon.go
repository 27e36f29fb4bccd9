package syntax

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"dateline"
)

//go:embed data/lexicon.tsv data/words.txt data/objectless.txt data/intransitive.txt
var embedded embed.FS

// maxCands is how many parts of speech a word keeps: seven and their count
// take the eight bytes four did (the generator's maxTags).
const maxCands = 7

// entry is what the word table knows of one word form. The table holds
// entries by value, beside their keys: a lookup is the tagger's costliest
// step, and an entry behind a pointer was one more cache miss.
type entry struct {
	tags  [maxCands]dateline.Tag // the most frequent first, then a verb's readings
	n     uint8
	known bool // the form is in the table: the zero entry is no entry
	// participle marks a form the table's source saw as a participle first
	// and as an adjective too, or never as a past tense ("armed",
	// "equipped", "stationed"): after a noun and before a preposition it
	// describes the noun
	participle bool
	// verbID and nounID are the ids of verb and noun, NoWord if the
	// table lacks them: a lemma's id without a second look-up
	verbID, nounID dateline.WordID
	roles          dateline.Roles // the form's roles (Analyzer.roles), set once all is read: read with the entry, one look-up, not two
	verb           string         // the verb lemma, "" if the form is its own
	noun           string         // the noun lemma, "" if the form is its own
	// joined is the form the table knows a hyphenated word by, without
	// its hyphens ("counter-offensive": "counteroffensive"), or ""
	joined string
}

func (e *entry) has(t dateline.Tag) bool {
	for _, x := range e.tags[:e.n] {
		if x == t {
			return true
		}
	}
	return false
}

// Analyzer reads sentences' structure with its word table. It is read-only
// after Load and safe for concurrent use.
type Analyzer struct {
	// ids numbers every form the table knows, and every word the roles
	// give a role, from 1 (dense ids: dateline.WordID); entries holds
	// their entries by id, entries[0] the zero entry, so that a form the
	// table lacks reads as no entry. A token's forms are looked up once,
	// and later questions index entries.
	ids     map[string]dateline.WordID
	entries []entry
	// roles of lemmas: a verb's roles hold for all its forms
	roles map[string]dateline.Roles
	// nouns whose "with" phrase is their own ("the border with Finland"),
	// as written: the word table's "ownwith" line
	ownWith map[string]bool
	// afterDoer: prepositions that after "the demand by Ukraine" are the
	// noun's ("for the withdrawal"), from words.txt
	afterDoer map[string]bool
	// verbs whose most frequent sense may take no object ("flee", "die",
	// "resign"; not "remand", "question"): objectless.txt, from WordNet's
	// verb frames
	objectless map[string]bool
	// verbs whose most frequent sense never takes an object ("riot",
	// "flee", "mourn"; not "loot", "strike"): intransitive.txt, from
	// WordNet's verb frames
	intransitive map[string]bool
}

var (
	defaultOnce sync.Once
	defaultA    *Analyzer
	defaultErr  error
)

// Default returns the analyzer with the embedded word table, loaded once.
func Default() (*Analyzer, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultA, defaultErr = Load(sub)
	})
	return defaultA, defaultErr
}

// roleNames are the role names words.txt uses.
var roleNames = map[string]dateline.Roles{
	"report": dateline.RoleReport, "allege": dateline.RoleAllege, "volition": dateline.RoleVolition,
	"attempt": dateline.RoleAttempt, "implicative": dateline.RoleImplicative, "negative": dateline.RoleNegative, "prevent": dateline.RolePrevent,
	"objcontrol": dateline.RoleObjControl, "aspect": dateline.RoleAspect, "light": dateline.RoleLight,
	"copula": dateline.RoleCopula, "time": dateline.RoleTime, "trailing": dateline.RoleTrailing, "condition": dateline.RoleCondition,
	"opener": dateline.RoleOpener, "relative": dateline.RoleRelative, "negation": dateline.RoleNegation,
	"quantity": dateline.RoleQuantity, "purpose": dateline.RolePurpose, "particle": dateline.RoleParticle, "nouncomp": dateline.RoleNounComp,
	"reflexive": dateline.RoleReflexive, "bare": dateline.RoleBare, "means": dateline.RoleMeans,
	"intransitive": dateline.RoleIntransitive, "occasion": dateline.RoleOccasion, "predict": dateline.RolePredict,
	"temporal": dateline.RoleTemporal, "force": dateline.RoleForce,
	"head": dateline.RoleHead, "placekind": dateline.RolePlaceKind, "prior": dateline.RolePrior, "naming": dateline.RoleNaming,
	"inverted": dateline.RoleInverted, "response": dateline.RoleResponse, "command": dateline.RoleCommand, "demand": dateline.RoleDemand,
	"end":            dateline.RoleEnd,
	"respective":     dateline.RoleRespective,
	"result":         dateline.RoleResult,
	"objective":      dateline.RoleObjective,
	"double":         dateline.RoleDouble,
	"question":       dateline.RoleQuestion,
	"counterfactual": dateline.RoleOtherwise,
	"shot":           dateline.RoleShot,
	"harm":           dateline.RoleHarm,
	"actphrase":      dateline.RoleActPhrase,
	"office":         dateline.RoleOffice,
	"rank":           dateline.RoleRank,
	"stretch":        dateline.RoleStretch,
}

// tagAliases are the other names the sources give the punctuation tags
// (Brill tags "!" as itself).
var tagAliases = map[string]string{";": ":", "!": ".", "''": "``", "-LRB-": "(", "-RRB-": ")"}

// Load reads lexicon.tsv (generated: word forms, their parts of speech and
// lemmas) and words.txt (written by hand: roles and closed-class tags) from
// fsys.
func Load(fsys fs.FS) (*Analyzer, error) {
	a := &Analyzer{ids: make(map[string]dateline.WordID, 70000), entries: make([]entry, 1, 70000), roles: map[string]dateline.Roles{}, ownWith: map[string]bool{}, afterDoer: map[string]bool{}, objectless: map[string]bool{}, intransitive: map[string]bool{}}
	data, err := fs.ReadFile(fsys, "lexicon.tsv")
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	if err := a.readLexicon(data); err != nil {
		return nil, err
	}
	data, err = fs.ReadFile(fsys, "words.txt")
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	if err := a.readWords(data); err != nil {
		return nil, err
	}
	for name, set := range map[string]map[string]bool{"objectless.txt": a.objectless, "intransitive.txt": a.intransitive} {
		data, err = fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("syntax: %w", err)
		}
		for line := range strings.Lines(string(data)) {
			if !strings.HasPrefix(line, "#") {
				for w := range strings.FieldsSeq(line) {
					set[w] = true
				}
			}
		}
	}
	for w, r := range a.roles {
		// read with the form's entry: one look-up a word, not two (a word
		// the table lacks gets an entry that is not known, for its roles)
		a.entries[a.intern(w)].roles = r
	}
	for i := range a.entries {
		if e := &a.entries[i]; e.verb != "" || e.noun != "" {
			e.verbID, e.nounID = a.ids[e.verb], a.ids[e.noun]
		}
	}
	return a, nil
}

// intern returns w's id, giving it one, with the zero entry, if it has none.
func (a *Analyzer) intern(w string) dateline.WordID {
	id, ok := a.ids[w]
	if !ok {
		id = dateline.WordID(len(a.entries))
		a.ids[w] = id
		a.entries = append(a.entries, entry{})
	}
	return id
}

// word returns the table's entry for form w, the zero entry if it has none.
func (a *Analyzer) word(w string) entry { return a.entries[a.ids[w]] }

// put sets form w's entry.
func (a *Analyzer) put(w string, e entry) { a.entries[a.intern(w)] = e }

// WordID returns the id of form w in the word table (dateline.Token.ID),
// NoWord if the table has none.
func (a *Analyzer) WordID(w string) dateline.WordID { return a.ids[w] }

// Words returns one more than the largest word id.
func (a *Analyzer) Words() int { return len(a.entries) }

// Identify sets the id of each token of s (dateline.Token.ID): its
// lower-case form is looked up once, here, and every later stage reads
// the id. Code runs it right after segmenting, before the actor stage.
func (a *Analyzer) Identify(s *dateline.Sentence) {
	for i := range s.Tokens {
		s.Tokens[i].ID = a.ids[s.Tokens[i].Lower]
	}
}

func (a *Analyzer) readLexicon(data []byte) error {
	// One string for the whole file: the table's words and lemmas are
	// slices of it, not 70,000 strings of their own (a string a line, and
	// the slice of its fields, were most of the start-up's allocations).
	text := string(data)
	n := 0
	for len(text) > 0 {
		n++
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var f [4]string
		if !cutFields(f[:], line) || f[0] == "" || f[1] == "" {
			return fmt.Errorf("lexicon.tsv:%d: want word<TAB>tags<TAB>verb lemma<TAB>noun lemma", n)
		}
		e := entry{known: true, verb: f[2], noun: f[3]}
		for t := range strings.FieldsSeq(f[1]) {
			if a, ok := tagAliases[t]; ok {
				t = a
			}
			tag, ok := dateline.ParseTag(t)
			if !ok {
				return fmt.Errorf("lexicon.tsv:%d: unknown tag %q", n, t)
			}
			if int(e.n) < maxCands {
				e.tags[e.n] = tag
				e.n++
			}
		}
		// a form the source saw as a participle and an adjective most
		// often, or never as a past tense ("armed", "equipped", "backed";
		// not "responded", "clashed")
		e.participle = e.n > 0 && e.tags[0] == dateline.TagVBN && (e.has(dateline.TagJJ) || !e.has(dateline.TagVBD))
		// a regular "-ed" form is past tense and participle alike, however
		// rarely the source saw it as one of them ("evacuated")
		if strings.HasSuffix(f[0], "ed") && int(e.n) < maxCands {
			switch {
			case e.has(dateline.TagVBN) && !e.has(dateline.TagVBD):
				e.tags[e.n], e.n = dateline.TagVBD, e.n+1
			case e.has(dateline.TagVBD) && !e.has(dateline.TagVBN):
				e.tags[e.n], e.n = dateline.TagVBN, e.n+1
			}
		}
		a.put(f[0], e)
	}
	if len(a.ids) == 0 {
		return fmt.Errorf("lexicon.tsv: no words")
	}
	// a base form the source knows only as a noun, whose inflections it
	// knows as verbs, is a verb too ("brokered", "brokering": "trying to
	// broker a ceasefire"; "torched": "to torch")
	var bases []string
	for w, id := range a.ids {
		e := &a.entries[id]
		if e.verb == "" || e.verb == w || !(e.has(dateline.TagVBD) || e.has(dateline.TagVBN) || e.has(dateline.TagVBG)) {
			continue
		}
		if b := a.word(e.verb); b.known && b.n == 1 && b.tags[0] == dateline.TagNN {
			bases = append(bases, e.verb)
		}
	}
	for _, w := range bases {
		if b := &a.entries[a.ids[w]]; b.n == 1 {
			b.tags[b.n], b.n = dateline.TagVB, b.n+1
		}
	}
	return nil
}

// cutFields splits line at its tabs into f, and reports whether it has
// exactly len(f) fields.
func cutFields(f []string, line string) bool {
	for i := range f[:len(f)-1] {
		var ok bool
		if f[i], line, ok = strings.Cut(line, "\t"); !ok {
			return false
		}
	}
	f[len(f)-1] = line
	return strings.IndexByte(line, '\t') < 0
}

func (a *Analyzer) readWords(data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	var head []string // the line being continued
	flush := func(line int) error {
		if len(head) == 0 {
			return nil
		}
		defer func() { head = head[:0] }()
		if head[0] == "tag" {
			if len(head) < 3 {
				return fmt.Errorf("words.txt:%d: want tag TAG word...", line)
			}
			var tags [maxCands]dateline.Tag
			var nt uint8
			for _, name := range strings.Split(head[1], ",") {
				t, ok := dateline.ParseTag(name)
				if !ok {
					return fmt.Errorf("words.txt:%d: unknown tag %q", line, name)
				}
				if int(nt) < maxCands {
					tags[nt] = t
					nt++
				}
			}
			for _, w := range head[2:] {
				e := &a.entries[a.intern(w)]
				e.known, e.tags, e.n = true, tags, nt
			}
			return nil
		}
		if head[0] == "ownwith" {
			for _, w := range head[1:] {
				a.ownWith[w] = true
			}
			return nil
		}
		if head[0] == "afterdoer" {
			for _, w := range head[1:] {
				a.afterDoer[w] = true
			}
			return nil
		}
		r, ok := roleNames[head[0]]
		if !ok {
			return fmt.Errorf("words.txt:%d: unknown role %q", line, head[0])
		}
		for _, w := range head[1:] {
			a.roles[w] |= r
		}
		return nil
	}
	start := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(head) == 0 {
				return fmt.Errorf("words.txt:%d: a continuation line with nothing to continue", n)
			}
			head = append(head, strings.Fields(line)...)
			continue
		}
		if err := flush(start); err != nil {
			return err
		}
		start = n
		head = append(head, strings.Fields(line)...)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("words.txt: %w", err)
	}
	return flush(start)
}

// Roles returns the roles of a word form or lemma (lower case).
func (a *Analyzer) Roles(w string) dateline.Roles { return a.roles[w] }

// VerbLemma returns the verb lemma of word form w (lower case), irregular
// forms included ("said": "say"), or w when the table gives none and no
// rule finds a known base.
func (a *Analyzer) VerbLemma(w string) string {
	if e := a.word(w); e.verb != "" {
		return e.verb
	}
	if l := VerbLemma(w, a.knownVerb); l != "" {
		return l
	}
	return w
}

// Common reports whether w (lower case) is a word of the English table
// whose commonest reading is no proper noun ("adding", "salaam"): a name
// that only sounds like it is not meant by it.
func (a *Analyzer) Common(w string) bool {
	e := a.word(w)
	return e.known && e.n > 0 && e.tags[0] != dateline.TagNNP && e.tags[0] != dateline.TagNNPS
}

// knownVerb reports whether w is a verb's base form in the table.
func (a *Analyzer) knownVerb(w string) bool {
	e := a.word(w)
	return e.has(dateline.TagVB) || e.has(dateline.TagVBP)
}

// knownNoun reports whether w is a singular noun in the table.
func (a *Analyzer) knownNoun(w string) bool {
	e := a.word(w)
	return e.has(dateline.TagNN)
}
