package event

import (
	"fmt"
	"slices"
	"strings"
)

// entry is one line of a lexicon file: a CAMEO code, a head (a verb lemma,
// a verb with its particle, or an event noun) and what its arguments must
// be.
type entry struct {
	code     string
	head     string // the lemma the entry is keyed to
	particle string // "up" in "call_up"
	tail     []string
	nominal  bool
	args     []arg
	frame    bool // a comp argument: the complement's act combines with this code
	infOnly  bool // an inf argument: only an infinitive complement counts
	dative   bool // obj with heads and a "to" argument, no obj2: "gave Kenya aid" reads as "gave aid to Kenya"
	mutual   bool // "mutual": coordinated subjects with no target do it to each other ("A and B swapped prisoners")
	oneway   bool // "oneway": coordinated subjects do it towards others, never each other ("A and B presented a plan")
	together bool // "together": the partner its target names does it too, each with the other ("joined Congolese soldiers in an offensive")
	decision bool // "decision": a frame whose complement, when decided in policy.tsv, is done ("EU leaders agreed to impose sanctions")
	command  bool // "command": an order whose object, when the source's own forces (&force), does its complement ("ordered troops to withdraw")
	consent  bool // "consent": a frame only for acts of cooperation; one of conflict is not refused, only not done ("failed to capture the town")
	standing bool // "standing": in the simple present, undated and said by no one, it tells how things stand ("troops are stationed in Georgia")
	outcome  bool // "outcome": an end of hostilities a settling act brings about ("signed a peace accord, ending the war")
	timed    bool // an argument is a time expression ("173 hold obj:PERSON=T since:TIME"): the entry reads the time as part of the act
	// report is the line's own code when "like:CODE" reads the act as CODE's:
	// "1121 charge obj=T with:* like:173" is coded as an arrest is (its
	// implied agent, its bare numbers, how it is announced) and reported as
	// the accusation 1121
	report string
	// top is the most sent.score can give the entry: its specificity and
	// one for each argument whose heads have multi-word endings. Once an
	// entry scores it, the later entries that cannot beat it are not tried
	top    int
	file   string
	line   int
	text   string
	source string // "file:line code text", how a rule names the entry
}

// argRel is the relation an argument stands in.
type argRel uint8

const (
	argObj     argRel = iota + 1 // the object (of a passive: its subject)
	argObj2                      // the second object
	argSubj                      // the subject (of a passive: its agent)
	argPrep                      // a preposition attached to the verb or noun
	argComp                      // the complement whose act this frame speaks of
	argThat                      // a that-clause follows
	argPassive                   // the verb is passive
	argActive                    // the verb is active
	argInf                       // an infinitive complement follows (its verb in heads); a frame then speaks only of it
	argAdv                       // an adverb in or right after the verb group (its words in heads): "respond militarily"
	argNeg                       // the verb or its object is negated, and the entry means it so: "was not fair", "no evidence"
	argFuture                    // the act is told as to come ("will", "would" after a report): "said the move would be answered"
)

// arg is one argument of an entry.
type arg struct {
	rel   argRel
	preps []string
	heads *heads // nil: any phrase, or none
	role  byte   // 'T' target, 'S' source, 'B' both parties, 0 none
}

// heads is what an argument's noun phrase must end in.
type heads struct {
	words  []int32    // head lemmas, as the lexicon's word ids, sorted (see Lexicon.vocab)
	tails  [][]string // multi-word endings: "military aid"
	actor  bool       // an actor of any kind
	leader bool       // a named political figure: a person of government, opposition, legislature, judiciary or party
	igo    bool       // an intergovernmental body by name: "the African Union", "OPEC"
	person bool       // a person: one named, or a personal pronoun ("held him")
	name   bool       // a name the actor knowledge does not know ("handed Nurjaman Riduan to Thai police")
	none   bool       // the argument must be absent: "mobilize obj:NONE"
	place  bool       // a place the earlier stages found, not an actor: "captured Shusha"
	time   bool       // a time expression: "gave Moscow until midnight"
	any    bool       // any phrase: "*" among the alternatives
	not    bool       // "!": the phrase must not be one of these, or may be absent ("subj:!&equipment")
	text   string

	// tailLast is the word ids of the tails' last words, sorted, and
	// tailMax the most words a tail has: a phrase with no such word where a
	// tail could end it ends in none of them (see sent.mayEndIn)
	tailLast []int32
	tailMax  int
}

var argNames = map[string]argRel{"obj": argObj, "obj2": argObj2, "subj": argSubj, "comp": argComp, "that": argThat,
	"passive": argPassive, "active": argActive, "inf": argInf, "adv": argAdv, "neg": argNeg,
	"future": argFuture}

// addEntry parses "CODE<TAB>HEAD ARG ARG ...".
func (l *Lexicon) addEntry(line, file string, n int) error {
	code, spec, ok := strings.Cut(line, "\t")
	code, spec = strings.TrimSpace(code), strings.TrimSpace(spec)
	if !ok || spec == "" {
		return fmt.Errorf("want CODE<TAB>HEAD [ARG ...]")
	}
	if _, known := l.codes[code]; !known {
		return fmt.Errorf("code %s is not in codes.tsv", code)
	}
	f := strings.Fields(spec)
	e := &entry{code: code, file: file, line: n, text: spec}
	e.source = fmt.Sprintf("%s:%d %s %s", file, n, code, spec)
	head := strings.ToLower(f[0])
	if strings.HasPrefix(head, "~") {
		e.nominal = true
		head = head[1:]
		e.tail = strings.Split(head, "_")
		head = e.tail[len(e.tail)-1]
		if len(e.tail) == 1 {
			e.tail = nil
		}
	} else if v, p, ok := strings.Cut(head, "_"); ok {
		head, e.particle = v, p
	}
	if head == "" {
		return fmt.Errorf("empty head in %q", spec)
	}
	e.head = head
	for _, a := range f[1:] {
		switch a {
		case "mutual":
			e.mutual = true
			continue
		case "decision":
			e.decision = true
			continue
		case "command":
			e.command = true
			continue
		case "consent":
			e.consent = true
			continue
		case "oneway":
			e.oneway = true
			continue
		case "together":
			e.together = true
			continue
		case "standing":
			e.standing = true
			continue
		case "outcome":
			e.outcome = true
			continue
		}
		if like, ok := strings.CutPrefix(a, "like:"); ok {
			if _, known := l.codes[like]; !known || like == code {
				return fmt.Errorf("%q: like: wants another code of codes.tsv", a)
			}
			e.report, e.code = code, like
			continue
		}
		x, err := l.parseArg(a)
		if err != nil {
			return fmt.Errorf("%q: %w", a, err)
		}
		switch x.rel {
		case argComp:
			e.frame = true
		case argInf:
			e.infOnly = true
		}
		e.args = append(e.args, x)
	}
	e.dative = !e.nominal && dativeShift(e.args)
	e.top = e.specificity()
	for _, a := range e.args {
		if a.heads != nil && !a.heads.not && len(a.heads.tails) > 0 {
			e.top++
		}
		e.timed = e.timed || a.heads != nil && a.heads.time
	}
	if e.nominal {
		l.nouns[head] = append(l.nouns[head], e)
		if j := joined(head); j != head {
			l.nouns[j] = append(l.nouns[j], e) // "cease-fire": "ceasefire" too
		}
	} else {
		l.verbs[head] = append(l.verbs[head], e)
		if j := joined(head); j != head {
			l.verbs[j] = append(l.verbs[j], e)
		}
		if e.particle != "" && !slices.Contains(l.phrasal[head], e.particle) {
			l.phrasal[head] = append(l.phrasal[head], e.particle)
		}
	}
	l.n++
	return nil
}

// dativeShift reports whether arguments of a verb entry admit the double
// object construction: an object with heads, an argument after "to", and
// no second object of their own ("gave aid to Kenya", "gave Kenya aid").
func dativeShift(args []arg) bool {
	obj, to := false, false
	for _, a := range args {
		switch a.rel {
		case argObj:
			obj = a.heads != nil && !a.heads.none
		case argObj2:
			return false
		case argPrep:
			for _, p := range a.preps {
				to = to || p == "to"
			}
		}
	}
	return obj && to
}

// parseArg reads "obj:HEADS", "on|against=T", "comp", "by=S", "obj:&aid=T".
func (l *Lexicon) parseArg(s string) (arg, error) {
	var a arg
	optional := strings.HasPrefix(s, "?")
	s = strings.TrimPrefix(s, "?")
	if k := strings.LastIndexByte(s, '='); k >= 0 {
		r := s[k+1:]
		if r != "T" && r != "S" && r != "B" {
			return a, fmt.Errorf("a role is =T, =S or =B, not =%s", r)
		}
		a.role, s = r[0], s[:k]
	}
	name, hs, hasHeads := strings.Cut(s, ":")
	if rel, ok := argNames[name]; ok {
		a.rel = rel
	} else {
		a.rel = argPrep
		for _, p := range strings.Split(name, "|") {
			if p == "" {
				return a, fmt.Errorf("empty preposition")
			}
			a.preps = append(a.preps, strings.ToLower(p))
		}
	}
	if hasHeads {
		h, err := l.parseHeads(hs)
		if err != nil {
			return a, err
		}
		a.heads = h
	}
	if a.rel == argPrep && a.heads == nil && !optional {
		a.heads = &heads{text: "*"} // "talk with=T", "call for:*": the preposition must be there
	}
	return a, nil
}

// parseHeads reads "aid|assistance|&sanction|military_aid|ACTOR". Lines
// that spell their heads alike share one reading of them: the same sets
// recur on many lines, and the coder looks words up in them for every
// entry it tries.
func (l *Lexicon) parseHeads(s string) (*heads, error) {
	if h, ok := l.heads[s]; ok {
		return h, nil
	}
	h, err := l.readHeads(s)
	if err == nil {
		l.heads[s] = h
	}
	return h, err
}

func (l *Lexicon) readHeads(s string) (*heads, error) {
	h := &heads{text: s}
	if rest, ok := strings.CutPrefix(s, "!"); ok {
		h.not, s = true, rest
	}
	for _, alt := range strings.Split(s, "|") {
		switch {
		case alt == "":
			return nil, fmt.Errorf("empty head in %q", s)
		case alt == "ACTOR":
			h.actor = true
		case alt == "LEADER":
			h.leader = true
		case alt == "IGO":
			h.igo = true
		case alt == "PERSON":
			h.person = true
		case alt == "NAME":
			h.name = true
		case alt == "NONE":
			h.none = true
		case alt == "PLACE":
			h.place = true
		case alt == "TIME":
			h.time = true
		case alt == "*":
			h.any = true
		case strings.HasPrefix(alt, "&"):
			members, ok := l.sets[alt[1:]]
			if !ok {
				return nil, fmt.Errorf("set %s is not in sets.txt", alt)
			}
			for _, m := range members {
				l.addHead(h, m)
			}
		default:
			l.addHead(h, strings.ToLower(alt))
		}
	}
	slices.Sort(h.words)
	h.words = slices.Compact(h.words)
	slices.Sort(h.tailLast)
	h.tailLast = slices.Compact(h.tailLast)
	return h, nil
}

func (l *Lexicon) addHead(h *heads, w string) {
	if strings.Contains(w, "_") {
		t := strings.Split(w, "_")
		h.tails = append(h.tails, t)
		h.tailLast = append(h.tailLast, l.endsTail(t[len(t)-1]))
		h.tailMax = max(h.tailMax, len(t))
		// its last word's plural too, for nouns the word table does not
		// know, whose lemma is the word as written ("air defences")
		p := slices.Clone(t)
		p[len(p)-1] = plural(p[len(p)-1])
		h.tails = append(h.tails, p)
		h.tailLast = append(h.tailLast, l.endsTail(p[len(p)-1]))
		return
	}
	// the plural too, for nouns the word table does not know ("euros")
	h.words = append(h.words, l.wordID(w), l.wordID(plural(w)))
	if j := joined(w); j != w {
		// a word spelled with hyphens or without ("cease-fire",
		// "ceasefire"): the syntax stage gives both one lemma, the
		// joined one when the word table knows it
		h.words = append(h.words, l.wordID(j), l.wordID(plural(j)))
	}
}

// wordID returns w's id among the words heads name, giving it one if it
// has none yet.
func (l *Lexicon) wordID(w string) int32 {
	id, ok := l.vocab[w]
	if !ok {
		id = int32(len(l.vocab))
		l.vocab[w] = id
	}
	return id
}

// endsTail notes that w ends a tail and returns its id.
func (l *Lexicon) endsTail(w string) int32 {
	id := l.wordID(w)
	if int(id) >= len(l.tailEnd) {
		l.tailEnd = append(l.tailEnd, make([]bool, int(id)+1-len(l.tailEnd))...)
	}
	l.tailEnd[id] = true
	return id
}

// isTailEnd reports whether the word with id (-1: a word no heads name)
// ends a tail of any heads.
func (l *Lexicon) isTailEnd(id int32) bool {
	return id >= 0 && int(id) < len(l.tailEnd) && l.tailEnd[id]
}

// idOf returns w's id among the words heads name, -1 when none names it.
func (l *Lexicon) idOf(w string) int32 {
	if id, ok := l.vocab[w]; ok {
		return id
	}
	return -1
}

// has reports whether the word with id (-1: a word no heads name) is
// among h's words.
func (h *heads) has(id int32) bool {
	if id < 0 {
		return false
	}
	_, ok := slices.BinarySearch(h.words, id)
	return ok
}

// hasID reports whether id (-1: a word no heads name) is in the sorted ids.
func hasID(ids []int32, id int32) bool {
	if id < 0 {
		return false
	}
	_, ok := slices.BinarySearch(ids, id)
	return ok
}

// plural returns the regular plural of a noun.
func plural(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// requires reports whether the entry has an argument of relation rel.
func (e *entry) requires(rel argRel) bool {
	for _, a := range e.args {
		if a.rel == rel {
			return true
		}
	}
	return false
}

// subjTarget reports whether the entry's subject is its target: "die
// subj=T" (the dead).
func (e *entry) subjTarget() bool {
	for _, a := range e.args {
		if a.rel == argSubj && a.role == 'T' {
			return true
		}
	}
	return false
}

// objTarget reports whether the entry's object is its target ("obj=T").
func (e *entry) objTarget() bool {
	for _, a := range e.args {
		if a.rel == argObj && a.role == 'T' {
			return true
		}
	}
	return false
}

// names reports whether the entry lists the words an argument of relation
// rel must have ("obj:bomber|jet"), not only a class or any phrase.
func (e *entry) names(rel argRel) bool {
	for _, a := range e.args {
		if a.rel == rel && a.heads != nil && !a.heads.not && (len(a.heads.words) > 0 || len(a.heads.tails) > 0) {
			return true
		}
	}
	return false
}

// specificity is how much an entry asks of its arguments: more wins. Words
// named ask more than a class ("obj:refugee" over "obj:ACTOR"), a class
// more than any phrase.
func (e *entry) specificity() int {
	n := 0
	if e.particle != "" {
		n += 2
	}
	for _, a := range e.args {
		switch h := a.heads; {
		case h == nil || h.not:
		case h.any || h.text == "*" || h.none:
			n++ // a phrase there, or none
		case len(h.words) == 0 && len(h.tails) == 0 && !h.leader && !h.igo:
			n += 2 // ACTOR, PLACE, PERSON, NAME
		default: // words, a set, a multi-word ending, LEADER, IGO
			n += 3
		}
		if a.rel == argThat || a.rel == argPassive || a.rel == argActive || a.rel == argInf || a.rel == argNeg || a.rel == argFuture {
			n++
		}
	}
	if len(e.tail) > 0 {
		n += 2
	}
	return n
}

// joined returns w without its hyphens ("cease-fire": "ceasefire").
func joined(w string) string {
	if strings.IndexByte(w, '-') < 0 {
		return w
	}
	return strings.ReplaceAll(w, "-", "")
}

// namesObject reports whether the entry's object argument lists the heads
// it must end in ("crush obj:coup|insurgency"), not any phrase ("fight obj=T").
func (e *entry) namesObject() bool {
	for _, a := range e.args {
		if a.rel == argObj && a.heads != nil {
			return true
		}
	}
	return false
}
