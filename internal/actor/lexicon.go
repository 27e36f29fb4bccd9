package actor

// lexeme is what the dictionary's tables say of one folded word, gathered
// at load so that a word of text is looked up once (splitWordsKeyed) and
// the helpers that ask about it read its fields instead of hashing the
// word into table after table.
type lexeme struct {
	key      string  // keys: its phonetic key, if it is a word of a name
	agents   []*name // agentsBy: the agent names it starts
	common   bool    // isCommon
	modifier bool    // modifier
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
	for w := range d.common {
		at(w)
	}
	for w := range d.modifiers {
		at(w)
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

// agentsStartingAt returns the agent names that start with word w
// (agentsBy): from its lexeme when it has one.
func (d *Dictionary) agentsStartingAt(w *word) []*name {
	if w.lex != nil {
		return w.lex.agents
	}
	return d.agentsBy[w.norm]
}
