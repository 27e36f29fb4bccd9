package syntax

import (
	"strings"

	"dateline"
)

// The contextual rules choose each token's part of speech among those the
// word table allows, left to right, from the tags already chosen and the
// candidates ahead. They are the grammar, not knowledge: which words are
// auxiliaries, determiners and prepositions comes from the tags.

func isBe(w string) bool {
	switch w {
	case "be", "am", "is", "are", "was", "were", "been", "being", "'re", "'m":
		return true
	}
	return false
}

// nonFiniteBe reports whether w is a form of "be" that is not finite: it
// carries no tense of its own ("to be sent", "has been taken", "being held").
func nonFiniteBe(w string) bool { return w == "be" || w == "been" || w == "being" }

func isHave(w string) bool {
	switch w {
	case "have", "has", "had", "having", "'ve":
		return true
	}
	return false
}

func isDo(w string) bool {
	switch w {
	case "do", "does", "did":
		return true
	}
	return false
}

func isGet(w string) bool {
	switch w {
	case "get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// isAux reports a word that can be an auxiliary.
func isAux(w string) bool { return isBe(w) || isHave(w) || isDo(w) }

func verbTag(t dateline.Tag) bool { return t.IsVerb() }

func nounTag(t dateline.Tag) bool { return t.IsNoun() }

func nominal(t dateline.Tag) bool {
	return t.IsNoun() || t.IsAdjective() || t == dateline.TagCD
}

// endsNP reports a tag that can end a noun phrase that is a subject.
func endsNP(t dateline.Tag) bool {
	return t.IsNoun() || t == dateline.TagPRP || t == dateline.TagCD
}

// determinerLike reports tags after which a noun or adjective follows.
func determinerLike(t dateline.Tag) bool {
	switch t {
	case dateline.TagDT, dateline.TagPRPS, dateline.TagPOS, dateline.TagPDT, dateline.TagWPS:
		return true
	}
	return false
}

// opensNP reports whether the candidates at i can start a noun phrase
// that would be a verb's object.
func (st *state) opensNP(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	if st.mark[i]&inNamed != 0 {
		return true
	}
	c := &st.c[i]
	switch c.t[0] {
	case dateline.TagDT, dateline.TagPRPS, dateline.TagCD, dateline.TagNNP, dateline.TagNNPS, dateline.TagDollar, dateline.TagPDT, dateline.TagPRP:
		return true
	}
	return false
}

// subjectAhead reports whether the candidates at i can start a noun
// phrase that is a clause's subject: a determiner, a pronoun, a name, a
// number, an adjective or a noun.
func (st *state) subjectAhead(i int) bool {
	if st.opensNP(i) {
		return true
	}
	if i >= len(st.toks) {
		return false
	}
	t := st.c[i].t[0]
	return t.IsAdjective() || t == dateline.TagNN || t == dateline.TagNNS
}

// finiteAfterNoun reports whether, from i on and before the clause ends,
// a noun is followed by a word that may be a finite verb: "once the
// troops withdraw", "once foreign troops took control".
func (st *state) finiteAfterNoun(i int) bool {
	for j := i + 1; j < len(st.toks) && j < i+8; j++ {
		c := &st.c[j]
		if c.t[0].IsPunct() || c.t[0] == dateline.TagCC || st.an.Words[j].Roles&dateline.RoleOpener != 0 {
			return false
		}
		if !st.c[j-1].t[0].IsNoun() && st.mark[j-1]&inNamed == 0 {
			continue
		}
		if isAux(st.toks[j].Lower) || c.has(dateline.TagMD) || c.has(dateline.TagVBD) || c.has(dateline.TagVBZ) || c.has(dateline.TagVBP) {
			return true
		}
	}
	return false
}

// tag chooses every token's part of speech.
func (st *state) tag() {
	finite := false // a finite verb seen since the clause began
	// A relative clause opened on a subject whose own verb has not come
	// ("The officers who arrested the journalist released him"): once the
	// relative clause has its verb and a noun after it, the next verb is
	// the main clause's, not a participle.
	relOpen, relVerb := false, false
	commaFinite, listComma := false, false // finite as it was at the last comma, and whether a list of nouns runs from it
	st.opened = false
	w := st.an.Words
	for i := range st.toks {
		f := finite
		if relOpen && relVerb && i > 0 && w[i-1].Tag.IsNoun() {
			f = false
		}
		t := st.choose(i, f)
		w[i].Tag = t
		if t == dateline.TagComma && !(i > 0 && w[i-1].Tag.IsNoun() && commaFinite == finite && listComma) {
			commaFinite = finite // (a list's later comma keeps its first's)
		}
		listComma = t == dateline.TagComma || listComma && (t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD)
		switch {
		case t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD:
			if relOpen && relVerb && !f {
				relOpen = false // the main clause's verb
			} else if relOpen {
				relVerb = true
			}
			finite = true
			st.opened = false
			if st.a.roles[st.verbLemmaAt(i)]&dateline.RoleReport != 0 && st.lowerAt(i+1) != "that" {
				// "confirmed he joined", "said Iran attacked": what is said
				// has a finite verb of its own
				finite, st.opened = false, true
			}
		case t == dateline.TagCC && st.nounListAnd(i):
			// "loading women, children and old people onto buses bound
			// for": "and" closes a list of nouns, and the clause goes on as
			// it was before the list's comma
			finite = commaFinite
		case t == dateline.TagComma || t == dateline.TagColon || t == dateline.TagCC || t == dateline.TagLRB || t == dateline.TagQuote || t == dateline.TagPunct:
			finite = false
		case t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagWRB || t == dateline.TagWPS:
			relOpen, relVerb = (t == dateline.TagWP || t == dateline.TagWDT) && !finite && i > 0 && w[i-1].Tag.IsNoun(), false
			finite, st.opened = false, true
		case t == dateline.TagIN && (st.toks[i].Lower == "that" || w[i].Roles&(dateline.RoleCondition|dateline.RoleOpener) != 0):
			finite, st.opened = false, true
		case t == dateline.TagIN:
			st.opened = false // "announced a suspension of air links": inside a phrase, no subject waits
		}
	}
}

// passiveAt reports whether word i is a participle after a form of "be"
// or "get" ("were taken", "was quickly taken"): a passive verb has no
// object, so a noun phrase after a word that may be its particle is that
// word's, as a preposition's ("were taken off the air").
func (st *state) passiveAt(i int) bool {
	if st.an.Words[i].Tag != dateline.TagVBN {
		return false
	}
	j := i - 1
	for j >= 0 && st.an.Words[j].Tag.IsAdverb() {
		j--
	}
	return j >= 0 && (isBe(st.toks[j].Lower) || isGet(st.toks[j].Lower))
}

// prevTag returns the tag before i, skipping adverbs when skipAdv is set,
// and its index (-1 at the start).
func (st *state) prevTag(i int, skipAdv bool) (dateline.Tag, int) {
	for j := i - 1; j >= 0; j-- {
		t := st.an.Words[j].Tag
		if skipAdv && (t.IsAdverb() || t == dateline.TagRB) {
			continue
		}
		return t, j
	}
	return dateline.TagNone, -1
}

// floating reports whether the quantifier at i ("both", "all", "each")
// floats after its subject, before the verb: "the two leaders both
// welcomed the deal", "they all agreed to", "the rebels each received";
// not "both sides", "all the troops".
func (st *state) floating(i int) bool {
	p, _ := st.prevTag(i, false)
	if i+1 >= len(st.toks) || !(endsNP(p) && p != dateline.TagCD || p == dateline.TagComma) {
		return false // (after a comma: "X, whose militias have fought, both welcomed")
	}
	c := &st.c[i+1]
	if st.mark[i+1]&(inNamed|inTime) != 0 || !(c.has(dateline.TagVBD) || c.has(dateline.TagVBZ) || c.has(dateline.TagVBP) || c.has(dateline.TagMD)) ||
		!(c.t[0].IsVerb() || c.t[0] == dateline.TagMD) {
		return false // "both sides": a word the table reads as a noun first
	}
	if i+2 >= len(st.toks) {
		return true
	}
	n := &st.c[i+2]
	// a verb with its object or complement after it: "both welcomed the
	// Americans", "all agreed to"; not a noun after an adjective: "both
	// wounded men"
	return !(n.has(dateline.TagNN) || n.has(dateline.TagNNS)) || n.has(dateline.TagDT) || n.has(dateline.TagPRP) || n.has(dateline.TagTO) || n.has(dateline.TagIN)
}

// there tags "there": the existential subject before a form of "be",
// "have" or a modal, or a verb that says something is ("there were
// clashes", "said there would be talks", "there seems to be"); after a
// verb, a preposition or a noun phrase otherwise it is the adverb of place
// ("were arrested there", "from there", "detained dozens there").
func (st *state) there(i int) dateline.Tag {
	c := &st.c[i]
	if !c.has(dateline.TagRB) {
		return c.t[0]
	}
	next := i + 1
	for next < len(st.toks) && st.c[next].t[0] == dateline.TagRB && st.c[next].n == 1 {
		next++ // "there still are"
	}
	if next < len(st.toks) && (isAux(st.toks[next].Lower) || st.c[next].has(dateline.TagMD) ||
		st.c[next].has(dateline.TagVBZ) && !st.c[next].has(dateline.TagNNS)) {
		return dateline.TagEX
	}
	p, pi := st.prevTag(i, false)
	if pi >= 0 && isBe(st.toks[pi].Lower) && (pi == 0 || st.an.Words[pi-1].Tag == dateline.TagWRB) {
		return dateline.TagEX // "Is there a deal?", "Why is there no deal?"
	}
	if p.IsVerb() || p == dateline.TagIN || p == dateline.TagRP || endsNP(p) {
		return dateline.TagRB // "arrested there", "from there", "fought them there"
	}
	if next < len(st.toks) && (st.c[next].has(dateline.TagVBP) || st.c[next].has(dateline.TagVBD)) {
		return dateline.TagEX // "and there remain doubts"
	}
	return dateline.TagRB // "There, police fired"
}

// her tags "her": her own before the noun she has ("her party", "her
// first speech"), else the object ("found her guilty", "freed her on
// Monday").
func (st *state) her(i int) dateline.Tag {
	if st.nounPhraseAt(i + 1) {
		return dateline.TagPRPS
	}
	return dateline.TagPRP
}

// nounPhraseAt reports whether the words at i go on to a noun with only
// adjectives, numbers and nouns before it: what a possessive pronoun
// before them would own.
func (st *state) nounPhraseAt(i int) bool {
	for j := i; j < len(st.toks) && j < i+5; j++ {
		if st.mark[j]&inNamed != 0 {
			return true
		}
		c := st.c[j]
		switch {
		case c.first(nounTag) != dateline.TagNone:
			return true
		case c.has(dateline.TagJJ) || c.has(dateline.TagCD) || c.has(dateline.TagVBN) || c.has(dateline.TagJJS) || c.has(dateline.TagJJR):
			continue
		default:
			return false
		}
	}
	return false
}

// commaAhead reports whether a comma comes within a few words after i,
// before any end of sentence: the close of a phrase set off by commas.
func (st *state) commaAhead(i int) bool {
	for j := i; j < len(st.toks) && j < i+8; j++ {
		switch st.toks[j].Text {
		case ",":
			return true
		case ".", ";", ":", "?", "!":
			return false
		}
		if st.c[j].n == 1 && st.c[j].t[0] == dateline.TagComma {
			return true // the second of two paired dashes
		}
	}
	return false
}

func (st *state) lowerAt(i int) string {
	if i < 0 || i >= len(st.toks) {
		return ""
	}
	return st.toks[i].Lower
}

// noLonger reports whether words i and i+1 are "no longer", one adverb of
// negation ("would no longer be allowed", "no longer recognises"), read so
// by the tagger (choose) and inside the verb group it negates (verbGroup).
func (st *state) noLonger(i int) bool {
	return st.lowerAt(i) == "no" && st.lowerAt(i+1) == "longer"
}

// pluralPossessive reports whether the apostrophe at i closes a plural
// owner ("the rebels' spokesman", "the workers' union"): it is written
// against a word ending in s, a space and a noun or adjective follow it, and
// no single quote opened before it in the sentence.
func (st *state) pluralPossessive(i int) bool {
	t := st.toks
	if i == 0 || i+1 >= len(t) || t[i-1].End != t[i].Start || t[i].End == t[i+1].Start || !strings.HasSuffix(t[i-1].Lower, "s") {
		return false
	}
	for j := 0; j+1 < i; j++ {
		if (t[j].Lower == "'" || t[j].Lower == "‘" || t[j].Lower == "’") && t[j].End == t[j+1].Start {
			return false // "the 'rebels' said": a quote closed
		}
	}
	c := &st.c[i+1]
	return c.has(dateline.TagNN) || c.has(dateline.TagNNS) || c.has(dateline.TagJJ) || c.has(dateline.TagNNP) && !c.has(dateline.TagVBD)
}

// choose picks token i's tag.
// correlativeVerb reports whether "neither" at i opens a list of verbs
// ("would neither accept nor recognize", "neither confirmed nor denied"),
// not of nouns ("neither side"): a "nor" follows, and the next word may be
// a verb, after a modal or auxiliary or as the only reading it has first.
func (st *state) correlativeVerb(i int) bool {
	if i+1 >= len(st.toks) || st.c[i+1].first(dateline.Tag.IsVerb) == dateline.TagNone {
		return false
	}
	nor := false
	for k := i + 2; k < len(st.toks) && k < i+8; k++ {
		if st.toks[k].Lower == "nor" {
			nor = true
			break
		}
	}
	if !nor {
		return false
	}
	p, pj := st.prevTag(i, false)
	return p == dateline.TagMD || pj >= 0 && isAux(st.toks[pj].Lower) || st.c[i+1].t[0].IsVerb()
}

// setOffQuantity reports whether word i is a quantity standing alone
// straight after a comma that follows a noun ("protesters, many",
// "police, some"): the subject of a phrase set off about that noun.
func (st *state) setOffQuantity(i int) bool {
	return i >= 2 && st.an.Words[i].Roles&dateline.RoleQuantity != 0 && st.an.Words[i-1].Tag == dateline.TagComma &&
		st.an.Words[i-2].Tag.IsNoun()
}

func (st *state) choose(i int, finite bool) dateline.Tag {
	c := &st.c[i]
	lower := st.toks[i].Lower
	if st.mark[i]&(inNamed|inTime) != 0 {
		return st.named(i)
	}
	switch lower {
	case "her":
		return st.her(i)
	case "to":
		return st.chooseTo(i)
	case "that":
		return st.chooseThat(i)
	case "'s", "’s":
		if p, _ := st.prevTag(i, false); p == dateline.TagPRP || p == dateline.TagEX || p == dateline.TagWP {
			return dateline.TagVBZ // "he's", "there's"
		}
		return dateline.TagPOS
	case "'", "’":
		if st.pluralPossessive(i) {
			return dateline.TagPOS // "the rebels' spokesman"
		}
	case "once":
		if st.subjectAhead(i+1) && st.finiteAfterNoun(i+1) {
			return dateline.TagIN // "once foreign troops took control": a conjunction; not "once again", "once ruled"
		}
	case "there":
		return st.there(i)
	case "both", "all", "each":
		if st.floating(i) {
			return dateline.TagRB // "the two warlords both welcomed the Americans"
		}
		return dateline.TagDT
	case "no", "longer":
		// "would no longer be allowed", "no longer recognises": one
		// adverb of negation, inside the verb group it negates
		if st.noLonger(i) || st.noLonger(i-1) {
			return dateline.TagRB
		}
	case "neither":
		if st.correlativeVerb(i) {
			return dateline.TagRB // "would neither accept nor recognize the ruling": the verb is negated
		}
	case "according":
		if st.lowerAt(i+1) == "to" {
			return dateline.TagVBG
		}
	case "since":
		if i > 0 && isHave(st.lowerAt(i-1)) && i+1 < len(st.toks) && st.c[i+1].has(dateline.TagVBN) {
			return dateline.TagRB // "militants have since fired rockets": an adverb inside the verb group
		}
	case "as", "well":
		// "as well as": one conjunction
		if lower == "as" && st.lowerAt(i+1) == "well" && st.lowerAt(i+2) == "as" ||
			lower == "well" && st.lowerAt(i-1) == "as" && st.lowerAt(i+1) == "as" ||
			lower == "as" && st.lowerAt(i-1) == "well" && st.lowerAt(i-2) == "as" {
			return dateline.TagCC
		}
	}
	if c.has(dateline.TagNN) && c.has(dateline.TagJJ) && i > 0 && i+1 < len(st.toks) && (st.c[i+1].t[0] == dateline.TagWP || st.c[i+1].t[0] == dateline.TagWPS) {
		if p := st.an.Words[i-1].Tag; p.IsNoun() || p.IsAdjective() || determinerLike(p) {
			// "a former security chief who was freed", "a radical whose":
			// right before a relative pronoun for a person, the phrase's
			// noun, not an adjective
			return dateline.TagNN
		}
	}
	if (c.has(dateline.TagRB) || c.has(dateline.TagRBR)) && c.first(func(t dateline.Tag) bool { return t.IsAdjective() }) != dateline.TagNone &&
		!c.has(dateline.TagIN) && !c.has(dateline.TagRP) && // (not "called off the next day": a particle)
		st.mark[i]&inTime == 0 && i+1 < len(st.toks) && st.mark[i+1]&timeStart != 0 && (i == 0 || !determinerLike(st.an.Words[i-1].Tag)) {
		// "fired late Tuesday", "withdrew early Monday": a word that may be
		// an adverb, straight before a time and after no determiner, says
		// when in it, not a noun phrase of its own
		if c.has(dateline.TagRB) {
			return dateline.TagRB
		}
		return dateline.TagRBR
	}
	if (c.has(dateline.TagVBN) || c.has(dateline.TagVBD)) && c.has(dateline.TagJJ) {
		if _, pj := st.prevTag(i, true); pj >= 0 && st.toks[pj].Lower == "as" && (pj == 0 || st.toks[pj-1].Lower != "such") {
			return dateline.TagJJ // "condemned the verdict as politically motivated", "rejected the results as rigged"
		}
	}
	if st.an.Words[i].Roles&dateline.RoleParticle != 0 && i > 0 && st.an.Words[i-1].Tag.IsVerb() && !isAux(st.toks[i-1].Lower) &&
		!(st.lowerAt(i+1) == "to" && st.numberAhead(i+1)) && !(st.passiveAt(i-1) && c.has(dateline.TagIN) && st.opensNP(i+1) && st.c[i+1].t[0] != dateline.TagCD && st.mark[i+1]&inTime == 0) {
		return dateline.TagRP // "called up", "stepped down"
	}
	if st.an.Words[i].Roles&dateline.RoleQuantity != 0 && st.lowerAt(i+1) == "of" && !c.has(dateline.TagDT) {
		// "most of the rebels", "one third of the troops": a share is the
		// head of its phrase, and the "of" phrase says whose
		if c.has(dateline.TagNNS) || lower[len(lower)-1] == 's' {
			return dateline.TagNNS
		}
		return dateline.TagNN
	}
	if c.n <= 1 && (c.t[0] == dateline.TagVB || c.t[0] == dateline.TagVBP) && i > 0 && determinerLike(st.an.Words[i-1].Tag) && st.phraseEnds(i+1) {
		return dateline.TagNN // "from their blacklist.": a word the table knows only as a verb, named as a thing
	}
	if c.n <= 1 && c.t[0] == dateline.TagVBG && i > 0 && (determinerLike(st.an.Words[i-1].Tag) ||
		i > 1 && st.an.Words[i-1].Tag == dateline.TagCD && determinerLike(st.an.Words[i-2].Tag)) && st.lowerAt(i+1) == "of" {
		// "called the sacking of the judges an assault", "condemned the
		// storming of parliament", "the 2014 downing of flight MH17": a
		// gerund the table knows only as a verb form, after a determiner
		// (and a year) and before the "of" phrase of who it was done to, is
		// the phrase's noun, as "the shooting of" is
		return dateline.TagNN
	}
	if c.n <= 1 && c.t[0] == dateline.TagVB && st.inThingList(i) {
		return dateline.TagNN // "fired rubber bullets, stun grenades and": a verb-only word modifying a listed thing
	}
	if c.t[0] == dateline.TagMD && i > 0 {
		// "overturned the will of the people", "against his will", "the
		// people's will": no modal follows an article or an owner (a
		// determiner that may stand alone as the subject may: "this will
		// help", "each will receive")
		if imm, _ := st.prevTag(i, false); imm == dateline.TagPRPS || imm == dateline.TagPOS ||
			imm == dateline.TagDT && (st.lowerAt(i-1) == "the" || st.lowerAt(i-1) == "a" || st.lowerAt(i-1) == "an") {
			return dateline.TagNN
		} else if determinerLike(imm) && c.n > 1 && i+1 < len(st.toks) && st.c[i+1].has(dateline.TagVB) {
			return dateline.TagMD // "this might delay the vote": the modal a bare verb follows
		}
	}
	if st.prenounParticiple(i) {
		return dateline.TagJJ
	}
	if c.n <= 1 && c.t[0] == dateline.TagVB && st.pluralSubjectBefore(i, finite) {
		// "Villagers flee when soldiers arrive": a base form the table
		// knows only as such, straight after a plural subject with no verb
		// before it, is the present tense the subject agrees with
		return dateline.TagVBP
	}
	if c.n <= 1 {
		return c.t[0]
	}
	if st.setOffQuantity(i - 1) {
		// "Hundreds of nationalists, some carrying Russian flags,
		// attacked", "protesters, some armed with sticks,": after a
		// quantity that opens a phrase set off by a comma, a participle
		// whose subject the quantity is
		if c.has(dateline.TagVBG) {
			return dateline.TagVBG
		}
		if c.has(dateline.TagVBN) && i+1 < len(st.toks) && st.c[i+1].t[0] == dateline.TagIN {
			return dateline.TagVBN
		}
	}
	if c.t[0] == dateline.TagVBZ && c.has(dateline.TagNNS) && st.sentenceInitial(i) {
		return dateline.TagNNS // "Calls for his resignation grew": a present in -s needs a subject before it
	}
	if c.has(dateline.TagVBZ) && c.has(dateline.TagNNS) && i > 0 && i+1 < len(st.toks) && !st.opened && st.an.Words[i-1].Tag != dateline.TagPRP && st.an.Words[i-1].Tag != dateline.TagWP && st.an.Words[i-1].Tag != dateline.TagWDT &&
		st.mark[i+1]&inNamed == 0 && (isBe(st.toks[i+1].Lower) || isHave(st.toks[i+1].Lower) || st.c[i+1].t[0] == dateline.TagMD) {
		// "Two terror suspects were extradited", "the raids have netted":
		// a present in -s takes no auxiliary straight after it, so the word
		// ends the subject ("what the army plans is unclear" and "the man
		// she attacks is" keep their verb)
		return dateline.TagNNS
	}
	if c.has(dateline.TagVBZ) && c.has(dateline.TagNNS) && i > 0 && i+1 < len(st.toks) && st.mark[i+1]&inNamed == 0 &&
		(st.an.Words[i-1].Tag == dateline.TagNN || st.an.Words[i-1].Tag.IsAdjective()) && st.lemmaRoles(i)&dateline.RoleCopula == 0 &&
		st.c[i+1].has(dateline.TagVBD) && !st.c[i+1].t[0].IsNoun() && !st.c[i+1].t[0].IsAdjective() {
		// "a day after Russian coast guard ships fired on": a present in -s
		// takes no past verb straight after it, so after a common noun or an
		// adjective the word ends the subject (a linking verb takes a
		// participle: "the country remains divided")
		return dateline.TagNNS
	}
	if p := st.an.Words[max(i-1, 0)].Tag; c.t[0] == dateline.TagJJ && c.has(dateline.TagRB) && i > 0 && i+1 < len(st.toks) &&
		(endsNP(p) && p != dateline.TagCD && (st.c[i+1].has(dateline.TagVBD) || st.c[i+1].has(dateline.TagVBZ)) ||
			(p == dateline.TagWDT || p == dateline.TagWP || st.lowerAt(i-1) == "that" && i > 1 && endsNP(st.an.Words[i-2].Tag)) && st.c[i+1].has(dateline.TagVBD)) &&
		st.c[i+1].t[0] != dateline.TagJJ {
		// "Syria first sent troops", "the army first imposed", "the rebels
		// who first attacked": between a subject (or the relative pronoun
		// that stands for it) and its verb, an adverb; "the first time"
		// keeps its adjective after the determiner
		return dateline.TagRB
	}
	if c.has(dateline.TagRB) && st.an.Words[i].Roles&dateline.RoleTrailing != 0 && i > 1 && (st.an.Words[i-1].Tag == dateline.TagNN || st.an.Words[i-1].Tag == dateline.TagNNS) &&
		(i+1 >= len(st.toks) || st.c[i+1].t[0].IsPunct() || st.c[i+1].t[0] == dateline.TagIN || st.c[i+1].t[0] == dateline.TagCC) {
		// "exchanged artillery fire overnight.", "shelled the town
		// overnight,": a word of the table's trailing class after a common
		// noun, at the end of the clause or before a preposition, is an
		// adverb ("left 20 soldiers dead" keeps its adjective)
		return dateline.TagRB
	}
	if c.has(dateline.TagRB) && c.t[0] != dateline.TagRB && i > 0 && i+1 < len(st.toks) && st.an.Words[i-1].Tag.IsVerb() &&
		(isHave(st.lowerAt(i-1)) && st.c[i+1].has(dateline.TagVBN) || isBe(st.lowerAt(i-1)) && st.c[i+1].t[0] == dateline.TagVBG && !st.existentialBefore(i)) {
		// "Washington has long accused Tehran", "is still holding": an
		// adverb inside the verb group (not after "there was": "there was
		// heavy fighting" names the fighting)
		return dateline.TagRB
	}
	if c.has(dateline.TagRB) && i > 0 && st.lowerAt(i-1) == "at" && i+1 < len(st.toks) &&
		(st.c[i+1].has(dateline.TagVBD) || st.c[i+1].has(dateline.TagVBZ) && !st.c[i+1].t[0].IsNoun() || st.toks[i+1].Text == ",") {
		// "He at first accepted the result", "at least agreed": an adverb
		// made with "at", before a verb (not before a plural that is
		// mostly a noun: "Inmates at several jails held")
		return dateline.TagRB
	}
	if c.has(dateline.TagJJ) && c.has(dateline.TagNNP) && isCapitalised(st.toks[i].Text) && st.modifiesNoun(i) &&
		!(st.sentenceInitial(i) && st.an.Words[i].Roles&dateline.RoleOpener != 0) {
		// "Indian and Chinese troops", "Egyptian police"; not "as" in "as
		// rebels attacked", which the table also knows as a name, nor
		// "As" opening the sentence ("As unrest spread")
		return dateline.TagJJ
	}
	if i > 0 && isCapitalised(st.toks[i].Text) && (c.has(dateline.TagNNP) || c.has(dateline.TagNNPS)) && !st.sentenceInitial(i) {
		if c.has(dateline.TagNNPS) && !c.has(dateline.TagNNP) || c.t[0] == dateline.TagNNPS {
			return dateline.TagNNPS // "the United Nations"
		}
		return dateline.TagNNP
	}
	if c.has(dateline.TagVB) && st.bareAfterObject(i) {
		return dateline.TagVB // "let weapons inspectors return", "helped the rebels attack": the object's act
	}
	prev, pi := st.prevTag(i, true)
	if prev == dateline.TagQuote && pi > 0 {
		// a partial quotation opens inside the verb group, after its
		// auxiliary: 'vowed to "crush"', 'said it was "deeply
		// disappointed"', 'has "firmly rejected"', 'would "never accept"'
		if p, k := st.prevTag(pi, true); p == dateline.TagTO || p == dateline.TagMD ||
			p.IsVerb() && (isAux(st.lowerAt(k)) || isGet(st.lowerAt(k))) {
			prev, pi = p, k
		}
	}
	prevWord := st.lowerAt(pi)
	imm, _ := st.prevTag(i, false)
	if imm == dateline.TagCC && i >= 3 && st.an.Words[i-2].Tag == dateline.TagVBN && isBe(st.lowerAt(i-3)) && c.has(dateline.TagVBD) &&
		(st.objectAhead(i+1) && st.lowerAt(i+1) != "that" || (st.lowerAt(i+1) == "on" || st.lowerAt(i+1) == "upon") && st.opensNP(i+2)) {
		// "was angered and condemned the raid", "said it was shocked and
		// called on India to halt": a passive participle takes no
		// object, so a verb with one after "be X and" is the clause's own
		// past verb, not a second participle ("was arrested and charged
		// with murder" stays passive)
		return dateline.TagVBD
	}
	switch {
	case prev == dateline.TagMD || prev == dateline.TagTO || isDo(prevWord) && prev.IsVerb():
		// "will attack", "to meet", "did not attack"
		if c.has(dateline.TagVB) {
			return dateline.TagVB
		}
		if c.has(dateline.TagVBP) {
			return dateline.TagVB
		}
	case prev.IsVerb() && !isBe(prevWord) && st.lemmaRoles(pi)&dateline.RoleCopula != 0 && c.has(dateline.TagVBN):
		// "remains divided", "two soldiers remain detained", "became
		// bogged down": after a verb of being a past form is a state, an
		// adjective, not a second past tense nor an act
		return dateline.TagJJ
	case isBe(prevWord) && (prev.IsVerb() || prev == dateline.TagNone):
		// "was attacked", "is attacking", "is ready", "is willing"
		if c.t[0] == dateline.TagJJ {
			if c.has(dateline.TagVBN) && st.lowerAt(i+1) == "by" {
				return dateline.TagVBN // "was brokered by Qatar": an agent follows, a passive
			}
			if c.has(dateline.TagVBG) && st.opensNP(i+1) && !st.existentialBefore(i) {
				return dateline.TagVBG // "is appealing the verdict", "are arming the rebels": an object follows
			}
			return dateline.TagJJ
		}
		if c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.existentialBefore(i) && !st.opensNP(i+1) {
			return dateline.TagNN // "there was fighting in the streets", "there has been shelling of the town"
		}
		if c.has(dateline.TagVBG) && (c.t[0] == dateline.TagVBG || st.opensNP(i+1) || st.lowerAt(i+1) == "to" || st.lowerAt(i+1) == "that" || st.intransitive(i)) {
			return dateline.TagVBG // "is refusing to", "are holding talks", "were rioting in" (a verb that takes no object)
		}
		if c.has(dateline.TagVBG) && i+2 < len(st.toks) && st.c[i+1].has(dateline.TagRP) && (st.opensNP(i+2) || st.c[i+2].t[0].IsNoun() || st.c[i+2].t[0].IsAdjective()) {
			return dateline.TagVBG // "was not ruling out a military option": a particle and its object follow
		}
		if c.has(dateline.TagVBN) || c.t[0] == dateline.TagVB {
			return dateline.TagVBN // "was put on alert": no base form follows "was"
		}
		if c.has(dateline.TagVBG) && !c.has(dateline.TagNN) {
			return dateline.TagVBG
		}
		if t := c.first(nominal); t != dateline.TagNone {
			return t
		}
		if c.has(dateline.TagVBG) {
			return dateline.TagVBG
		}
	case isHave(prevWord) && prev.IsVerb() || isGet(prevWord) && prev.IsVerb():
		// "has attacked", "got arrested"
		if c.has(dateline.TagVBN) {
			return dateline.TagVBN
		}
	}
	if c.has(dateline.TagJJ) && imm.IsNoun() && st.an.Words[i].Roles&dateline.RoleResult != 0 && st.phraseEnds(i+1) {
		return dateline.TagJJ // "shot the gunman dead", "beat a man unconscious": the state the act leaves its object in
	}
	if (c.has(dateline.TagVBN) || c.has(dateline.TagJJ) && c.has(dateline.TagVBD)) && imm.IsNoun() && st.namingObject(i) && st.oneObject(i) && st.phraseEnds(i+1) {
		// "called the resolution biased", "declared the vote flawed on
		// Tuesday": what the one object of a verb of naming is called (not
		// "called the case a farce staged under a pretext": the farce's)
		return dateline.TagJJ
	}
	if (c.t[0] == dateline.TagJJ || c.t[0] == dateline.TagNN) && c.has(dateline.TagNN) && c.has(dateline.TagJJ) &&
		(determinerLike(imm) || imm.IsAdjective() || imm == dateline.TagNN) && st.phraseEnds(i+1) &&
		!(st.opened && imm == dateline.TagNN && c.has(dateline.TagVBD)) && !(imm.IsNoun() && c.t[0] == dateline.TagJJ && st.namingObject(i)) {
		// (not "As unrest spread through the city": an opened clause's
		// verb after its subject's noun)
		return dateline.TagNN // "a new military offensive": a phrase ends in its noun
	}
	if c.t[0] == dateline.TagVBG && c.has(dateline.TagNN) && determinerLike(imm) && st.phraseEnds(i+1) {
		return dateline.TagNN // "Israel's killing of the commander", "the shooting of": a gerund after a determiner is the phrase's noun
	}
	if determinerLike(imm) && c.has(dateline.TagNN) && c.has(dateline.TagJJ) && i+1 < len(st.toks) && st.mark[i+1]&inNamed == 0 &&
		(st.c[i+1].first(nominal) == dateline.TagNone || st.c[i+1].t[0].IsVerb() && st.c[i+1].first(nounTag) == dateline.TagNone) {
		// "the suspect had fled", "the chief resigned", "arrested the
		// suspect on Monday": a word that may be a noun or an adjective,
		// after a determiner and before no word that could go on with its
		// phrase (a past tense whose participle may be an adjective is no
		// such word), is the phrase's noun (not "the suspect vehicle")
		return dateline.TagNN
	}
	moreAfterCount := imm == dateline.TagJJR && i >= 2 && (st.an.Words[i-2].Tag.IsNoun() || st.an.Words[i-2].Tag == dateline.TagCD) &&
		c.has(dateline.TagVBD) && !(i+1 < len(st.toks) && st.c[i+1].t[0].IsNoun()) // "Hundreds more fled": the count ends the phrase
	if (determinerLike(imm) || imm.IsAdjective() && !c.has(dateline.TagVBG) && !moreAfterCount) && !(imm.IsAdjective() && c.t[0] == dateline.TagIN && !isCapitalised(st.toks[i].Text)) {
		// "the disputed border", "its rival", "Libya 's rival leaders";
		// not "went unheeded as rioters": a preposition in lower case after
		// an adjective is no name
		if t := c.first(nominal); t != dateline.TagNone {
			return t
		}
		if c.has(dateline.TagVBN) || c.has(dateline.TagVBD) {
			return dateline.TagJJ
		}
		if c.has(dateline.TagVBG) {
			return dateline.TagNN
		}
	}
	if imm.IsAdjective() && c.has(dateline.TagVBG) && c.has(dateline.TagNN) {
		return dateline.TagNN // "a new bombing"
	}
	if c.has(dateline.TagVBG) && c.t[0] != dateline.TagVBG && imm == dateline.TagComma && st.finiteEarlier(i) &&
		(st.opensNP(i+1) || st.c[i+1].t[0] == dateline.TagNNS || st.c[i+1].t[0].IsAdjective() && i+2 < len(st.toks) && st.c[i+2].t[0].IsNoun()) && !st.laterVerb(i+1) {
		// "stormed into the town on June 14, shooting policemen and
		// civilians", "pressed the offensive, bombing rebel-held towns": a
		// participle after its clause, before its object
		return dateline.TagVBG
	}
	if c.has(dateline.TagVBG) && i+1 < len(st.toks) && !st.c[i+1].t[0].IsNoun() && st.mark[i+1]&inNamed == 0 &&
		(imm == dateline.TagNNS || imm == dateline.TagComma && i > 1 && (st.nameBeforeComma(i-1) || !finite && st.subjectOpens(i-1)) && st.commaAhead(i+1)) &&
		!st.c[i+1].t[0].IsVerb() {
		// "leaders meeting here on Tuesday suspended", "troops fighting in
		// the north", "the leaders, meeting here for a summit, demanded",
		// "The council, meeting in Geneva, condemned": a participle after a
		// plural or set off after a name or the sentence's opening subject
		return dateline.TagVBG
	}
	if c.has(dateline.TagNNS) && c.has(dateline.TagVBZ) && (imm == dateline.TagNN || imm.IsAdjective()) && i+1 < len(st.toks) &&
		(st.c[i+1].t[0] == dateline.TagNN || st.c[i+1].t[0] == dateline.TagNNS) && st.inNameApposition(i) {
		// "Sergei Kovalyov, a veteran rights campaigner and deputy,": a
		// phrase set off after a name and opened by a determiner is the
		// name's description, with no verb of its own
		return dateline.TagNNS
	}
	if imm == dateline.TagCC && st.participleSince(i-1) && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.objectAhead(i+1) && !st.laterVerb(i+1) {
		// "entered the town, burning houses and shooting civilians": a
		// word that may be a gerund, joined to such a participle and
		// before an object, is a second participle
		return dateline.TagVBG
	}
	if imm == dateline.TagNN && st.compoundPlural(i) {
		// "a campaign against tax rises,", "protests over fuel price
		// hikes.": after a preposition a bare noun is no subject, so the
		// word after it ends a compound noun, not a clause
		return dateline.TagNNS
	}
	if (imm == dateline.TagNN || imm == dateline.TagNNS) && c.has(dateline.TagVBG) && st.lemmaRoles(i)&(dateline.RoleAttempt|dateline.RoleVolition) != 0 &&
		st.mark[i]&inNamed == 0 && st.lowerAt(i+1) == "to" && i+2 < len(st.toks) && st.c[i+2].has(dateline.TagVB) {
		// "fired on a crowd trying to storm the embassy", "arrested a man
		// planning to flee": a verb of attempt or will before its
		// infinitive, after a noun, is a participle on the noun
		return dateline.TagVBG
	}
	if (imm == dateline.TagNN || imm == dateline.TagNNS) && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.lemmaRoles(i)&dateline.RoleObjControl != 0 &&
		st.mark[i]&inNamed == 0 && i+1 < len(st.toks) && (st.c[i+1].t[0] == dateline.TagIN || determinerLike(st.c[i+1].t[0])) {
		// "passed a resolution calling on the government to", "issued a
		// statement calling for talks": a verb that asks someone to act,
		// after a noun and before its preposition or object, is a
		// participle on the noun, not a compound's head
		return dateline.TagVBG
	}
	if (imm == dateline.TagNN || imm == dateline.TagNNS) && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.mark[i]&inNamed == 0 &&
		(st.lowerAt(i+1) == "the" || st.lowerAt(i+1) == "a" || st.lowerAt(i+1) == "an") {
		// "attacked a building housing the Japanese embassy": an -ing word
		// after a noun and right before an article opens a participle on
		// the noun with its object; a compound's head takes no article after it
		return dateline.TagVBG
	}
	if imm == dateline.TagNN && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.phraseEnds(i+1) {
		return dateline.TagNN // "through the border crossing,": a compound noun ends the phrase
	}
	if imm == dateline.TagNN && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.mark[i]&inNamed == 0 && st.determinedCompound(i-1) && i+1 < len(st.toks) &&
		(st.finiteAt(i+1) || st.c[i+1].t[0] == dateline.TagVBD || st.c[i+1].t[0] == dateline.TagRB && st.c[i+1].n == 1 && st.phraseEnds(i+2)) {
		// "the Rafah border crossing reopened", "closed the main border
		// crossing indefinitely.": after a compound a determiner opens, an
		// -ing word with no object is the compound's noun
		return dateline.TagNN
	}
	if imm == dateline.TagNNP && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.mark[i]&inNamed == 0 && !st.opensNP(i+1) && st.theBeforeName(i-1) && st.lowerAt(i+1) != "as" {
		// not before "as": "with the Soviet Union acting as guarantor" is
		// what the name does
		return dateline.TagNN // "reopened the Rafah crossing", "the Gaza fighting": a name after "the" is a noun's modifier
	}
	if c.has(dateline.TagVBG) && c.has(dateline.TagJJ) && st.sentenceInitial(i) && isCapitalised(st.toks[i].Text) && i+1 < len(st.toks) &&
		st.mark[i+1]&inNamed != 0 && st.verbAfterPhrase(i+1) {
		// "Acting President Natasa Micic imposed", "Visiting Chinese
		// Premier Li Peng said": an -ing word that opens the sentence right
		// before a name whose verb follows it describes the name (not
		// "Using Russian weapons, the rebels", where a comma ends the phrase)
		return dateline.TagJJ
	}
	if c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.sentenceInitial(i) && i+1 < len(st.toks) &&
		(st.finiteAt(i+1) || st.c[i+1].t[0] == dateline.TagVBD || st.c[i+1].t[0] == dateline.TagIN && !st.subjectAfterComma(i) && (st.laterVerb(i+1) || st.mainVerbAhead(i+1))) {
		// "Fighting erupted on Sunday", "Shelling in the north has killed
		// hundreds": a gerund that opens the sentence right before its
		// verb, or before a phrase and then the verb, names the act
		return dateline.TagNN
	}
	if c.has(dateline.TagVBG) && st.sentenceInitial(i) && i+1 < len(st.toks) && st.c[i+1].t[0] == dateline.TagIN && st.subjectAfterComma(i) {
		// "Meeting on the sidelines of the summit, the two presidents
		// held talks": an opening participle clause, then the subject
		return dateline.TagVBG
	}
	if i >= 2 && st.an.Words[i-1].Roles&dateline.RoleAdjectival != 0 && st.an.Words[i-2].Tag == dateline.TagIN && !finiteOpener(st, i-2) &&
		c.has(dateline.TagNN) && !c.has(dateline.TagVBG) && st.phraseEnds(i+1) {
		return dateline.TagNN // "turned to Turkey for military help against": a kind word and its noun, a preposition's object
	}
	if imm == dateline.TagIN && finiteOpener(st, i-1) && c.has(dateline.TagVBG) && st.opensNP(i+1) && st.c[i+1].t[0] != dateline.TagCD && st.mark[i+1]&inTime == 0 {
		// "After meeting the prime minister,", "before leaving Cairo": a
		// participle with its object after a clause's opener
		return dateline.TagVBG
	}
	if imm == dateline.TagIN && !finiteOpener(st, i-1) {
		// "of supporting", "after meeting"; else a noun
		if c.has(dateline.TagVBG) && c.has(dateline.TagJJ) && st.actOfObject(i-1) {
			return dateline.TagVBG // "accused the army of killing civilians": the act the object is charged with
		}
		if c.has(dateline.TagVBG) && st.byMeans(i) {
			return dateline.TagVBG // "responded by imposing sanctions": how the subject acted, not "imposing" sanctions
		}
		if c.has(dateline.TagJJ) && i+1 < len(st.toks) && (st.c[i+1].t[0].IsNoun() || st.mark[i+1]&inNamed != 0) {
			return dateline.TagJJ // "in neighboring Pakistan"
		}
		if c.t[0] == dateline.TagJJ && c.has(dateline.TagNN) && (st.phraseEnds(i+1) || st.verbOnly(i+1)) {
			// "appealed for calm after", "on alert along", "calls for calm
			// went unheeded": a preposition's object, before what no
			// adjective can modify
			return dateline.TagNN
		}
		if c.has(dateline.TagVBG) && c.has(dateline.TagNN) && i >= 2 && st.an.Words[i-2].Tag.IsNoun() && st.phraseEnds(i+1) && !st.actOfObject(i-1) {
			// "a pause in fighting.", "a lull in fighting on Sunday": after
			// a noun's preposition, with no object of its own, the act's noun
			return dateline.TagNN
		}
		if c.has(dateline.TagVBG) {
			return dateline.TagVBG
		}
		if t := c.first(nominal); t != dateline.TagNone {
			return t
		}
	}
	if imm.IsVerb() && !isAux(st.lowerAt(i-1)) && (c.has(dateline.TagVBN) || c.has(dateline.TagVBD) ||
		c.has(dateline.TagVBG) && st.lemmaRoles(i-1)&(dateline.RoleAspect|dateline.RoleImplicative|dateline.RoleNegative) == 0) && c.has(dateline.TagJJ) &&
		i+1 < len(st.toks) && (st.c[i+1].t[0].IsNoun() || st.mark[i+1]&inNamed != 0 ||
		st.c[i+1].t[0].IsAdjective() && i+2 < len(st.toks) && st.c[i+2].t[0].IsNoun()) {
		// "put ousted President Bazoum back", "freed jailed journalists",
		// "investigating alleged war crimes", "imposed sweeping new sanctions"
		return dateline.TagJJ
	}
	if imm == dateline.TagCD && i >= 2 && st.an.Words[i-2].Tag.IsVerb() && !isAux(st.lowerAt(i-2)) && c.has(dateline.TagJJ) &&
		(c.has(dateline.TagVBN) || c.has(dateline.TagVBD)) && i+1 < len(st.toks) && (st.c[i+1].t[0].IsNoun() || st.mark[i+1]&inNamed != 0 ||
		st.c[i+1].t[0].IsAdjective() && i+2 < len(st.toks) && st.c[i+2].t[0].IsNoun()) {
		// "released three jailed Kashmiri militants", "freed 20 detained
		// students": a number after the verb opens its object, which the
		// participle describes
		return dateline.TagJJ
	}
	if imm.IsVerb() && c.has(dateline.TagVBG) && c.has(dateline.TagNN) && st.lemmaRoles(i-1)&dateline.RoleAspect != 0 &&
		st.lemmaRoles(i-1)&dateline.RoleNegative != 0 && st.phraseEnds(i+1) {
		// "halted fighting for the holy month", "stopped shelling on
		// Sunday": an act that ends, with no object, names its act by the
		// noun ("stopped shelling the town" keeps its verb)
		return dateline.TagNN
	}
	if imm.IsVerb() && c.has(dateline.TagVBG) && (st.lemmaRoles(i-1)&(dateline.RoleAspect|dateline.RoleNegative) != 0 || st.lemmaRoles(i-1).Has(dateline.RoleImplicative|dateline.RoleReport)) {
		// "began collecting signatures", "stopped paying salaries": the act
		// the aspect verb times; "admitted sending aid": the act a verb of
		// telling owns to (not "led striking workers")
		return dateline.TagVBG
	}
	if imm.IsVerb() && !isAux(st.lowerAt(i-1)) && c.has(dateline.TagNN) && i+1 < len(st.toks) &&
		(st.c[i+1].t[0] == dateline.TagNN || st.c[i+1].t[0] == dateline.TagNNS) {
		return dateline.TagNN // "fired tear gas", "ordered troop withdrawals": a noun modifying the object
	}
	if t, ok := st.afterVerb(i, imm); ok {
		return t
	}
	if imm == dateline.TagComma && c.has(dateline.TagVBG) && st.lowerAt(i+1) == "that" {
		// "told troops to be ready, warning that any advance would prompt
		// intervention": after a comma, with no determiner, a participle
		// before its that-clause, not the noun ("a warning that")
		return dateline.TagVBG
	}
	if imm == dateline.TagCC && st.lowerAt(i-1) == "or" && c.has(dateline.TagVB) && (st.lastVerbTag(i-1) == dateline.TagVB || st.lastVerbTag(i-1) == dateline.TagVBP) &&
		i+1 < len(st.toks) && (st.opensNP(i+1) || st.c[i+1].t[0].IsNoun() || st.c[i+1].t[0].IsAdjective() || st.c[i+1].t[0] == dateline.TagVBG) {
		// "to surrender or face a final assault", "demanded that Iran
		// suspend enrichment by Aug. 31 or face sanctions": after "or", a
		// base form that takes an object continues the base verb before
		// it, the alternative held out, not a noun of the list
		return dateline.TagVB
	}
	if imm == dateline.TagCC && i >= 2 {
		// "ousted and killed": the same form as the verb before the
		// conjunction; after an infinitive, only a base form continues it
		pt := st.an.Words[i-2].Tag
		if pt.IsVerb() && c.has(pt) && !(pt == dateline.TagVB && VerbLemma(st.toks[i].Lower, st.a.knownVerb) != st.toks[i].Lower) {
			return pt
		}
		if (pt.IsNoun() || pt.IsAdjective()) && c.has(dateline.TagVBN) && c.has(dateline.TagJJ) && !c.has(dateline.TagVBD) && st.lastVerbTag(i-2) != dateline.TagVBN &&
			i+1 < len(st.toks) && (st.c[i+1].has(dateline.TagNN) || st.c[i+1].has(dateline.TagNNS)) {
			// "imports of fresh fruit and frozen fish", "fresh and frozen
			// pork": a participle that is never a past tense, after a noun
			// or an adjective and "and", before a noun, describes that
			// noun; with no auxiliary before it distributes over ("has
			// seized property and frozen assets") it joins no verb
			return dateline.TagJJ
		}
		if pt.IsNoun() && c.has(dateline.TagVBN) && c.has(dateline.TagJJ) && i+1 < len(st.toks) && st.c[i+1].t[0] == dateline.TagNN &&
			st.phraseEnds(i+2) && st.prepositionObject(i-2) && st.lastVerbTag(i-2) != dateline.TagVBD {
			// "would charge him with terrorism and armed uprising", "was
			// accused of fraud and organised crime": after the noun a
			// preposition governs and "and", a participle before a singular
			// noun that ends the phrase describes that noun, another member
			// of the list, when no past tense before it could be continued
			// ("lay down near Nazran and set fire to lorries", "seized the
			// town and armed civilians" keep their verbs)
			return dateline.TagJJ
		}
		if pt.IsNoun() && c.has(dateline.TagNN) && !c.has(dateline.TagVBD) && !c.has(dateline.TagVBZ) && st.lastVerbTag(i-2) == dateline.TagVBD &&
			i+1 < len(st.toks) && (st.c[i+1].t[0] == dateline.TagNN || st.c[i+1].t[0] == dateline.TagNNS) && st.phraseEnds(i+2) {
			// "fired shotguns and tear gas at youths": after a past verb's
			// noun and "and", a word with no past form before a noun that
			// ends the phrase is another noun of the list, not a second verb
			// ("threw stones and set fire to cars" keeps its past "set")
			return dateline.TagNN
		}
	}
	if imm == dateline.TagCD && st.mark[i-1]&inTime == 0 {
		// (a year or a date counts nothing: "by police in 2009 left dozens
		// dead" keeps its verb)
		if st.countAdjective(i) {
			// "a $400 million military aid package", "two chief
			// negotiators": a word that may be an adjective, between a count
			// and a noun, describes the noun
			return dateline.TagJJ
		}
		if c.t[0] == dateline.TagJJ && i+1 < len(st.toks) && (st.c[i+1].t[0].IsNoun() ||
			st.c[i+1].t[0].IsAdjective() && i+2 < len(st.toks) && st.c[i+2].t[0].IsNoun()) {
			// "at least 40 unarmed Kurdish civilians": a word likelier an
			// adjective, between a count and its noun, describes the noun
			return dateline.TagJJ
		}
		// "three killed", "two died": a bare count is the subject
		if t := c.first(func(t dateline.Tag) bool { return t.IsNoun() }); t != dateline.TagNone {
			return t
		}
		if c.has(dateline.TagVBN) && (finite || st.laterVerb(i+1)) && i+1 < len(st.toks) && (st.c[i+1].has(dateline.TagNNS) || st.c[i+1].has(dateline.TagNN) || st.mark[i+1]&inNamed != 0 && st.c[i+1].has(dateline.TagJJ)) {
			// "shot dead two suspected robbers", "freed three wounded
			// soldiers": a participle between a count and its noun
			// describes the noun; "the two signed agreements" keeps its verb
			return dateline.TagJJ
		}
		if c.has(dateline.TagVBN) && st.lowerAt(i+1) != "" && !st.opensNP(i+1) && !(!finite && st.pastPairAhead(i+1)) &&
			!(!finite && st.lemmaRoles(i)&dateline.RoleIntransitive != 0) {
			// (a verb with no passive is the count's own act: "more than
			// 10,000 marched through Tbilisi", "some 300 rallied outside")
			return dateline.TagVBN
		}
	}
	if c.has(dateline.TagJJ) && !c.has(dateline.TagVBN) && !c.has(dateline.TagVBD) && !c.has(dateline.TagVBG) && imm.IsNoun() && !finite &&
		(st.lowerAt(i+1) == "to" || st.lowerAt(i+1) == "with") && !(i+2 < len(st.toks) && st.c[i+2].t[0] == dateline.TagVB) && (st.mainVerbAhead(i+1) || st.setOffAhead(i+1)) {
		// "gunmen close to the army killed": an adjective after the
		// subject's noun, with its preposition (not an infinitive's "to"),
		// before the clause's verb, or before a participle set off by
		// commas and the verb ("Militias close to the government, backed
		// by helicopters, burned")
		return dateline.TagJJ
	}
	return st.byPosition(i, finite, prev, imm)
}

// prepositionObject reports whether the noun at j ends a noun phrase that a
// preposition governs: "with terrorism", "of the ruling party".
func (st *state) prepositionObject(j int) bool {
	for j >= 0 {
		t := st.c[j].t[0]
		switch {
		case t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD || t == dateline.TagPOS:
			j--
		case t == dateline.TagIN:
			return st.toks[j].Lower != "that"
		default:
			return false
		}
	}
	return false
}

// afterVerb settles a word right after a verb (or its particle) that can
// be a noun or a present or base verb: after "help", "make" or "let" a
// base form before an object is a bare infinitive ("to help support the
// rights"); after any other verb it is the object's noun ("expressed
// regret", "brushed aside calls"), since a finite verb does not follow a
// verb directly.
func (st *state) afterVerb(i int, imm dateline.Tag) (dateline.Tag, bool) {
	c := &st.c[i]
	v := i - 1
	if imm == dateline.TagRP && v > 0 && st.an.Words[v-1].Tag.IsVerb() {
		v--
	} else if !imm.IsVerb() {
		return dateline.TagNone, false
	}
	if isAux(st.toks[v].Lower) || isGet(st.toks[v].Lower) || i+1 >= len(st.toks) {
		return dateline.TagNone, false
	}
	roles := st.lemmaRoles(v)
	if roles&dateline.RoleBare != 0 {
		if c.has(dateline.TagVB) && (st.opensNP(i+1) || st.c[i+1].t[0] == dateline.TagNNS || st.c[i+1].t[0] == dateline.TagNN) {
			return dateline.TagVB, true
		}
		return dateline.TagNone, false
	}
	if roles&(dateline.RoleCopula|dateline.RoleReport) != 0 {
		return dateline.TagNone, false
	}
	for k := 0; k < int(c.n); k++ {
		switch c.t[k] {
		case dateline.TagVBD, dateline.TagVBN, dateline.TagVBG, dateline.TagMD:
			return dateline.TagNone, false
		}
	}
	if !c.t[0].IsVerb() {
		return dateline.TagNone, false
	}
	if c.has(dateline.TagJJ) && st.c[i+1].t[0].IsNoun() {
		return dateline.TagJJ, true // "fired live ammunition"
	}
	if t := c.first(nounTag); t != dateline.TagNone {
		return t, true
	}
	return dateline.TagNone, false
}

// phraseEnds reports whether the token at i cannot go on a noun phrase
// and opens none: punctuation, a preposition, a conjunction, the end.
func (st *state) phraseEnds(i int) bool {
	if i >= len(st.toks) {
		return true
	}
	if st.mark[i]&inNamed != 0 {
		return false
	}
	switch t := st.c[i].t[0]; {
	case t.IsPunct(), t == dateline.TagIN && st.toks[i].Lower != "that", t == dateline.TagCC, t == dateline.TagTO:
		return true
	}
	return false
}

// compoundPlural reports whether word i, a plural that may be a present in
// -s, ends a compound noun after a preposition, before the phrase ends:
// "against tax rises,", "over fuel price rises.", "against diesel tax
// rises" (bare nouns after a preposition are no subject, so the word is no
// verb).
func (st *state) compoundPlural(i int) bool {
	c := &st.c[i]
	if !c.has(dateline.TagNNS) || !c.has(dateline.TagVBZ) || !st.phraseEnds(i+1) {
		return false
	}
	k := i - 1
	for k > 0 && (st.c[k].t[0] == dateline.TagNN || k < i-1 && st.c[k].t[0] == dateline.TagJJ) && st.mark[k]&inNamed == 0 {
		k--
	}
	return k < i-1 && st.c[k].t[0] == dateline.TagIN && st.toks[k].Lower != "that" && st.an.Words[k].Roles&(dateline.RoleOpener|dateline.RoleCondition) == 0
}

// laterPast reports whether a word that may be a past tense comes from i on
// before the clause ends: "the arms deal with India angered Washington".
func (st *state) laterPast(i int) bool {
	for j := i; j < len(st.toks); j++ {
		t := st.c[j].t[0]
		switch {
		case st.c[j].has(dateline.TagVBD) && t != dateline.TagJJ && !(j > i && st.c[j-1].t[0] == dateline.TagIN && st.toks[j-1].Lower != "that" && st.an.Words[j-1].Roles&(dateline.RoleOpener|dateline.RoleCondition) == 0):
			// (not the object of a preposition: "strike over pay")
			return true
		case t == dateline.TagComma || t == dateline.TagColon || t == dateline.TagPunct || t == dateline.TagWDT || t == dateline.TagWP ||
			t == dateline.TagCC || t == dateline.TagWRB || st.toks[j].Lower == "that" || j > i && st.an.Words[j].Roles&(dateline.RoleOpener|dateline.RoleCondition) != 0:
			return false // "gathered outside the embassy until police drove them back": a new clause
		}
	}
	return false
}

// laterVerb reports whether a word that is likely a finite verb follows
// i before the clause ends: then a participle at i is no main verb
// ("extremists backed by Qatar attacked").
func (st *state) laterVerb(i int) bool {
	return st.laterVerbAt(i) >= 0
}

// laterOwnVerb is laterVerb past the verbs of relative clauses without
// their pronoun, a subject pronoun straight after a noun: "Ghana pulled out
// of the accord it had signed with Togo" has no later verb for a
// participle's noun ("it had signed" tells of the accord), "the civilians
// jailed for crimes they did not commit were released" has "were".
func (st *state) laterOwnVerb(i int) bool {
	j := st.laterVerbAt(i)
	for j >= 2 && st.c[j-1].t[0] == dateline.TagPRP && (subjectPronoun(st.lowerAt(j-1)) || st.lowerAt(j-1) == "it") && st.c[j-2].t[0].IsNoun() {
		k := j + 1
		for k < len(st.toks) && (st.c[k].t[0].IsVerb() || st.c[k].has(dateline.TagVBN) || st.c[k].t[0].IsAdverb()) {
			k++ // past the rest of its verb group: "it had signed", "they did not commit"
		}
		j = st.laterVerbAt(k)
	}
	return j >= 0
}

// laterVerbAt returns the token of laterVerb's verb, or -1.
func (st *state) laterVerbAt(i int) int {
	for j := i; j < len(st.toks); j++ {
		t := st.c[j].t[0]
		if j > i && st.c[j-1].t[0] == dateline.TagNN && st.compoundPlural(j) {
			continue // "Kenyans protested against tax rises.": the compound's plural, no verb (as the tag it will take)
		}
		switch {
		case (t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD) &&
			!(j > i && (st.c[j-1].t[0] == dateline.TagTO || determinerLike(st.c[j-1].t[0]))) &&
			!(j > i && st.c[j-1].t[0] == dateline.TagCD && st.c[j].has(dateline.TagNNS)):
			// (not an infinitive, nor a noun after its determiner: "called on
			// Russia to extradite the suspects" has no later verb; nor a
			// plural a number counts: "handed over the two suspects")
			if t == dateline.TagVBD && st.c[j].has(dateline.TagVBN) && j > i && st.c[j-1].t[0].IsNoun() && st.lowerAt(j+1) == "by" {
				continue // "said in a statement carried by state media": a participle on the noun, with its agent
			}
			if t == dateline.TagVBD && st.c[j].has(dateline.TagVBN) && j > i && nonFiniteBe(st.lowerAt(j-1)) {
				continue // "called for peacekeepers to be sent": a passive participle after a form of "be" that is not finite
			}
			if t == dateline.TagVBD && st.c[j].has(dateline.TagVBN) && j > i && st.c[j-1].t[0] == dateline.TagNNS && j+1 < len(st.toks) &&
				st.c[j+1].t[0] == dateline.TagIN && st.lemmaRoles(j)&dateline.RoleIntransitive == 0 {
				continue // "pressed for an inquiry into the deaths of civilians shelled in May": a participle on the plural, no object of its own
			}
			return j
		case t == dateline.TagComma || t == dateline.TagColon || t == dateline.TagPunct || t == dateline.TagWDT || t == dateline.TagWP ||
			t == dateline.TagCC || t == dateline.TagWRB || st.toks[j].Lower == "that" || j > i && st.an.Words[j].Roles&(dateline.RoleOpener|dateline.RoleCondition) != 0:
			return -1 // "gathered outside the embassy until police drove them back": a new clause
		}
	}
	return -1
}

// onlyVerb reports whether word i is the only word of the sentence that
// may be a finite verb: none is tagged a verb before it, and no word after
// it is one in its likelier reading, but for a base form or participle after "to" or a form of
// "be" that is not finite ("called for peacekeepers to be sent").
func (st *state) onlyVerb(i int) bool {
	for j := 0; j < i; j++ {
		if t := st.an.Words[j].Tag; t.IsVerb() || t == dateline.TagMD {
			return false
		}
	}
	for j := i + 1; j < len(st.toks); j++ {
		if t := st.c[j].t[0]; !(t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD || t == dateline.TagVBN) {
			continue
		}
		if p := st.lowerAt(j - 1); p == "to" || nonFiniteBe(p) || st.c[j-1].t[0] == dateline.TagTO {
			continue
		}
		if nonFiniteBe(st.lowerAt(j)) {
			continue
		}
		return false
	}
	return true
}

// verbAfterNounList reports whether the phrase at i runs through "and" or
// "or" between two nouns to a later verb ("with rifles and grenades
// stormed"): laterVerb stops at "and", which may open a clause of its own.
func (st *state) verbAfterNounList(i int) bool {
	for j := i + 1; j+1 < len(st.toks); j++ {
		t := st.c[j].t[0]
		switch {
		case t == dateline.TagCC && st.c[j-1].t[0].IsNoun() && (st.opensNP(j+1) || st.c[j+1].has(dateline.TagNNS) || st.c[j+1].has(dateline.TagNN) || st.c[j+1].t[0].IsAdjective()):
			return st.laterVerb(j+1) || st.mainVerbAhead(j+1)
		case t == dateline.TagComma && (st.c[j-1].t[0].IsNoun() || st.mark[j-1]&inNamed != 0) && st.mark[j+1]&inTime == 0 &&
			(st.c[j+1].t[0].IsNoun() || st.mark[j+1]&inNamed != 0 || st.c[j+1].t[0].IsAdjective()):
			// "with tents, blankets and medicine landed": a comma between
			// two nouns of the list that "and" closes
		case t == dateline.TagComma || t == dateline.TagColon || t == dateline.TagPunct || t == dateline.TagCC || t.IsVerb() || t == dateline.TagMD:
			return false
		}
	}
	return false
}

// afterTime returns the first token after a time expression that starts
// at i, else i.
func (st *state) afterTime(i int) int {
	if i >= len(st.toks) || st.mark[i]&timeStart == 0 {
		return i
	}
	j := i + 1
	for j < len(st.toks) && st.mark[j]&inTime != 0 && st.mark[j]&timeStart == 0 {
		j++
	}
	return j
}

// finiteAt reports whether token i is surely a finite verb: an auxiliary,
// a modal, a present tense.
func (st *state) finiteAt(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	t := st.c[i].t[0]
	return isAux(st.toks[i].Lower) || t == dateline.TagMD || t == dateline.TagVBZ || t == dateline.TagVBP
}

// mainVerbAhead reports whether, from i on and before the clause ends, a
// noun phrase is followed by a word that is its clause's verb: an
// auxiliary or a present tense, or a word that may be a past tense with an
// object or a particle after it ("soldiers armed with rifles set up
// checkpoints"). A participle after a noun ("protesters gathered in the
// square") does not count.
func (st *state) mainVerbAhead(i int) bool {
	for j := i; j < len(st.toks); j++ {
		c := &st.c[j]
		t := c.t[0]
		if t == dateline.TagComma || t == dateline.TagColon || t == dateline.TagPunct || t == dateline.TagWDT || t == dateline.TagWP ||
			t == dateline.TagCC || t == dateline.TagWRB || st.toks[j].Lower == "that" || st.an.Words[j].Roles&(dateline.RoleOpener|dateline.RoleCondition) != 0 {
			return false // "the talks collapsed as rebels attacked", "warned of action if Taiwan declared": a clause of its own
		}
		if j == i || !st.c[j-1].t[0].IsNoun() && st.mark[j-1]&inNamed == 0 && !(j-2 >= i && determinerLike(st.c[j-2].t[0]) && st.c[j-1].has(dateline.TagNN)) {
			// (a word after a determiner that may be a noun is one before
			// a verb: "close to the general blamed")
			continue
		}
		if st.c[j-1].t[0] == dateline.TagNN && st.compoundPlural(j) {
			continue // "protested against tax rises.": the compound's plural, no verb
		}
		switch {
		case isAux(st.toks[j].Lower) || t == dateline.TagMD || t == dateline.TagVBZ || t == dateline.TagVBP:
			return true
		case c.has(dateline.TagVBD) && t != dateline.TagJJ && st.objectAt(j+1):
			return true
		case c.has(dateline.TagVBD) && t != dateline.TagJJ && st.lemmaRoles(j)&dateline.RoleIntransitive != 0 && j+1 < len(st.toks) && st.c[j+1].t[0] == dateline.TagIN:
			return true // "troops deployed to the border fired on smugglers"
		}
	}
	return false
}

// setOff reports whether the past form at i, after a comma, is a
// participle set off between commas after the sentence's subject: no verb
// before it, and after its phrase a comma and the clause's verb ("The
// journalist, arrested in May, was freed").
func (st *state) setOff(i int) bool {
	w := st.an.Words
	s := i
	if i >= 4 && w[i-1].Tag == dateline.TagCC && w[i-2].Tag.IsAdjective() && w[i-3].Tag == dateline.TagComma {
		// "The gunman, drunk and armed with a rifle, shot": an adjective
		// joined to the participle opens the phrase set off
		s = i - 2
	}
	if s < 2 || !endsNP(w[s-2].Tag) {
		return false
	}
	for j := 0; j < s-1; j++ {
		if w[j].Tag.IsVerb() && !(j > 0 && (w[j].Tag == dateline.TagVBN || w[j].Tag == dateline.TagVBG) && endsNP(w[j-1].Tag)) || w[j].Tag == dateline.TagMD ||
			w[j].Tag == dateline.TagComma && !st.listComma(j) {
			// (a participle right after the subject's noun is its own:
			// "Troops backed by tanks, deployed along the border, shelled";
			// and so is a list: "Troops from Nigeria, Ghana and Guinea,
			// deployed under ECOMOG, attacked")
			return false
		}
	}
	return st.verbAfterComma(i)
}

// listComma reports whether the comma at j joins two names of a list
// that "and" closes before the next comma: "Nigeria, Ghana and Guinea".
func (st *state) listComma(j int) bool {
	w := st.an.Words
	if j < 1 || j+1 >= len(w) || w[j-1].Tag != dateline.TagNNP || w[j+1].Tag != dateline.TagNNP {
		return false
	}
	for i := j + 1; i < len(w); i++ {
		switch t := w[i].Tag; {
		case t == dateline.TagCC:
			return true
		case t != dateline.TagNNP && t != dateline.TagComma:
			return false
		}
	}
	return false
}

// setOffAhead reports whether the phrase from i ends at a comma that opens
// a participle with its preposition set off by commas before the clause's
// verb: "Militants linked to al Qaeda, armed with rockets, attacked" (not
// a verb with its object: "marched to the embassy, surrounded the building,
// stormed it").
func (st *state) setOffAhead(i int) bool {
	for j := i; j+2 < len(st.toks); j++ {
		t := st.c[j].t[0]
		switch {
		case t == dateline.TagComma:
			n := st.c[j+2].t[0]
			return st.c[j+1].has(dateline.TagVBN) && (n == dateline.TagIN || n == dateline.TagTO) && st.verbAfterComma(j+1)
		case t == dateline.TagCC && j > i && (st.c[j-1].t[0].IsNoun() || st.mark[j-1]&inNamed != 0) && (st.opensNP(j+1) || st.c[j+1].t[0].IsNoun()):
			// "linked to Iran and Syria,": two nouns joined inside the phrase
		case t == dateline.TagColon || t == dateline.TagPunct || t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagCC ||
			t == dateline.TagWRB || t.IsVerb() || t == dateline.TagMD || st.toks[j].Lower == "that":
			return false
		}
	}
	return false
}

// verbAfterComma reports whether the phrase after word i ends at a comma
// followed by the clause's verb, with no clause of its own opening between.
// A word that may open a clause ("after", "since") opens none when no
// finite verb follows it before the comma: "The agreement, reached after
// two days of talks, commits", "sent in after weeks of shelling,", where it
// is a preposition.
func (st *state) verbAfterComma(i int) bool {
	opened := false
	for j := i + 1; j+1 < len(st.toks); j++ {
		t := st.c[j].t[0]
		if opened && (t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD) {
			return false // "reached after talks failed, ...": a clause of its own
		}
		switch {
		case t == dateline.TagComma:
			n := &st.c[j+1]
			// (a past form read first as a noun is the verb when an object
			// or a particle follows it: "Troops, armed with rifles, shot the
			// mayor", "shot dead")
			return st.finiteAt(j+1) || n.t[0] == dateline.TagVBD || n.has(dateline.TagVBD) && n.t[0] != dateline.TagJJ &&
				(n.t[0] != dateline.TagNN || j+2 < len(st.toks) && (st.opensNP(j+2) || st.c[j+2].t[0].IsAdjective() || st.c[j+2].t[0] == dateline.TagRP))
		case t == dateline.TagCC && j > i+1 && (st.c[j-1].t[0].IsNoun() || st.mark[j-1]&inNamed != 0) && (st.opensNP(j+1) || st.c[j+1].t[0].IsNoun()):
			// "armed with rifles and grenades,": two nouns joined inside the phrase
		case st.an.Words[j].Roles&dateline.RoleOpener != 0 && st.c[j].has(dateline.TagIN) && !t.IsPunct():
			opened = true
		case t.IsPunct() || t == dateline.TagCC || t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagWRB || st.an.Words[j].Roles&dateline.RoleOpener != 0:
			return false
		}
	}
	return false
}

// subjectAfterComma reports whether the phrase after word i ends at a
// comma, with no verb before it, followed by a noun phrase and then a
// finite verb: the clause's subject and verb.
func (st *state) subjectAfterComma(i int) bool {
	j := i + 1
	for j < len(st.toks) && st.c[j].t[0] != dateline.TagComma {
		if t := st.c[j].t[0]; t.IsVerb() || t == dateline.TagMD || t.IsPunct() || t == dateline.TagWDT || t == dateline.TagWP {
			return false
		}
		j++
	}
	if j+1 >= len(st.toks) || !st.subjectAhead(j+1) {
		return false
	}
	for k := j + 1; k < len(st.toks); k++ {
		n := &st.c[k]
		if st.mark[k]&inNamed != 0 || n.t[0].IsNoun() || n.t[0].IsAdjective() || determinerLike(n.t[0]) || n.t[0] == dateline.TagCC || n.t[0] == dateline.TagCD {
			if n.has(dateline.TagVBD) && k > j+1 && st.c[k-1].t[0].IsNoun() {
				return true // "the rebels said"
			}
			continue
		}
		return n.t[0] == dateline.TagVBD || n.t[0] == dateline.TagVBZ || n.t[0] == dateline.TagVBP || n.t[0] == dateline.TagMD || n.has(dateline.TagVBD)
	}
	return false
}

// relativeSubject reports whether the noun phrase right before word i
// opens with a relative pronoun before it ("whom police arrested", "which
// the rebels took"): it is the subject of a relative clause, and i its
// verb.
func (st *state) relativeSubject(i int) bool {
	j := i - 1
	for j >= 0 && (st.c[j].t[0].IsNoun() || st.c[j].t[0] == dateline.TagDT || st.c[j].t[0] == dateline.TagJJ ||
		st.c[j].t[0] == dateline.TagPRP || st.c[j].t[0] == dateline.TagCD || st.c[j].t[0] == dateline.TagPOS || st.mark[j]&inNamed != 0) {
		j--
	}
	if j < 0 || j == i-1 {
		return false
	}
	switch st.toks[j].Lower {
	case "whom", "which", "who":
		return true
	case "that":
		// "warned that any ship seized there would be": after a verb,
		// "that" opens a complement whose subject comes first, no relative
		return j > 0 && st.an.Words[j-1].Tag.IsNoun() && st.mark[j-1]&inTime == 0
	}
	return false
}

// zeroRelativeNaming reports whether the past form at i, a verb of naming
// before a noun phrase, follows a determined phrase or a name that follows
// a noun straight away ("a ruling the channel's owners called
// confiscation", "the sanctions Washington called a necessary measure"):
// that phrase is the subject of a relative clause with no pronoun, and the
// form its verb.
func (st *state) zeroRelativeNaming(i int) bool {
	if st.lemmaRoles(i)&dateline.RoleNaming == 0 || i+1 >= len(st.toks) ||
		!st.opensNP(i+1) && st.c[i+1].t[0] != dateline.TagNN && st.c[i+1].t[0] != dateline.TagNNS && !st.c[i+1].t[0].IsAdjective() {
		return false
	}
	w := st.an.Words
	start := i - 1
	if st.mark[start]&inNamed != 0 {
		for start > 0 && st.mark[start]&namedStart == 0 && st.mark[start-1]&inNamed != 0 {
			start--
		}
		if start > 0 && (w[start-1].Tag == dateline.TagDT || w[start-1].Tag == dateline.TagPRPS) {
			start-- // "the army"
		}
	} else {
		for start >= 0 && (w[start].Tag.IsNoun() || w[start].Tag.IsAdjective() || w[start].Tag == dateline.TagPOS) {
			start--
		}
		if start < 0 || w[start].Tag != dateline.TagDT && w[start].Tag != dateline.TagPRPS {
			return false
		}
	}
	return start > 0 && (w[start-1].Tag == dateline.TagNN || w[start-1].Tag == dateline.TagNNS)
}

// absolute reports whether the past form at i stands in a phrase set off
// after the subject that opens with a part of it, "some of them", with
// only adjectives before it ("Protesters, some of them armed with sticks,
// attacked", "most of them young and dressed in black, had occupied"): "them"
// is no subject, so the form is a participle, and the clause's verb comes
// after the comma that closes the phrase.
func (st *state) absolute(i int) bool {
	j := i - 1
	for j >= 0 && (st.c[j].t[0] == dateline.TagJJ || st.c[j].t[0] == dateline.TagCC || st.c[j].t[0] == dateline.TagRB) {
		j--
	}
	if j < 3 || st.toks[j].Lower != "them" || st.toks[j-1].Lower != "of" {
		return false
	}
	if k := j - 3; st.c[k].t[0] != dateline.TagComma || k < 1 || !endsNP(st.an.Words[k-1].Tag) {
		return false
	}
	return st.verbAfterComma(i)
}

// clauseTaking are the roles of verbs whose complement may be a clause
// without "that": "said protesters threw", "vowed rebels would pay".
const clauseTaking = dateline.RoleReport | dateline.RoleAllege | dateline.RoleVolition

// compoundAhead reports whether, after word i, a noun phrase with no
// determiner is followed straight away by its clause's verb: an auxiliary,
// a modal, a present tense, or a past tense with an object ("Taliban ruled
// Afghanistan has been", "US backed rebels seized the town"). A past
// tense at i would leave that verb without a subject of its own.
func (st *state) compoundAhead(i int) bool {
	j := i + 1
	for j < len(st.toks) && st.mark[j]&inTime == 0 && st.c[j].t[0] != dateline.TagPRPS && st.c[j].t[0] != dateline.TagDT &&
		(st.mark[j]&inNamed != 0 || st.c[j].t[0].IsNoun() || st.c[j].t[0] == dateline.TagJJ) {
		j++
	}
	if j == i+1 || j >= len(st.toks) || st.mark[j-1]&inNamed == 0 && !st.c[j-1].t[0].IsNoun() {
		return false
	}
	c := &st.c[j]
	// a present verb that may be a plural noun counts only with an object:
	// "rejected Turkish calls to halt" and "spurned French offers." end a
	// phrase of their own, where "Saudi led coalition bombs Yemen" acts
	vbz := c.t[0] == dateline.TagVBZ && (!c.has(dateline.TagNNS) || st.objectAt(j+1))
	return isAux(st.toks[j].Lower) || c.t[0] == dateline.TagMD || vbz ||
		c.has(dateline.TagVBD) && c.t[0] != dateline.TagJJ && st.objectAt(j+1)
}

// objectAt reports whether what starts at i reads as a verb's object: a
// noun phrase, or a particle before one ("set up checkpoints").
func (st *state) objectAt(i int) bool {
	if i < len(st.toks) && st.an.Words[i].Roles&dateline.RoleParticle != 0 {
		i++
	}
	return st.opensNP(i) || i < len(st.toks) && (st.c[i].t[0] == dateline.TagNN || st.c[i].t[0] == dateline.TagNNS)
}

// laterSubject reports whether the first likely finite verb from i on has
// a subject of its own after the phrase at i: a pronoun ("on Sunday it
// had"), a determiner right after a noun ("on Monday the rebels had"), or
// a phrase right after a time ("on Tuesday Azerbaijani troops had").
func (st *state) laterSubject(i int) bool {
	for j := i + 1; j < len(st.toks); j++ {
		t := st.c[j].t[0]
		switch {
		case t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD:
			return false
		case t == dateline.TagPRP && !allCaps(st.toks[j].Text):
			return true
		case (t == dateline.TagDT || t == dateline.TagPRPS) && st.c[j-1].t[0].IsNoun():
			return true
		case st.mark[j-1]&inTime != 0 && st.mark[j]&inTime == 0 && (st.mark[j]&namedStart != 0 || t.IsNoun() || t.IsAdjective()):
			return true // "said on Tuesday Azerbaijani troops had", "on Monday rebels had"
		case t.IsPunct() || t == dateline.TagCC || t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagWRB:
			return false
		}
	}
	return false
}

// sentenceInitial reports whether token i opens the sentence, or follows
// an opening quotation mark or bracket there.
func (st *state) sentenceInitial(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := st.c[j].t[0]; t != dateline.TagQuote && t != dateline.TagLRB {
			return false
		}
	}
	return true
}

// modifiesNoun reports whether a common noun follows token i, past
// adjectives joined by a conjunction: "Indian and Chinese troops".
func (st *state) modifiesNoun(i int) bool {
	for j := i + 1; j < len(st.toks) && j <= i+4; j++ {
		c := &st.c[j]
		switch {
		case c.t[0] == dateline.TagNN || c.t[0] == dateline.TagNNS:
			return true
		case c.t[0] == dateline.TagCC || c.has(dateline.TagJJ):
			continue
		}
		return false
	}
	return false
}

// finiteOpener reports whether the preposition at j opens a clause here
// ("after Iran attacked"): then what follows is not its object alone.
func finiteOpener(st *state, j int) bool {
	return j >= 0 && st.an.Words[j].Roles&(dateline.RoleOpener|dateline.RoleCondition) != 0 && st.toks[j].Lower != "of"
}

// gerundAt reports whether word k is a lower-case verb in -ing: "by"
// before it tells how an act was done ("responded by sending ships"), not
// who did it.
func (st *state) gerundAt(k int) bool {
	if k >= len(st.toks) {
		return false
	}
	w := st.toks[k].Text
	return st.c[k].has(dateline.TagVBG) && w != "" && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ing")
}

// byMeans reports whether word i is a gerund with its object after "by"
// that tells how the subject of an active verb acted: "Russia responded by
// imposing sanctions", "Hamas retaliated by firing rockets", "has reacted by
// closing its airspace". After a passive or a participle ("killed by
// falling rocks", "hit by rising prices") the phrase is the agent, and a
// singular noun with no determiner ("executed by firing squad") is no
// object.
func (st *state) byMeans(i int) bool {
	if i < 2 || i+1 >= len(st.toks) || st.lowerAt(i-1) != "by" || !st.gerundAt(i) ||
		!st.opensNP(i+1) && st.c[i+1].t[0] != dateline.TagNNS {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		switch t := st.an.Words[j].Tag; {
		case t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP:
			return true
		case t == dateline.TagVBN:
			return !st.passiveAt(j) && j > 0 && isHave(st.toks[j-1].Lower)
		case t.IsVerb():
			return false
		}
	}
	return false
}

// byPosition settles a noun-verb ambiguity by the word's place in its
// clause: after the subject and before any finite verb, a verb reading
// wins when an object or complement follows.
func (st *state) byPosition(i int, finite bool, prev, imm dateline.Tag) dateline.Tag {
	c := &st.c[i]
	hasVerb := c.first(verbTag) != dateline.TagNone
	if c.t[0] == dateline.TagMD && c.has(dateline.TagNN) && (st.phraseEnds(i+1) || st.c[i+1].t[0] == dateline.TagDT) {
		return dateline.TagNN // "its military might.": no verb follows the modal
	}
	if !hasVerb {
		if c.t[0] == dateline.TagJJ && c.has(dateline.TagNN) && !finite && imm.IsNoun() && i+1 < len(st.toks) && st.mark[i+1]&(inNamed|inTime) == 0 &&
			isFinite(st.c[i+1].t[0]) {
			return dateline.TagNN // "the UN human rights chief said": the head of the subject, before its verb
		}
		return c.t[0]
	}
	subjectBefore := endsNP(imm) && imm != dateline.TagCD || imm == dateline.TagRB && endsNP(prev) || imm == dateline.TagWDT || imm == dateline.TagWP ||
		imm == dateline.TagRB && (prev == dateline.TagWDT || prev == dateline.TagWP) // "which often mediates"
	next := i + 1
	// past tense or participle
	if c.has(dateline.TagVBD) && c.has(dateline.TagVBN) {
		after := st.afterTime(next)
		if imm == dateline.TagPRP && (subjectPronoun(st.lowerAt(i-1)) || st.lowerAt(i-1) == "it" && i >= 2 && st.an.Words[i-2].Tag.IsNoun()) {
			// "a diplomat it accused of spying", "They left before voting
			// ended": a subject pronoun takes no participle after it
			return dateline.TagVBD
		}
		switch {
		case st.afterThose(i):
			return dateline.TagJJ // "release all those arbitrarily detained": as "freed those detained", it describes them
		case !finite && st.absolute(i):
			return dateline.TagVBN // "Protesters, some of them armed with sticks, attacked"
		case st.reportPhraseParticiple(i):
			return dateline.TagVBN // "said in a statement issued on Monday": a participle on the statement
		case imm.IsAdverb() && determinerLike(prev) && next < len(st.toks) && st.c[next].t[0].IsNoun() && st.mark[next]&inTime == 0:
			return dateline.TagJJ // "a sharply worded statement": between a determiner and its noun, the past form describes the noun
		case subjectBefore && st.inSetOffPhrase(i) && !st.objectAt(next) && st.commaAhead(i):
			// "threatened on Friday, in a statement issued in Washington,
			// Venezuela": a participle on the noun of a phrase set off by
			// commas after the clause's verb
			return dateline.TagVBN
		case finite && imm.IsVerb() && imm != dateline.TagVBN && !isAux(st.lowerAt(i-1)) && next < len(st.toks) &&
			(st.c[next].t[0] == dateline.TagNN || st.c[next].t[0] == dateline.TagNNS || st.c[next].t[0] == dateline.TagVBZ && st.c[next].has(dateline.TagNNS)):
			// ("ignored repeated calls for calm": no finite verb comes
			// straight after a past form that follows a verb either)
			return dateline.TagJJ // "what she called organised rioting", "found armed men": no verb straight after a verb
		case !finite && st.lowerAt(next) == "by" && next+2 < len(st.toks) && st.c[next+1].t[0] == dateline.TagVBG && determinerLike(st.c[next+2].t[0]) && (subjectBefore || imm == dateline.TagComma):
			// "The ministry, headed by Serra, answered by recalling its
			// ambassadors": "by" and a gerund with its determined object
			// tell how the subject acted; no agent follows
			return dateline.TagVBD
		case st.lowerAt(next) == "by" && !((subjectBefore || st.afterAbsolute(i)) && !finite && (st.a.roles[st.lowerAt(next+1)]&dateline.RoleMeans != 0 || st.gerundAt(next+1))) &&
			!(subjectBefore && !finite && st.onlyVerb(i)):
			// "extremists backed by Qatar"; not "Putin talked by phone",
			// nor "Russia stood by Syria", where no verb follows the
			// subject's only past form
			return dateline.TagVBN
		case subjectBefore && !finite && st.inSetOffPhrase(i) && st.verbAfterComma(i):
			// "The ministry, in a statement issued late on Monday,
			// condemned": a participle on a noun inside a phrase set off
			// by commas, before the clause's verb
			return dateline.TagVBN
		case subjectBefore && !finite && st.lemmaRoles(i)&dateline.RoleReport == 0 && st.inApposition(i) && st.verbAfterAside(i):
			// "Members of the ADF, an armed group linked to the Islamic
			// State that operates in Congo, kidnapped": a participle on
			// the noun of an apposition to the subject, before the clause's
			// verb, which comes after the apposition's closing comma
			return dateline.TagVBN
		case subjectBefore && !finite && st.lateObjectParticiple(i):
			// "freed on Wednesday, at the border, two soldiers captured in
			// January": the noun after the aside is the verb's late object,
			// and the past form on it a participle
			return dateline.TagVBN
		case subjectBefore && !finite && st.relativeSubject(i):
			// "the activists whom police arrested last week were freed", "the
			// town which the rebels seized on Monday was retaken": a relative
			// clause with its own subject, and this its verb
			return dateline.TagVBD
		case subjectBefore && !finite && after > next && st.finiteAt(after):
			// "the soldiers arrested last week were released": a time, then
			// the clause's verb straight away
			return dateline.TagVBN
		case subjectBefore && !finite && after < len(st.toks) && st.lowerAt(after) != "that" &&
			(st.c[after].t[0] == dateline.TagIN && !(st.lemmaRoles(i)&clauseTaking != 0 && quantityLead(st.lowerAt(after)) && st.numberAhead(after)) || st.lowerAt(after) == "to" && st.opensNP(after+1)) &&
			(st.laterOwnVerb(after) || st.mainVerbAhead(after) || st.setOffAhead(after)) && !(st.lemmaRoles(i)&dateline.RoleReport != 0 && st.laterSubject(after)) && !st.clauseAfter(after) &&
			!(st.lemmaRoles(i)&dateline.RoleIntransitive != 0 && !st.mainVerbAhead(after) && !st.setOffAhead(after)) &&
			!(after == next && st.an.Words[next].Roles&dateline.RoleParticle != 0 && st.opensNP(next+1) && st.mark[next+1]&inTime == 0):
			// "the civilians imprisoned for ... were released" (not a
			// particle before a noun phrase: "police rounded up three
			// suspects", a passive has no object; a number's
			// lead, "said at least 40 people were", opens no phrase of place
			// or time); not "Uganda
			// said on Sunday it had paid", where the later verb has a subject
			// of its own and is what was said, nor "police fired at
			// protesters gathered in the square", where a verb that acts
			// through its preposition meets only a participle after a noun
			return dateline.TagVBN
		case subjectBefore && !finite && st.lowerAt(next) == "to" && next+1 < len(st.toks) && st.c[next+1].has(dateline.TagVB) &&
			st.lemmaRoles(i)&(dateline.RoleVolition|dateline.RoleAttempt|dateline.RoleImplicative|dateline.RoleNegative|dateline.RoleAspect|dateline.RoleObjControl) == 0 &&
			st.mainVerbAhead(next+2):
			// "gunmen believed to be rebels attacked", "troops sent to
			// quell the riots killed": a verb that takes no infinitive of
			// its own, then one, then the clause's verb with its object
			return dateline.TagVBN
		case endsNP(imm) && imm != dateline.TagPRP && imm != dateline.TagCD && !finite && st.lemmaRoles(i)&clauseTaking == 0 && !st.determinedNoun(i-1) && st.compoundAhead(i):
			// "Taliban ruled Afghanistan has been", "Saudi led coalition
			// forces have": a compound adjective that lost its hyphen, as
			// the verb after the phrase shows
			return dateline.TagJJ
		case subjectBefore && !finite && imm != dateline.TagPRP && !isAux(st.lowerAt(i)) && st.addressee(i-1) && next < len(st.toks) && !st.opensNP(next):
			// "told reporters gathered outside the court that", "urged
			// troops stationed there to withdraw": the noun after a verb of
			// telling or urging is who is told, never a clause's subject, so
			// a verb straight after it is a participle on it
			return dateline.TagVBN
		case subjectBefore && !finite && after < len(st.toks) && st.c[after].t[0] == dateline.TagIN && st.e[i].participle && st.verbAfterNounList(after):
			// "gunmen armed with rifles and grenades stormed the building",
			// "troops stationed in Kirkuk and Mosul fired": a form seen as a
			// participle and adjective first (the lexicon's participle), a
			// preposition, a list of nouns, and the clause's verb after it
			return dateline.TagVBN
		case subjectBefore && !finite && next < len(st.toks) && st.c[next].t[0] != dateline.TagComma && !st.objectAt(next) && st.openingPhraseNoun(i-1) && st.subjectAfterComma(i):
			// "In a statement issued at its headquarters, the commission
			// said", "Under regulations announced on Friday, police were
			// posted": a past form on the noun of the phrase that opens the
			// sentence, before the comma after which the clause's subject
			// and verb come, is a participle with a phrase of its own ("With
			// the talks stalled, Iran expelled": a past form right before
			// the comma may be the small clause's own)
			return dateline.TagVBN
		case subjectBefore && !finite:
			return dateline.TagVBD
		case st.opened && (imm == dateline.TagWRB || imm == dateline.TagIN) && next < len(st.toks) &&
			(st.c[next].t[0] == dateline.TagNNS || st.c[next].t[0] == dateline.TagNN) && st.verbAfterPhrase(next):
			// "died when masked protesters hurled", "were hurt after hooded
			// youths threw": straight after a clause opener, a past form
			// before a noun phrase with a verb behind it describes the
			// clause's subject, as at a sentence's start
			return dateline.TagJJ
		case imm == dateline.TagComma && st.asideBeforePreposition(i):
			return dateline.TagVBN // "extradited the general, charged with torture, to Senegal"
		case (imm == dateline.TagComma || imm == dateline.TagCC) && !finite && st.setOff(i):
			return dateline.TagVBN // "The journalist, arrested in May, was freed"
		case imm == dateline.TagComma && finite:
			return dateline.TagVBN // ", backed by", ", killed in"
		case subjectBefore && finite && st.zeroRelativeNaming(i):
			// "denounced a ruling the channel's owners called
			// confiscation": a verb of naming in a relative clause with no
			// pronoun, not a participle on the noun before it
			return dateline.TagVBD
		case subjectBefore && finite:
			return dateline.TagVBN // "the soldiers killed in the attack"
		case imm == dateline.TagNone && next < len(st.toks) && (st.c[next].t[0] == dateline.TagNN || st.c[next].t[0] == dateline.TagNNS ||
			st.c[next].t[0].IsAdjective() && next+1 < len(st.toks) && (st.c[next+1].t[0] == dateline.TagNN || st.c[next+1].t[0] == dateline.TagNNS)):
			return dateline.TagJJ // "Ousted president Aristide", "Detained protesters", "Armed federal agents"
		case imm == dateline.TagNone && st.capitalisedPhrase(next) && st.verbAfterPhrase(next):
			// "Suspected Boko Haram militants attacked", "Jailed Kurdish
			// leader Abdullah Ocalan called": a participle that opens the
			// sentence before a name or a people's adjective describes the
			// subject that the clause's verb follows
			return dateline.TagJJ
		case imm == dateline.TagNone:
			return dateline.TagVBN // a sentence that opens with a participle
		}
		return dateline.TagVBD
	}
	first := c.t[0]
	if first == dateline.TagVBG && c.has(dateline.TagNN) && st.lowerAt(next) == "between" && !imm.IsVerb() && imm != dateline.TagTO && imm != dateline.TagComma {
		// "Fighting between the army and the rebels killed dozens", "weeks
		// of fighting between": a word that names an act between parties,
		// with no verb before it, is the act's noun (not "is mediating
		// between", "to choose between")
		return dateline.TagNN
	}
	if first == dateline.TagVBZ && c.has(dateline.TagNNS) && finite && (imm == dateline.TagNN || imm == dateline.TagNNP) && st.objectOfVerb(i-1) &&
		st.phraseEnds(i+1) && st.lemmaRoles(i)&dateline.RoleCopula == 0 {
		// "rejected AU calls for talks", "ignored opposition demands.": a
		// phrase right after a finite verb is its object, and a plural
		// before a preposition or the end goes on with it, not a second
		// verb ("officials backed the plot remains unclear" keeps its verb)
		return dateline.TagNNS
	}
	if verbTag(first) && !(first == dateline.TagVBG && imm.IsNoun() && !finite) {
		if first == dateline.TagVB && imm == dateline.TagNN && c.has(dateline.TagNN) && (st.lowerAt(i-2) == "a" || st.lowerAt(i-2) == "an") {
			return dateline.TagNN // "a phone call with": "a phone" takes no plural verb
		}
		if first == dateline.TagVB && c.has(dateline.TagNN) && st.singularBefore(i) && st.laterVerb(i+1) {
			// "The Arab League call for talks was welcomed", "the
			// government call for calm went unheeded": a base form after a
			// singular phrase, with the clause's verb still to come, is the
			// phrase's noun ("Leaders of the UN call for talks" keeps its verb)
			return dateline.TagNN
		}
		if (first == dateline.TagVB || first == dateline.TagVBP) && c.has(dateline.TagNN) && st.singularBefore(i) && st.namedObjectBefore(i) && i+1 < len(st.toks) &&
			st.c[i+1].t[0] == dateline.TagNN && !st.c[i+1].has(dateline.TagNNS) && st.phraseEnds(i+2) {
			// "a campaign against the Abu Sayyaf kidnap group": a base
			// form between a preposition's named object and a singular
			// noun that ends the phrase is a noun before a noun ("members
			// of the Abu Sayyaf kidnap tourists" keeps its verb)
			return dateline.TagNN
		}
		if first == dateline.TagVB && imm == dateline.TagNN && c.has(dateline.TagNN) && !c.has(dateline.TagVBP) &&
			(!st.opened || st.finiteAt(i+1) || i+1 < len(st.toks) && st.c[i+1].t[0] == dateline.TagVBD) && st.compoundAfterDeterminer(i-1) {
			// "the missile launch", "Iran's missile launch": a singular noun
			// takes no base verb; "said the rocket launch violated": in what
			// was said, the verb comes after
			return dateline.TagNN
		}
		if first == dateline.TagVB && subjectBefore {
			if c.has(dateline.TagVBP) {
				return dateline.TagVBP
			}
		}
		return first
	}
	// The likelier reading is a noun: take the verb only with evidence.
	if imm == dateline.TagComma && !finite && c.t[0].IsNoun() && st.objectAhead(next) && !st.laterVerb(next) && !st.laterPast(next) {
		// "The resolution, drafted by France, demands an end to the
		// fighting": the subject before the phrase set off
		if h := st.subjectBeforeSetOff(i); h >= 0 {
			if t := st.agreesWith(i, h, st.an.Words[h].Tag); t != dateline.TagNone {
				return t
			}
		}
	}
	if !subjectBefore || finite {
		return first
	}
	if st.opened && first == dateline.TagNNS && st.occasionNoun(i, next) {
		return first // "after border clashes between Thailand and Cambodia": the occasion's noun, no clause
	}
	if st.opened && !(first.IsNoun() && next < len(st.toks) && (isAux(st.lowerAt(next)) || st.c[next].t[0] == dateline.TagMD ||
		imm.IsNoun() && st.c[next].has(dateline.TagVBD) && (st.c[next].t[0] == dateline.TagVBD && !st.c[next].has(dateline.TagNN) || st.opensNP(next+1)))) {
		// "If Iran attacks,": a clause opened with its subject and no verb
		// yet; "said party figures had been detained", "when Israeli
		// artillery shells struck a compound": an auxiliary or a past tense
		// after the word is the clause's verb, and the word its subject's noun
		for _, t := range [...]dateline.Tag{dateline.TagVBZ, dateline.TagVBP, dateline.TagVBD} {
			if t == dateline.TagVBP && imm == dateline.TagNN && !st.c[i-1].has(dateline.TagNNS) && st.phraseEnds(i+1) {
				// "since the peace accord between": a singular noun takes no
				// plural verb; "demanded that the government drop
				// legislation" keeps its base form before an object
				continue
			}
			if c.has(t) {
				return t
			}
		}
	}
	strong := st.opensNP(next) || st.lowerAt(next) == "that" || st.lowerAt(next) == "to" && next+1 < len(st.toks) && st.c[next+1].has(dateline.TagVB) ||
		(imm == dateline.TagNNS || imm == dateline.TagNNPS || st.commonPluralFirst(i-1)) && next < len(st.toks) &&
			(st.c[next].t[0] == dateline.TagIN || st.c[next].t[0] == dateline.TagTO) && !st.laterVerb(next) && !st.laterPast(next)
	if imm == dateline.TagNN && !(st.opensNP(next) && st.c[next].t[0] != dateline.TagCD) &&
		!(st.lowerAt(next) == "to" && next+1 < len(st.toks) && st.c[next+1].has(dateline.TagVB) && !st.laterVerb(next+2)) {
		// "the peace talks", "the army chief": a compound noun; not "the
		// president plans to visit"
		strong = false
	}
	if !strong && (imm == dateline.TagNNS || imm == dateline.TagNNPS || imm == dateline.TagPRP || imm == dateline.TagNNP) {
		// "police arrest protesters", "they attack": an object follows
		nx := st.c
		strong = next < len(nx) && (nx[next].first(nounTag) != dateline.TagNone &&
			(nx[next].first(verbTag) == dateline.TagNone || nx[next].t[0] == dateline.TagNNS && nx[next].first(verbTag) == dateline.TagVBZ && nx[next].first(nounTag) == dateline.TagNNS))
		// (a plural noun that is also a present in -s, "rockets", takes no
		// second verb's place after a plural subject's verb)
	}
	if !strong && !st.opened && st.objectAhead(next) && !st.laterVerb(next) && !st.laterPast(next) {
		// "The army shells rebel positions", "The rebels claim control of
		// the town", "The resolution demands that Israel stop": the phrase
		// that opens the clause is its subject, no other verb follows, and
		// the word agrees with it in number
		if t := st.agreesWithOpening(i, imm); t != dateline.TagNone {
			return t
		}
		if _, pi := st.prevTag(i, true); imm == dateline.TagRB && pi >= 0 && endsNP(prev) {
			// "Insurgents often attack checkpoints": an adverb between the
			// opening subject and its verb
			if t := st.agreesWith(i, pi, prev); t != dateline.TagNone {
				return t
			}
		}
	}
	if !strong && !st.opened && st.prepositionAhead(next) && !st.verbToEnd(next) && c.has(dateline.TagVBZ) && (imm == dateline.TagNN || imm == dateline.TagNNP) {
		// "The envoy talks with rebel leaders", "The pope appeals for
		// peace": a present in -s after a singular phrase that opens the
		// sentence, before a preposition, with no other verb in the
		// sentence, is the phrase's verb ("The peace talks in Geneva
		// ended" keeps its noun)
		if t := st.agreesWithOpening(i, imm); t == dateline.TagVBZ {
			return t
		}
	}
	if !strong {
		return first
	}
	if imm.IsNoun() && next < len(st.toks) && st.c[next].t[0].IsNoun() && st.mark[next]&inNamed == 0 && st.compoundAhead(i) {
		// "U.S. Air Force transport planes dropped food", "Royal Navy
		// supply ships delivered water": a noun before a noun whose own
		// verb follows with its object is the first part of a compound,
		// not the verb of the name before it
		return first
	}
	for _, t := range [...]dateline.Tag{dateline.TagVBZ, dateline.TagVBP, dateline.TagVBD, dateline.TagVB} {
		if c.has(t) {
			if (t == dateline.TagVB || t == dateline.TagVBP) && imm == dateline.TagNN && !st.c[i-1].has(dateline.TagNNS) {
				// "the Lebanese guerrilla group Hezbollah have agreed": a
				// singular noun takes no plural verb, so the word ends
				// the noun phrase
				return first
			}
			if t == dateline.TagVB {
				return dateline.TagVBP
			}
			return t
		}
	}
	return first
}

// peopleAdjective reports whether token i may be a people's adjective
// that an actor mention of one word is: a name of one word, not plural in
// form, before a word read first as a noun or an adjective.
func (st *state) peopleAdjective(i int) bool {
	if st.mark[i]&namedStart == 0 || i+1 >= len(st.toks) || st.mark[i+1]&inNamed != 0 && st.mark[i+1]&namedStart == 0 {
		return false
	}
	n := st.c[i+1].t[0]
	return !strings.HasSuffix(st.toks[i].Lower, "s") && (n.IsNoun() || n.IsAdjective())
}

// existentialBefore reports whether the verb group that word i follows
// has an existential "there" for subject ("there was", "there has been",
// "there will be").
func (st *state) existentialBefore(i int) bool {
	w := st.an.Words
	for j := i - 1; j >= 0; j-- {
		switch {
		case w[j].Tag == dateline.TagEX:
			return true
		case w[j].Tag == dateline.TagMD || w[j].Tag.IsVerb() && (isBe(st.toks[j].Lower) || isHave(st.toks[j].Lower)):
			continue
		}
		return false
	}
	return false
}

// commonPluralFirst reports whether token k opens the sentence and is a
// common plural noun capitalised only as the first word, whatever tag the
// actor stage's reading of it gave ("Doctors strike in Kenya", "Teachers
// rally in Nairobi": a headline's subject).
func (st *state) commonPluralFirst(k int) bool {
	if k != 0 || k >= len(st.toks) || st.an.Words[k].Tag != dateline.TagNNP {
		return false
	}
	e := st.a.entries[st.toks[k].ID]
	return e.known && e.has(dateline.TagNNS) && !e.has(dateline.TagNNP)
}

// named tags a token inside an actor, place or time span: a name or a
// noun, never a verb.
// lemmaRoles returns the roles of word i's form and of its verb lemma:
// "began" has begin's, before lemmas are set.
func (st *state) lemmaRoles(i int) dateline.Roles {
	r := st.a.entries[st.toks[i].ID].roles
	if e := st.e[i]; e.verb != "" {
		r |= st.a.entries[e.verbID].roles
	}
	return r
}

// objectless reports whether the verb at word i may take no object in its
// most frequent sense (WordNet's verb frames: "fled", "died", "resigned";
// not "remanded", "questioned", "sacked").
func (st *state) objectless(i int) bool {
	if v := st.e[i].verb; v != "" {
		return st.a.objectless[v]
	}
	return st.a.objectless[st.toks[i].Lower]
}

// prenounParticiple reports whether word i, an -ing form of a verb that
// never takes an object, between a preposition and a plural noun, says what
// the noun's people are doing: "fired on rioting crowds", "hid among fleeing
// villagers"; not "accused Egypt of arming rebels", "by shelling towns",
// "after meeting ministers", whose verbs take the noun as their object.
func (st *state) prenounParticiple(i int) bool {
	if i == 0 || i+1 >= len(st.toks) || !st.c[i].has(dateline.TagVBG) || !st.intransitive(i) ||
		st.c[i+1].t[0] != dateline.TagNNS {
		return false
	}
	imm, _ := st.prevTag(i, false)
	if imm.IsVerb() && imm != dateline.TagVBG && !isAux(st.lowerAt(i-1)) && st.lemmaRoles(i-1)&(dateline.RoleAspect|dateline.RoleImplicative|dateline.RoleNegative) == 0 {
		return true // "shelled fleeing civilians": the verb's object, not a second act
	}
	return imm == dateline.TagIN && !finiteOpener(st, i-1) && !st.actOfObject(i-1) && !st.byMeans(i)
}

// intransitive reports whether the verb at word i never takes an object in
// its most frequent sense (WordNet's verb frames: "riot", "flee", "mourn";
// not "loot", "strike").
func (st *state) intransitive(i int) bool {
	if v := st.e[i].verb; v != "" {
		return st.a.intransitive[v]
	}
	return st.a.intransitive[st.toks[i].Lower]
}

// namingObject reports whether word i follows the noun phrase that is the
// object of a verb of naming, straight after the verb: there an adjective
// says what the object is called or declared, not the kind of noun it is
// ("declared the election invalid", "ruled the decree null", where "a
// new military offensive" ends in its noun).
func (st *state) namingObject(i int) bool {
	w := st.an.Words
	for v := i - 1; v >= 0 && i-v < 8; v-- {
		switch t := w[v].Tag; {
		case t.IsVerb():
			return v < i-1 && st.lemmaRoles(v)&dateline.RoleNaming != 0
		case !t.IsNoun() && !t.IsAdjective() && !determinerLike(t) && t != dateline.TagCD:
			return false
		}
	}
	return false
}

// oneObject reports whether the words between a verb and word i make one
// noun phrase: no noun stands before a determiner ("the resolution", not
// "the case a farce").
func (st *state) oneObject(i int) bool {
	w := st.an.Words
	det := false
	for v := i - 1; v >= 0 && !w[v].Tag.IsVerb(); v-- {
		switch t := w[v].Tag; {
		case determinerLike(t):
			det = true
		case t.IsNoun() && det:
			return false
		}
	}
	return true
}

// capsAdjective reports whether capitalised word i is an adjective as
// written ("Israeli"), not only as the lower-case word a sentence's first
// word is looked up as ("Turkey" is no "turkey").
func (st *state) capsAdjective(i int) bool {
	if e := st.a.entries[st.tid[i]]; e.known {
		return e.has(dateline.TagJJ)
	}
	return true
}

// sharedModifier reports whether word i, which may be an adjective, opens
// a phrase (no determiner before it) and is joined by "and" or "or" to an
// adjective before a noun. Not a name's adjective: "Indian and Chinese
// troops" are each country's, a list the actor stage reads.
func (st *state) sharedModifier(i int) bool {
	c := &st.c[i]
	if !c.has(dateline.TagJJ) || i+3 >= len(st.toks) || isCapitalised(st.toks[i].Text) || i > 0 && determinerLike(st.an.Words[i-1].Tag) ||
		st.c[i+1].t[0] != dateline.TagCC || st.mark[i+2]&inNamed != 0 && st.mark[i+2]&namedStart == 0 {
		return false
	}
	return st.c[i+2].t[0] == dateline.TagJJ && st.c[i+3].first(nominal) != dateline.TagNone
}

func (st *state) named(i int) dateline.Tag {
	c := &st.c[i]
	t := st.toks[i]
	if i > 0 && st.an.Words[i-1].Tag == dateline.TagTO && st.verbMention(i) {
		return dateline.TagVB // "sent warships to patrol the Black Sea": the infinitive's verb, not the agent noun
	}
	if st.sharedModifier(i) {
		// "cut off military and economic aid", "civilian and military
		// casualties": a word that may be an adjective, joined to an
		// adjective before their noun, modifies that noun too, though the
		// actor stage read it as the people it names (after a determiner
		// it may be a noun of its own: "between the military and armed
		// groups")
		return dateline.TagJJ
	}
	if c.n == 1 && c.t[0].IsPunct() || c.t[0] == dateline.TagPOS || t.Lower == "'s" || t.Lower == "’s" {
		if t.Lower == "'s" || t.Lower == "’s" || (t.Lower == "'" || t.Lower == "’") && st.pluralPossessive(i) {
			return dateline.TagPOS
		}
		return c.t[0]
	}
	if c.has(dateline.TagVBN) && i > 0 && st.mark[i]&namedStart != 0 && (i+1 >= len(st.toks) || st.mark[i+1]&inNamed == 0 || st.mark[i+1]&namedStart != 0) &&
		st.an.Words[i-1].Tag.IsVerb() && (isBe(st.toks[i-1].Lower) || isGet(st.toks[i-1].Lower)) {
		return dateline.TagVBN // "were displaced": a participle the actor stage read as the people it makes
	}
	if c.n == 1 && c.t[0] == dateline.TagWPS {
		return dateline.TagWPS // "whose militias": a mention that opens a relative clause
	}
	if c.has(dateline.TagPRP) || c.has(dateline.TagPRPS) {
		if len(t.Text) > 1 && allCaps(t.Text) && st.mixedCase() {
			return dateline.TagNNP // "the US, Russia and China": a name in capitals, not "us"
		}
		if t.Lower == "her" {
			return st.her(i)
		}
		return c.t[0]
	}
	// a common word capitalised only as a sentence's first ("Protesters
	// clash with police") is tagged as the common word it is
	common := !st.a.entries[st.tid[i]].known && st.a.entries[st.toks[i].ID].known && !c.has(dateline.TagNNP) && !c.has(dateline.TagNNPS) &&
		st.mark[i]&inName == 0 // "Brazil, Colombia and Mexico offered": a name the actor stage read is no common word
	if isCapitalised(t.Text) && !common {
		// "the Islamist group": an agent noun the table lacks, after a
		// determiner, modifies the noun after it
		// (so does a people's adjective the table lacks that an actor
		// mention of one word is, before a word read first as a noun or an
		// adjective: "an Azerbaijani offensive", not "the Houthis set free")
		agentWord := (st.mark[i]&inName == 0 || st.peopleAdjective(i)) && !st.a.entries[st.tid[i]].known && i > 0 && determinerLike(st.an.Words[i-1].Tag)
		if (c.has(dateline.TagJJ) || agentWord) && i+1 < len(st.toks) && (st.mark[i+1]&inNamed == 0 && st.capsAdjective(i) || st.mark[i+1]&inNamed != 0 && st.mark[i+1]&namedStart == 0) &&
			st.c[i+1].first(nounTag) != dateline.TagNone && !isCapitalised(st.toks[i+1].Text) && !st.nameEndsBeforeVerb(i) {
			return dateline.TagJJ // "the Sudanese government", "Israeli air strikes"
		}
		if c.has(dateline.TagJJ) && i+3 < len(st.toks) && st.c[i+1].t[0] == dateline.TagCC && st.c[i+2].has(dateline.TagJJ) && isCapitalised(st.toks[i+2].Text) &&
			st.c[i+3].first(nounTag) != dateline.TagNone && !isCapitalised(st.toks[i+3].Text) {
			return dateline.TagJJ // "the American and Chinese presidents": adjectives joined before their noun
		}
		if st.mark[i]&inTime != 0 || c.t[0] == dateline.TagCD {
			return c.first(func(x dateline.Tag) bool { return x == dateline.TagNNP || x == dateline.TagCD || x.IsNoun() }) | orNNP(c)
		}
		if c.has(dateline.TagNNPS) && !c.has(dateline.TagNNP) {
			return dateline.TagNNPS
		}
		return dateline.TagNNP
	}
	last := i+1 >= len(st.toks) || st.mark[i+1]&inNamed == 0 || st.mark[i+1]&namedStart != 0
	if last && i > 0 && st.an.Words[i-1].Tag == dateline.TagCD && st.countAdjective(i) {
		return dateline.TagJJ // "a $400 million military aid package": a mention that describes the noun after the count
	}
	if last {
		if tt := c.first(nounTag); tt != dateline.TagNone {
			return tt // "the military said": a mention ends in its noun
		}
	}
	if tt := c.first(func(x dateline.Tag) bool {
		return x.IsNoun() || x.IsAdjective() || x == dateline.TagDT || x == dateline.TagCD || x == dateline.TagIN ||
			x == dateline.TagCC || x == dateline.TagPRPS || x == dateline.TagRB
	}); tt != dateline.TagNone {
		return tt
	}
	if c.has(dateline.TagVBN) || c.has(dateline.TagVBD) {
		return dateline.TagJJ // "the U.N.-backed government"
	}
	return dateline.TagNN
}

// lastVerbTag returns the tag of the last verb before word i, or none.
func (st *state) lastVerbTag(i int) dateline.Tag {
	for j := i - 1; j >= 0; j-- {
		if t := st.an.Words[j].Tag; t.IsVerb() {
			return t
		}
	}
	return dateline.TagNone
}

// namedObjectBefore reports whether the words before i are a name opened by
// a determiner after a preposition: "against the Abu Sayyaf".
func (st *state) namedObjectBefore(i int) bool {
	w := st.an.Words
	k := i - 1
	for k >= 0 && (w[k].Tag == dateline.TagNNP || w[k].Tag.IsAdjective()) {
		k--
	}
	return k >= 1 && k < i-1 && determinerLike(w[k].Tag) && w[k].Tag != dateline.TagPOS && w[k-1].Tag == dateline.TagIN
}

// compoundAfterDeterminer reports whether the singular noun at j follows a
// determiner or a possessive, with adjectives between ("the missile", "its
// new missile"), and no verb that takes a bare infinitive stands before the
// phrase ("made the army retreat").
func (st *state) compoundAfterDeterminer(j int) bool {
	w := st.an.Words
	k := j - 1
	for k >= 0 && (w[k].Tag.IsAdjective() || st.demonymHead(k)) {
		k--
	}
	if k < 0 || !determinerLike(w[k].Tag) {
		return false
	}
	if w[k].Tag == dateline.TagPOS {
		for k--; k >= 0 && (w[k].Tag.IsNoun() || st.mark[k]&inNamed != 0); k-- {
		}
		if k >= 0 && determinerLike(w[k].Tag) {
			k--
		}
	} else {
		k--
	}
	return k < 0 || st.lemmaRoles(k)&dateline.RoleBare == 0
}

// demonymHead reports whether the name word at k opens a nationality
// adjective of two words ("North Korean", "South African", "Sri Lankan"):
// a capitalised adjective follows it.
func (st *state) demonymHead(k int) bool {
	w := st.an.Words
	return w[k].Tag == dateline.TagNNP && k+1 < len(w) && w[k+1].Tag.IsAdjective() && isCapitalised(st.toks[k+1].Text)
}

// bareAfterObject reports whether word i, which may be a base verb, follows
// the object of a verb that takes a bare infinitive ("let", "make", "help"),
// and that object ends in a plural or a name: "let weapons inspectors
// return", "made the rebels withdraw". After a singular noun the word may go
// on the compound ("helped the peace process"), and only a word first a
// verb is taken.
func (st *state) bareAfterObject(i int) bool {
	w := st.an.Words
	if i < 2 {
		return false
	}
	last := w[i-1].Tag
	if !last.IsNoun() || st.mark[i-1]&inNamed == 0 && last != dateline.TagNNS && last != dateline.TagNNPS && st.c[i].t[0] != dateline.TagVB {
		return false // "made his appeal": a possessive is no object
	}
	k := i - 1
	for ; k >= 0 && i-k < 7; k-- {
		t := w[k].Tag
		if st.mark[k]&inNamed == 0 && !t.IsNoun() && !t.IsAdjective() && !determinerLike(t) && t != dateline.TagCD {
			break
		}
	}
	return k >= 0 && k < i-1 && w[k].Tag.IsVerb() && st.lemmaRoles(k)&dateline.RoleBare != 0
}

// nameEndsBeforeVerb reports whether word i ends a name of several words
// and the word after it is likelier a verb than a noun: "Pheu Thai accused
// the government", "the European Union set up a fund". The last word of a
// name is its head, not an adjective of what follows ("the Sudanese
// government" is a name of one word, which is one only before a verb with
// an object).
func (st *state) nameEndsBeforeVerb(i int) bool {
	if st.mark[i+1]&inNamed != 0 {
		return false
	}
	next := st.c[i+1].t[0]
	if st.mark[i]&namedStart != 0 {
		// a name of one word: only when an object follows the verb
		// ("Hungary let the migrants board"), after its particle or not
		j := i + 2
		if j < len(st.toks) && st.an.Words[j].Roles&dateline.RoleParticle != 0 {
			j++ // "Hungary set up a fence"
		}
		return next.IsVerb() && st.opensNP(j) && st.c[j].t[0] != dateline.TagCD
	}
	return next.IsVerb() || next == dateline.TagMD || st.willBeforeInfinitive(i+1)
}

// willBeforeInfinitive reports whether word j is a verb of will that can
// be the present of a verb and takes the infinitive after it: "the
// European Union plans to impose", "the African Union aims to deploy"
// (not the plural noun "plans").
func (st *state) willBeforeInfinitive(j int) bool {
	return j+2 < len(st.toks) && st.c[j].has(dateline.TagVBZ) && st.lemmaRoles(j)&dateline.RoleVolition != 0 &&
		st.toks[j+1].Lower == "to" && (st.c[j+2].has(dateline.TagVB) || st.c[j+2].has(dateline.TagVBP))
}

func orNNP(c *cands) dateline.Tag {
	if c.first(func(x dateline.Tag) bool { return x == dateline.TagNNP || x == dateline.TagCD || x.IsNoun() }) == dateline.TagNone {
		return dateline.TagNNP
	}
	return dateline.TagNone
}

// chooseTo tells the infinitive marker from the preposition: "to" before a
// word that can be a base verb is the marker when the verb reading is the
// likelier one or the word before takes infinitives.
func (st *state) chooseTo(i int) dateline.Tag {
	next := i + 1
	for next < len(st.toks) && (st.c[next].t[0] == dateline.TagRB && st.c[next].n == 1 || st.c[next].t[0] == dateline.TagQuote) {
		next++ // "to further isolate", 'vowed to "crush"': a partial quotation
	}
	if next >= len(st.toks) || st.mark[next]&inNamed != 0 && !st.verbMention(next) {
		return dateline.TagIN
	}
	c := &st.c[next]
	if !c.has(dateline.TagVB) && !c.has(dateline.TagVBP) {
		return dateline.TagIN // the present plural is the base form: "end" may be VBP only
	}
	if c.t[0] == dateline.TagVB || c.t[0] == dateline.TagVBP {
		return dateline.TagTO
	}
	// a noun-first word ("attack", "aid", "power"): take the verb when
	// the word before wants an infinitive, or an object follows
	_, pi := st.prevTag(i, true)
	pi = st.beforeTime(pi) // "agreed on Monday to release", "pledged last week to"
	if pi >= 0 {
		r := st.an.Words[pi].Roles | st.a.roles[st.verbLemmaAt(pi)]
		if r&(dateline.RoleVolition|dateline.RoleAttempt|dateline.RoleObjControl|dateline.RoleImplicative|dateline.RoleNegative|dateline.RoleAspect) != 0 {
			return dateline.TagTO
		}
		if r&dateline.RoleCopula != 0 && !isBe(st.lowerAt(pi)) && st.an.Words[pi].Tag.IsVerb() {
			return dateline.TagTO // "appeared to retreat", "seemed to collapse": a verb of seeming takes an infinitive
		}
		if l := st.lowerAt(pi); isBe(l) && !nonFiniteBe(l) {
			return dateline.TagTO // "Putin is to travel to Ankara", "Cedras was to step down": an act arranged
		}
	}
	if pi >= 0 && st.controlledObject(pi) {
		return dateline.TagTO // "urged North Korea to return", "ordered the rebels to lay down"
	}
	if pt, pj := st.prevTag(i, false); pt == dateline.TagCC && st.infinitiveBefore(pj) {
		return dateline.TagTO // "ordered the air force to ignore the zones and to fire on": a second infinitive, joined to the first
	}
	if st.opensNP(next+1) || st.lowerAt(next+1) == "the" || st.lowerAt(next+1) == "what" {
		return dateline.TagTO // "to protest what they called fraud": a free relative is an object
	}
	if pt, _ := st.prevTag(i, false); pt.IsNoun() && next+1 < len(st.toks) && st.c[next+1].t[0] == dateline.TagIN {
		return dateline.TagTO // "began a hunger strike to protest against": a purpose after a whole clause
	}
	if next+2 < len(st.toks) && st.c[next+1].has(dateline.TagRP) && !st.c[next+1].t[0].IsNoun() &&
		(st.opensNP(next+2) || st.c[next+2].t[0] == dateline.TagNNS || st.c[next+2].t[0] == dateline.TagJJ) {
		// "used water cannon to drive back the crowd", "to force back
		// hundreds of marchers": a verb's particle stands between it and
		// its object; a noun takes no particle and then a noun phrase
		return dateline.TagTO
	}
	if pt, _ := st.prevTag(i, false); pt.IsNoun() && next+2 < len(st.toks) && st.c[next+1].t[0].IsAdjective() &&
		(st.c[next+2].t[0] == dateline.TagNN || st.c[next+2].t[0] == dateline.TagNNS) && st.an.Words[next+2].Roles&dateline.RoleTime == 0 {
		// "took to the streets to demand constitutional reform": a noun
		// after "to" takes no adjective after it, a verb's object may
		// open with one (not "a return to work next week": a time)
		return dateline.TagTO
	}
	if pt, _ := st.prevTag(i, false); pt.IsNoun() && next+2 < len(st.toks) && st.c[next+1].has(dateline.TagVBN) && !st.c[next+1].t[0].IsNoun() &&
		(st.opensNP(next+2) || st.c[next+2].t[0].IsNoun() || st.c[next+2].t[0].IsAdjective()) && st.an.Words[next+2].Roles&dateline.RoleTime == 0 {
		// "Iran to free jailed aid worker", "pressure to release detained
		// leaders": a participle that describes the object after the
		// verb, as an adjective does above
		return dateline.TagTO
	}
	if i >= 2 && st.lowerAt(i-1) == "in" && st.an.Words[i-2].Tag.IsVerb() && st.lowerAt(next+1) == "at" {
		// "the plane came in to land at Kigali", "flew in to refuel at
		// Entebbe": the adverb "in" and an infinitive that says where,
		// as the preposition is written "into"; not "caved in to
		// pressure from the unions", a phrasal verb's "to"
		return dateline.TagTO
	}
	if pt, pj := st.prevTag(i, false); pt.IsNoun() && st.an.Words[pj].Roles&dateline.RoleTime != 0 && !isCapitalised(st.toks[next].Text) {
		// "gave the rebels 48 hours to surrender", "a week to return": the
		// span given for an act; not "the three months to March"
		return dateline.TagTO
	}
	return dateline.TagIN
}

// infinitiveBefore reports whether an infinitive ("to" and its verb) opens
// the phrase that the conjunction at j ends, with no finite verb or clause
// opener between: "to ignore both zones and", "to halt the fighting and".
func (st *state) infinitiveBefore(j int) bool {
	w := st.an.Words
	for k := j - 1; k >= 0; k-- {
		switch t := w[k].Tag; {
		case t == dateline.TagTO:
			return k+1 < j && w[k+1].Tag == dateline.TagVB
		case t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD || t == dateline.TagWDT ||
			t == dateline.TagWP || t == dateline.TagColon || st.toks[k].Lower == "that":
			return false
		}
	}
	return false
}

// beforeTime returns the word before the time phrase that ends at word j
// and the preposition that opens it ("agreed on Monday", "offered last
// week": the verb), or j when no time phrase ends there.
func (st *state) beforeTime(j int) int {
	if j < 0 || st.mark[j]&inTime == 0 {
		return j
	}
	k := j
	for k >= 0 && st.mark[k]&inTime != 0 {
		k--
	}
	if k >= 0 && st.an.Words[k].Tag == dateline.TagIN {
		k-- // "on Monday"
	}
	if k < 0 || !st.an.Words[k].Tag.IsVerb() {
		return j
	}
	return k
}

// verbMention reports whether token i, a named span of one lower-case word
// the actor stage read as an agent ("patrol", "guard", "police"), may be
// a base verb with an object after it that is no time: after "to" it is
// the infinitive ("to patrol the Black Sea", "to guard the border"), not
// the noun ("handed him to police the same day").
func (st *state) verbMention(i int) bool {
	if st.mark[i]&namedStart == 0 || i+1 >= len(st.toks) || st.mark[i+1]&inNamed != 0 && st.mark[i+1]&namedStart == 0 {
		return false
	}
	if isCapitalised(st.toks[i].Text) || !st.c[i].has(dateline.TagVB) || st.mark[i+1]&inTime != 0 {
		return false
	}
	return st.opensNP(i+1) || st.lowerAt(i+1) == "the"
}

// controlledObject reports whether token j ends a noun phrase that is the
// object of a verb whose object does its complement ("urged Iran", "asked
// the rebels"): the infinitive that follows is that object's act.
func (st *state) controlledObject(j int) bool {
	w := st.an.Words
	k := j
	for ; k >= 0 && j-k < 12; k-- { // "ordered former Prime Minister X and more than 100 politicians to"
		t := w[k].Tag
		if t == dateline.TagCC && k < j {
			continue // "called on Israel and Hamas to compromise": objects joined
		}
		if st.comparedCount(k) {
			continue // "ordered more than 100 politicians to report": a count's comparison
		}
		if st.memberOf(k) {
			continue // "ordered the ministers of the fallen government to surrender", "all of Daoud's ministers"
		}
		if st.mark[k]&inNamed == 0 && !t.IsNoun() && !t.IsAdjective() && !determinerLike(t) && t != dateline.TagCD && t != dateline.TagPRP {
			break
		}
	}
	if k > 0 && k < j && w[k].Tag == dateline.TagIN && w[k-1].Tag.IsVerb() {
		k-- // "called on both sides to compromise", "appealed to Somalia to share": the object after the verb's preposition
	}
	if k < 0 || k == j || !w[k].Tag.IsVerb() {
		return false
	}
	return (w[k].Roles|st.a.roles[st.verbLemmaAt(k)])&dateline.RoleObjControl != 0
}

// memberOf reports whether token k is an "of" inside an object that names
// people: after a quantity ("all of", "some of") or after a noun the actor
// stage read as an agent or name ("the ministers of the fallen
// government"), not after a noun of an act ("the release of").
func (st *state) memberOf(k int) bool {
	w := st.an.Words
	if k < 1 || k+1 >= len(w) || st.lowerAt(k) != "of" || w[k+1].Tag == dateline.TagPRP {
		return false
	}
	return w[k-1].Roles&dateline.RoleQuantity != 0 || st.mark[k-1]&inNamed != 0 && w[k-1].Tag.IsNoun()
}

// comparedCount reports whether token k is the preposition between a
// comparative and a number ("than" in "more than 100", "fewer than 20"),
// inside the noun phrase the number counts.
func (st *state) comparedCount(k int) bool {
	w := st.an.Words
	return k > 0 && k+1 < len(w) && w[k].Tag == dateline.TagIN && (w[k-1].Tag == dateline.TagJJR || w[k-1].Tag == dateline.TagRBR) && w[k+1].Tag == dateline.TagCD
}

// addressee reports whether the noun phrase ending at j is the object
// straight after a verb of telling or urging ("told reporters", "urged
// the troops"), not a preposition's ("led by Australia").
func (st *state) addressee(j int) bool {
	w := st.an.Words
	k := j
	for ; k >= 0 && j-k < 8; k-- {
		if t := w[k].Tag; st.mark[k]&inNamed == 0 && !t.IsNoun() && !t.IsAdjective() && !determinerLike(t) && t != dateline.TagCD && !st.comparedCount(k) && !st.partOf(k) {
			break
		}
	}
	return k >= 0 && k < j && w[k].Tag.IsVerb() && (w[k].Roles|st.a.roles[st.verbLemmaAt(k)])&dateline.RoleObjControl != 0 &&
		!st.onSubject(k)
}

// partOf reports whether the word at k is the "of" between a quantity or a
// group and its members ("thousands of supporters", "a crowd of
// protesters"): the phrase goes on past it.
func (st *state) partOf(k int) bool {
	w := st.an.Words
	return k > 0 && k+1 < len(w) && w[k].Tag == dateline.TagIN && st.lowerAt(k) == "of" && (w[k-1].Tag.IsNoun() || w[k-1].Tag == dateline.TagCD) && w[k+1].Tag != dateline.TagPRP
}

// clauseAfter reports whether the clause opener at j ("after", "because",
// "since") opens a clause of its own: a noun phrase, then a past tense that
// is no auxiliary ("the coalition collapsed after the minister resigned":
// the later verb is the opened clause's, so the one before it is the
// sentence's). An auxiliary after the phrase is the sentence's verb ("the
// men detained after the riots were freed").
func (st *state) clauseAfter(j int) bool {
	if j+1 >= len(st.toks) || st.an.Words[j].Roles&dateline.RoleOpener == 0 || !st.opensNP(j+1) && st.mark[j+1]&inNamed == 0 {
		return false
	}
	for k := j + 1; k < len(st.toks) && k-j < 10; k++ {
		t := st.c[k].t[0]
		switch {
		case st.mark[k]&inNamed != 0 || t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD || t == dateline.TagPOS:
			continue
		case k > j+1 && st.c[k].has(dateline.TagVBD) && !isAux(st.lowerAt(k)) && t != dateline.TagMD:
			return !st.laterVerb(k + 1) // not "soldiers wounded since the offensive began were flown home"
		}
		return false
	}
	return false
}

// onSubject reports whether the participle at k follows a noun with no
// finite verb before it: it describes the clause's subject, whose verb is
// still to come ("Protesters demanding reforms marched": the noun after a
// verb of urging is then no addressee with a participle of its own).
func (st *state) onSubject(k int) bool {
	w := st.an.Words
	t := w[k].Tag
	return (t == dateline.TagVBG || t == dateline.TagVBN) && k > 0 && (w[k-1].Tag.IsNoun() || st.mark[k-1]&inNamed != 0) && !st.finiteEarlier(k)
}

// countAdjective reports whether the word at i, after a count, may be an
// adjective or a noun and stands before a common noun that is not a
// mention's: then it describes that noun ("two military aid flights").
func (st *state) countAdjective(i int) bool {
	c := &st.c[i]
	return c.has(dateline.TagJJ) && c.has(dateline.TagNN) && i+1 < len(st.toks) && st.mark[i+1]&inNamed == 0 &&
		st.c[i+1].t[0].IsNoun() && st.c[i+1].t[0] != dateline.TagNNP
}

// determinedCompound reports whether the common noun at j ends a phrase
// that a determiner opens, with only names, adjectives and nouns between:
// "the Rafah border", "the main border".
func (st *state) determinedCompound(j int) bool {
	w := st.an.Words
	k := j
	for k >= 0 && j-k < 6 && (st.mark[k]&inNamed != 0 || w[k].Tag.IsNoun() || w[k].Tag.IsAdjective()) {
		k--
	}
	return k >= 0 && k < j && determinerLike(w[k].Tag)
}

// theBeforeName reports whether the name ending at word j (a proper noun
// of one name span, or of capitalised words) stands right after "the":
// "the Rafah crossing" has its head after the name.
func (st *state) theBeforeName(j int) bool {
	k := j
	for k > 0 && j-k < 5 && (st.mark[k]&inNamed != 0 && st.mark[k]&namedStart == 0 || st.mark[k]&inNamed == 0 && st.an.Words[k-1].Tag == dateline.TagNNP) {
		k--
	}
	return k > 0 && st.lowerAt(k-1) == "the"
}

// verbLemmaAt returns the verb lemma of the token at i as the table gives it.
func (st *state) verbLemmaAt(i int) string {
	if e := st.e[i]; e.verb != "" {
		return e.verb
	}
	return st.toks[i].Lower
}

// chooseThat tells the complementizer ("said that"), the relative pronoun
// ("the rebels that attacked") and the determiner ("that day") apart.
func (st *state) chooseThat(i int) dateline.Tag {
	prev, _ := st.prevTag(i, false)
	next := i + 1
	if next >= len(st.toks) {
		return dateline.TagDT
	}
	nc := &st.c[next]
	nextVerbal := nc.t[0].IsVerb() || nc.t[0] == dateline.TagMD || nc.t[0] == dateline.TagRB && next+1 < len(st.toks) && st.c[next+1].first(verbTag) != dateline.TagNone ||
		nc.has(dateline.TagRB) && next+1 < len(st.toks) && st.c[next+1].has(dateline.TagVBD) // "Britain that first imposed"
	switch {
	case prev.IsVerb() && !nextVerbal && (nc.t[0] == dateline.TagNN || nc.t[0] == dateline.TagNNS) &&
		(next+1 >= len(st.toks) || st.c[next+1].t[0] == dateline.TagPunct):
		return dateline.TagDT // "rejected that account.": a clause needs a verb, and none follows
	case prev.IsVerb() || prev == dateline.TagComma || prev == dateline.TagNone || prev.IsAdjective() || prev == dateline.TagRB:
		return dateline.TagIN // "said that", "so sure that"
	case prev.IsNoun() && st.gerundAt(next) && st.toldBefore(i):
		// "warned Finland that joining NATO would have consequences": after
		// the object of a verb that takes a clause, "that" opens what was
		// told, and the gerund is its subject, not a relative's verb
		return dateline.TagIN
	case prev.IsNoun() && nextVerbal && !nc.has(dateline.TagNN) && !nc.has(dateline.TagNNS):
		return dateline.TagWDT // "the rebels that attacked"
	case prev.IsNoun() && nextVerbal:
		return dateline.TagWDT
	case prev.IsNoun() && (nc.has(dateline.TagVBZ) || nc.has(dateline.TagVBP)) && (st.opensNP(next+1) && st.c[next+1].t[0] != dateline.TagCD ||
		st.an.Words[next+1].Roles&dateline.RoleQuantity != 0 && st.lowerAt(next+2) == "of"):
		// "the group that controls the Gaza Strip", "that controls much of
		// the north": a noun read as "that"'s subject takes no object
		return dateline.TagWDT
	case prev == dateline.TagIN && nc.first(nounTag) != dateline.TagNone:
		return dateline.TagDT // "on that day"
	case prev.IsNoun() && st.objectRelativeThat(i):
		return dateline.TagWDT // "retook the town that government troops had captured in May"
	case prev.IsNoun():
		return dateline.TagIN // "the claim that Iran ...", "told reporters that troops had withdrawn"
	}
	return dateline.TagIN
}

// inThingList reports whether the word at i, which the table knows only as
// a base verb, stands before a noun where no base verb can: right after a
// past-tense verb that takes no bare infinitive ("fired stun grenades"),
// or after a comma or conjunction that follows a noun in a clause whose
// verb is past ("fired rubber bullets, stun grenades"): a coordinated verb
// would share the past form.
func (st *state) inThingList(i int) bool {
	if i < 2 || i+1 >= len(st.toks) || !st.c[i+1].t[0].IsNoun() || st.c[i+1].t[0] == dateline.TagNNP {
		return false
	}
	w := st.an.Words
	if w[i-1].Tag == dateline.TagVBD {
		return st.lemmaRoles(i-1)&dateline.RoleBare == 0
	}
	if w[i-1].Tag != dateline.TagComma && w[i-1].Tag != dateline.TagCC || !w[i-2].Tag.IsNoun() {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		switch w[j].Tag {
		case dateline.TagVBD:
			return st.lemmaRoles(j)&dateline.RoleBare == 0
		case dateline.TagVBZ, dateline.TagVBP, dateline.TagMD, dateline.TagVB:
			return false
		}
	}
	return false
}

// mixedCase reports whether the sentence has a word in lower case: a
// sentence set all in capitals (a headline) says nothing by its capitals.
func (st *state) mixedCase() bool {
	for _, t := range st.toks {
		if !allCaps(t.Text) {
			return true
		}
	}
	return false
}

// occasionNoun reports whether word i, a plural noun or a present in -s,
// ends a noun phrase that an occasion word opens ("after border clashes
// between", "amid police raids on"): bare nouns and adjectives after the
// opener, and a preposition after the word. Such an opener before a
// present tense would tell an act to come, which wire copy puts in its own
// tense ("after the army attacked").
func (st *state) occasionNoun(i, next int) bool {
	if next >= len(st.toks) || st.c[next].t[0] != dateline.TagIN || st.lowerAt(next) == "that" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if st.an.Words[j].Roles&dateline.RoleOccasion != 0 {
			return j < i-1
		}
		if t := st.an.Words[j].Tag; t != dateline.TagNN && t != dateline.TagNNP && t != dateline.TagJJ {
			return false
		}
	}
	return false
}

// finiteEarlier reports whether a finite verb stands before word i in the
// sentence.
func (st *state) finiteEarlier(i int) bool {
	for j := 0; j < i; j++ {
		switch st.an.Words[j].Tag {
		case dateline.TagVBD, dateline.TagVBZ, dateline.TagVBP, dateline.TagMD:
			return true
		}
	}
	return false
}

// prepositionAhead reports whether a preposition other than "of" is at i:
// what a verb that acts through it takes ("talks with", "appeals for").
func (st *state) prepositionAhead(i int) bool {
	return i < len(st.toks) && st.mark[i]&inNamed == 0 && st.c[i].t[0] == dateline.TagIN &&
		st.toks[i].Lower != "of" && st.toks[i].Lower != "that" && st.an.Words[i].Roles&(dateline.RoleOpener|dateline.RoleCondition) == 0
}

// verbToEnd reports whether a word likely a finite verb comes from i on,
// to the sentence's end, whatever clauses come between: stricter than
// laterVerb, for a choice that holds only when the sentence has no other
// verb ("The peace talks in Geneva, which began Monday, ended").
func (st *state) verbToEnd(i int) bool {
	for j := i; j < len(st.toks); j++ {
		t := st.c[j].t[0]
		if (t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD || isAux(st.toks[j].Lower) ||
			st.c[j].has(dateline.TagVBD) && t != dateline.TagJJ) &&
			!(j > i && (st.c[j-1].t[0] == dateline.TagTO || determinerLike(st.c[j-1].t[0]))) {
			return true
		}
	}
	return false
}

// determinedNoun reports whether word j is a common noun right after a
// determiner or possessive ("the junta", "its army"): a phrase complete in
// itself, which a compound adjective does not start ("Saudi led").
func (st *state) determinedNoun(j int) bool {
	if j < 1 || st.mark[j]&inName != 0 {
		return false
	}
	t := st.an.Words[j].Tag
	p := st.an.Words[j-1].Tag
	return (t == dateline.TagNN || t == dateline.TagNNS) && (p == dateline.TagDT || p == dateline.TagPRPS)
}

// singularBefore reports whether the word before i ends a singular phrase
// that no plural verb agrees with: a singular name ("the UN"), or a
// common noun with no plural reading ("the government"; not "police").
func (st *state) singularBefore(i int) bool {
	if i < 1 {
		return false
	}
	switch st.an.Words[i-1].Tag {
	case dateline.TagNNP:
		return st.singularName(i - 1)
	case dateline.TagNN:
		return !st.c[i-1].has(dateline.TagNNS) && st.mark[i-1]&inName == 0
	}
	return false
}

// objectOfVerb reports whether the noun phrase that ends at word j
// follows a finite verb straight away (its determiner, adjectives and
// names between), a verb that takes an object and no clause: the phrase
// is that verb's object ("rejected AU", "ignored the opposition").
func (st *state) objectOfVerb(j int) bool {
	w := st.an.Words
	k := j
	for k >= 0 && (st.mark[k]&inNamed != 0 || w[k].Tag.IsNoun() || w[k].Tag.IsAdjective() || determinerLike(w[k].Tag)) {
		k--
	}
	if k < 0 || k == j {
		return false
	}
	t := w[k].Tag
	if !(t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP) || isAux(st.toks[k].Lower) ||
		st.lemmaRoles(k)&(clauseTaking|dateline.RoleCopula|dateline.RoleObjControl|dateline.RolePredict) != 0 {
		return false
	}
	// the verb's own subject opens the sentence or follows a comma: a main
	// clause, not one that is itself a subject ("How many officials
	// backed the plot remains unclear")
	s := k - 1
	for s >= 0 && (st.mark[s]&inNamed != 0 || w[s].Tag.IsNoun() || w[s].Tag.IsAdjective() || determinerLike(w[s].Tag) || w[s].Tag == dateline.TagPOS || w[s].Tag == dateline.TagRB) {
		s--
	}
	return s < k-1 && (s < 0 || w[s].Tag == dateline.TagComma || w[s].Tag == dateline.TagQuote)
}

// pastPairAhead reports whether "and" at i joins a second past form that
// takes its own object ("a crowd of several thousand stormed and set fire
// to the embassy", "5,000 stormed and looted the palace"): the count before
// the first is the subject of two finite verbs, not what a participle
// describes ("three killed and two wounded in the blast" has no object).
func (st *state) pastPairAhead(i int) bool {
	return st.lowerAt(i) == "and" && i+2 < len(st.toks) && st.c[i+1].has(dateline.TagVBD) && st.subjectAhead(i+2) && st.mark[i+2]&inTime == 0 && !st.laterVerb(i+2)
}

// pluralSubjectBefore reports whether the word before i ends a plural noun
// phrase that is the subject of a clause with no verb yet: no verb, modal
// or "to" before it since the clause began, and no clause opened ("said",
// "that", "when": what is said or demanded may be a base form, "demanded
// that the rebels surrender").
func (st *state) pluralSubjectBefore(i int, finite bool) bool {
	if i < 1 || finite || st.opened || st.mark[i]&inNamed != 0 {
		return false
	}
	if p := st.an.Words[i-1].Tag; p != dateline.TagNNS && p != dateline.TagNNPS {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		t := st.an.Words[j].Tag
		switch {
		case t.IsVerb() || t == dateline.TagMD || t == dateline.TagTO || t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagWRB:
			return false
		case t.IsPunct() || t == dateline.TagComma || t == dateline.TagColon || t == dateline.TagCC || t == dateline.TagIN && finiteOpener(st, j):
			return !(t == dateline.TagIN && finiteOpener(st, j))
		}
	}
	return true
}

// openingPhraseNoun reports whether the noun at j ends the object of a
// preposition that opens the sentence, one that opens no clause ("In a
// statement", "Under emergency regulations"; not "After rebels"), with
// only its noun phrase between.
func (st *state) openingPhraseNoun(j int) bool {
	if j < 1 || !st.an.Words[j].Tag.IsNoun() {
		return false
	}
	k := j
	for k >= 0 {
		t := st.an.Words[k].Tag
		if st.mark[k]&inTime != 0 {
			return false // "On Thursday the North fired": a time, then the subject
		}
		if !(t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD || t == dateline.TagPOS || st.mark[k]&inNamed != 0) {
			break
		}
		k--
	}
	return k >= 0 && k < j && st.an.Words[k].Tag == dateline.TagIN && !finiteOpener(st, k) && st.sentenceInitial(k)
}

// afterAbsolute reports whether the comma right before i closes a phrase
// that absolute reads, set off after the subject ("About 200 men, some of
// them armed, landed by boat"): the word at i stands where the subject's
// verb does.
func (st *state) afterAbsolute(i int) bool {
	if i < 2 || st.an.Words[i-1].Tag != dateline.TagComma {
		return false
	}
	j := i - 2
	for j >= 0 && (st.an.Words[j].Tag == dateline.TagVBN || st.an.Words[j].Tag.IsAdjective()) {
		if st.an.Words[j].Tag == dateline.TagVBN && st.absolute(j) {
			return true
		}
		j--
	}
	return false
}
