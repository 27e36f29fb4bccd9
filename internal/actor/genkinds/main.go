// Command genkinds writes internal/actor/data/kinds.txt, the agent nouns of
// kinds of people and groups named by a common noun ("engineers",
// "nationals", "sailors", "dacoits"), from WordNet 3.0 (Debian
// wordnet-base, WordNet licence: data/LICENSE-WORDNET). Each names people
// only after a nationality or a country's name (is: national): "two French
// engineers" are French civilians, "the engineers" alone no one.
//
// A noun is kept when its first sense (WordNet orders a word's senses by how
// often they were tagged) is a person or group (noun.person, noun.group)
// under one of the root senses of the hand file data/wordnet/kinds.txt; the
// nearest root up its hypernyms gives its sector. Nouns whose first sense is
// something else ("cell", "hand") are dropped, as are proper nouns and nouns
// the other knowledge files already name (their sector wins). The hand file's
// word: lines override a noun's sector or leave it out ("-").
//
// Usage:
//
//	apt-get install wordnet-base   # /usr/share/wordnet
//	go run ./internal/actor/genkinds -wordnet /usr/share/wordnet -data internal/actor/data
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// lexPerson and lexGroup are WordNet's lexicographer files noun.person and
// noun.group.
const (
	lexPerson = "18"
	lexGroup  = "14"
)

type synset struct {
	lex   string
	gloss string
	words []string // the synset's words as written ("Baptist", "picket")
	hyper []string // offsets of the synset's hypernyms (not instance ones)
}

type wordNet struct {
	synsets map[string]*synset
	senses  map[string][]string // lemma -> synset offsets, first sense first
	tagged  map[string]bool     // lemma -> its first sense was tagged in WordNet's corpus
	lemmas  []string            // index.noun's lemmas in order
	plural  map[string]string   // noun.exc inverted: singular -> plural
	adj     map[string]bool     // index.adj's lemmas ("colonial", "domestic", "national")
}

type hand struct {
	roots map[string]string // synset offset -> sector, "-" to leave out
	words map[string]string // lemma -> sector, "-" to leave out
}

func main() {
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet's dict directory (index.noun, data.noun, noun.exc)")
	licence := flag.String("wordnet-licence", "/usr/share/doc/wordnet-base/copyright", "WordNet's licence as its package ships it")
	data := flag.String("data", "internal/actor/data", "the actor data directory")
	flag.Parse()
	w, err := readWordNet(*wn)
	if err != nil {
		log.Fatal(err)
	}
	h, err := readHand(filepath.Join(*data, "wordnet", "kinds.txt"), w)
	if err != nil {
		log.Fatal(err)
	}
	known, wordOnly, err := readKnown(*data)
	if err != nil {
		log.Fatal(err)
	}
	kept, st := build(w, h, known, wordOnly)
	if err := write(filepath.Join(*data, "kinds.txt"), kept, st); err != nil {
		log.Fatal(err)
	}
	if err := copyFile(*licence, filepath.Join(*data, "LICENSE-WORDNET")); err != nil {
		log.Fatal(err)
	}
	log.Printf("kinds.txt: %d nouns kept; left out %d under roots left out, %d whose first sense is no person or group, %d of several senses none tagged, %d known, %d proper or odd, %d by hand",
		len(kept), st.byRoot, st.notFirst, st.rare, st.known, st.odd, st.byHand)
}

func eachLine(path string, f func(fields []string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == ' ' {
			continue // WordNet's licence header lines start with spaces
		}
		f(strings.Fields(l))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

func readWordNet(dir string) (*wordNet, error) {
	w := &wordNet{synsets: map[string]*synset{}, senses: map[string][]string{}, tagged: map[string]bool{}, plural: map[string]string{}}
	err := eachLine(filepath.Join(dir, "data.noun"), func(f []string) {
		// offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (ptr offset pos src/tgt)...
		if len(f) < 4 {
			return
		}
		n, err := strconv.ParseUint(f[3], 16, 32)
		if err != nil || len(f) < 5+2*int(n) {
			return
		}
		s := &synset{lex: f[1]}
		for k := 0; k < int(n); k++ {
			s.words = append(s.words, f[4+2*k])
		}
		i := 4 + 2*int(n)
		p, _ := strconv.Atoi(f[i])
		for k := 0; k < p && i+4+4*k < len(f); k++ {
			if f[i+1+4*k] == "@" {
				s.hyper = append(s.hyper, f[i+2+4*k])
			}
		}
		for k := i; k < len(f); k++ {
			if f[k] == "|" {
				s.gloss = strings.Join(f[k+1:], " ")
				break
			}
		}
		w.synsets[f[0]] = s
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(dir, "index.noun"), func(f []string) {
		// lemma pos synset_cnt p_cnt ptr... sense_cnt tagsense_cnt offsets...
		if len(f) < 4 {
			return
		}
		n, _ := strconv.Atoi(f[2])
		if n == 0 || len(f) < n {
			return
		}
		w.lemmas = append(w.lemmas, f[0])
		w.senses[f[0]] = f[len(f)-n:]
		w.tagged[f[0]] = f[len(f)-n-1] != "0"
	})
	if err != nil {
		return nil, err
	}
	w.adj = map[string]bool{}
	err = eachLine(filepath.Join(dir, "index.adj"), func(f []string) {
		w.adj[f[0]] = true
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(dir, "noun.exc"), func(f []string) {
		if len(f) >= 2 {
			if _, dup := w.plural[f[1]]; !dup {
				w.plural[f[1]] = f[0]
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if len(w.synsets) < 80000 || len(w.lemmas) < 100000 {
		return nil, fmt.Errorf("%s: too few WordNet nouns (%d synsets, %d lemmas)", dir, len(w.synsets), len(w.lemmas))
	}
	return w, nil
}

// readHand reads the hand file: "root: lemma.N SECTOR" (the lemma's Nth
// sense and all under it, "-" to leave them out) and "word: lemma SECTOR"
// (a noun's own sector, "-" to leave it out).
func readHand(path string, w *wordNet) (*hand, error) {
	h := &hand{roots: map[string]string{}, words: map[string]string{}}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for n, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		key, val, _ := strings.Cut(l, ":")
		f := strings.Fields(val)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"key: lemma SECTOR\"", path, n+1)
		}
		switch key {
		case "root":
			lemma, num, _ := strings.Cut(f[0], ".")
			k, err := strconv.Atoi(num)
			senses := w.senses[lemma]
			if err != nil || k < 1 || k > len(senses) {
				return nil, fmt.Errorf("%s:%d: no sense %q in WordNet", path, n+1, f[0])
			}
			h.roots[senses[k-1]] = f[1]
		case "word":
			h.words[strings.ReplaceAll(f[0], "_", " ")] = f[1]
		default:
			return nil, fmt.Errorf("%s:%d: unknown key %q", path, n+1, key)
		}
	}
	return h, nil
}

// readKnown reads the nouns the other knowledge files already name: agent
// records' names and common words. A word known only as a common word or
// a modifier between a nationality and its agent ("national", "local") is
// wordOnly: its plural may still be a kind's ("nationals").
func readKnown(dir string) (known, wordOnly map[string]bool, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, nil, err
	}
	known, words := map[string]bool{}, map[string]bool{}
	for _, path := range files {
		if filepath.Base(path) == "kinds.txt" {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		inAgent, inPerson := false, false
		for _, l := range strings.Split(string(b), "\n") {
			key, val, ok := strings.Cut(strings.TrimSpace(l), ":")
			if !ok || strings.HasPrefix(key, "#") {
				continue
			}
			switch key {
			case "country", "body", "group", "person", "sector", "bloc":
				if key != "sector" {
					inAgent = false
				}
				inPerson = key == "person"
				if key == "body" || key == "group" {
					known[strings.ToLower(strings.TrimSpace(val))] = true // "mujahideen"
				}
			case "agent":
				inAgent, inPerson = true, false
			}
			if inPerson && (key == "person" || key == "name" || key == "surname") {
				// a word of a person's name ("Mason", "Bishop") read as
				// the noun would be the person's surname
				for _, n := range strings.Split(val, ";") {
					for _, x := range strings.Fields(n) {
						known[strings.ToLower(x)] = true
					}
				}
			}
			set := known
			switch key {
			case "common", "modifier":
				set = words
			case "individuals":
				continue // nouns of one person told of ("an engineer"), which name no actor
			}
			if key == "agent" || inAgent && key == "name" || listKeys[key] || !inPerson && !inAgent && key == "name" {
				for _, n := range strings.Split(val, ";") {
					set[strings.ToLower(strings.TrimSpace(n))] = true
				}
			}
		}
	}
	wordOnly = map[string]bool{}
	for w := range words {
		if !known[w] {
			wordOnly[w] = true
		}
	}
	for w := range words {
		known[w] = true
	}
	return known, wordOnly, nil
}

// listKeys are the keys of word lists whose nouns the actor stage already
// reads its own way ("enemy" as an opponent, "staff" as a body).
var listKeys = map[string]bool{"common": true, "modifier": true, "kinds": true, "doers": true, "opponents": true,
	"opposite": true, "others": true, "individuals": true, "collectives": true, "speakers": true, "partitives": true,
	"quantities": true, "persons": true, "regime": true, "thing": true, "placenouns": true, "surnames": true}

type kind struct {
	noun, plural, sector string
}

type stats struct {
	notFirst, rare, known, odd, byHand, byRoot int
}

// sectorOf is the sector of the nearest root up the synset's hypernyms.
func sectorOf(w *wordNet, h *hand, off string) string {
	seen := map[string]bool{off: true}
	level := []string{off}
	for len(level) > 0 {
		var next []string
		for _, o := range level {
			if sec, ok := h.roots[o]; ok {
				return sec
			}
			if s := w.synsets[o]; s != nil {
				for _, up := range s.hyper {
					if !seen[up] {
						seen[up] = true
						next = append(next, up)
					}
				}
			}
		}
		level = next
	}
	return ""
}

// proper reports whether any sense of the lemma writes it capitalised: a
// name or a member of a named group ("Baptist", "Duma", "Mountie"), or a
// surname ("Butler", "Farmer", "Cook"), which the actor stage, matching a
// lower-case agent noun in any case, would read as the noun.
func proper(w *wordNet, lemma string) bool {
	for _, off := range w.senses[lemma] {
		for _, x := range w.synsets[off].words {
			if strings.EqualFold(x, lemma) && x != strings.ToLower(x) {
				return true
			}
		}
	}
	return false
}

// slur reports whether the lemma's first sense is a name people are called
// by their descent or in contempt ("(ethnic slur) ...", "a disparaging
// term for ...", "a person of Polish descent"): no kind of people.
func slur(w *wordNet, lemma string) bool {
	g := w.synsets[w.senses[lemma][0]].gloss
	for _, m := range []string{"slur", "offensive term", "disparaging term", "(slang)", " descent"} {
		if strings.Contains(g, m) {
			return true
		}
	}
	return false
}

func folded(s string) string { return strings.ReplaceAll(s, "-", " ") }

func plain(lemma string) bool {
	for _, r := range lemma {
		if !(r >= 'a' && r <= 'z' || r == '_' || r == '-') {
			return false
		}
	}
	return len(lemma) > 2
}

func build(w *wordNet, h *hand, known, wordOnly map[string]bool) ([]kind, stats) {
	var st stats
	var kept []kind
	seen := map[string]bool{}
	for _, lemma := range w.lemmas {
		noun := strings.ReplaceAll(lemma, "_", " ")
		sector := ""
		for i, off := range w.senses[lemma] {
			s := w.synsets[off]
			if s == nil || s.lex != lexPerson && s.lex != lexGroup {
				continue
			}
			if sec := sectorOf(w, h, off); sec != "" {
				if i > 0 {
					sector = "later"
				} else {
					sector = sec
				}
				break
			}
		}
		if hs, ok := h.words[noun]; ok {
			if hs == "-" {
				st.byHand++
				continue
			}
			sector = hs
		} else if sector == "-" {
			st.byRoot++ // under a root left out: ranks, which are titles; trades
			continue
		} else if sector == "" {
			continue
		} else if sector == "later" {
			st.notFirst++ // a rarer sense is a person or group: "cell", "hand"
			continue
		} else if !plain(lemma) || proper(w, lemma) || slur(w, lemma) {
			st.odd++
			continue
		} else if !w.tagged[lemma] && len(w.senses[lemma]) > 1 {
			st.rare++ // no sense tagged, so the first may not be the usual: "screw", "tracer"
			continue
		}
		pl := pluralOf(w, lemma)
		if (wordOnly[noun] || w.adj[lemma]) && pl != "" && !known[pl] {
			// an adjective too ("Japan's colonial rule", "the Iraqi
			// national police"), or a common word: its plural alone
			// names people ("colonials", "nationals")
			noun, pl = pl, ""
		}
		if known[noun] || pl != "" && known[pl] || knownHead(lemma, known) {
			st.known++
			continue
		}
		// "moon curser" and "moon-curser", "bolshie" and "bolshy" (both
		// "bolshies") are one name to the actor stage, which folds hyphens
		if seen[folded(noun)] || pl != "" && seen[folded(pl)] {
			st.known++
			continue
		}
		seen[folded(noun)], seen[folded(pl)] = true, true
		kept = append(kept, kind{noun, pl, sector})
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].sector != kept[j].sector {
			return kept[i].sector < kept[j].sector
		}
		return kept[i].noun < kept[j].noun
	})
	return kept, st
}

// knownHead reports whether a noun of several words has a head the other
// files name ("army officer", "police captain", "commander in chief"): the
// actor stage reads such a phrase by its head and the words before it, and
// the whole as one noun would hide what they say.
func knownHead(lemma string, known map[string]bool) bool {
	ws := strings.Split(lemma, "_")
	if len(ws) == 1 {
		return false
	}
	head := ws[len(ws)-1]
	for i, x := range ws {
		if x == "of" && i > 0 {
			head = ws[i-1]
			break
		}
	}
	return known[head] || known[regularPlural(head)]
}

// pluralOf is the noun's plural: WordNet's irregular one, else English
// rules on its head word (the first before "of", else the last).
func pluralOf(w *wordNet, lemma string) string {
	if p, ok := w.plural[lemma]; ok {
		return strings.ReplaceAll(p, "_", " ")
	}
	if strings.HasSuffix(lemma, "s") && !strings.HasSuffix(lemma, "ss") {
		return "" // a plural already: "paratroops"
	}
	ws := strings.Split(lemma, "_")
	head := len(ws) - 1
	for i, x := range ws {
		if x == "of" && i > 0 {
			head = i - 1
			break
		}
	}
	if p, ok := w.plural[ws[head]]; ok {
		ws[head] = p
	} else {
		ws[head] = regularPlural(ws[head])
	}
	return strings.Join(ws, " ")
}

func regularPlural(s string) string {
	switch {
	case strings.HasSuffix(s, "man") && !strings.HasSuffix(s, "human"):
		return s[:len(s)-3] + "men"
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "z"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "sh"):
		return s + "es"
	case strings.HasSuffix(s, "y") && len(s) > 1 && !strings.ContainsRune("aeiou", rune(s[len(s)-2])):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

const header = `# Kinds of people and groups named by a common noun, generated by
# internal/actor/genkinds from WordNet 3.0 (WordNet licence, LICENSE-WORDNET)
# and the hand file wordnet/kinds.txt: nouns whose first sense is a person or
# group under a root sense of that file, with the root's sector and the
# noun's plural. Each names people only after a nationality or a country's
# name (is: national): "two French engineers" are France's civilians,
# "nationals of Somalia" Somalia's, "the engineers" alone no one. Do not
# edit: change the hand file and run genkinds.
`

func write(path string, kept []kind, st stats) error {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, "# %d nouns; left out %d under roots left out (ranks, trades), %d whose\n# first sense is no person or group, %d of several senses none tagged, %d\n# the other files name, %d proper or odd, %d by hand.\n", len(kept), st.byRoot, st.notFirst, st.rare, st.known, st.odd, st.byHand)
	for _, k := range kept {
		fmt.Fprintf(&b, "\nagent: %s\nsector: %s\n", k.noun, k.sector)
		if k.plural != "" {
			fmt.Fprintf(&b, "name: %s\n", k.plural)
		}
		b.WriteString("is: national\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// copyFile writes a copy of the small file src (a licence) to dst.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}
