package actor

import (
	"strings"

	"dateline"
)

// lexeme is what the dictionary's tables say of one folded word, gathered
// at load so that a word of text is looked up once (splitWordsKeyed) and
// the helpers that ask about it read its fields instead of hashing the
// word into table after table.
type lexeme struct {
	key      string  // keys: its phonetic key, if it is a word of a name
	agents   []*name // agentsBy: the agent names it starts
	staffed  []*name // staffedBy
	named    []*name // namedBy
	common   bool    // isCommon
	modifier bool    // modifier
	plural   bool    // plurals
	in       lexFlag // the word sets that hold it
}

// lexFlag is a word set of the dictionary's (a bit of lexeme.in).
type lexFlag uint16

const (
	lexState      lexFlag = 1 << iota // states
	lexRegionHead                     // regionHead
	lexFleeing                        // fleeing
	lexPartitive                      // partitives
	lexThing                          // things
	lexForeign                        // foreign
	lexDual                           // dual
	lexOther                          // other
	lexGiven                          // given
	lexSurname                        // surnames
	lexKind                           // kinds
	lexDoer                           // doers
)

// table returns the word set a flag stands for.
func (d *Dictionary) table(f lexFlag) map[string]bool {
	switch f {
	case lexState:
		return d.states
	case lexRegionHead:
		return d.regionHead
	case lexFleeing:
		return d.fleeing
	case lexPartitive:
		return d.partitives
	case lexThing:
		return d.things
	case lexForeign:
		return d.foreign
	case lexDual:
		return d.dual
	case lexOther:
		return d.other
	case lexGiven:
		return d.given
	case lexSurname:
		return d.surnames
	case lexKind:
		return d.kinds
	case lexDoer:
		return d.doers
	}
	return nil
}

// in reports whether word w is in the word set f: from its lexeme when it
// has one.
func (d *Dictionary) in(w *word, f lexFlag) bool {
	if w.lex != nil {
		return w.lex.in&f != 0
	}
	return d.table(f)[w.norm]
}

// pluralWord is plural for a word: the table from its lexeme when it has
// one.
func (d *Dictionary) pluralWord(w *word) bool {
	n := w.norm
	if strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") || strings.HasSuffix(n, "men") {
		return true
	}
	if w.lex != nil {
		return w.lex.plural
	}
	return d.plurals[n]
}

// Words is the syntax stage's word table, by which the dictionary finds
// the lexemes of a sentence's words (WithWords).
type Words interface {
	WordID(w string) dateline.WordID // w's id, dateline.NoWord if the table lacks it
	Words() int                      // one more than the largest id
}

// WithWords returns a copy of d that knows the ids of its lexicon's words
// in word table t, the one that identified the sentences it is given
// (dateline.Token.ID): a word of text is then found by its token's id, and
// only one t lacks by its text. The copy shares d's tables.
func (d *Dictionary) WithWords(t Words) *Dictionary {
	c := *d
	c.byWord = make([]*lexeme, t.Words())
	for w, lx := range d.lexicon {
		if k := t.WordID(w); k != dateline.NoWord && int(k) < len(c.byWord) {
			c.byWord[k] = lx
		}
	}
	return &c
}

// noLexeme stands for a word of text the lexicon does not hold.
var noLexeme lexeme

// buildLexicon gathers the lexemes of every word the tables it reads hold.
// It runs once the tables are complete; they are not changed after.
func (d *Dictionary) buildLexicon() {
	d.lexicon = map[string]*lexeme{}
	at := func(w string) *lexeme {
		lx := d.lexicon[w]
		if lx == nil {
			lx = &lexeme{common: d.isCommon(w), modifier: d.modifier(w)}
			d.lexicon[w] = lx
		}
		return lx
	}
	for w, k := range d.keys {
		at(w).key = k
	}
	for w, ns := range d.agentsBy {
		at(w).agents = ns
	}
	// a word only these hold has the lexeme of a word the lexicon lacks
	// but for them: it is in no set, and no name's word (isCommon holds
	// only of words the loops here give a lexeme)
	for w, ns := range d.staffedBy {
		at(w).staffed = ns
	}
	for w, ns := range d.namedBy {
		at(w).named = ns
	}
	for w := range d.common {
		at(w)
	}
	for w := range d.modifiers {
		at(w)
	}
	for w, ok := range d.plurals {
		at(w).plural = ok
	}
	for f := lexFlag(1); f <= lexDoer; f <<= 1 {
		for w, ok := range d.table(f) {
			if ok {
				at(w).in |= f
			}
		}
	}
}

// commonWord is isCommon for a word: from its lexeme when it has one.
func (d *Dictionary) commonWord(w *word) bool {
	if w.lex != nil {
		return w.lex.common
	}
	return d.isCommon(w.norm)
}

// modifierWord is modifier for a word: from its lexeme when it has one.
func (d *Dictionary) modifierWord(w *word) bool {
	if w.lex != nil {
		return w.lex.modifier
	}
	return d.modifier(w.norm)
}

// staffedStartingAt is staffedBy[w.norm]: from its lexeme when it has one.
func (d *Dictionary) staffedStartingAt(w *word) []*name {
	if w.lex != nil {
		return w.lex.staffed
	}
	return d.staffedBy[w.norm]
}

// namedStartingAt is namedBy[w.norm]: from its lexeme when it has one.
func (d *Dictionary) namedStartingAt(w *word) []*name {
	if w.lex != nil {
		return w.lex.named
	}
	return d.namedBy[w.norm]
}

// agentsStartingAt returns the agent names that start with word w
// (agentsBy): from its lexeme when it has one.
func (d *Dictionary) agentsStartingAt(w *word) []*name {
	if w.lex != nil {
		return w.lex.agents
	}
	return d.agentsBy[w.norm]
}
