package syntax

import "dateline"

// nounRels links noun phrases and prepositions: possessors, objects of
// prepositions, prepositions right after a noun, coordination and
// apposition.
func (st *state) nounRels() {
	ch := st.an.Chunks
	for k := range ch {
		switch ch[k].Kind {
		case dateline.ChunkNP:
			if ch[k].Poss && k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkNP && (ch[k+1].From == ch[k].To || st.quoteOpens(ch[k].To, ch[k+1].From)) {
				// "China's dangerous actions", and quoted: "condemned China's
				// \"dangerous actions\"", "Russia's \"illegal annexation\""
				st.rel(dateline.RelPoss, k+1, k)
			}
			if k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkPP && st.punctBetween(k, k+1) == 0 && !ch[k].Time {
				if n := st.doerNoun(k); n >= 0 && st.a.afterDoer[st.toks[ch[k+1].Head].Lower] {
					// "The demand by Ukraine for the withdrawal": the phrase
					// after the doer's name completes the demand
					st.rel(dateline.RelNMod, n, k+1)
				} else {
					st.rel(dateline.RelNMod, k, k+1)
				}
			}
		case dateline.ChunkPP:
			if j := st.nextNP(k); j >= 0 {
				st.rel(dateline.RelPObj, k, j)
			} else if st.toks[ch[k].Head].Lower == "as" && k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkADJP && ch[k+1].From == ch[k].To {
				st.rel(dateline.RelPObj, k, k+1) // "described the move as illegal": what it is called
			}
		case dateline.ChunkADJP:
			if k > 0 && k+1 < len(ch) && ch[k-1].Kind == dateline.ChunkNP && !ch[k-1].Time && ch[k+1].Kind == dateline.ChunkPP &&
				st.punctBetween(k-1, k) == 0 && st.punctBetween(k, k+1) == 0 {
				// "forces loyal to the president": an adjective after a noun
				// takes the preposition after it, which is not the verb's
				st.rel(dateline.RelNMod, k, k+1)
			}
		case dateline.ChunkConj:
			st.conjoin(k)
		}
	}
	st.appositions()
	st.companions()
}

// doerNoun returns, for a name k that is the object of a "by" right
// after a noun phrase ("the demand by Ukraine"), that noun phrase, or -1.
func (st *state) doerNoun(k int) int {
	an := st.an
	ch := an.Chunks
	if k < 2 || st.mark[ch[k].Head]&inNamed == 0 || ch[k].Poss {
		return -1
	}
	pp, n := k-1, k-2
	if ch[pp].Kind != dateline.ChunkPP || st.toks[ch[pp].Head].Lower != "by" || an.Governor(k, dateline.RelPObj) != pp ||
		an.Governor(pp, dateline.RelNMod) != n || ch[n].Kind != dateline.ChunkNP || ch[n].Time {
		return -1
	}
	return n
}

// quoteOpens reports whether tokens [from, to) are one quotation mark.
func (st *state) quoteOpens(from, to int) bool {
	return to == from+1 && st.an.Words[from].Tag == dateline.TagQuote
}

// companions joins a noun phrase and the one "along with", "together with"
// or "as well as" adds to it before their verb ("Russia, along with China,
// vetoed", "Police along with soldiers raided", "Egypt, as well as Qatar,
// mediated"): both are the subject, as with "and". After a verb's object
// ("arrived along with his wife") the phrase stays a preposition's.
func (st *state) companions() {
	ch := st.an.Chunks
	for k := 1; k+1 < len(ch); k++ {
		first := k - 1
		if ch[first].Kind != dateline.ChunkNP || ch[first].Time {
			continue
		}
		j := k
		switch w := st.toks[ch[k].From].Lower; {
		case ch[k].Kind == dateline.ChunkConj && w == "as" && ch[k].To-ch[k].From == 3:
			j++ // "as well as"
		case (ch[k].Kind == dateline.ChunkPP || ch[k].Kind == dateline.ChunkADVP) && (w == "along" || w == "together") &&
			ch[k+1].Kind == dateline.ChunkPP && st.toks[ch[k+1].From].Lower == "with":
			j += 2
		default:
			continue
		}
		if j+1 >= len(ch) || ch[j].Kind != dateline.ChunkNP || ch[j].Time || st.an.Governor(j, dateline.RelConj) >= 0 {
			continue
		}
		v := j + 1
		if ch[v].Kind != dateline.ChunkVG || !ch[v].Verb.Finite || st.punctBetween(first, k) != st.punctBetween(j, v) ||
			st.actedBefore(first) {
			continue
		}
		st.rel(dateline.RelConj, st.head(first), j)
		for p := k; p < j; p++ {
			// the prepositions are the noun's, not the verb's
			if ch[p].Kind == dateline.ChunkPP && st.an.Governor(p, dateline.RelNMod) < 0 {
				st.rel(dateline.RelNMod, first, p)
			}
		}
	}
}

// nextNP returns the noun phrase right after chunk k (quotation marks
// aside), or -1.
func (st *state) nextNP(k int) int {
	ch := st.an.Chunks
	j := k + 1
	if j < len(ch) && ch[j].Kind == dateline.ChunkADVP && st.punctBetween(k, j) == 0 {
		j++ // "by only 20 votes"
	}
	if j >= len(ch) || ch[j].Kind != dateline.ChunkNP {
		return -1
	}
	for i := ch[k].To; i < ch[j].From; i++ {
		if t := st.an.Words[i].Tag; t != dateline.TagQuote && !t.IsAdverb() {
			return -1
		}
	}
	if ch[j].Time && ch[j].Poss && j+1 < len(ch) && ch[j+1].Kind == dateline.ChunkNP && ch[j+1].From == ch[j].To {
		j++ // "in Thursday's attack": the attack, which the time only dates
	}
	return j
}

// inOpeningParticiple reports whether chunk p lies in a participle clause
// that opens the sentence, before its first comma ("Meeting on the
// sidelines of the summit in Bali, the two presidents ..."): the comma
// after it ends that clause, it does not join a list.
func (st *state) inOpeningParticiple(p int) bool {
	ch := st.an.Chunks
	if len(ch) == 0 || ch[0].Kind != dateline.ChunkVG || st.an.Words[ch[0].Head].Tag != dateline.TagVBG {
		return false
	}
	for j := 0; j < p; j++ {
		if st.punctBetween(j, j+1) == ',' {
			return false
		}
	}
	return true
}

// inOpener reports whether noun phrase p ends a phrase that opens the
// sentence before its subject as a preposition's object, in a
// prepositional phrase or a subordinate clause ("After talks in Geneva, Iran and Russia signed", "When talks resumed in
// Cairo, Israel and Jordan agreed"), and the list that its comma is
// followed by ends at right, right before a finite verb: the comma closes
// the opener, it does not join the list. A list after the opener that a
// comma ends stays one ("Across Iraq, Syria and Lebanon, militants").
func (st *state) inOpener(p, right int) bool {
	ch := st.an.Chunks
	if k := ch[0].Kind; k != dateline.ChunkPP && k != dateline.ChunkSub || st.an.Governor(p, dateline.RelPObj) < 0 || right+1 >= len(ch) ||
		ch[right+1].Kind != dateline.ChunkVG || !ch[right+1].Verb.Finite || st.punctBetween(right, right+1) != 0 {
		return false
	}
	for j := 1; j < p; j++ {
		if ch[j].Kind == dateline.ChunkVG && ch[j].Verb.Finite && ch[0].Kind != dateline.ChunkSub {
			return false
		}
	}
	return true
}

// datedPhrase returns the noun phrase that the time phrase at k, the
// object of a preposition right after it, dates ("Gaza on Monday"), when
// that phrase is a finite verb's object; else -1.
func (st *state) datedPhrase(k int) int {
	ch := st.an.Chunks
	pp, o := k-1, k-2
	if o < 0 || ch[pp].Kind != dateline.ChunkPP || ch[o].Kind != dateline.ChunkNP || ch[o].Time ||
		st.punctBetween(o, k) != 0 || !st.finiteBefore(o) {
		return -1
	}
	if v := o - 1; v < 0 || ch[v].Kind != dateline.ChunkVG || !ch[v].Verb.Finite {
		return -1
	}
	return o
}

// gapped reports whether the noun phrase at right, after the conjunction
// at k and a comma after a finite verb's phrase at left, opens a clause
// whose verb is left out: another noun phrase follows it straight away and
// ends the clause ("Iran seized one tanker, and Britain another", "sent
// troops to Mali, and France two warships").
func (st *state) gapped(left, k, right int) bool {
	ch := st.an.Chunks
	next := right + 1
	if st.punctBetween(left, k) != ',' || !st.finiteBefore(left) || next >= len(ch) || ch[next].Kind != dateline.ChunkNP ||
		ch[next].Time || ch[right].Poss || st.punctBetween(right, next) != 0 {
		return false
	}
	return next+1 >= len(ch) || ch[next+1].Kind == dateline.ChunkPP || st.punctBetween(next, next+1) != 0
}

// bareObjects reports whether the noun phrase at left is the object of a
// verb of bare infinitives right before it ("helped", "made", "let") and
// the verb group at v, a bare form with no auxiliary, is their complement:
// "helped Armenia and Azerbaijan resume talks" joins two objects, who
// resume the talks.
func (st *state) bareObjects(left, v int) bool {
	ch, w := st.an.Chunks, st.an.Words
	g := left - 1
	return g >= 0 && ch[g].Kind == dateline.ChunkVG && w[ch[g].Head].Roles&dateline.RoleBare != 0 && st.punctBetween(g, left) == 0 &&
		ch[v].From == ch[v].Head && (w[ch[v].Head].Tag == dateline.TagVBP || w[ch[v].Head].Tag == dateline.TagVB)
}

// conjoin links the noun phrases a conjunction at k joins: "A and B",
// "A, B and C" (each further conjunct to the first), and "A and B's".
func (st *state) conjoin(k int) {
	ch := st.an.Chunks
	if k == 0 || k+1 >= len(ch) {
		return
	}
	left, right := k-1, k+1
	if ch[right].Kind == dateline.ChunkADVP && right+1 < len(ch) {
		if st.negated(right) {
			// "sanctioned Russia but not Belarus": the phrase after the
			// negation is set apart from the list, no member of it
			return
		}
		right++ // "and also Egypt"
	}
	if ch[left].Time && ch[right].Kind == dateline.ChunkNP && !ch[right].Time && st.punctBetween(left, right) == 0 {
		// "struck Gaza on Monday and Lebanon on Tuesday": the phrase after
		// "and" joins the one the time phrase dates, not the time
		if o := st.datedPhrase(left); o >= 0 && !(right+1 < len(ch) && ch[right+1].Kind == dateline.ChunkVG) {
			st.rel(dateline.RelConj, o, right)
		}
		return
	}
	if ch[left].Kind != dateline.ChunkNP || ch[right].Kind != dateline.ChunkNP || ch[left].Time || ch[right].Time {
		return
	}
	if d := st.descriptionStart(left); d > 0 && st.describedMember(d-1, d, left) &&
		(st.an.Governor(d-1, dateline.RelPObj) >= 0 || right+1 >= len(ch) || ch[right+1].Kind != dateline.ChunkVG || !st.finiteBefore(d-1)) {
		// "talks between Ali Shamkhani, the secretary of the council, and
		// Musaed al-Aiban": the member is the name; what follows it between
		// commas is its apposition, not another member
		st.rel(dateline.RelConj, d-1, right)
		if pp := st.an.Governor(d-1, dateline.RelPObj); pp >= 0 {
			st.rel(dateline.RelPObj, pp, right)
		}
		return
	}
	if d := st.descriptionStart(left); d > 0 && ch[d-1].Kind == dateline.ChunkNP && st.punctBetween(d-1, d) == ',' && st.describedTwice(d-1, d, left) {
		// "Kenya, a key ally of Washington and a member of the bloc,": both
		// describe the name (appositions), the second joins no noun inside
		// the first
		return
	}
	// a possessor's conjunct: "Israel and Jordan 's" — link the possessors
	serial := left > 0 && ch[left-1].Kind == dateline.ChunkNP && st.punctBetween(left-1, left) == ','
	v := right + 1
	if v < len(ch) && ch[v].Kind == dateline.ChunkADVP && st.punctBetween(right, v) == 0 {
		v++ // "..., and some protesters briefly occupied": an adverb before the verb
	}
	if st.punctBetween(left, k) == ',' && (!serial || st.finiteBefore(left)) && v < len(ch) && ch[v].Kind == dateline.ChunkVG && ch[v].Verb.Finite {
		// "... Gadhafi, and it is now governed", "named its speaker, X, as
		// president, and he imposed": a new clause, not a list ("A, B, and C
		// met" is, with no verb before it)
		return
	}
	if st.punctBetween(left, k) == ',' && st.toks[ch[k].Head].Lower == "but" && st.finiteBefore(left) {
		// "declared a state of emergency, but army and police commanders
		// refused": after a clause and its comma, "but" opens another
		return
	}
	if st.gapped(left, k, right) {
		// "Iran seized one tanker, and Britain another": a clause whose
		// verb is left out, its subject and object side by side; the
		// subject is no member of the object's list
		return
	}
	if right+1 < len(ch) && ch[right+1].Kind == dateline.ChunkVG && ch[right+1].Verb.Finite && st.punctBetween(right, right+1) == 0 &&
		st.punctBetween(left, right) == 0 && st.actedBefore(left) && !st.bareObjects(left, right+1) {
		// "arrested five men in Lagos and soldiers killed two rebels": the
		// phrase after "and" opens a clause of its own, with its verb
		return
	}
	first := left
	for {
		// walk left over ", NP" to the list's first member; a name after a
		// description is its apposition, not another member ("the prime
		// minister, Fayez Serraj, and Gen. Hifter")
		p := first - 1
		if p < 0 || ch[p].Kind != dateline.ChunkNP || st.punctBetween(p, first) != ',' || ch[p].Time ||
			!st.proper(p) && st.proper(first) || st.inOpeningParticiple(p) || st.inOpener(p, right) || st.correlative(first) ||
			st.describedTwice(p, first, left) {
			break
		}
		first = p
	}
	if p := first - 1; p >= 0 && ch[p].Kind == dateline.ChunkNP && st.punctBetween(p, first) == ',' && st.describedTwice(p, first, left) {
		return // "Ali Khan, a lawyer and activist,": both describe him (appositions)
	}
	if g := st.an.Governor(first, dateline.RelConj); g >= 0 {
		first = g
	}
	for j := first + 1; j < left; j++ {
		if ch[j].Kind == dateline.ChunkNP {
			st.rel(dateline.RelConj, first, j)
		}
	}
	if left != first {
		st.rel(dateline.RelConj, first, left)
	}
	st.rel(dateline.RelConj, first, right)
	// a shared preposition: "between Israel and Egypt" — both are its objects
	if pp := st.an.Governor(first, dateline.RelPObj); pp >= 0 {
		st.rel(dateline.RelPObj, pp, right)
	}
}

// verbBefore reports whether a verb group comes before chunk k.
func (st *state) verbBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if st.an.Chunks[j].Kind == dateline.ChunkVG {
			return true
		}
	}
	return false
}

// appositions links "NP, NP," where the second names or describes the
// first: "Kenzo Oshima, the UN relief coordinator, demanded"; not a list
// ("Iran, Iraq and Syria").
func (st *state) appositions() {
	ch := st.an.Chunks
	for k := 0; k+1 < len(ch); k++ {
		if ch[k].Kind != dateline.ChunkNP || ch[k].Time || st.age(k) {
			continue
		}
		// (a preposition's object only after the clause's verb: "imposed
		// sanctions on the oil-rich country, Venezuela"; not "In the north,
		// Boko Haram"; but before its verb when the phrase set off closes
		// right before it, see closedBeforeVerb)
		pobjBefore := st.an.Governor(k, dateline.RelPObj) >= 0 && !ch[k].Named && !st.verbBefore(k)
		j := k + 1
		if st.age(j) {
			// "Jose Ferrer, 51, the leader of": past the age, a phrase may
			// be the noun's apposition; the age is no actor, so it takes no
			// relation that a reader of the noun's apposition would follow
			if j++; j >= len(ch) {
				continue
			}
		}
		lead := j
		if j+1 < len(ch) && (ch[j].Kind == dateline.ChunkADVP || ch[j].Kind == dateline.ChunkADJP) && ch[j].To-ch[j].From == 1 &&
			ch[j+1].Kind == dateline.ChunkNP && st.punctBetween(j, j+1) == 0 {
			j++ // "the National Union of Mineworkers, long the dominant union,": an adverb of time opens it
		}
		if ch[j].Kind != dateline.ChunkNP || st.punctBetween(lead-1, lead) != ',' || ch[j].Time {
			continue
		}
		elliptic := st.an.Words[ch[j].Head].Tag.IsAdjective() && st.an.Words[ch[j].From].Tag == dateline.TagDT
		// the second phrase runs through its possessed noun and
		// prepositional modifiers, then must end at a comma, a verb or the end
		end := st.descriptionEnd(j, elliptic)
		closed := st.closedBeforeVerb(k, j, end)
		if pobjBefore && !closed {
			continue
		}
		if !st.nameLike(k) && !st.nameLike(j) && !elliptic && !closed {
			continue // (but "The attack, the deadliest in years, was": a phrase with no noun stands for the one before)
		}
		if st.an.Words[ch[j].From].Tag == dateline.TagWPS {
			continue // "Hifter, whose forces": a relative clause
		}
		if e := st.participleDescribed(end); e > end {
			end = e // "Tom Kulunga, the police commissioner appointed by Somare's camp, ordered"
		}
		if end+1 < len(ch) && !st.describedTwice(k, j, end) {
			whose := ch[end+1].Kind == dateline.ChunkNP && st.an.Words[ch[end+1].From].Tag == dateline.TagWPS // "an Israeli boy whose parents were killed"
			if p := st.punctBetween(end, end+1); p == 0 && !((st.relativeOpener(end+1) || whose) && st.an.Governor(k, dateline.RelPObj) < 0) {
				continue // "Hifter, the army said": the subject of what follows
			}
			if (ch[end+1].Kind == dateline.ChunkConj || ch[end+1].Kind == dateline.ChunkNP && st.punctBetween(end, end+1) == ',' &&
				st.an.Words[ch[end+1].From].Tag != dateline.TagWPS) && !(!st.proper(k) && st.proper(j)) && !st.describedMember(k, j, end) {
				continue // a list; not "X, the prime minister, whose government": a relative clause
			}
		}
		second := j
		if ch[j].Poss && j+1 < len(ch) && ch[j+1].Kind == dateline.ChunkNP {
			second = j + 1 // "Lavrov, Russia 's foreign minister"
		}
		st.rel(dateline.RelAppos, k, second)
		if st.describedTwice(k, j, end) {
			third := end + 2
			if ch[third].Poss && third+1 < len(ch) && ch[third+1].Kind == dateline.ChunkNP {
				third++ // "and Mali 's main ally"
			}
			st.rel(dateline.RelAppos, k, third) // "a lawyer and activist": the second describes him too
		}
	}
}

// closedBeforeVerb reports whether the phrase j..end set off after noun
// phrase k, opening with a determiner or a possessor, closes with a comma
// right before a finite verb: "Residents of San Andres, the largest of the
// islands, marched", "Residents of the capital, a city of two million,
// marched". Nothing else can stand between a subject and its verb there,
// so the phrase describes the noun before it, even when that is a
// preposition's object or a common noun.
func (st *state) closedBeforeVerb(k, j, end int) bool {
	ch := st.an.Chunks
	if end+1 >= len(ch) || st.punctBetween(end, end+1) != ',' || ch[end+1].Kind != dateline.ChunkVG || !ch[end+1].Verb.Finite {
		return false
	}
	if !ch[j].Poss && st.an.Words[ch[j].From].Tag != dateline.TagDT {
		return false
	}
	return st.punctBetween(k, j) == ',' && !st.proper(j)
}

// participleDescribed returns, when a bare participle follows the
// description ending at chunk end and its phrase (prepositions and noun
// phrases, no punctuation) closes with a comma right before a finite verb,
// the last chunk of that phrase: "the police commissioner appointed by
// Somare's camp, ordered"; else end.
func (st *state) participleDescribed(end int) int {
	ch := st.an.Chunks
	v := end + 1
	if v >= len(ch) || ch[v].Kind != dateline.ChunkVG || ch[v].Verb.Finite || ch[v].From != ch[v].Head || st.punctBetween(end, v) != 0 {
		return end
	}
	if t := st.an.Words[ch[v].Head].Tag; t != dateline.TagVBN && t != dateline.TagVBG {
		return end
	}
	e := v
	for e+1 < len(ch) && st.punctBetween(e, e+1) == 0 && (ch[e+1].Kind == dateline.ChunkPP || ch[e+1].Kind == dateline.ChunkNP) {
		e++
	}
	if e == v || e+1 >= len(ch) || st.punctBetween(e, e+1) != ',' || ch[e+1].Kind != dateline.ChunkVG || !ch[e+1].Verb.Finite {
		return end
	}
	return e
}

// descriptionEnd returns the last chunk of the noun phrase that opens at
// noun phrase j, through its possessed noun and prepositional modifiers
// with no punctuation between ("a key ally of Washington", "Mali 's main
// ally"); elliptic, a phrase with no noun also takes a time after it.
func (st *state) descriptionEnd(j int, elliptic bool) int {
	ch := st.an.Chunks
	end := j
	for end+1 < len(ch) && st.punctBetween(end, end+1) == 0 &&
		(ch[end+1].Kind == dateline.ChunkPP || ch[end+1].Kind == dateline.ChunkNP && (ch[end].Kind == dateline.ChunkPP || ch[end].Poss || elliptic && ch[end+1].Time) ||
			// "Zawiya, a town west of the capital,": a compass adverb before its
			// preposition; "the force responsible for the city": an adjective
			(ch[end+1].Kind == dateline.ChunkADVP || ch[end+1].Kind == dateline.ChunkADJP) && ch[end].Kind == dateline.ChunkNP && end+2 < len(ch) && ch[end+2].Kind == dateline.ChunkPP && st.punctBetween(end+1, end+2) == 0) {
		end++
	}
	return end
}

// age reports whether noun phrase k is a person's age between commas after
// a noun ("Jose Ferrer, 51, was arrested", "the activist, 29,"): a bare
// number a person may be old, no count nor list.
func (st *state) age(k int) bool {
	ch := st.an.Chunks
	if k < 1 || k >= len(ch) || ch[k].Kind != dateline.ChunkNP || ch[k].To-ch[k].From != 1 || st.an.Words[ch[k].From].Tag != dateline.TagCD {
		return false
	}
	w := st.toks[ch[k].From].Text
	if len(w) > 3 || w[0] < '1' || w[0] > '9' || len(w) == 3 && w[0] != '1' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	prev := ch[k-1]
	if prev.Kind != dateline.ChunkNP || prev.Time || !st.an.Words[prev.Head].Tag.IsNoun() || st.punctBetween(k-1, k) != ',' {
		return false
	}
	return k+1 == len(ch) || st.punctBetween(k, k+1) == ','
}

// relativeOpener reports whether chunk k opens a relative clause on the
// phrase before it ("the activist who has been jailed since 2019, began"):
// an apposition of a subject or an object may carry one before its closing
// comma (not of a preposition's object: "cleared them of rebellion, a
// count that had been pressed by prosecutors").
func (st *state) relativeOpener(k int) bool {
	c := &st.an.Chunks[k]
	if c.Kind != dateline.ChunkSub {
		return false
	}
	t := st.an.Words[c.Head].Tag
	return t == dateline.TagWP || t == dateline.TagWDT
}

// nameLike reports whether noun phrase k names someone: an actor found
// earlier, or a proper noun.
func (st *state) nameLike(k int) bool {
	c := &st.an.Chunks[k]
	t := st.an.Words[c.Head].Tag
	return c.Named || t == dateline.TagNNP || t == dateline.TagNNPS
}

// descriptionStart returns the first chunk of the noun phrase that ends
// at noun phrase e, through possessives and prepositional phrases with no
// punctuation between ("the secretary of Iran 's Supreme Council"), when
// a comma stands before it; else -1.
func (st *state) descriptionStart(e int) int {
	ch := st.an.Chunks
	j := e
	for j > 0 && st.punctBetween(j-1, j) == 0 && (ch[j-1].Kind == dateline.ChunkPP || ch[j-1].Kind == dateline.ChunkNP && (ch[j].Kind == dateline.ChunkPP || ch[j-1].Poss)) {
		j--
	}
	if j < 1 || ch[j].Kind != dateline.ChunkNP || st.punctBetween(j-1, j) != ',' {
		return -1
	}
	return j
}

// describedMember reports whether noun phrase k is a name and the phrase
// from j to end, set off by commas after it, a description of it (it opens
// with a determiner or a possessor, and is no name) that a conjunction and
// another name follow: "Ali Shamkhani, an Iranian official, and Musaed
// al-Aiban" lists two people, not three.
func (st *state) describedMember(k, j, end int) bool {
	ch := st.an.Chunks
	if k < 0 || ch[k].Kind != dateline.ChunkNP || !st.proper(k) || ch[k].Time || end+2 >= len(ch) || ch[end+1].Kind != dateline.ChunkConj ||
		st.punctBetween(end, end+1) != ',' || ch[end+2].Kind != dateline.ChunkNP || !st.proper(end+2) {
		return false
	}
	first := st.an.Words[ch[j].From].Tag
	return (first == dateline.TagDT || ch[j].Poss) && !(st.proper(j) && !ch[j].Poss)
}

// describedTwice reports whether the description j (to end) of the name k
// goes on after "and" (or "or") with a second one, then a comma or a
// relative clause: "Sergei Kovalyov, a rights campaigner and deputy,
// accused" and "Ali Khan, a lawyer and a former minister who ..., said"
// describe one person, where "Iran, Iraq and Syria" lists three and "Ali
// Khan, a student and two teachers" or "..., a student and his brother"
// three people. A subject's descriptions set off right before its verb may
// also open with "the" or a possessor: "France, the former colonial power
// and Mali 's main ally, suspended", "Sergey Lavrov, Russia 's foreign
// minister and a veteran diplomat, said"; a list there closes with no
// comma before its verb ("Mali, the junta and the opposition agreed").
func (st *state) describedTwice(k, j, end int) bool {
	ch := st.an.Chunks
	if !st.proper(k) && !st.namedOne(k) || st.proper(j) && !ch[j].Poss || end+3 >= len(ch) ||
		ch[end+1].Kind != dateline.ChunkConj || st.punctBetween(end, end+1) != 0 || ch[end+2].Kind != dateline.ChunkNP {
		return false
	}
	third := end + 2
	last := third
	if st.indefinite(ch[j].From) {
		if st.proper(third) {
			return false
		}
		last = st.descriptionEnd(third, false)
		if last+1 >= len(ch) || st.punctBetween(last, last+1) != ',' && !st.relativeOpener(last+1) {
			return false
		}
		second, head := ch[third].From, st.an.Words[ch[third].Head].Tag
		return head == dateline.TagNN && (st.indefinite(second) || st.an.Words[second].Tag != dateline.TagDT && st.an.Words[second].Tag != dateline.TagPRPS && st.an.Words[second].Tag != dateline.TagCD)
	}
	// a definite or possessed description, of a subject only
	if !st.describes(j) || !st.describes(third) {
		return false
	}
	last = st.descriptionEnd(third, false)
	v := last + 1
	if v < len(ch) && st.relativeOpener(v) && st.punctBetween(last, v) == 0 {
		return st.an.Governor(k, dateline.RelPObj) < 0 && !st.finiteBefore(k)
	}
	if v >= len(ch) || st.punctBetween(last, v) != ',' {
		return false
	}
	for {
		// past an adverb or a time before the verb: "..., also
		// criticised", "..., on Monday criticised"
		switch {
		case ch[v].Kind == dateline.ChunkADVP && v+1 < len(ch) && st.punctBetween(v, v+1) == 0:
			v++
			continue
		case ch[v].Kind == dateline.ChunkPP && v+2 < len(ch) && ch[v+1].Kind == dateline.ChunkNP && ch[v+1].Time && st.punctBetween(v, v+2) == 0:
			v += 2
			continue
		}
		break
	}
	return ch[v].Kind == dateline.ChunkVG && ch[v].Verb.Finite &&
		st.an.Words[ch[v].From].Tag != dateline.TagVBP && st.an.Governor(k, dateline.RelPObj) < 0 && !st.finiteBefore(k)
}

// namedOne reports whether noun phrase k, an actor found earlier, is a
// definite singular common noun that stands for one ("The Kenyan
// president", "Russia 's foreign minister"): described twice after it as a
// name is ("The Kenyan president, a member of the ruling party and a former
// banker, rejected").
func (st *state) namedOne(k int) bool {
	ch := st.an.Chunks
	if !ch[k].Named || ch[k].Poss || st.an.Words[ch[k].Head].Tag != dateline.TagNN {
		return false
	}
	first := ch[k].From
	return st.lowerAt(first) == "the" || k > 0 && ch[k-1].Poss && ch[k-1].To == first
}

// describes reports whether noun phrase j opens a description of one: a
// singular common noun after a determiner or a name's possessive ("the
// former colonial power", "Mali 's main ally", "Russia 's foreign
// minister"), or after adjectives alone ("biggest arms supplier"); not a
// name ("the European Union"), a plural ("the rebels") nor a phrase a
// pronoun possesses ("his brother", who may be another person).
func (st *state) describes(j int) bool {
	ch := st.an.Chunks
	head := ch[j].Head
	if ch[j].Poss {
		if !st.proper(j) || j+1 >= len(ch) || ch[j+1].Kind != dateline.ChunkNP || ch[j+1].From != ch[j].To {
			return false
		}
		head = ch[j+1].Head
	} else if st.proper(j) {
		return false
	}
	if st.an.Words[head].Tag != dateline.TagNN {
		return false
	}
	switch st.an.Words[ch[j].From].Tag {
	case dateline.TagPRPS, dateline.TagCD:
		return false
	}
	return true
}

// proper reports whether noun phrase k's head is a proper noun.
func (st *state) proper(k int) bool {
	t := st.an.Words[st.an.Chunks[k].Head].Tag
	return t == dateline.TagNNP || t == dateline.TagNNPS
}

// correlative reports whether noun phrase k opens with "neither" or
// "either": the first member of its own list ("from both sides, neither
// the army nor the rebels fired"), never a later one.
func (st *state) correlative(k int) bool {
	switch st.toks[st.an.Chunks[k].From].Lower {
	case "neither", "either":
		return true
	}
	return false
}

// negated reports whether the adverb chunk k begins with a negation
// ("not", "never").
func (st *state) negated(k int) bool {
	return st.an.Words[st.an.Chunks[k].From].Roles&dateline.RoleNegation != 0
}
