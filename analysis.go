package dateline

import (
	"fmt"
	"iter"
)

// Analysis is the structure of one sentence, computed once by the syntax
// stage and read by every later stage: a part of speech and lemma per
// token, chunks (noun phrases, verb groups, prepositions), clauses and the
// relations between chunks. Every index points into Sentence.Tokens (for
// tokens) or into Chunks (for chunks).
type Analysis struct {
	Words   []Word   // one per token
	Chunks  []Chunk  // in text order, not overlapping
	Clauses []Clause // in the order of their verb groups
	Rels    []Rel    // typed arcs between chunks

	idx relIndex // Rels by the chunks they join, once Index has run
}

// Word is what the analysis knows of one token.
type Word struct {
	Tag   Tag    // part of speech in context
	Lemma string // base form, lower case: "attack" for "attacked", "talk" for "talks"
	Roles Roles  // the word's grammatical roles (reporting verb, volition, ...)
	Chunk int32  // the chunk holding the token, -1 if none
	// LemmaID is the lemma's id in the syntax stage's word table, NoWord
	// if the table lacks it (see Token.ID).
	LemmaID WordID
}

// Tag is a part of speech: the Penn Treebank tag set.
type Tag uint8

// Parts of speech.
const (
	TagNone   Tag = iota
	TagNN         // noun, singular or mass
	TagNNS        // noun, plural
	TagNNP        // proper noun
	TagNNPS       // proper noun, plural
	TagPRP        // personal pronoun
	TagPRPS       // possessive pronoun (PRP$)
	TagVB         // verb, base form
	TagVBD        // verb, past tense
	TagVBG        // verb, gerund or present participle
	TagVBN        // verb, past participle
	TagVBP        // verb, present, not third person singular
	TagVBZ        // verb, present, third person singular
	TagMD         // modal
	TagJJ         // adjective
	TagJJR        // adjective, comparative
	TagJJS        // adjective, superlative
	TagRB         // adverb
	TagRBR        // adverb, comparative
	TagRBS        // adverb, superlative
	TagRP         // particle
	TagDT         // determiner
	TagPDT        // predeterminer
	TagIN         // preposition or subordinating conjunction
	TagTO         // to
	TagCC         // coordinating conjunction
	TagCD         // cardinal number
	TagPOS        // possessive ending
	TagWDT        // wh-determiner
	TagWP         // wh-pronoun
	TagWPS        // possessive wh-pronoun (WP$)
	TagWRB        // wh-adverb
	TagEX         // existential there
	TagFW         // foreign word
	TagUH         // interjection
	TagSYM        // symbol
	TagLS         // list item marker
	TagPunct      // sentence-final punctuation
	TagComma      // ,
	TagColon      // : ; or a dash
	TagQuote      // a quotation mark
	TagLRB        // ( [ {
	TagRRB        // ) ] }
	TagDollar     // $ and other currency signs
	TagHash       // #
	numTags
)

var tagNames = [numTags]string{"", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
	"MD", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "RP", "DT", "PDT", "IN", "TO", "CC", "CD", "POS", "WDT", "WP", "WP$",
	"WRB", "EX", "FW", "UH", "SYM", "LS", ".", ",", ":", "``", "(", ")", "$", "#"}

func (t Tag) String() string {
	if t < numTags {
		return tagNames[t]
	}
	return fmt.Sprintf("Tag(%d)", t)
}

// ParseTag returns the tag named s ("NN", "PRP$", ","), and whether there is one.
func ParseTag(s string) (Tag, bool) {
	for i, n := range tagNames {
		if n == s && i > 0 {
			return Tag(i), true
		}
	}
	return TagNone, false
}

// IsNoun reports a common or proper noun.
func (t Tag) IsNoun() bool { return t >= TagNN && t <= TagNNPS }

// IsVerb reports a verb form (not a modal).
func (t Tag) IsVerb() bool { return t >= TagVB && t <= TagVBZ }

// IsAdjective reports an adjective of any degree.
func (t Tag) IsAdjective() bool { return t >= TagJJ && t <= TagJJS }

// IsAdverb reports an adverb of any degree.
func (t Tag) IsAdverb() bool { return t >= TagRB && t <= TagRBS }

// IsPunct reports punctuation.
func (t Tag) IsPunct() bool { return t >= TagPunct && t <= TagRRB }

// Roles is a bit set of the grammatical roles a word can play, read from
// the syntax stage's word table: a stage asks Has(RoleReport), it never
// keeps its own list of reporting verbs.
type Roles uint64

// Has reports whether all of r's bits are set.
func (rs Roles) Has(r Roles) bool { return rs&r == r && r != 0 }

// Word roles.
const (
	RoleReport       Roles = 1 << iota // say, announce, tell: a reporting verb; its complement is what was said
	RoleAllege                         // allege, claim: what is said is not established
	RoleVolition                       // plan, intend, want, vow: the complement is the actor's will, not yet done
	RoleAttempt                        // try, attempt, seek: the complement is attempted, and coded as done (CAMEO)
	RoleImplicative                    // manage, begin, continue: the complement was done
	RoleNegative                       // fail, refuse, deny: the complement was not done
	RoleObjControl                     // urge, ask, order: the object does the complement
	RoleAspect                         // begin, resume, continue, stop: the complement carries the act
	RoleLight                          // hold, launch, carry out: a light verb; its object noun names the act
	RoleCopula                         // be, become, remain: a linking verb
	RoleTime                           // a word of time: Monday, yesterday, week
	RoleCondition                      // if, unless: opens a condition
	RoleOpener                         // after, because, while: opens an adverbial clause
	RoleRelative                       // who, which, that: opens a relative clause
	RoleNegation                       // not, never, no
	RoleQuantity                       // dozens, thousands, many: a bare quantity that heads a noun phrase
	RolePurpose                        // in order (to), so (that): opens a purpose
	RoleParticle                       // up, down, out: after a verb, part of it ("called up", "stepped down")
	RoleNounComp                       // claim, admission, demand: a noun whose that-clause is its content
	RoleReflexive                      // himself, themselves: the clause's subject again
	RoleAdjectival                     // military, militant: an adjective first; before a noun it says what kind, not whose
	RoleBare                           // help, make, let: the complement may be a bare infinitive ("help support")
	RoleMeans                          // phone, boat, road: after "by", how one goes or speaks ("spoke by phone" is active)
	RoleIntransitive                   // fire, march, clash: acts through a preposition with no object ("fired at"), so seldom a participle before one
	RoleOccasion                       // after, during, amid: a preposition whose object is an act that took place ("after Israel's raid on Gaza")
	RolePrevent                        // prevent, thwart, foil: the act its object names did not take place ("prevented a march staged by students")
	RolePredict                        // likely, expected: a word of what others foresee; "is likely to", "is expected to" tell no one's will
	RoleTemporal                       // once, when, until: opens a clause that says when its parent's act happens
	RoleForce                          // raid, shelling, strike: a noun of force; "killed in Israeli raids" names who used it, not where
	RoleHead                           // head, chair, lead, represent: a verb of heading or speaking for a body; "X, who chairs the bar association," is the body's
	RolePlaceKind                      // state, province, region: a noun after a place's name that says what kind of place it is ("in Kano state")
	RoleTrailing                       // overnight, nationwide, abroad: after a clause's noun, an adverb of when or where, not the noun's adjective
	RolePrior                          // after, following, since: an occasion that came before its clause's act, so a time told before it dates the clause, not it
	RoleNaming                         // call, brand, label: a verb whose object is followed by what it is called ("called the protesters terrorists")
	RoleInverted                       // had, should: first in a sentence before its subject, opens a condition ("Had the army intervened, ...")
	RoleCommand                        // order, send, deploy: a verb whose object, a force, is the subject state's own ("the United States ordered 2,000 Marines")
	RoleDemand                         // demand, urge: a verb whose that-clause's subject is someone else than its own ("demanded that he resign")
	RoleResponse                       // respond, retaliate: a verb of answering whose act "by" and a gerund tell ("retaliated by imposing duties" is the duties)
	RoleEnd                            // until, till: opens a clause that says when its parent's act ends, so under an act to come or one asked for it is to come too
	RoleRespective                     // respectively: pairs a list of subjects with the list of objects in order, not each with each
	RoleObjective                      // me, him, us, them: a pronoun in the objective case, an object and never a subject
	RoleResult                         // dead, unconscious, captive: an adjective of the state an act leaves its object in ("shot the gunman dead"), not a noun after it
	RoleDouble                         // give, offer, hand: a verb that takes two objects ("gave the rebels the weapons promised in May": no relative clause on the rebels)
	RoleShot                           // fire, shoot: a verb of acting with no object that also takes the weapon as one ("the rockets that Hamas fired")
	RoleHarm                           // kill, wound, injure: a verb of harm done to people; after a comma that closes a relative clause of going or gathering it is the main clause's act ("opened fire on protesters who were marching, killing five")
	RoleQuestion                       // ask, wonder, unclear: a word whose "if" clause is an indirect question ("asked if the junta would hand over power"), as a "whether" clause is
	RoleActPhrase                      // of, on, against, to: a preposition whose phrase on an event noun names the act's victim, partner or place ("the crackdown on protesters", "a visit to Pakistan"), so a "by" phrase after that phrase is the act's
	RoleOffice                         // minister, secretary, adviser: a noun of office; a noun and an adjective before it are its modifiers ("the deputy foreign minister"), where an adjective after another noun would close that noun's phrase ("the army ready")
	RoleRank                           // first, last, only: in the noun phrase before a copula's infinitive it ranks the subject among those who did the act ("was the first to recognise"), so the act was done
	RoleStretch                        // since: a time after it starts a stretch that runs up to the clause's own time ("have fought since 1976"), not the day of an act
	RoleOtherwise                      // had: an inverted auxiliary that opens a condition on a past that was otherwise ("Had Syria refused, the generals were ready to strike"), where "should" opens one to come
)

// ChunkKind says what a chunk is.
type ChunkKind uint8

// Kinds of chunk.
const (
	ChunkOther ChunkKind = iota // punctuation, conjunctions, interjections
	ChunkNP                     // a noun phrase: "Libya 's rival leaders" is two, the possessor and the possessed
	ChunkVG                     // a verb group: auxiliaries, negation, adverbs and the main verb
	ChunkPP                     // a preposition; its object noun phrase follows as its own chunk
	ChunkADVP                   // adverbs
	ChunkADJP                   // a predicative adjective: "is ready", "was willing"
	ChunkSub                    // a clause opener: "that", "if", "who", "because"
	ChunkConj                   // and, or, but, nor
)

var chunkNames = [...]string{"O", "NP", "VG", "PP", "ADVP", "ADJP", "SUB", "CC"}

func (k ChunkKind) String() string {
	if int(k) < len(chunkNames) {
		return chunkNames[k]
	}
	return fmt.Sprintf("ChunkKind(%d)", k)
}

// Chunk is a run of tokens [From, To) with its head token. A verb group
// carries what its auxiliaries say.
type Chunk struct {
	Kind     ChunkKind
	From, To int // token range
	Head     int // head token: the noun of a noun phrase, the main verb of a verb group
	Clause   int // the clause the chunk belongs to, -1 if none
	// Noun phrases:
	Named bool // the phrase is an actor, place or time the earlier stages found
	Time  bool // the phrase is a time expression ("on Monday"'s "Monday")
	Poss  bool // the phrase ends in a possessive: "Libya 's"
	// Verb groups:
	Verb VerbGroup
}

// Tense is a verb group's time.
type Tense uint8

// Tenses.
const (
	TenseNone    Tense = iota // infinitives, participles
	TensePresent              // "attacks", "has attacked", "is attacking"
	TensePast                 // "attacked", "had attacked"
	TenseFuture               // "will attack", "is to attack", "is going to attack"
)

var tenseNames = [...]string{"", "present", "past", "future"}

func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return fmt.Sprintf("Tense(%d)", t)
}

// VerbGroup is what a verb group's words say about its main verb.
type VerbGroup struct {
	Tense       Tense
	Modal       string // "would", "could", ...; "" if none
	Neg         bool   // "did not", "never", "no longer"
	Passive     bool   // "was attacked", "were killed"
	Perfect     bool   // "has attacked", "had been"
	Progressive bool   // "is attacking"
	Infinitive  bool   // "to attack"
	Finite      bool   // the group has a finite verb or modal
	Particle    int    // token of a particle ("called up", "step down"), -1 if none
}

// ClauseKind says what a clause is to its parent.
type ClauseKind uint8

// Kinds of clause.
const (
	ClauseMain        ClauseKind = iota // a main clause
	ClauseComplement                    // "said that X ...", "said X ...": what a verb's subject says or thinks
	ClauseInfinitive                    // "agreed to meet": a to-infinitive
	ClauseRelative                      // "the rebels who attacked": about the noun before it
	ClauseParticipial                   // ", killing five", "soldiers killed in": a participle without auxiliary
	ClauseConditional                   // "if", "unless"
	ClauseAdverbial                     // "after", "because", "while", "when" ...
	ClauseReport                        // a reporting frame: ", a UN official said", "according to X"
)

var clauseNames = [...]string{"main", "complement", "infinitive", "relative", "participial", "conditional", "adverbial", "report"}

func (k ClauseKind) String() string {
	if int(k) < len(clauseNames) {
		return clauseNames[k]
	}
	return fmt.Sprintf("ClauseKind(%d)", k)
}

// Clause is one verb group with what belongs to it.
type Clause struct {
	Kind     ClauseKind
	Verb     int // the verb group's chunk; -1 for a verbless frame ("according to X")
	Parent   int // the clause this one depends on, -1 for a top clause
	From, To int // token range, approximate at the edges
	Opener   int // token of the word that opens the clause ("that", "if", "who"), -1 if none
}

// RelKind says how two chunks are related.
type RelKind uint8

// Kinds of relation. From is the governing chunk (a verb group for verb
// arguments, a noun phrase for its modifiers), To the dependent.
const (
	RelSubj   RelKind = iota + 1 // verb group -> its grammatical subject (the patient of a passive)
	RelObj                       // verb group -> its object ("gave Kenya aid": Kenya)
	RelObj2                      // verb group -> its second object ("gave Kenya aid": aid)
	RelAgent                     // passive verb group -> the noun phrase after "by"
	RelObl                       // verb group -> a preposition that attaches to it
	RelNMod                      // noun phrase -> a preposition right after it ("talks with", "attack on")
	RelPObj                      // preposition -> its object noun phrase
	RelPoss                      // possessed noun phrase -> its possessor ("Libya 's leaders")
	RelConj                      // first conjunct -> each further one ("A and B", "ousted and killed")
	RelAppos                     // noun phrase -> a noun phrase in apposition ("Lavrov, Russia 's foreign minister")
	RelComp                      // verb group or noun -> the verb group of its complement clause ("agreed to meet")
	RelAttrib                    // verb group -> the noun phrase that says who reports it ("according to X", "X said")
)

var relNames = [...]string{"", "subj", "obj", "obj2", "agent", "obl", "nmod", "pobj", "poss", "conj", "appos", "comp", "attrib"}

func (k RelKind) String() string {
	if int(k) < len(relNames) {
		return relNames[k]
	}
	return fmt.Sprintf("RelKind(%d)", k)
}

// Rel is a typed arc between two chunks.
type Rel struct {
	Kind     RelKind
	From, To int // chunk indices
}

// maxIndexed bounds the chunks and relations an analysis indexes: a
// longer one (a rare run-on sentence) is scanned.
const maxIndexed = 64

// relIndex lists an analysis's relations by the chunk they leave and by
// the chunk they reach, so that a look-up reads a chunk's few relations,
// not all of the sentence's: for each chunk the first relation from it
// (to it), and for each relation the next from (to) the same chunk, in
// Rels order, each as its index plus one (0: none). Its zero value, or
// one built for other relations, sends the look-ups to a scan. For each
// chunk it also keeps the kinds of its relations as bits (kindBit), so that
// a look-up of a kind the chunk has none of, most of them, reads no list.
type relIndex struct {
	n                  int // len(Rels) when built; 0: not built
	firstFrom, firstTo [maxIndexed]uint8
	nextFrom, nextTo   [maxIndexed]uint8
	kindsFrom, kindsTo [maxIndexed]uint16
}

// kindBit is kind's bit in relIndex's kinds; a kind past the bits has all
// of them, so that it is always looked for in the lists.
func kindBit(kind RelKind) uint16 {
	if kind >= 16 {
		return 0xffff
	}
	return 1 << kind
}

// Index lists the relations by chunk for Dependents, Dependent and
// Governor. The analysis's maker calls it once the relations are final;
// after a later change to Rels, call it again (until then, a change in
// their number sends the look-ups back to a scan; a relation whose kind
// changed in place is not found by its new kind).
func (a *Analysis) Index() {
	x := &a.idx
	*x = relIndex{}
	if len(a.Rels) == 0 || len(a.Rels) > maxIndexed {
		return
	}
	for i := len(a.Rels) - 1; i >= 0; i-- { // backwards: each list in Rels order
		r := a.Rels[i]
		if uint(r.From) >= maxIndexed || uint(r.To) >= maxIndexed {
			*x = relIndex{}
			return
		}
		x.nextFrom[i], x.firstFrom[r.From] = x.firstFrom[r.From], uint8(i+1)
		x.nextTo[i], x.firstTo[r.To] = x.firstTo[r.To], uint8(i+1)
		x.kindsFrom[r.From] |= kindBit(r.Kind)
		x.kindsTo[r.To] |= kindBit(r.Kind)
	}
	x.n = len(a.Rels)
}

// AddRel appends r to the relations and, while the index lists them all,
// lists r too, so that an analysis being built is looked up by chunk as it
// grows, not scanned. A change to Rels other than AddRel (a relation
// dropped) is found by their number and the index built again here.
func (a *Analysis) AddRel(r Rel) {
	x := &a.idx
	if x.n != len(a.Rels) && x.n != 0 {
		a.Index()
	}
	i := len(a.Rels)
	a.Rels = append(a.Rels, r)
	if x.n != i || i >= maxIndexed || uint(r.From) >= maxIndexed || uint(r.To) >= maxIndexed {
		*x = relIndex{} // too long or not listed: scanned until Index
		return
	}
	x.nextFrom[i], x.nextTo[i] = 0, 0
	link(&x.firstFrom[r.From], &x.nextFrom, uint8(i+1))
	link(&x.firstTo[r.To], &x.nextTo, uint8(i+1))
	x.kindsFrom[r.From] |= kindBit(r.Kind)
	x.kindsTo[r.To] |= kindBit(r.Kind)
	x.n = i + 1
}

// link appends relation id (index plus one) to the list that starts at
// *first and goes on through next.
func link(first *uint8, next *[maxIndexed]uint8, id uint8) {
	if *first == 0 {
		*first = id
		return
	}
	j := *first
	for next[j-1] != 0 {
		j = next[j-1]
	}
	next[j-1] = id
}

// indexed reports whether the index lists the relations. With none, the
// empty index is right too: no chunk has a kind, and every look-up finds
// nothing, as a scan would.
func (a *Analysis) indexed() bool { return a.idx.n == len(a.Rels) }

// Dependents yields the chunks related to chunk from by kind, in order.
// It builds no slice: later stages ask it for every phrase they weigh.
func (a *Analysis) Dependents(from int, kind RelKind) iter.Seq[int] {
	return func(yield func(int) bool) {
		if a.indexed() {
			if uint(from) >= maxIndexed || a.idx.kindsFrom[from]&kindBit(kind) == 0 {
				return
			}
			for i := a.idx.firstFrom[from]; i != 0; i = a.idx.nextFrom[i-1] {
				if r := a.Rels[i-1]; r.Kind == kind && !yield(r.To) {
					return
				}
			}
			return
		}
		for _, r := range a.Rels {
			if r.From == from && r.Kind == kind && !yield(r.To) {
				return
			}
		}
	}
}

// Dependent returns the first chunk related to chunk from by kind, or -1.
func (a *Analysis) Dependent(from int, kind RelKind) int {
	if a.indexed() {
		if uint(from) >= maxIndexed || a.idx.kindsFrom[from]&kindBit(kind) == 0 {
			return -1
		}
		for i := a.idx.firstFrom[from]; i != 0; i = a.idx.nextFrom[i-1] {
			if r := a.Rels[i-1]; r.Kind == kind {
				return r.To
			}
		}
		return -1
	}
	for _, r := range a.Rels {
		if r.From == from && r.Kind == kind {
			return r.To
		}
	}
	return -1
}

// Governor returns the chunk that governs chunk to by kind, or -1.
func (a *Analysis) Governor(to int, kind RelKind) int {
	if a.indexed() {
		if uint(to) >= maxIndexed || a.idx.kindsTo[to]&kindBit(kind) == 0 {
			return -1
		}
		for i := a.idx.firstTo[to]; i != 0; i = a.idx.nextTo[i-1] {
			if r := a.Rels[i-1]; r.Kind == kind {
				return r.From
			}
		}
		return -1
	}
	for _, r := range a.Rels {
		if r.To == to && r.Kind == kind {
			return r.From
		}
	}
	return -1
}

// TokenAt returns the index of the token that holds body offset off, or of
// the first token after it; -1 when no token ends after off.
func (s *Sentence) TokenAt(off int) int {
	lo, hi := 0, len(s.Tokens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.Tokens[m].End > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo == len(s.Tokens) {
		return -1
	}
	return lo
}

// ClauseOfChunk returns the clause chunk c belongs to: the clause whose verb
// group it is, else the chunk's Clause.
func (a *Analysis) ClauseOfChunk(c int) int {
	if c < 0 || c >= len(a.Chunks) {
		return -1
	}
	if a.Chunks[c].Kind == ChunkVG {
		for k := range a.Clauses {
			if a.Clauses[k].Verb == c {
				return k
			}
		}
	}
	return a.Chunks[c].Clause
}

// ClauseOf returns the clause that holds token i: its chunk's clause (see
// ClauseOfChunk), else the innermost clause whose range holds it; -1 when
// none does.
func (a *Analysis) ClauseOf(i int) int {
	if i < 0 || i >= len(a.Words) {
		return -1
	}
	if c := int(a.Words[i].Chunk); c >= 0 {
		if k := a.ClauseOfChunk(c); k >= 0 {
			return k
		}
	}
	best := -1
	for k, cl := range a.Clauses {
		if cl.From <= i && i < cl.To && (best < 0 || cl.To-cl.From < a.Clauses[best].To-a.Clauses[best].From) {
			best = k
		}
	}
	return best
}

// AboutSubject reports whether clause c is a participle right after a noun,
// with nothing or a comma between, before its parent's verb: a reduced
// relative clause about the subject ("the soldiers captured last month
// were freed", "the journalist, arrested in May, was freed"), which tells
// of the noun, not of its parent's act.
func (a *Analysis) AboutSubject(c int) bool {
	if c < 0 || c >= len(a.Clauses) {
		return false
	}
	cl := a.Clauses[c]
	v := cl.Verb
	if cl.Kind != ClauseParticipial || cl.Parent < 0 || v < 1 || a.Clauses[cl.Parent].Verb < v {
		return false
	}
	prev := a.Chunks[v-1]
	if prev.Kind != ChunkNP || prev.Time {
		return false
	}
	for i := prev.To; i < a.Chunks[v].From; i++ {
		if a.Words[i].Tag != TagComma {
			return false
		}
	}
	return true
}

// Within reports whether clause c is clause outer or depends on it,
// directly or through other clauses.
func (a *Analysis) Within(c, outer int) bool {
	for n := 0; c >= 0 && c < len(a.Clauses) && n <= len(a.Clauses); n++ {
		if c == outer {
			return true
		}
		c = a.Clauses[c].Parent
	}
	return false
}
