package syntax

import (
	"strings"
	"sync"

	"dateline"
)

// Hints are what earlier stages found in a sentence: the actors and places
// (each read as one noun phrase) and the time expressions (adjuncts, never
// a subject or an object).
type Hints struct {
	Named []dateline.Span
	Names []dateline.Span // of those, the ones that are names ("Brazil", not "protesters")
	// Adjectives are the names read as a country's adjective before a
	// common noun ("Qatari goods", "Azerbaijani villages").
	Adjectives []dateline.Span
	Times      []dateline.Span
	// Identified says Identify has set the tokens' ids: a token without
	// one is a form the table lacks, and is not looked up again.
	Identified bool
}

// state is the scratch of one analysis; pooled, so analysing allocates
// little beyond the result. While a sentence is analysed, its Analysis
// grows its chunks, clauses and relations in the state's buffers; finish
// copies them out, right-sized, for the sentence to keep.
type state struct {
	a      *Analyzer
	s      *dateline.Sentence
	toks   []dateline.Token
	c      []cands
	e      []*entry          // the table's entries (or a copy, for a form read through another spelling): read, never changed
	tid    []dateline.WordID // the tokens' ids as written (their lower-case forms' are Token.ID)
	mark   []uint8
	an     *dateline.Analysis
	opened bool // tagging: a clause opener seen, and no finite verb since
	// chunking
	vgs []int // chunk indices of the verb groups, in order
	// buffers the analysis grows in, kept from sentence to sentence
	chunkBuf  []dateline.Chunk
	clauseBuf []dateline.Clause
	relBuf    []dateline.Rel
}

var pool = sync.Pool{New: func() any { return new(state) }}

// Analyze reads the structure of s, given what earlier stages found in it,
// and sets s.Analysis. It is one pass each for tags, chunks, clauses and
// relations.
func (a *Analyzer) Analyze(s *dateline.Sentence, h Hints) *dateline.Analysis {
	n := len(s.Tokens)
	an := &dateline.Analysis{Words: make([]dateline.Word, n)}
	s.Analysis = an
	if n == 0 {
		return an
	}
	st := pool.Get().(*state)
	defer pool.Put(st)
	st.reset(a, s, an)
	st.marks(h)
	st.lexical(h.Identified)
	st.tag()
	st.lemmas()
	st.chunk()
	st.headlineFuture()
	st.nounRels()
	st.clauses()
	st.verbRels()
	st.absoluteWith()
	st.causative()
	st.relativeRecipient()
	st.asideObliques()
	st.inverted()
	st.frames()
	st.attribution()
	st.ranges()
	st.frontObliques()
	st.finish()
	return an
}

func (st *state) reset(a *Analyzer, s *dateline.Sentence, an *dateline.Analysis) {
	n := len(s.Tokens)
	st.a, st.s, st.toks, st.an = a, s, s.Tokens, an
	st.c = grow(st.c, n)
	clear(st.an.Words)
	st.e = grow(st.e, n)
	st.tid = grow(st.tid, n)
	st.mark = grow(st.mark, n)
	clear(st.mark)
	clear(st.e)
	st.vgs = st.vgs[:0]
	an.Chunks, an.Clauses, an.Rels = st.chunkBuf[:0], st.clauseBuf[:0], st.relBuf[:0]
}

// finish gives the analysis slices of its own, exactly as long as what it
// holds, and keeps the buffers (as grown) for the next sentence; the state
// lets go of the sentence.
func (st *state) finish() {
	an := st.an
	st.chunkBuf, st.clauseBuf, st.relBuf = an.Chunks[:0], an.Clauses[:0], an.Rels[:0]
	an.Chunks, an.Clauses, an.Rels = clone(an.Chunks), clone(an.Clauses), clone(an.Rels)
	an.Index() // the relations are final: later stages look them up by chunk
	st.a, st.s, st.toks, st.an = nil, nil, nil, nil
}

// clone returns a copy of xs in a slice of its own, nil when xs is empty.
func clone[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return append(make([]T, 0, len(xs)), xs...)
}

func grow[T any](xs []T, n int) []T {
	if cap(xs) < n {
		return make([]T, n)
	}
	return xs[:n]
}

// marks notes which tokens lie in named spans and time expressions.
func (st *state) marks(h Hints) {
	mark := func(spans []dateline.Span, in, start uint8) {
		for _, sp := range spans {
			// from the first token that ends past the span's start: none
			// before it is inside
			from := st.s.TokenAt(sp.Start)
			if from < 0 {
				continue
			}
			first := true
			for i := from; i < len(st.toks); i++ {
				t := &st.toks[i]
				if t.Start >= sp.End {
					break // the tokens are in text order, and none is empty
				}
				if t.Start >= sp.Start && t.End <= sp.End {
					st.mark[i] |= in
					if first {
						st.mark[i] |= start
						first = false
					}
				}
			}
		}
	}
	mark(h.Named, inNamed, namedStart)
	mark(h.Names, inName, 0)
	mark(h.Adjectives, inAdjective, 0)
	mark(h.Times, inTime, timeStart)
}

// lexical looks every token up in the word table: by the ids Identify
// set, if identified, else by their forms (setting the ids).
func (st *state) lexical(identified bool) {
	initial := true
	for i := range st.toks {
		t := &st.toks[i]
		lid := t.ID
		if !identified {
			lid = st.a.ids[t.Lower]
			t.ID = lid
		}
		tid := lid
		if t.Text != t.Lower {
			tid = st.a.ids[t.Text]
		}
		st.tid[i] = tid
		st.c[i], st.e[i] = st.a.lexical(t.Text, t.Lower, tid, lid, initial)
		if st.mark[i]&inAdjective != 0 && !st.c[i].has(dateline.TagJJ) {
			// "Qatari goods were boycotted": a country's adjective the
			// word table lacks is an adjective first, as "Iraqi" is
			// there, not a name that would end its noun phrase
			c := one(dateline.TagJJ)
			for _, x := range st.c[i].t[:st.c[i].n] {
				c.add(x)
			}
			st.c[i] = c
		}
		if e := st.e[i]; e.known && e.joined == "" && t.Text == t.Lower {
			st.an.Words[i].Roles = e.roles // the entry is the lower-case form's
		} else {
			st.an.Words[i].Roles = st.a.entries[lid].roles
		}
		if st.c[i].n > 0 && st.c[i].t[0] == dateline.TagJJ {
			st.an.Words[i].Roles |= dateline.RoleAdjectival
		}
		st.an.Words[i].Chunk = -1
		// a capital after an opening quote or bracket is a sentence's too
		initial = st.c[i].n == 1 && (st.c[i].t[0] == dateline.TagQuote || st.c[i].t[0] == dateline.TagLRB || st.c[i].t[0] == dateline.TagColon)
	}
	st.invertedCondition()
	st.pairedDashes()
	st.phraseNouns()
}

// phraseNouns drops the finite readings that agreement rules out inside a
// noun phrase, before any word is tagged, so that no later look ahead
// counts them as a clause's verb: after an indefinite article and one to
// three singular nouns, names or adjectives, a word that may be a noun is
// no plural or base verb ("a genocide suspect", "an ETA suspect", "a phone
// call"); after a number other than one and a singular noun, a word that
// may be a plural noun is no verb in -s ("two terror suspects", "three aid
// convoys").
func (st *state) phraseNouns() {
	for i := 2; i < len(st.toks); i++ {
		c := &st.c[i]
		switch {
		case c.has(dateline.TagNN) && (c.has(dateline.TagVB) || c.has(dateline.TagVBP)) && st.afterArticle(i):
			c.drop(dateline.TagVB, dateline.TagVBP)
		case c.has(dateline.TagNNS) && c.has(dateline.TagVBZ) && st.c[i-1].n > 0 && st.c[i-1].t[0] == dateline.TagNN &&
			st.c[i-2].n > 0 && st.c[i-2].t[0] == dateline.TagCD && st.toks[i-2].Lower != "one":
			c.drop(dateline.TagVBZ)
		}
	}
}

// afterArticle reports whether "a" or "an" stands one to three words
// before word i, with only singular nouns, names and adjectives between.
func (st *state) afterArticle(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if l := st.toks[k].Lower; l == "a" || l == "an" {
			return k < i-1
		}
		c := &st.c[k]
		if c.n == 0 || c.t[0] == dateline.TagNNS || c.t[0] == dateline.TagNNPS ||
			!(c.t[0].IsNoun() || c.t[0].IsAdjective() || st.mark[k]&inNamed != 0) {
			return false
		}
	}
	return false
}

// invertedCondition reads an auxiliary that opens a sentence before its
// subject, with a comma to come and no question mark at the end ("Had the
// army intervened, ...", "Should the talks fail, ..."), as a word that opens a condition, as "if" does.
func (st *state) invertedCondition() {
	i := 0
	for i < len(st.toks) && st.c[i].n == 1 && st.c[i].t[0] == dateline.TagQuote {
		i++
	}
	n := len(st.toks)
	if i+1 >= n || st.an.Words[i].Roles&dateline.RoleInverted == 0 || st.toks[i].Text == st.toks[i].Lower || st.toks[n-1].Text == "?" {
		return
	}
	next := &st.c[i+1]
	if next.first(func(t dateline.Tag) bool {
		return t.IsNoun() || t == dateline.TagDT || t == dateline.TagNNP || t == dateline.TagPRP || t == dateline.TagPRPS || t == dateline.TagCD
	}) == dateline.TagNone &&
		st.mark[i+1]&inNamed == 0 {
		return
	}
	for j := i + 2; j < n; j++ {
		if st.toks[j].Text == "," {
			st.c[i] = cands{}
			st.c[i].add(dateline.TagIN)
			st.an.Words[i].Roles |= dateline.RoleCondition
			return
		}
	}
}

// pairedDashes reads two dashes that set a phrase off inside a sentence
// as commas ("Israel's cabinet — meeting late into the night — rejected
// the proposal"): what they enclose is an aside, as between commas. A
// lone dash, and a pair whose second closes the sentence, stay colons.
func (st *state) pairedDashes() {
	open := -1
	for i := range st.toks {
		switch st.toks[i].Text {
		case "—", "–", "--":
		default:
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if open > 0 && i > open+1 && i+1 < len(st.toks) && st.c[i+1].t[0] != dateline.TagPunct {
			st.c[open], st.c[i] = one(dateline.TagComma), one(dateline.TagComma)
		}
		open = -1
	}
}

// lemmas fills each word's lemma: the verb lemma for verbs, the noun lemma
// for plural nouns, else the lower-case form.
func (st *state) lemmas() {
	for i := range st.toks {
		w := &st.an.Words[i]
		lower := st.toks[i].Lower
		e := st.e[i]
		if e.joined == "" && strings.IndexByte(lower, '-') > 0 {
			if je := st.a.unhyphenated(lower); je.known {
				e = &je // both spellings known: one lemma for the two
			}
		}
		if e.joined != "" {
			lower = e.joined // "counter-offensive", "re-elected": counteroffensive's, reelected's
		}
		w.Lemma = lower
		verb := w.Tag.IsVerb() || w.Tag == dateline.TagMD
		switch {
		case verb:
			switch {
			case w.Tag == dateline.TagVB && st.a.knownVerb(lower):
				// "to lay down": a base form is its own lemma ("lay" is
				// also the past of "lie")
			case e.verb != "":
				w.Lemma = e.verb
			case !e.known || w.Tag == dateline.TagVBZ || w.Tag == dateline.TagVBD || w.Tag == dateline.TagVBN || w.Tag == dateline.TagVBG:
				// (a form the table knows only as another part of speech,
				// read here as a verb: "Greece summons the ambassador")
				if l := VerbLemma(lower, st.a.knownVerb); l != "" {
					w.Lemma = l
				} else if l := VerbLemma(lower, st.a.knownNoun); l != "" && l != lower {
					// a noun used as a verb, whose forms the table lacks:
					// "cordoned off", "pepper-sprayed"
					w.Lemma = l
				}
			}
			if k := strings.LastIndexByte(lower, '-'); k > 0 && w.Lemma == lower {
				// "test-fired": the last part's lemma
				if te := st.a.word(lower[k+1:]); te.verb != "" {
					w.Lemma = lower[:k+1] + te.verb
				}
			}
			w.LemmaID = st.lemmaID(i, e)
			w.Roles |= st.a.entries[w.LemmaID].roles
		case w.Tag == dateline.TagNNS || w.Tag == dateline.TagNNPS:
			if e.noun != "" {
				w.Lemma = e.noun
			} else if !e.known {
				if l := NounLemma(lower, st.a.knownNoun); l != "" {
					w.Lemma = l
				} else if w.Tag == dateline.TagNNS {
					w.Lemma = RegularNounLemma(lower) // "warplanes", a plural the tables lack
				}
			}
		case w.Tag == dateline.TagNN || w.Tag.IsAdjective():
			// "the bombing", "ready": a verb's other forms keep their own roles
		}
		if !verb {
			w.LemmaID = st.lemmaID(i, e)
		}
	}
}

// lemmaID returns the id of word i's lemma, read with entry e: its
// lower-case form's, its entry's verb's or noun's, or looked up.
func (st *state) lemmaID(i int, e *entry) dateline.WordID {
	w := &st.an.Words[i]
	switch l := w.Lemma; {
	case l == st.toks[i].Lower:
		return st.toks[i].ID
	case l == e.verb:
		return e.verbID
	case l == e.noun:
		return e.nounID
	}
	return st.a.ids[w.Lemma]
}
