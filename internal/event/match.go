package event

import "dateline"

// sentence is the per-call view of a sentence the matcher works on.
type sentence struct {
	verbs     map[string]bool // the lexicon's verb forms
	bases     map[string]bool // their base forms
	toks      []dateline.Token
	mentions  []dateline.Mention
	startAt   []int32 // token -> mention starting there, or -1
	endAt     []int32 // token -> mention ending there, or -1
	inMention []int32 // token -> mention covering it, or -1
}

// newSentence indexes the sentence's tokens by the mentions that start, end
// and cover them. Mentions that only modify a noun ("military exercises",
// "police sources") are left out: they are not actors here.
func (l *Lexicon) newSentence(s *dateline.Sentence, mentions []dateline.Mention) *sentence {
	n := len(s.Tokens)
	buf := make([]int32, 3*n)
	v := &sentence{verbs: l.verbs, bases: l.bases, toks: s.Tokens, mentions: mentions, startAt: buf[:n], endAt: buf[n : 2*n], inMention: buf[2*n:]}
	for i := range buf {
		buf[i] = -1
	}
	ti := 0
	for mi, m := range mentions {
		for ti < n && v.toks[ti].End <= m.Start {
			ti++
		}
		if l.attributive(v.toks, ti, m) {
			continue
		}
		first := -1
		for j := ti; j < n && v.toks[j].Start < m.End; j++ {
			if first < 0 {
				first = j
				if v.startAt[j] < 0 {
					v.startAt[j] = int32(mi)
				}
			}
			v.inMention[j] = int32(mi)
			if v.toks[j].End >= m.End || j+1 == n || v.toks[j+1].Start >= m.End {
				v.endAt[j] = int32(mi)
			}
		}
	}
	return v
}

// attributive reports whether an agent mention starting at token ti is a
// noun modifier: a single agent word followed by a plain lower-case word
// that is neither a verb of the lexicon nor a function word.
func (l *Lexicon) attributive(toks []dateline.Token, ti int, m dateline.Mention) bool {
	if m.Kind != dateline.KindAgent || ti >= len(toks) || toks[ti].End < m.End {
		return false // only one-token agents: "military", "police"
	}
	if ti+1 >= len(toks) {
		return false
	}
	next := toks[ti+1].Lower
	if next == "" || next[0] < 'a' || next[0] > 'z' || next != toks[ti+1].Text {
		return false
	}
	if adjectiveTitle(toks[ti].Lower) && !isFunctionWord(next) && !isReporting(next) && !hasSuffix(next, "ed") {
		return true // "a general strike", "a major offensive", "military aid": adjectives, not actors
	}
	if l.verbs[next] || lightVerbs[next] || isFunctionWord(next) || hasSuffix(next, "ed") {
		return false // "leaders surrendered": a verb, whatever the lexicon holds
	}
	return true
}

// adjectiveTitle reports agent words that are also common adjectives:
// ranks, and "military".
func adjectiveTitle(w string) bool {
	switch w {
	case "general", "major", "chief", "marshal", "private", "military":
		return true
	}
	return false
}

// isFunctionWord reports words that may follow an actor noun without making
// it a modifier: "the police said", "troops in Libya", "rebels who".
func isFunctionWord(w string) bool {
	if isAux(w) || isPreposition(w) || isDeterminer(w) || isClauseBreak(w) || isAdverb(w) {
		return true
	}
	switch w {
	case "and", "or", "nor", "as", "have", "also", "who", "which", "that", "loyal", "allied", "backed", "based", "led", "opposed",
		"there", "here", "today", "yesterday", "tonight", "now", "themselves", "itself", "himself", "herself", "alike", "too":
		return true
	}
	return false
}

// match is one pattern matched in a sentence.
type match struct {
	p            *pattern
	first, last  int // token range of the whole match, inclusive
	trigFrom     int // token range of the trigger words, inclusive
	trigTo       int
	source       int // mention index from a SOURCE slot, or -1
	target       int // mention index from a TARGET slot, or -1
	anchorIsVerb bool
	sourceAfter  bool // a SOURCE slot follows the anchor
	passive      bool // a TARGET slot right after the verb was met by "by": passive voice
}

// matchAt tries pattern p with its anchor at token i.
func (v *sentence) matchAt(p *pattern, i int) (match, bool) {
	m := match{p: p, first: i, trigFrom: i, trigTo: i, source: -1, target: -1, anchorIsVerb: p.elems[p.anchor].verb}
	// Elements before the anchor are SOURCE slots (checked by addVariant).
	if p.anchor > 0 {
		if i == 0 || v.endAt[i-1] < 0 {
			return m, false
		}
		m.source = int(v.endAt[i-1])
		m.first = tokenIndex(v, v.mentions[m.source].Start)
	}
	end, ok := v.matchFrom(p, p.anchor, i, &m)
	if !ok {
		return m, false
	}
	m.last = end - 1
	return m, true
}

func tokenIndex(v *sentence, off int) int {
	for i, t := range v.toks {
		if t.Start >= off {
			return i
		}
	}
	return len(v.toks)
}

// matchFrom matches elements k.. of p starting at token i and returns the
// token index after the match.
func (v *sentence) matchFrom(p *pattern, k, i int, m *match) (int, bool) {
	if k == len(p.elems) {
		return i, true
	}
	e := &p.elems[k]
	switch e.kind {
	case elemWords:
		for k != p.anchor && i < len(v.toks) && (isQuote(v.toks[i].Lower) || isTimeWord(v.toks[i].Lower) && !e.words[v.toks[i].Lower]) {
			i++ // quotation marks and time words do not break a phrase: joined the "mini-summit", opened a hearing Wednesday into
		}
		if k != p.anchor && (i >= len(v.toks) || !v.wordIn(e, i)) {
			return 0, false // the anchor was matched by the index
		}
		if mi := v.inMention[i]; mi >= 0 && k != p.anchor && !v.wordLike(int(mi)) {
			return 0, false // words of a name are not pattern words; "its" in "reiterated its demand" is
		}
		if i == m.trigTo+1 || i == m.trigFrom {
			if i > m.trigTo && contiguousTrigger(p, k) {
				m.trigTo = i
			}
		}
		return v.matchFrom(p, k+1, i+1, m)
	case elemGap:
		for g := 0; g <= maxGap && i+g <= len(v.toks); g++ {
			if g > 0 && breaksGap(v.toks[i+g-1].Lower) {
				break
			}
			saved := *m
			if end, ok := v.matchFrom(p, k+1, i+g, m); ok {
				return end, true
			}
			*m = saved
		}
		return 0, false
	case elemTarget, elemSource:
		if i >= len(v.toks) {
			return 0, false
		}
		if e.kind == elemTarget && k == p.anchor+1 && v.toks[i].Lower == "by" && isParticiple(v.toks[i-1].Lower) {
			// "+back TARGET" read in the passive: "extremists backed by
			// Qatar". The TARGET is the verb's subject; code sees m.passive.
			m.passive = true
			return v.matchFrom(p, k+1, i, m)
		}
		mi := v.startAt[i]
		if mi < 0 && i+1 < len(v.toks) && isDeterminer(v.toks[i].Lower) {
			i++
			mi = v.startAt[i]
		}
		if mi < 0 {
			return 0, false
		}
		if e.kind == elemTarget {
			m.target = int(mi)
		} else {
			m.source = int(mi)
			m.sourceAfter = k > p.anchor
		}
		next := i
		for next < len(v.toks) && v.inMention[next] == mi {
			next++
		}
		return v.matchFrom(p, k+1, next, m)
	}
	return 0, false
}

// contiguousTrigger reports whether element k continues the trigger words:
// every element between the anchor and k is a words element.
func contiguousTrigger(p *pattern, k int) bool {
	for j := p.anchor; j < k; j++ {
		if p.elems[j].kind != elemWords {
			return false
		}
	}
	return true
}

// breaksGap reports whether a token may not lie inside a gap.
func breaksGap(w string) bool {
	switch w {
	case ",", ";", ":", ".", "(", ")", "\u2014", "--", "\"", "but", "and", "who", "which", "that", "because":
		return true
	}
	return false
}

func isQuote(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// hyphenHead returns the last part of a hyphenated word ("mini-summit" ->
// "summit"), so compounds match their head noun; "" for other words.
func hyphenHead(w string) string {
	for i := len(w) - 1; i > 0; i-- {
		if w[i] == '-' {
			return w[i+1:]
		}
	}
	return ""
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "another":
		return true
	}
	return false
}

// wordLike reports whether mention mi may also be a word of a pattern: a
// pronoun ("reiterated its demand"), or a one-word agent that a pattern
// names ("a general strike", "military aid", "strengthened its forces").
func (v *sentence) wordLike(mi int) bool {
	m := v.mentions[mi]
	if m.Kind == dateline.KindPronoun {
		return true
	}
	if m.Kind != dateline.KindAgent {
		return false
	}
	first := tokenIndex(v, m.Start)
	if first < len(v.toks) && v.toks[first].End >= m.End {
		return true
	}
	// "its forces", "their troops": a possessive and one agent noun
	if first+1 < len(v.toks) && v.toks[first+1].End >= m.End {
		switch v.toks[first].Lower {
		case "its", "their", "his", "her", "our":
			return true
		}
	}
	return false
}

// consume removes the agent mentions inside a chosen trigger from the
// actors roles are read from: the "general" of "a general strike" is no
// one.
func (v *sentence) consume(ms []match) {
	for _, m := range ms {
		for k := m.trigFrom; k <= m.trigTo && k < len(v.toks); k++ {
			mi := v.inMention[k]
			if mi < 0 || v.mentions[mi].Kind != dateline.KindAgent || !v.wordLike(int(mi)) {
				continue
			}
			v.inMention[k], v.startAt[k], v.endAt[k] = -1, -1, -1
		}
	}
}

// nounContext reports whether the word at i stands where a noun does: after
// a possessive ("North Korea's consistent demand") or a determiner with one
// modifier between ("the consistent demand").
func (v *sentence) nounContext(i int) bool {
	if v.toks[i-1].Lower == "'s" || v.toks[i-1].Lower == "'" {
		return true
	}
	if i < 2 {
		return false
	}
	p, q := v.toks[i-2].Lower, v.toks[i-1].Lower
	if !(p == "'s" || isDeterminer(p)) || v.inMention[i-1] >= 0 {
		return false
	}
	if isGerund(v.toks[i].Lower) && i+1 < len(v.toks) {
		if n := v.toks[i+1].Lower; n == "that" || isDeterminer(n) || v.startAt[i+1] >= 0 {
			return false // a participle after its noun: "a statement demanding that", "a letter urging the"
		}
	}
	return q == v.toks[i-1].Text && !isAux(q) && !isAdverb(q) && !v.verbs[q] && !isPreposition(q) && q != "to"
}

// baseAfterModifier reports whether the word at i, in its base form, follows
// a preposition or a lower-case word that cannot be its subject: a singular
// noun or an adjective ("for immediate economic aid", "by phone"). A base form
// verb follows a plural or pronoun subject, a modal, "to" or a conjunction.
func (v *sentence) baseAfterModifier(i int) bool {
	w, p := v.toks[i].Lower, v.toks[i-1].Lower
	if !v.bases[w] || v.inMention[i-1] >= 0 {
		return false
	}
	if isPreposition(p) && p != "to" && p != "than" {
		return true // "told AFP by phone", "calls for aid"
	}
	if p != v.toks[i-1].Text || len(p) < 3 || hasSuffix(p, "s") || hasSuffix(p, "ly") || hasSuffix(p, "ed") {
		return false
	}
	for _, c := range p {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if isAux(p) || isFunctionWord(p) || isPreposition(p) || isRelative(p) || v.verbs[p] || v.adverb(i-1) {
		return false // "to" and "than" among the prepositions
	}
	switch p {
	case "and", "or", "but", "nor", "not", "that", "then", "also", "never", "jointly", "they", "we", "you",
		"cannot", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "let", "help":
		return false
	}
	return true
}

// compoundSubject reports whether the word at i modifies the noun after it,
// the subject of a verb: "protest organizers said", "protest leaders
// surrendered".
func (v *sentence) compoundSubject(i int) bool {
	if i+2 >= len(v.toks) {
		return false
	}
	if mi := v.startAt[i+1]; mi >= 0 && !hasSuffix(v.toks[i].Lower, "ed") && !isDeterminer(v.toks[i+1].Lower) {
		// "protest leaders surrendered": the word modifies an actor that
		// has a verb of its own
		k := v.afterMention(int(mi))
		return k < len(v.toks) && v.toks[i+1].Text == v.toks[i+1].Lower &&
			(v.verbs[v.toks[k].Lower] || isAux(v.toks[k].Lower) || hasSuffix(v.toks[k].Lower, "ed"))
	}
	n, r := v.toks[i+1], v.toks[i+2].Lower
	return n.Lower == n.Text && !v.verbs[n.Lower] && !isFunctionWord(n.Lower) && isReporting(r)
}

// participleAfterVerb reports whether the -ed word at i follows another
// verb of the lexicon directly, so that it modifies the object: "the
// Palestinians reject proposed Israeli changes".
func (v *sentence) participleAfterVerb(i int) bool {
	w := v.toks[i].Lower
	p := v.toks[i-1].Lower
	return len(w) > 3 && w[len(w)-2:] == "ed" && v.verbs[p] && !isAux(p) && !beForms[p] && v.inMention[i-1] < 0
}

// wordIn reports whether token i is one of e's words, or a hyphenated
// compound whose head is ("mini-summit" for "summit").
func (v *sentence) wordIn(e *elem, i int) bool {
	w := v.toks[i].Lower
	if e.words[w] {
		return true
	}
	h := hyphenHead(w)
	return h != "" && e.words[h]
}

// nextWord returns the first token from j on that is not a quotation mark:
// the word a pattern's second element is matched against.
func (v *sentence) nextWord(j int) int {
	for j < len(v.toks) && isQuote(v.toks[j].Lower) {
		j++
	}
	return j
}

// better reports whether pattern p beats q at the same token: more words,
// then a verb reading over a noun reading ("rather meeting with"), then the
// earlier line.
func better(p, q *pattern) bool {
	if p.words != q.words {
		return p.words > q.words
	}
	pv, qv := p.elems[p.anchor].verb, q.elems[q.anchor].verb
	if pv != qv {
		return pv
	}
	return p.line < q.line
}

// matches finds the best non-overlapping pattern matches in the sentence:
// at each token the longest pattern wins, then the earliest line.
func (l *Lexicon) matches(v *sentence) []match {
	var all []match
	for i, t := range v.toks {
		if v.inMention[i] >= 0 {
			continue
		}
		b := l.next[t.Lower]
		if b == nil {
			continue
		}
		best := -1
		var bm match
		try := func(id int32) {
			p := &l.patterns[id]
			if p.elems[p.anchor].verb && (i > 0 && (isDeterminer(v.toks[i-1].Lower) || v.participleAfterVerb(i) || v.nounContext(i) || v.baseAfterModifier(i)) || v.compoundSubject(i)) {
				return // a participle used as a noun or adjective: "the wounded", "reject proposed changes"
			}
			m, ok := v.matchAt(p, i)
			if !ok {
				return
			}
			if best < 0 || better(p, bm.p) {
				best, bm = int(id), m
			}
		}
		for _, id := range b.rest {
			try(id)
		}
		j := v.nextWord(i + 1)
		for n := 0; n < 3 && j < len(v.toks); n++ {
			for _, id := range b.byNext[v.toks[j].Lower] {
				try(id)
			}
			if h := hyphenHead(v.toks[j].Lower); h != "" {
				for _, id := range b.byNext[h] {
					try(id)
				}
			}
			if !isTimeWord(v.toks[j].Lower) {
				break
			}
			j = v.nextWord(j + 1) // "called Thursday for": time words are skipped in matching too
		}
		if best >= 0 {
			all = append(all, bm)
		}
	}
	// Drop matches overlapped by a longer one: a match covers its trigger
	// and any words after it ("hosted a meeting" covers "meeting"). Then
	// drop the referred-to nouns, which take the verbs they cover with them
	// ("complained over air raids": "raids" is no verb).
	out := all[:0]
	for i, m := range all {
		keep := true
		for j, o := range all {
			if i == j || o.last < m.trigFrom || o.trigFrom > m.trigTo {
				continue
			}
			if o.p.words > m.p.words || (o.p.words == m.p.words && j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return v.dropReferenced(out)
}

// dropReferenced removes nominal triggers that sit in the object of a verbal
// trigger before them: in "rejected North Korea's demand" or "complained
// over two Israeli air raids" the demand and the raids are referred to,
// not reported; the rejection and the complaint are the news.
func (v *sentence) dropReferenced(all []match) []match {
	out := all[:0]
	for _, m := range all {
		if !m.anchorIsVerb && (v.inObjectOfVerb(m, all) || v.alleged(m.trigFrom)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// alleged reports whether a nominal trigger names what someone is charged
// with: "a faction leader charged with murder", "convicted of
// kidnapping". The charge is not a report of the act.
func (v *sentence) alleged(i int) bool {
	if i < 2 {
		return false
	}
	p, q := v.toks[i-2].Lower, v.toks[i-1].Lower
	switch {
	case q == "with" && (p == "charged" || p == "charge" || p == "charges"):
		return true
	case q == "of" && (p == "accused" || p == "convicted" || p == "suspected" || p == "guilty" || p == "acquitted" || p == "cleared"):
		return true
	case q == "for" && (p == "arrested" || p == "jailed" || p == "sentenced" || p == "wanted" || p == "tried"):
		return true
	}
	return false
}

func (v *sentence) inObjectOfVerb(m match, all []match) bool {
	for _, o := range all {
		if !o.anchorIsVerb || o.last >= m.trigFrom || m.trigFrom-o.last > 10 {
			continue
		}
		if v.toks[o.last].Lower == "to" && !(isDeterminer(v.toks[o.last+1].Lower) || v.startAt[o.last+1] >= 0) {
			continue // after "agreed to" comes an act, not a reference; "complained to the UN over raids" refers
		}
		clear := true
		for k := o.last + 1; k < m.trigFrom; k++ {
			w := v.toks[k].Lower
			if w == "," || w == "and" || w == "to" || isClauseBreak(w) || v.verbs[w] && v.inMention[k] < 0 {
				clear = false
				break
			}
		}
		if clear {
			return true
		}
	}
	return false
}
