package syntax

import (
	"slices"

	"dateline"
)

// verbRels gives each clause's verb group its subject, objects, passive
// agent and prepositions.
func (st *state) verbRels() {
	an := st.an
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		k := c.Verb
		if s := st.subject(ci); s >= 0 {
			st.rel(dateline.RelSubj, k, s)
			first := s
			for g := an.Governor(first, dateline.RelConj); g >= 0 && g < first; g = an.Governor(first, dateline.RelConj) {
				first = g // "neither the army nor the rebels fired": the list's first member
			}
			if w := st.an.Words[an.Chunks[first].From]; w.Roles&dateline.RoleNegation != 0 && !w.Tag.IsAdverb() {
				// "Neither Russia nor Ukraine attended", "no country
				// recognised the vote": a subject that names no one negates
				an.Chunks[k].Verb.Neg = true
			}
			if st.notOne(first) {
				an.Chunks[k].Verb.Neg = true // "not a single shot was fired", "not one bomb fell"
			}
		}
		st.objects(ci)
		st.relativeObject(ci)
		st.freeRelativeObject(ci)
	}
	for ci := range an.Clauses {
		st.namedObject(ci)
		st.openingSubject(ci)
	}
	// "ousted and killed Gadhafi": verbs joined before one object share it;
	// the last joined first, so a list passes it back ("detained,
	// questioned and released the journalist")
	for i := len(an.Rels) - 1; i >= 0; i-- {
		r := an.Rels[i]
		if r.Kind != dateline.RelConj || an.Chunks[r.From].Kind != dateline.ChunkVG || an.Chunks[r.From].Verb.Passive {
			continue
		}
		if an.Chunks[r.From].Verb.Finite && an.Words[an.Chunks[r.From].Head].Tag == dateline.TagVB && ownTense(an.Words[an.Chunks[r.To].Head].Tag) {
			// "he would not resign and blamed the violence": the second verb
			// has a tense of its own, so it shares no auxiliary, nor object
			continue
		}
		if an.Dependent(r.From, dateline.RelObj) < 0 && st.joinedOnly(an.Chunks[r.From].To, an.Chunks[r.To].From) {
			if o := an.Dependent(r.To, dateline.RelObj); o >= 0 {
				st.rel(dateline.RelObj, r.From, o)
			}
		}
	}
	st.sharedAgents()
}

// sharedAgents gives passives joined before one "by" phrase its agent:
// "were beaten and detained by riot police" tells who beat them as well as
// who detained them. The last joined first, so a list passes it back
// ("were beaten, stripped and detained by soldiers"); a passive with an
// agent of its own keeps it, and verbs joined by more than a conjunction
// ("were killed and three were wounded by") share none.
func (st *state) sharedAgents() {
	an := st.an
	for i := len(an.Rels) - 1; i >= 0; i-- {
		r := an.Rels[i]
		if r.Kind != dateline.RelConj || an.Chunks[r.From].Kind != dateline.ChunkVG || an.Chunks[r.To].Kind != dateline.ChunkVG ||
			!an.Chunks[r.From].Verb.Passive || !an.Chunks[r.To].Verb.Passive {
			continue
		}
		if an.Dependent(r.From, dateline.RelAgent) < 0 && an.Dependent(r.From, dateline.RelObj) < 0 && st.joinedOnly(an.Chunks[r.From].To, an.Chunks[r.To].From) {
			if a := an.Dependent(r.To, dateline.RelAgent); a >= 0 {
				st.rel(dateline.RelAgent, r.From, a)
			}
		}
	}
}

// joinedOnly reports whether tokens [from, to) join two verbs and say no
// more: a comma of a list or one conjunction, with adverbs about it
// ("ousted and killed", "detained, questioned", "condemned and later
// sanctioned", "condemned, and then sanctioned").
func (st *state) joinedOnly(from, to int) bool {
	cc := 0
	for k := from; k < to; k++ {
		switch t := st.an.Words[k].Tag; {
		case t == dateline.TagCC:
			cc++
		case t == dateline.TagComma || t.IsAdverb() && st.an.Words[k].Roles&dateline.RoleNegation == 0:
		default:
			return false
		}
	}
	return cc <= 1 && to > from
}

// namedObject gives a verb with no object of its own, followed by "what"
// and a clause whose verb names what it is ("condemned what she called
// organised rioting"), the phrase that names it as object: what is
// condemned is what she called organised rioting.
func (st *state) namedObject(ci int) {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseRelative || c.Opener < 0 || st.toks[c.Opener].Lower != "what" || c.Parent < 0 {
		return
	}
	pv := an.Clauses[c.Parent].Verb
	op := int(an.Words[c.Opener].Chunk)
	if op != pv+1 || an.Dependent(pv, dateline.RelObj) >= 0 || an.Chunks[pv].Verb.Passive || an.Chunks[c.Verb].Verb.Passive {
		return
	}
	if an.Dependent(c.Verb, dateline.RelSubj) < 0 || an.Dependent(c.Verb, dateline.RelObj2) >= 0 {
		return
	}
	if o := an.Dependent(c.Verb, dateline.RelObj); o >= 0 && an.Chunks[o].Kind == dateline.ChunkNP {
		st.rel(dateline.RelObj, pv, o)
	} else if k := st.whatNamedAs(ci); o < 0 && k >= 0 {
		// "launched what it described as a targeted raid": the phrase
		// after "as" names it
		st.rel(dateline.RelObj, pv, k)
	} else if k := c.Verb + 1; o < 0 && k+1 < len(an.Chunks) && an.Chunks[k].Kind == dateline.ChunkVG && an.Chunks[k].From == an.Chunks[k].Head &&
		isBe(st.lowerAt(an.Chunks[k].Head)) && an.Chunks[k+1].Kind == dateline.ChunkNP && st.punctBetween(c.Verb, k+1) == 0 {
		// "struck what India said was a militant training camp": the
		// phrase the relative's verb says it was names it
		st.rel(dateline.RelObj, pv, k+1)
	}
}

// ownTense reports whether a verb tagged t carries a tense of its own
// (past, present), as a verb after an auxiliary never does.
func ownTense(t dateline.Tag) bool {
	return t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP
}

// relativeObject gives a relative clause whose pronoun is not its subject
// ("the refugees whom the police detained") the noun it is about as
// object.
func (st *state) relativeObject(ci int) {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseRelative || an.Chunks[c.Verb].Verb.Passive {
		return
	}
	var ante int
	if c.Opener < 0 {
		// "the militias he considers": the noun before the subject
		s := an.Dependent(c.Verb, dateline.RelSubj)
		if s < 1 || an.Chunks[s-1].Kind != dateline.ChunkNP {
			return
		}
		ante = s - 1
	} else {
		if w := st.toks[c.Opener].Lower; w != "whom" && w != "which" && w != "that" && w != "who" {
			return
		}
		ante = st.antecedent(int(an.Words[c.Opener].Chunk))
	}
	if ante < 0 || an.Dependent(c.Verb, dateline.RelSubj) == ante || an.Dependent(c.Verb, dateline.RelSubj) == st.agreeingAntecedent(ante, c.Verb) {
		return // "positions near Kharkiv, which were attacked": the pronoun was the subject
	}
	if x := st.invertedAfterCopula(ante, c.Parent); x >= 0 && an.Dependent(c.Verb, dateline.RelSubj) == x {
		return // "Among those who criticised the government was": the pronoun stood for the subject
	}
	if ci+1 < len(an.Clauses) && an.Clauses[ci+1].Parent == ci && st.reportInRelative(ci, an.Clauses[ci+1].Verb) {
		return // "which Israel said targeted": the pronoun is the subject of what was said
	}
	if inf := an.Dependent(c.Verb, dateline.RelComp); inf == c.Verb+1 && an.Dependent(c.Verb, dateline.RelObj) < 0 &&
		an.Words[an.Chunks[c.Verb].Head].Roles&dateline.RoleObjControl == 0 && st.toks[an.Chunks[inf].From].Lower == "to" &&
		an.Dependent(inf, dateline.RelObj) < 0 && !an.Chunks[inf].Verb.Passive {
		// "whom the parliament had voted to dismiss", "which the army
		// plans to build": the pronoun is the infinitive's object, not
		// the object of a verb that takes none ("whom the UN urged to
		// resign" keeps it: urge takes the one it urges)
		st.rel(dateline.RelObj, inf, ante)
		return
	}
	if o := an.Dependent(c.Verb, dateline.RelObj); o >= 0 {
		// "whom they had taken hostage", "whom the court found guilty": a
		// person the clause is about is the object, the phrase after the
		// verb says what they were made
		// ("the sanctions, which Moscow called an act of aggression": a
		// verb of naming's phrase says what the thing is called)
		naming := an.Words[an.Chunks[c.Verb].Head].Roles&dateline.RoleNaming != 0
		if c.Opener < 0 && !naming || an.Dependent(c.Verb, dateline.RelObj2) >= 0 {
			return
		}
		if w := st.toks[max(c.Opener, 0)].Lower; w != "whom" && w != "who" && !naming {
			return
		}
		for i := range an.Rels {
			if r := &an.Rels[i]; r.Kind == dateline.RelObj && r.From == c.Verb && r.To == o {
				r.Kind = dateline.RelObj2
				an.Index() // a kind changed in place: the index's kinds by chunk follow
			}
		}
	}
	st.rel(dateline.RelObj, c.Verb, ante)
}

// freeRelativeObject gives a verb whose object is a free relative with an
// object of its own ("struck what New Delhi called a training camp") that
// object: what was struck is what the relative names, the camp.
func (st *state) freeRelativeObject(ci int) {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseRelative || c.Parent < 0 || c.Opener < 0 || st.toks[c.Opener].Lower != "what" {
		return
	}
	o := an.Dependent(c.Verb, dateline.RelObj)
	if o < 0 {
		st.prepositionWhat(ci, st.whatNamedAs(ci))
		return
	}
	// "what" is the relative verb's object; the noun phrase after it only
	// says what "what" is called, and is the verb's argument no more: "what
	// they called a rigged election" calls no election and names no one
	an.Rels = slices.DeleteFunc(an.Rels, func(r dateline.Rel) bool {
		return r.Kind == dateline.RelObj && r.From == c.Verb && r.To == o
	})
	if st.prepositionWhat(ci, o) {
		return
	}
	pv := an.Clauses[c.Parent].Verb
	if an.Chunks[pv].Kind != dateline.ChunkVG || an.Dependent(pv, dateline.RelObj) >= 0 || an.Chunks[pv].To != an.Chunks[int(an.Words[c.Opener].Chunk)].From {
		return
	}
	st.rel(dateline.RelObj, pv, o)
}

// prepositionWhat gives a preposition with no object of its own, right
// before the "what" that opens free relative ci, the phrase np the
// relative names as object ("an end to what it called Israel's
// aggression": what the end is to is Israel's aggression), and reports
// whether it did. "in" is left alone: "stormed the palace in what the
// president called a coup attempt" names the act itself, not a thing it
// is done to.
func (st *state) prepositionWhat(ci, np int) bool {
	an := st.an
	c := &an.Clauses[ci]
	op := int(an.Words[c.Opener].Chunk)
	pp := op - 1
	if np < 0 || pp < 0 || an.Chunks[pp].Kind != dateline.ChunkPP || an.Chunks[pp].To != an.Chunks[op].From || an.Dependent(pp, dateline.RelPObj) >= 0 {
		return false
	}
	if st.toks[an.Chunks[pp].Head].Lower == "in" || an.Chunks[c.Verb].Verb.Passive || an.Dependent(c.Verb, dateline.RelSubj) < 0 || an.Dependent(c.Verb, dateline.RelObj2) >= 0 {
		return false
	}
	if ps := an.Dependent(np, dateline.RelPoss); ps >= 0 && ps == np-1 {
		np = ps // "to what it called Israel 's aggression": from the possessor, as "to Israel 's aggression" is read
	}
	st.rel(dateline.RelPObj, pp, np)
	return true
}

// whatNamedAs returns the phrase after "as" that free relative ci's verb
// names its "what" by ("what it described as Israeli attacks"), or -1.
func (st *state) whatNamedAs(ci int) int {
	an := st.an
	c := &an.Clauses[ci]
	k := c.Verb + 2
	if k < len(an.Chunks) && an.Chunks[k-1].Kind == dateline.ChunkPP && st.toks[an.Chunks[k-1].Head].Lower == "as" &&
		an.Chunks[k].Kind == dateline.ChunkNP && st.punctBetween(c.Verb, k) == 0 {
		return k
	}
	return -1
}

// attribution links clauses to who reports them: "according to X", and
// the speaker of a reporting frame.
func (st *state) attribution() {
	an := st.an
	for k := range an.Chunks {
		if an.Chunks[k].Kind == dateline.ChunkPP && st.toks[an.Chunks[k].From].Lower == "according" {
			if np := an.Dependent(k, dateline.RelPObj); np >= 0 {
				for ci := range an.Clauses {
					if an.Clauses[ci].Parent < 0 {
						st.rel(dateline.RelAttrib, an.Clauses[ci].Verb, np)
					}
				}
			}
		}
	}
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		if c.Kind != dateline.ClauseReport {
			continue
		}
		speaker := an.Dependent(c.Verb, dateline.RelSubj)
		if speaker < 0 {
			continue
		}
		for cj := range an.Clauses {
			if an.Clauses[cj].Parent == ci {
				st.rel(dateline.RelAttrib, an.Clauses[cj].Verb, speaker)
			}
		}
	}
}

// subject finds the subject of clause ci.
func (st *state) subject(ci int) int {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[ci]
	k := c.Verb
	switch c.Kind {
	case dateline.ClauseInfinitive:
		return st.controller(ci)
	case dateline.ClauseComplement:
		if c.Parent >= 0 && st.reportInRelative(c.Parent, k) {
			// "the strike, which Israel said targeted": the pronoun's noun
			return st.antecedent(int(an.Words[an.Clauses[c.Parent].Opener].Chunk))
		}
	case dateline.ClauseRelative:
		if c.Opener >= 0 && an.Chunks[an.Words[c.Opener].Chunk].Kind == dateline.ChunkNP {
			// "Hifter, whose forces control": the phrase is the subject,
			// and the noun before is its possessor
			op := int(an.Words[c.Opener].Chunk)
			if ante := st.antecedent(op); ante >= 0 {
				st.rel(dateline.RelPoss, op, ante)
			}
			return op
		}
		if c.Opener >= 0 {
			op := int(an.Words[c.Opener].Chunk)
			// "the rebels who attacked", "the minister, who last week
			// ordered", "which in 2019 seized": the relative pronoun is the
			// subject
			if st.pronounSubject(op, k) {
				if x := st.invertedAfterCopula(st.antecedent(op), c.Parent); x >= 0 {
					return x
				}
				return st.agreeingAntecedent(st.antecedent(op), k)
			}
		}
	case dateline.ClauseParticipial:
		if g := an.Governor(k, dateline.RelConj); g >= 0 && ch[g].Kind == dateline.ChunkVG && st.clauseOf(g) >= 0 && an.Clauses[st.clauseOf(g)].Kind == dateline.ClauseParticipial {
			if s := an.Dependent(g, dateline.RelSubj); s >= 0 {
				return s // "guilty of importing radios and breaking rules": the first participle's subject
			}
		}
		if st.askingAfterAddressee(k, c.Parent) {
			return an.Dependent(an.Clauses[c.Parent].Verb, dateline.RelSubj) // "wrote to the president asking him to": the writer asks
		}
		if k > 0 && ch[k-1].Kind == dateline.ChunkNP && st.punctBetween(k-1, k) == 0 && !ch[k-1].Time {
			return st.head(k - 1) // "extremists backed by Qatar", "troops carrying"
		}
		if k > 1 && ch[k-1].Kind == dateline.ChunkPP && ch[k-2].Kind == dateline.ChunkNP && st.punctBetween(k-2, k-1) == 0 &&
			c.Parent >= 0 && an.Dependent(an.Clauses[c.Parent].Verb, dateline.RelObj) == k-2 &&
			an.Words[ch[k-1].Head].Roles&(dateline.RoleOpener|dateline.RoleTemporal) == 0 { // ("met the minister before leaving": the subject leaves)
			return st.head(k - 2) // "accused Congo of backing the rebels", "thanked Qatar for mediating": the object does it
		}
		if o := st.objectBeforeTime(k, c.Parent); o >= 0 {
			return st.head(o) // "accused Russia on Sunday of shelling the plant": the object still does it
		}
		if k > 2 && ch[k-1].Kind == dateline.ChunkPP && ch[k-2].Kind == dateline.ChunkADJP && ch[k-3].Kind == dateline.ChunkNP &&
			c.Parent >= 0 && an.Dependent(an.Clauses[c.Parent].Verb, dateline.RelObj2) == k-2 && an.Dependent(an.Clauses[c.Parent].Verb, dateline.RelObj) == k-3 {
			return st.head(k - 3) // "found her guilty of importing radios": the object is guilty of it
		}
		if k > 1 && ch[k-1].Kind == dateline.ChunkPP && ch[k-2].Kind == dateline.ChunkNP && st.punctBetween(k-2, k-1) == 0 &&
			st.an.Governor(k-1, dateline.RelNMod) == k-2 && st.an.Governor(k-1, dateline.RelObl) < 0 {
			return -1 // "its involvement in killing": a gerund that names an act, not its subject's
		}
		if k > 0 && ch[k].Verb.Passive && ch[k].From == ch[k].Head && ch[k-1].Kind == dateline.ChunkNP && !ch[k-1].Time && st.asideBeforePreposition(ch[k].Head) {
			return st.head(k - 1) // "extradited the general, charged with torture, to Senegal": the general is charged
		}
		if c.Parent >= 0 && k > 0 && ch[k-1].Kind == dateline.ChunkNP && !ch[k-1].Time && st.punctBetween(k-1, k) == ',' &&
			(st.closedBefore(k, an.Clauses[c.Parent].Verb) || st.closedBefore(k, an.Dependent(an.Clauses[c.Parent].Verb, dateline.RelComp))) {
			// "The army, backed by Russian mercenaries, retook": the noun
			// before the commas, the subject its verb is still to find
			return st.nounBefore(k)
		}
		if pv := an.Clauses[max(c.Parent, 0)].Verb; c.Parent >= 0 && ch[pv].Verb.Passive && !ch[k].Verb.Passive && pv < k && st.punctBetween(k-1, k) == ',' {
			if a := an.Dependent(pv, dateline.RelAgent); a >= 0 && a < k {
				return a // "the camp was attacked by militiamen, killing 156 people": the doer kills, not the camp
			}
		}
		if c.Parent >= 0 {
			return an.Dependent(an.Clauses[c.Parent].Verb, dateline.RelSubj)
		}
		return -1
	}
	if g := an.Governor(k, dateline.RelConj); g >= 0 && !st.ownSubject(k) {
		return an.Dependent(g, dateline.RelSubj) // "ousted and killed"
	}
	if c.Kind == dateline.ClauseReport {
		// ", said the minister": the subject after the verb
		if j := k + 1; j < len(ch) && ch[j].Kind == dateline.ChunkNP && !ch[j].Time && !st.ownSubject(k) {
			return st.head(j)
		}
	}
	if s := st.reducedSubject(ci); s >= 0 {
		return s
	}
	start := k - 1
	if p := st.partitive(k); p >= 0 {
		start = p // "The rebels, most of them former soldiers, seized": the noun the part is of
		if ch[p+1].Kind == dateline.ChunkPP {
			// "Leaders of the party, among them Priyanka Gandhi, staged":
			// the members named stand in apposition to the noun, as a name
			// set off after it does
			st.rel(dateline.RelAppos, p, p+3)
		}
	} else if st.punctBetween(k-1, k) == ',' {
		// ", occurring every three days," between the subject and its verb:
		// skip back over an inserted participle or relative clause
		pastAppos := false
		for j := k - 1; j >= 0; j-- {
			if j < k-1 && st.punctBetween(j, j+1) == ',' {
				if an.Governor(j+1, dateline.RelAppos) != j {
					break
				}
				pastAppos = true // an apposition inside it: "meeting in Abuja, the Nigerian capital,"
			}
			if cj := st.clauseOf(j); ch[j].Kind == dateline.ChunkVG && cj >= 0 && insideClause(an.Clauses[cj].Kind) {
				if pastAppos && an.Clauses[cj].Kind != dateline.ClauseParticipial {
					break // "a general who advised the protesters, Khattiya, was shot": the name, not past it
				}
				start = j - 1
				if pastAppos && st.punctBetween(j-1, j) == 0 {
					break // "Armed men led by a businessman, George Speight, were": the participle's own noun
				}
				for start >= 0 && st.punctBetween(start, start+1) != ',' && ch[start].Kind != dateline.ChunkVG {
					start--
				}
				break
			}
		}
	}
	for j := start; j >= 0; j-- {
		if n := st.nounInfinitive(j); n >= 0 {
			// "The decision to expel the diplomats was condemned": the noun
			// the infinitive completes, not the infinitive's object
			return st.head(n)
		}
		if cj := st.clauseOf(j); ch[j].Kind == dateline.ChunkVG && cj >= 0 && cj != ci && st.inserted(cj) {
			// "el-Sissi, who backs Hifter, attended", "attacks, occurring
			// every three days, have killed": past the inserted clause
			if op := an.Clauses[cj].Opener; op >= 0 {
				j = int(an.Words[op].Chunk)
				if st.asideClause(cj) {
					j-- // past the aside's noun too
				}
			} else if s := an.Dependent(j, dateline.RelSubj); an.Clauses[cj].Kind == dateline.ClauseRelative && s >= 0 && s < j {
				j = s // "the strikes Israel carried out killed": past the relative clause's own subject
			}
			continue
		}
		switch ch[j].Kind {
		case dateline.ChunkNP:
			if ch[j].Time || ch[j].Poss || st.objectOfEarlier(j) || st.age(j) || ch[j].From == ch[j].Head && an.Words[ch[j].Head].Tag == dateline.TagPRP && an.Words[ch[j].Head].Roles&dateline.RoleObjective != 0 {
				// "The activist, 29, was": past the age; "a diplomat who
				// tried to stop them was pushed": past a pronoun that is
				// never a subject
				continue
			}
			if j == k-1 && j > 1 && st.punctBetween(j, k) == ',' && ch[j-1].Kind == dateline.ChunkADVP && st.punctBetween(j-2, j-1) == ',' &&
				st.punctBetween(j-1, j) == 0 && ch[j-2].Kind == dateline.ChunkNP {
				j-- // "More than 100 people, mostly civilians, were killed": past the aside that says what they were
				continue
			}
			if j == k-1 && j > 2 && st.punctBetween(j, k) == ',' && ch[j-1].Kind == dateline.ChunkADVP && st.negated(j-1) &&
				ch[j-2].Kind == dateline.ChunkConj && st.punctBetween(j-3, j-2) == ',' && st.punctBetween(j-2, j) == 0 && ch[j-3].Kind == dateline.ChunkNP {
				j -= 2 // "Japan, but not South Korea, condemned": past the aside that leaves one out
				continue
			}
			if st.nounInfinitive(j-1) >= 0 && st.punctBetween(j-1, j) == 0 {
				continue // "the move to close the embassy angered": the infinitive's object
			}
			if p := st.possessedFrom(j); p > 0 && ch[p-1].Kind == dateline.ChunkPP && st.punctBetween(p-1, p) == 0 {
				// "leaders of Libya met"; also through a possessor: "Russia's
				// attack on Ukraine's grid caused", the grid is the
				// preposition's, as "Ukraine" would be
				if ch[k].Verb.Finite && an.Words[ch[p-1].Head].Roles&dateline.RoleOpener != 0 && !st.verbBetween(j, k) &&
					!(st.subjectOnlyBefore(ch[p-1].From) && !st.finiteFrom(ch[k].To)) {
					// "hours after Morales, under growing pressure, had
					// agreed", "withdrew after talks failed": the word opens
					// a clause, and the phrase is its subject; not "Police after
					// the vote detained", where the phrase is the preposition's
					return st.head(j)
				}
				continue // the object of a preposition: "leaders of Libya met"
			}
			if h := st.head(j); h != j && (st.modifiedBy(h) >= 0 || st.an.Governor(h, dateline.RelPObj) >= 0 && h < j && st.punctBetween(h, j) == 0) {
				// the last of a list a preposition governs: "journalists from
				// Britain and France were", "several countries, including
				// France and Germany, condemned"; a list with a comma inside
				// may run past the preposition's phrase
				continue
			}
			if g := st.an.Governor(j, dateline.RelAppos); g >= 0 {
				if st.objectOfEarlier(g) {
					// "a general who advised the protesters, Khattiya, was
					// shot": the name is the general's, past the relative clause
					continue
				}
				if p := st.possessedFrom(g); p > 0 && ch[p-1].Kind == dateline.ChunkPP && st.punctBetween(p-1, p) == 0 {
					// "Protesters in Minsk, the capital, clashed", "a spokesman
					// for the coalition, Col. Ryan Dillon, said": the noun set off
					// is the preposition's object's, or the whole phrase's; read
					// on from it
					j = g + 1
					continue
				}
				return st.head(g)
			}
			return st.head(j)
		case dateline.ChunkPP, dateline.ChunkADVP, dateline.ChunkADJP:
			continue
		case dateline.ChunkConj:
			if j > 0 && ch[j-1].Kind == dateline.ChunkNP {
				continue // "A and B met": the first conjunct is found further left
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// possessedFrom returns where noun phrase j begins with its possessors:
// the possessor phrase right before it ("Ukraine 's" in "Ukraine's energy
// grid"), itself through one before it, else j.
func (st *state) possessedFrom(j int) int {
	ch := st.an.Chunks
	for p := j; p > 0; p-- {
		if !ch[p-1].Poss || ch[p-1].Kind != dateline.ChunkNP || st.punctBetween(p-1, p) != 0 {
			return p
		}
	}
	return 0
}

// reportedSubject reports whether noun phrase j, right after reporting
// verb k, is the subject of a complement clause of k that a relative clause
// set off by commas separates from its verb.
func (st *state) reportedSubject(k, j int) bool {
	an := st.an
	if j != k+1 {
		return false
	}
	for ci, c := range an.Clauses {
		if c.Kind == dateline.ClauseComplement && c.Parent >= 0 && an.Clauses[c.Parent].Verb == k && c.Opener < 0 && c.Verb == j+2 &&
			an.Chunks[j+1].Kind == dateline.ChunkNP && st.punctBetween(j, j+1) == ',' {
			return true // "said its candidate, Edmundo Gonzalez, had won"
		}
		if c.Kind == dateline.ClauseComplement && c.Parent >= 0 && an.Clauses[c.Parent].Verb == k && c.Opener < 0 &&
			st.reportedAfterInsert(c.Parent, c.Verb) == c.Parent {
			return true // "said the army, along with militias, attacked"
		}
		if c.Kind == dateline.ClauseComplement && c.Parent >= 0 && an.Clauses[c.Parent].Verb == k && c.Opener < 0 && c.Verb > j {
			for q := range an.Clauses {
				if an.Clauses[q].Kind == dateline.ClauseRelative && an.Clauses[q].Opener >= 0 && int(an.Words[an.Clauses[q].Opener].Chunk) == j+1 && an.Clauses[q].Verb < c.Verb {
					return ci >= 0
				}
			}
		}
	}
	return false
}

// verbBetween reports whether a verb group lies between chunks i and k.
func (st *state) verbBetween(i, k int) bool {
	for j := i + 1; j < k; j++ {
		if st.an.Chunks[j].Kind == dateline.ChunkVG {
			return true
		}
	}
	return false
}

// modifiedBy returns the noun whose prepositional phrase holds noun
// phrase k, through a chain of them ("journalists from Britain",
// "officials of the ministry of Iraq"), or -1 when k is no object of a
// preposition or the chain starts at a preposition that modifies no noun
// ("With the signing of a memorandum on cessation of hostilities,").
func (st *state) modifiedBy(k int) int {
	an := st.an
	n := k
	for {
		pp := an.Governor(n, dateline.RelPObj)
		if pp < 0 {
			break
		}
		if n = an.Governor(pp, dateline.RelNMod); n < 0 {
			return -1
		}
	}
	if n == k {
		return -1
	}
	return n
}

// reducedRelative returns the participial clause that clause ci is, or
// that it is an infinitive under ("believed to be rebels", "sent to
// quell the riots"), or -1.
func (st *state) reducedRelative(ci int) int {
	an := st.an
	for ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseInfinitive {
		ci = an.Clauses[ci].Parent
	}
	if ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseParticipial {
		return ci
	}
	return -1
}

// reducedSubject returns the subject of a finite clause ci whose verb
// follows a participle on a noun with nothing but the participle's own
// phrases between ("gunmen believed to be rebels attacked", "troops sent
// to quell the riots killed"): the noun the participle is about, not the
// last noun inside its phrase. It returns -1 when no such participle
// stands right before the verb.
func (st *state) reducedSubject(ci int) int {
	an := st.an
	ch := an.Chunks
	k := an.Clauses[ci].Verb
	if !ch[k].Verb.Finite {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if st.punctBetween(j, j+1) != 0 {
			return -1
		}
		switch ch[j].Kind {
		case dateline.ChunkNP, dateline.ChunkPP, dateline.ChunkADVP, dateline.ChunkADJP:
			continue
		case dateline.ChunkConj:
			if j > 0 && j+1 < k && ch[j-1].Kind == dateline.ChunkNP && ch[j+1].Kind == dateline.ChunkNP {
				continue // "militants backed by Iran and Syria attacked": nouns joined inside the participle's phrase
			}
			return -1
		case dateline.ChunkVG:
			p := st.reducedRelative(st.clauseOf(j))
			if p < 0 || p > ci {
				return -1
			}
			pv := an.Clauses[p].Verb
			if pv == j && j == k-1 {
				return -1 // a participle right before the verb: the ordinary scan finds its noun
			}
			if pv < 1 || ch[pv-1].Kind != dateline.ChunkNP || ch[pv-1].Time || st.punctBetween(pv-1, pv) != 0 {
				return -1
			}
			s := an.Dependent(pv, dateline.RelSubj)
			if st.passedObject(s) {
				// "Gunmen who attacked a bus carrying pilgrims killed": the
				// participle's noun is an earlier verb's object; the
				// ordinary scan goes on past it
				return -1
			}
			return s
		default:
			return -1
		}
	}
	return -1
}

// passedObject reports whether noun phrase s, or the noun its preposition
// hangs on ("a group of engineers"), is the object of a verb before it
// that does not let its object act ("attacked a bus carrying pilgrims"; not
// "let families separated by the war meet", whose object meets), or of a
// relative clause's preposition ("who fired on a crowd demanding").
func (st *state) passedObject(s int) bool {
	if s < 0 {
		return false
	}
	if o := st.modifiedBy(s); o >= 0 {
		s = o
	}
	if pp := st.an.Governor(s, dateline.RelPObj); pp >= 0 {
		// "Soldiers who fired on a crowd of demonstrators demanding his
		// release killed": the object of a relative clause's preposition
		v := st.an.Governor(pp, dateline.RelObl)
		cj := st.clauseOf(v)
		return v >= 0 && v < pp && cj >= 0 && st.an.Clauses[cj].Kind == dateline.ClauseRelative
	}
	g := st.an.Governor(s, dateline.RelObj)
	return st.objectOfEarlier(s) && !(g >= 0 && st.an.Words[st.an.Chunks[g].Head].Roles&dateline.RoleBare != 0)
}

// nounInfinitive returns the noun an infinitive at chunk v completes ("the
// decision to expel", "efforts to free"), before it, or -1.
func (st *state) nounInfinitive(v int) int {
	ch := st.an.Chunks
	if v < 0 || ch[v].Kind != dateline.ChunkVG || !ch[v].Verb.Infinitive {
		return -1
	}
	if n := st.an.Governor(v, dateline.RelComp); n >= 0 && n < v && ch[n].Kind == dateline.ChunkNP {
		return n
	}
	return -1
}

// objectOfEarlier reports whether noun phrase j is the object of a verb
// before it ("backs Hifter, also attended"): not a later verb's subject.
// The noun a relative clause is about is its object but comes first.
func (st *state) objectOfEarlier(j int) bool {
	if f := st.an.Governor(j, dateline.RelConj); f >= 0 && f < j && st.an.Chunks[f].Kind == dateline.ChunkNP && st.punctBetween(j, j+1) == 0 {
		// "who killed the prime minister, the speaker and six officials
		// freed": a later member of a relative clause's object list, the
		// verb right after it (not "anyone who threatened the country's
		// security, and Prabowo, in a video message, urged")
		if g := st.an.Governor(f, dateline.RelObj); g >= 0 && g < f {
			if cj := st.clauseOf(g); cj >= 0 && st.an.Clauses[cj].Kind == dateline.ClauseRelative {
				return true
			}
			if cj := st.clauseOf(g); cj >= 0 && st.an.Clauses[cj].Kind == dateline.ClauseParticipial && g > 0 &&
				st.an.Chunks[g-1].Kind == dateline.ChunkNP && st.punctBetween(g-1, g) == 0 {
				// "a plane carrying water, tents and blankets landed": so
				// of a participle right after its noun
				return true
			}
		}
	}
	for _, kind := range [...]dateline.RelKind{dateline.RelObj, dateline.RelObj2} {
		if g := st.an.Governor(j, kind); g >= 0 && st.an.Chunks[g].From < st.an.Chunks[j].From {
			return true
		}
	}
	return false
}

// verbAfter returns the verb group right after noun phrase j, past adverbs
// before it ("the government firmly supported"), with no punctuation
// between; or -1.
func (st *state) verbAfter(j int) int {
	ch := st.an.Chunks
	for k := j + 1; k < len(ch) && st.punctBetween(k-1, k) == 0; k++ {
		switch ch[k].Kind {
		case dateline.ChunkVG:
			return k
		case dateline.ChunkADVP:
			continue
		}
		return -1
	}
	return -1
}

// verbAfterModifiers returns the verb group right after noun phrase j and
// one phrase that only says which people are meant: a count's "of" phrase
// ("thousands of people had", "tens of thousands of people had") or an
// actor's ("supporters of Imran Khan stormed"), or "in" or "from" and a name
// ("rebels in Uganda had", "gunmen from Somalia killed"), with no
// punctuation between; else -1.
func (st *state) verbAfterModifiers(j int) int {
	an := st.an
	ch := an.Chunks
	if j+2 >= len(ch) || ch[j+1].Kind != dateline.ChunkPP || ch[j+2].Kind != dateline.ChunkNP ||
		st.punctBetween(j, j+1) != 0 || st.punctBetween(j+1, j+2) != 0 {
		return -1
	}
	switch st.toks[ch[j+1].Head].Lower {
	case "of":
		if an.Words[ch[j].Head].Roles&dateline.RoleQuantity == 0 {
			if st.mark[ch[j].Head]&inNamed == 0 {
				return -1 // not people: "announced the arrest of 12 suspected ..."
			}
			break // "said supporters of Imran Khan stormed", "said soldiers of the presidential guard opened fire"
		}
		if v := st.verbAfterModifiers(j + 2); v >= 0 {
			return v // a count of a count: "tens of thousands of Georgians protested"
		}
	case "in", "from", "at", "near", "inside", "aboard":
		// "said rebels in Uganda had freed", "said gunmen from Somalia
		// killed", "said three rebels in the truck opened fire": a phrase
		// that says where the people are or come from
	default:
		return -1
	}
	return st.verbAfter(j + 2)
}

// complementSubjectWithPP reports whether noun phrase j, after reporting
// verb k, is the subject of k's complement clause without "that" whose verb
// is v, with only its own prepositional phrases between ("said reports of
// civilian deaths were untrue", "said the attack on the convoy was
// carried out by rebels"): each phrase after j up to v is a preposition or
// the noun it governs. An addressee before the complement's own subject
// ("told reporters in Kabul the Taliban had") is not: its subject is a
// noun no preposition governs. It widens verbAfterModifiers (one phrase of
// a few prepositions) to any chain of phrases, where the clause analysis
// already made v k's complement and v opens with an auxiliary or "be".
func (st *state) complementSubjectWithPP(k, j, v int) bool {
	an := st.an
	ch := an.Chunks
	if v >= len(ch) || v <= j+1 || an.Dependent(k, dateline.RelComp) != v || !ch[v].Verb.Finite {
		return false
	}
	if cv := st.clauseOf(v); cv < 0 || an.Clauses[cv].Kind != dateline.ClauseComplement || an.Clauses[cv].Opener >= 0 {
		return false
	}
	if ck := st.clauseOf(k); ck < 0 || an.Clauses[ck].Kind == dateline.ClauseInfinitive || an.Clauses[ck].Kind == dateline.ClauseParticipial {
		return false // "the decision to recall its ambassador from Algiers was criticised": the noun's verb
	}
	if g := ch[v].Verb; g.Modal == "" && !g.Perfect && !g.Passive && !g.Progressive && an.Words[ch[v].From].Lemma != "be" {
		// a verb group that opens with an auxiliary or "be" is surely a
		// clause's verb; a lone past form may be a participle ("the arrest
		// of 12 suspected cartel members") or an adjective read as a verb
		return false
	}
	for i := j + 1; i < v; i++ {
		if st.punctBetween(i-1, i) != 0 {
			return false
		}
		switch ch[i].Kind {
		case dateline.ChunkPP:
		case dateline.ChunkNP:
			if an.Governor(i, dateline.RelPObj) != i-1 {
				return false
			}
		default:
			return false
		}
	}
	return st.punctBetween(v-1, v) == 0
}

// clauseOf returns the clause whose verb group is chunk k, or -1.
func (st *state) clauseOf(k int) int {
	for ci, c := range st.an.Clauses {
		if c.Verb == k {
			return ci
		}
	}
	return -1
}

// insideClause reports clause kinds that sit inside another clause, between
// its subject and its verb.
func insideClause(k dateline.ClauseKind) bool {
	return k == dateline.ClauseRelative || k == dateline.ClauseParticipial
}

// partitive returns, for verb group k after a comma, the chunk before a
// phrase set off between commas that names a part of it ("The rebels,
// most of them former soldiers, seized", "Demonstrators, many of them
// students, marched"): "of them" points back to that noun. It returns -1
// when no such phrase stands right before the verb.
func (st *state) partitive(k int) int {
	ch := st.an.Chunks
	if st.punctBetween(k-1, k) != ',' {
		return -1
	}
	j := k - 1
	for j > 0 && st.punctBetween(j-1, j) == 0 {
		j--
	}
	if j >= 1 && j+3 <= k && st.punctBetween(j-1, j) == ',' && ch[j-1].Kind == dateline.ChunkNP && !ch[j-1].Time && ch[j].Kind == dateline.ChunkPP &&
		ch[j+1].Kind == dateline.ChunkNP && ch[j+1].From == ch[j+1].Head && st.an.Words[ch[j+1].Head].Roles&dateline.RoleObjective != 0 &&
		st.nounList(j+2, k) {
		// "Leaders of the party, among them Priyanka Gandhi, staged": a
		// preposition, a pronoun that points back to the noun before the
		// commas, and the members named
		return j - 1
	}
	// j opens the phrase: "most" (or "many", an adjective) "of" "them"
	if j < 1 || j+2 >= k || st.punctBetween(j-1, j) != ',' || ch[j].Kind != dateline.ChunkNP && ch[j].Kind != dateline.ChunkADJP || ch[j+1].Kind != dateline.ChunkPP ||
		st.toks[ch[j+1].Head].Lower != "of" || ch[j+2].Kind != dateline.ChunkNP || st.toks[ch[j+2].Head].Lower != "them" ||
		ch[j-1].Kind != dateline.ChunkNP {
		return -1
	}
	return j - 1
}

// nounList reports whether the chunks from i up to k (not included) are
// noun phrases joined by conjunctions: "Raila Odinga", "A and B".
func (st *state) nounList(i, k int) bool {
	ch := st.an.Chunks
	if i >= k || ch[i].Kind != dateline.ChunkNP || ch[k-1].Kind != dateline.ChunkNP {
		return false
	}
	for j := i; j < k; j++ {
		if ch[j].Kind != dateline.ChunkNP && ch[j].Kind != dateline.ChunkConj || ch[j].Time {
			return false
		}
	}
	return true
}

// inserted reports whether clause ci sits inside another clause, between
// its subject and its verb: a relative clause or a participle, or an
// infinitive under one ("officers who tried to stop the march were").
func (st *state) inserted(ci int) bool {
	an := st.an
	for ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseInfinitive {
		ci = an.Clauses[ci].Parent
	}
	return ci >= 0 && (insideClause(an.Clauses[ci].Kind) || st.asideClause(ci))
}

// asideClause reports whether adverbial clause ci completes a noun phrase
// set off by commas after another ("The attack, the deadliest since the
// truce took effect, killed"): the clause is inside the aside.
func (st *state) asideClause(ci int) bool {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseAdverbial || c.Opener < 0 {
		return false
	}
	op := int(an.Words[c.Opener].Chunk)
	return op > 1 && an.Chunks[op-1].Kind == dateline.ChunkNP && an.Chunks[op-2].Kind == dateline.ChunkNP &&
		st.punctBetween(op-1, op) == 0 && st.punctBetween(op-2, op-1) == ',' && determinerLike(an.Words[an.Chunks[op-1].From].Tag)
}

// ownSubject reports whether a noun phrase stands between verb group k and
// the boundary before it (so a conjoined verb has its own subject).
func (st *state) ownSubject(k int) bool {
	ch := st.an.Chunks
	for j := k - 1; j >= 0; j-- {
		if st.punctBetween(j, j+1) == ',' {
			return false // "accepted the result, then rejected it": the phrase before the comma is the first verb's
		}
		switch ch[j].Kind {
		case dateline.ChunkNP:
			if !ch[j].Time && !st.pobjAfterConj(j) {
				return true
			}
		case dateline.ChunkADVP:
		default:
			return false
		}
	}
	return false
}

// head returns the first conjunct of the list noun phrase j belongs to.
func (st *state) head(j int) int {
	if g := st.an.Governor(j, dateline.RelConj); g >= 0 {
		return g
	}
	return j
}

// closedBefore reports whether the phrase from chunk k up to verb group v,
// after it, is closed by a comma right before v, with no verb group or
// clause opener between.
func (st *state) closedBefore(k, v int) bool {
	if v <= k+1 || st.punctBetween(v-1, v) != ',' {
		return false
	}
	for j := k + 1; j < v; j++ {
		if c := st.an.Chunks[j]; c.Kind == dateline.ChunkSub || c.Kind == dateline.ChunkVG && !st.nonFiniteUnder(j, k) {
			return false
		}
	}
	return true
}

// nonFiniteUnder reports whether verb group j heads a non-finite clause
// that depends on the clause of verb group k: "accused by Serbia of
// provoking the clashes", "criticised for failing to act".
func (st *state) nonFiniteUnder(j, k int) bool {
	an := st.an
	cj, ck := st.clauseOf(j), st.clauseOf(k)
	if cj < 0 || ck < 0 || an.Chunks[j].Verb.Finite {
		return false
	}
	for p, n := an.Clauses[cj].Parent, 0; p >= 0 && n < len(an.Clauses); p, n = an.Clauses[p].Parent, n+1 {
		if p == ck {
			return true
		}
		if an.Chunks[an.Clauses[p].Verb].Verb.Finite {
			return false
		}
	}
	return false
}

// nounBefore returns the noun phrase before chunk k, past a comma, as a
// subject: the apposition's noun, the head of its prepositional modifiers
// ("The head of the agency, officials said,"), or -1.
func (st *state) nounBefore(k int) int {
	an := st.an
	n := st.antecedent(k)
	for n >= 0 {
		pp := an.Governor(n, dateline.RelPObj)
		if pp < 0 || an.Governor(pp, dateline.RelNMod) < 0 {
			break
		}
		n = an.Governor(pp, dateline.RelNMod)
		if n > 0 && an.Chunks[n].Kind == dateline.ChunkADJP && an.Chunks[n-1].Kind == dateline.ChunkNP && st.punctBetween(n-1, n) == 0 {
			n-- // "Fighters loyal to the warlord, armed with": the noun the adjective is on
		}
	}
	return n
}

// antecedent returns the noun phrase a relative pronoun at chunk op stands
// for: the phrase before it, past a comma, through its prepositional
// modifiers to their head ("the leader of the group, who").
func (st *state) antecedent(op int) int {
	ch := st.an.Chunks
	j := op - 1
	for j >= 0 && ch[j].Kind != dateline.ChunkNP {
		if ch[j].Kind != dateline.ChunkADVP {
			return -1
		}
		j--
	}
	if j < 0 {
		return -1
	}
	if c := ch[j]; j > 0 && c.To-c.From == 1 && st.an.Words[c.Head].Tag == dateline.TagCD && ch[j-1].Kind == dateline.ChunkNP &&
		c.From > 0 && st.an.Words[c.From-1].Tag == dateline.TagComma && ch[j-1].To == c.From-1 {
		j-- // "Ahmed Hassan, 34, who was shot": an age set off after a name stands for no one
	}
	if g := st.an.Governor(j, dateline.RelAppos); g >= 0 {
		return g
	}
	if g := st.an.Governor(j, dateline.RelConj); g >= 0 && st.punctBetween(j, op) == 0 &&
		st.an.Words[ch[g].Head].Tag == dateline.TagNNP && st.an.Words[ch[j].Head].Tag != dateline.TagNNP {
		// "killed the prime minister and ten peacekeepers who were
		// protecting her": a name takes no restrictive relative; the last
		// noun of the coordination, right before it, does
		return j
	}
	return st.head(j)
}

// agreeingAntecedent returns, for the antecedent a of a relative pronoun
// that is the subject of verb group k, the noun phrase k agrees with in
// number: a itself, or, when k shows number ("was", "were", "is", "are",
// "has", "have", an -s form) that a lacks, the head a is in a
// prepositional phrase of that does agree ("Ukrainian positions near
// Kharkiv, which were attacked": the positions; but "soldiers near the
// town, which was shelled": the town).
func (st *state) agreeingAntecedent(a, k int) int {
	an := st.an
	if a < 0 || k < 0 || an.Chunks[k].Kind != dateline.ChunkVG {
		return a
	}
	verb := st.verbNumber(k)
	if verb == 0 || st.nounNumber(a) != -verb {
		return a
	}
	for n, hops := a, 0; hops < 2; hops++ {
		pp := an.Governor(n, dateline.RelPObj)
		if pp < 0 || an.Governor(pp, dateline.RelNMod) < 0 {
			break
		}
		n = an.Governor(pp, dateline.RelNMod)
		if an.Chunks[n].Kind != dateline.ChunkNP {
			break
		}
		if st.nounNumber(n) == verb {
			return n
		}
	}
	return a
}

// verbNumber returns the number finite verb group k shows by its first
// word: 1 singular ("was", "is", "has", "attacks"), -1 plural ("were",
// "are", "have", "attack"), 0 none ("attacked", "will attack").
func (st *state) verbNumber(k int) int {
	c := &st.an.Chunks[k]
	if !c.Verb.Finite {
		return 0
	}
	switch w := st.an.Words[c.From]; {
	case w.Tag == dateline.TagVBZ || st.toks[c.From].Lower == "was":
		return 1
	case w.Tag == dateline.TagVBP || st.toks[c.From].Lower == "were":
		return -1
	}
	return 0
}

// nounNumber returns the number of noun phrase n by its head's tag: 1
// singular, -1 plural, 0 for a list ("Kenya and Uganda"), a name of plural
// form, often one state or body ("the United States", "the Philippines"),
// or a head of no noun tag.
func (st *state) nounNumber(n int) int {
	an := st.an
	if an.Governor(n, dateline.RelConj) >= 0 || an.Dependent(n, dateline.RelConj) >= 0 {
		return 0
	}
	h := an.Chunks[n].Head
	switch an.Words[h].Tag {
	case dateline.TagNN, dateline.TagNNP:
		return 1
	case dateline.TagNNS:
		return -1
	case dateline.TagNNPS:
		if st.mark[h]&inNamed == 0 {
			return -1
		}
	}
	return 0
}

// controller returns who does an infinitive: the object of a verb that
// gives orders ("urged Iran to", "called on Iran to"), else the subject of
// the verb or adjective it complements ("agreed to", "is ready to").
func (st *state) controller(ci int) int {
	an := st.an
	k := an.Clauses[ci].Verb
	if np := k - 1; np > 0 && an.Chunks[np].Kind == dateline.ChunkNP && !an.Chunks[np].Time && an.Words[an.Chunks[np].Head].Roles&dateline.RoleTime == 0 {
		// "called for the prisoners to be released", "pressed for troops
		// to withdraw": the phrase after "for" does the infinitive
		if pp := an.Governor(np, dateline.RelPObj); pp == np-1 && st.toks[an.Chunks[pp].Head].Lower == "for" {
			return np
		}
		if g := an.Governor(np, dateline.RelConj); g > 0 && an.Chunks[g-1].Kind == dateline.ChunkPP && st.toks[an.Chunks[g-1].Head].Lower == "for" &&
			an.Governor(g, dateline.RelPObj) == g-1 && an.Governor(np, dateline.RelPObj) == g-1 {
			// "called for Nicaragua and Costa Rica to withdraw": the list
			// after "for", from its first member, does the infinitive
			return g
		}
	}
	gov := an.Governor(k, dateline.RelComp)
	if gov < 0 {
		if g := an.Governor(k, dateline.RelConj); g >= 0 {
			return an.Dependent(g, dateline.RelSubj)
		}
		if p := an.Clauses[ci].Parent; p >= 0 {
			gov = an.Clauses[p].Verb
		} else {
			return -1
		}
	}
	ch := an.Chunks
	switch ch[gov].Kind {
	case dateline.ChunkVG:
		if ch[gov].Verb.Passive {
			// "Iran was urged to release", "troops were sent to Mali to
			// protect": the passive's subject, not a phrase after it
			return an.Dependent(gov, dateline.RelSubj)
		}
		if an.Words[ch[gov].Head].Roles&dateline.RoleBare != 0 && an.Words[ch[gov].Head].Roles&dateline.RoleObjControl == 0 {
			if o := an.Dependent(gov, dateline.RelObj); o >= 0 && ch[o].From < ch[k].From {
				return o // "let aid trucks enter": the object does the bare infinitive
			}
		}
		if an.Words[ch[gov].Head].Roles&dateline.RoleObjControl != 0 {
			if o := an.Dependent(gov, dateline.RelObj); o >= 0 {
				return o
			}
			for pp := range an.Dependents(gov, dateline.RelObl) {
				switch st.toks[ch[pp].Head].Lower {
				case "on", "upon", "to", "with":
					if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && ch[np].From > ch[gov].From && !ch[np].Time {
						return np // "called on Iran to", "appealed to Iran to"; not "on Monday to"
					}
				}
			}
		}
		return an.Dependent(gov, dateline.RelSubj)
	case dateline.ChunkADJP:
		// "X is ready to": the copula's subject
		for ci2 := range an.Clauses {
			if v := an.Clauses[ci2].Verb; v < gov && v == gov-1 {
				return an.Dependent(v, dateline.RelSubj)
			}
		}
	case dateline.ChunkNP:
		if p := an.Dependent(gov, dateline.RelPoss); p >= 0 {
			return p // "Iran 's decision to"
		}
		for pp := range an.Dependents(gov, dateline.RelNMod) {
			if st.toks[ch[pp].Head].Lower == "by" {
				if np := an.Dependent(pp, dateline.RelPObj); np >= 0 {
					return np // "the decision by Warsaw to expel"
				}
			}
		}
		if v := an.Governor(gov, dateline.RelObj); v >= 0 && an.Words[ch[v].Head].Roles&dateline.RoleLight != 0 {
			return an.Dependent(v, dateline.RelSubj) // "Ghana announced a decision to expel", "took the decision to"
		}
	}
	return -1
}

// objects finds verb group k's objects, passive agent and prepositions,
// up to the next clause.
func (st *state) objects(ci int) {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[ci]
	k := c.Verb
	end := len(ch)
	for j := k + 1; j < len(ch); j++ {
		if ch[j].Kind == dateline.ChunkVG || ch[j].Kind == dateline.ChunkSub {
			end = j
			break
		}
	}
	report := an.Words[ch[k].Head].Roles&dateline.RoleReport != 0
	obj, objEnd := -1, -1 // the object's first phrase, and its last conjunct
	comma := false
	aside := st.asideObject(ci)
	if aside >= end {
		// past a participle inside the aside: "released on Thursday, after
		// a delay caused by disputes over the list, thirty-nine prisoners"
		if g := an.Governor(aside, dateline.RelAppos); g >= 0 {
			st.dropRel(dateline.RelAppos, g, aside)
		}
		st.rel(dateline.RelObj, k, aside)
	}
	for j := k + 1; j < end; j++ {
		switch st.punctBetween(j-1, j) {
		case ';':
			return
		case ',':
			if p := c.Parent; st.nounInfinitive(k) >= 0 && p >= 0 && an.Clauses[p].Verb >= 0 && an.Clauses[p].Verb < k {
				// "apologised for Belgium's failure to prevent the genocide,
				// during a visit to Kigali": a noun's infinitive ends with
				// its noun phrase; the phrases after the comma are the
				// clause's that holds the noun
				k = an.Clauses[p].Verb
			}
			comma = true // objects stop at a comma; prepositions may follow
		}
		switch ch[j].Kind {
		case dateline.ChunkNP:
			if pp := an.Governor(j, dateline.RelPObj); pp == j-1 && obj >= 0 && !comma &&
				(st.toks[ch[pp].Head].Lower == "of" || st.toks[ch[pp].Head].Lower == "by" || an.Words[ch[k].Head].Roles&dateline.RoleNaming != 0 && !ch[j].Time) &&
				an.Governor(pp, dateline.RelNMod) == max(obj, objEnd) {
				// "called the seizure of its sailors an act of piracy", "called
				// the raid by Israeli jets an act of aggression": the object
				// runs on through its "of" phrase or its doer's "by" phrase,
				// and after a verb of naming through any phrase of its own
				// ("called Uganda's raid on the border post a senseless act")
				objEnd = j
				continue
			}
			if j == aside {
				// "delivered on Monday, after long talks, two thousand
				// tonnes of wheat": an object after an aside set off by commas
				if g := an.Governor(j, dateline.RelAppos); g >= 0 {
					st.dropRel(dateline.RelAppos, g, j)
				}
				obj, objEnd = j, j
				st.rel(dateline.RelObj, k, j)
				continue
			}
			if st.namedPastAppos(k, obj, j, end) {
				// "called Syria's president, Bashar al-Assad, a
				// terrorist": past the object's apposition, what it is
				// called
				if g := an.Governor(j, dateline.RelAppos); g >= 0 {
					st.dropRel(dateline.RelAppos, g, j)
				}
				st.rel(dateline.RelObj2, k, j)
				continue
			}
			if an.Governor(j, dateline.RelConj) >= 0 || an.Governor(j, dateline.RelAppos) >= 0 {
				if g := an.Governor(j, dateline.RelConj); obj >= 0 && objEnd >= 0 && (g == objEnd || g == obj) {
					// "took police officers and officials hostage", "called
					// Trump, Macron and May criminals": the object runs on to
					// its list's last member, past the list's commas
					objEnd, comma = j, false
				}
				continue
			}
			if ch[j].Time || an.Governor(j, dateline.RelPObj) >= 0 || comma {
				continue
			}
			if ch[j].Poss {
				continue // the possessor: the possessed phrase after it is the object
			}
			if p := st.possessedFrom(j); p < j && an.Governor(p, dateline.RelPObj) >= 0 {
				continue // "negotiated over Tehran's nuclear programme": what a preposition's object owns is no object of the verb
			}
			if v := st.verbAfter(j); v >= 0 && an.Governor(v, dateline.RelConj) == k {
				continue // "were killed and five wounded": the joined verb's subject
			}
			if v := st.verbAfter(j); v >= 0 && ch[v].Verb.Finite &&
				(st.an.Words[ch[j].Head].Tag == dateline.TagPRP || st.reducedRelative(ci) < 0) &&
				!(st.subjectRelative(ci) && an.Words[ch[j].Head].Tag != dateline.TagPRP) && st.nounInfinitive(k) < 0 &&
				!(an.Words[ch[j].Head].Tag != dateline.TagPRP && st.adverbRelativeEnds(ci, v)) {
				// "militias he considers": the subject of a clause of its own;
				// not "crowds supporting the junta set", where the participle
				// sits in its subject, nor "a general who advised the
				// protesters was shot" or "officers who tried to stop the
				// march were attacked", where the relative clause ends at its
				// object and the main clause's verb follows, nor "the decision
				// to expel the diplomats was condemned", where a noun's
				// infinitive does, nor "the town where the rebels seized a
				// base was bombed", where a relative clause with a subject of
				// its own ends at its object before its noun's verb
				break
			}
			if report && end < len(ch) && (st.verbAfter(j) == end || st.verbAfterModifiers(j) == end && !ch[k].Verb.Infinitive) && ch[end].Verb.Finite ||
				report && obj < 0 && st.complementSubjectWithPP(k, j, end) {
				// "said Iran had", "said the government firmly supported",
				// "said thousands of people had marched", "said rebels in
				// Uganda had freed", "said reports of civilian deaths were
				// untrue": the complement's subject (not after an
				// infinitive: "the decision to recall its ambassador from
				// Algiers was criticised")
				continue
			}
			if v := an.Dependent(k, dateline.RelComp); report && v > j+1 && ch[j+1].Kind == dateline.ChunkVG && !ch[j+1].Verb.Finite &&
				an.Chunks[v].Verb.Finite && st.clauseOf(v) >= 0 && an.Clauses[st.clauseOf(v)].Parent == st.clauseOf(k) && st.punctBetween(j, j+1) == 0 {
				continue // "said a man arrested on Sunday had confessed": the complement's subject
			}
			if report && st.reportedSubject(k, j) {
				continue // "said Glas, who was convicted, was a fugitive": the complement's subject
			}
			if obj < 0 && st.punctBetween(j-1, j) == 0 {
				if c.Kind == dateline.ClauseReport && an.Dependent(k, dateline.RelSubj) == j {
					continue
				}
				obj, objEnd = j, j
				st.rel(dateline.RelObj, k, j)
				continue
			}
			if obj >= 0 && j == st.afterNP(max(obj, objEnd)) && st.punctBetween(j-1, j) == 0 {
				st.rel(dateline.RelObj2, k, j) // "gave Kenya 40 million euros"
			}
			obj, objEnd = max(obj, j), -1
		case dateline.ChunkPP:
			if st.punctBetween(j-1, j) == ';' {
				return
			}
			if st.ownWith(j) {
				continue // "held an exercise near the border with Finland": the border's other side
			}
			if st.afterAs(k, j) {
				continue // "rejected the sanctions as an attack on its sovereignty": the attack's
			}
			st.rel(dateline.RelObl, k, j)
			if ch[k].Verb.Passive && st.toks[ch[j].Head].Lower == "by" {
				if np := an.Dependent(j, dateline.RelPObj); np >= 0 && an.Dependent(k, dateline.RelAgent) < 0 && !st.deadline(np) {
					st.rel(dateline.RelAgent, k, np)
				}
			}
		case dateline.ChunkADJP:
			if obj >= 0 && !comma && j == st.afterNP(max(obj, objEnd)) && st.punctBetween(j-1, j) == 0 && an.Dependent(k, dateline.RelObj2) < 0 &&
				st.toks[ch[j].Head].Lower != "worth" {
				// "called the measures unacceptable": the object's complement;
				// not "extended a loan worth $1 billion to", where "worth"
				// tells the object's value
				st.rel(dateline.RelObj2, k, j)
			}
			if obj < 0 && !comma && an.Words[ch[k].Head].Lemma == "be" {
				obj = j
				st.rel(dateline.RelObj, k, j) // "the verdict was too lenient": what the subject is said to be
			}
		case dateline.ChunkADVP:
		case dateline.ChunkConj:
			if j+1 < end && ch[j+1].Kind == dateline.ChunkNP || j < aside {
				continue // "A and B" after the verb: conjuncts of the object, or of an aside before it
			}
			return
		}
	}
}

// namedPastAppos reports whether noun phrase j, the last of verb k's
// clause (which ends at chunk end), is what k, a verb of naming, calls its
// object obj, past the object's apposition set off by commas: "branded the
// opposition leader, Juan Guaido, a traitor" (the chunks read j as an
// apposition of the apposition).
func (st *state) namedPastAppos(k, obj, j, end int) bool {
	an := st.an
	if obj < 0 || an.Words[an.Chunks[k].Head].Roles&dateline.RoleNaming == 0 || an.Chunks[k].Verb.Passive || an.Dependent(k, dateline.RelObj2) >= 0 {
		return false
	}
	g := an.Governor(j, dateline.RelAppos)
	if g < 0 && j > 0 && an.Governor(j-1, dateline.RelAppos) == obj {
		// "called Libya's leader, Col. Muammar Qaddafi, a dangerous lunatic
		// and said ...": the phrase after the apposition, taken for no
		// apposition of its own, is what the object is called all the same
		g = j - 1
	}
	if g < 0 || an.Governor(g, dateline.RelAppos) != obj || st.punctBetween(g, j) != ',' {
		return false
	}
	return j+1 >= end || st.punctBetween(j, j+1) != ',' && an.Chunks[j+1].Kind != dateline.ChunkNP
}

// ownWith reports whether preposition chunk j is a "with" right after a
// preposition's object that takes it for its own other side ("near the
// border with Finland", "on relations with Iran"), not the verb's partner.
func (st *state) ownWith(j int) bool {
	an := st.an
	if j == 0 || st.toks[an.Chunks[j].Head].Lower != "with" || an.Chunks[j-1].Kind != dateline.ChunkNP || st.punctBetween(j-1, j) != 0 {
		return false
	}
	return an.Governor(j-1, dateline.RelPObj) >= 0 && an.Governor(j, dateline.RelNMod) == j-1 && st.a.ownWith[st.toks[an.Chunks[j-1].Head].Lower]
}

// afterAs reports whether preposition chunk j modifies a noun of an "as"
// phrase that says what verb k's object, right before it, is taken for
// ("rejected the sanctions as an attack on its sovereignty", "rejected the
// embargo as an act of war against its people"): that noun's modifier,
// not the verb's.
func (st *state) afterAs(k, j int) bool {
	an := st.an
	n := an.Governor(j, dateline.RelNMod)
	for step := 0; step < 3 && n >= 1; step++ {
		p := an.Governor(n, dateline.RelPObj)
		if p < 1 {
			return false
		}
		if st.toks[an.Chunks[p].Head].Lower == "as" {
			return an.Governor(p-1, dateline.RelObj) == k && st.punctBetween(p-1, j) == 0
		}
		n = an.Governor(p, dateline.RelNMod)
	}
	return false
}

// frontObliques attaches the prepositions that open a clause, before its
// subject, to its verb: "On Monday, in Tripoli, rebels attacked".
func (st *state) frontObliques() {
	an := st.an
	ch := an.Chunks
	for _, c := range an.Clauses {
		for j := c.From; j < ch[c.Verb].From; j++ {
			cj := int(an.Words[j].Chunk)
			if cj >= 0 && ch[cj].Kind == dateline.ChunkPP && ch[cj].From == j && an.Governor(cj, dateline.RelNMod) < 0 &&
				an.Governor(cj, dateline.RelObl) < 0 {
				st.rel(dateline.RelObl, c.Verb, cj)
			}
		}
	}
}

// subjectRelative reports whether clause ci is a relative clause whose
// pronoun is its subject ("a general who advised the protesters"), or an
// infinitive under one ("officers who tried to stop the march"), or a
// relative clause whose pronoun is its object and whose verb takes no
// clause ("officers whom the gunmen had taken hostage"): a noun phrase
// after its verb is its own, whatever verb follows.
func (st *state) subjectRelative(ci int) bool {
	an := st.an
	for ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseInfinitive {
		ci = an.Clauses[ci].Parent
	}
	if ci < 0 {
		return false
	}
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseRelative || c.Opener < 0 {
		return false
	}
	if st.pronounSubject(int(an.Words[c.Opener].Chunk), c.Verb) {
		return true
	}
	return st.toks[c.Opener].Lower == "whom" && an.Words[an.Chunks[c.Verb].Head].Roles&clauseTaking == 0
}

// pronounSubject reports whether a relative pronoun at chunk op is the
// subject of verb group k after it: nothing stands between them but
// adverbs, times and prepositional phrases ("who on Sunday likened",
// "which in 2019 seized", "who last week ordered"), never a noun phrase of
// its own ("whom the police detained").
func (st *state) pronounSubject(op, k int) bool {
	an := st.an
	if op == k-1 || op == k-2 && an.Chunks[k-1].Kind == dateline.ChunkADVP {
		return true
	}
	if w := st.toks[an.Chunks[op].From].Lower; w != "who" && w != "which" && w != "that" {
		return false
	}
	for j := op + 1; j < k; j++ {
		switch c := an.Chunks[j]; c.Kind {
		case dateline.ChunkADVP, dateline.ChunkPP:
		case dateline.ChunkADJP:
			if j+1 == k || an.Chunks[j+1].Kind != dateline.ChunkPP {
				return false // "late on Saturday", "early in the day"
			}
		case dateline.ChunkNP:
			if !c.Time && !(j > op+1 && an.Chunks[j-1].Kind == dateline.ChunkPP) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// afterNP returns the chunk after noun phrase j and its possessed phrase.
func (st *state) afterNP(j int) int {
	ch := st.an.Chunks
	if ch[j].Poss && j+1 < len(ch) {
		return j + 2
	}
	return j + 1
}

// actedBefore reports whether noun phrase k follows, across only noun
// phrases, prepositions and modifiers, a finite verb that does not report:
// k lies in that verb's clause ("arrested five men in Lagos"), not in a
// subject ("the talks between Iran and Russia") nor in what is said
// ("said Iran and Russia attacked").
func (st *state) actedBefore(k int) bool {
	ch := st.an.Chunks
	for j := k - 1; j >= 0; j-- {
		if st.punctBetween(j, j+1) != 0 {
			return false
		}
		switch c := ch[j]; c.Kind {
		case dateline.ChunkNP, dateline.ChunkPP, dateline.ChunkADJP, dateline.ChunkADVP:
		case dateline.ChunkVG:
			return c.Verb.Finite && st.an.Words[c.Head].Roles&(dateline.RoleReport|dateline.RoleAllege) == 0
		default:
			return false
		}
	}
	return false
}

// finiteBefore reports whether a finite verb group comes before chunk k.
func (st *state) finiteBefore(k int) bool {
	for j := 0; j < k; j++ {
		if c := st.an.Chunks[j]; c.Kind == dateline.ChunkVG && c.Verb.Finite {
			return true
		}
	}
	return false
}

// inverted reads a sentence that opens with a past participle and "was" or
// "were" before its noun phrase ("Also arrested was the party's deputy
// leader", "Also killed were two policemen") as the passive it inverts:
// the phrase is the participle's subject, not the object of "was".
func (st *state) inverted() {
	an := st.an
	ch := an.Chunks
	k := 0
	for k < len(ch) && ch[k].Kind == dateline.ChunkADVP {
		k++
	}
	if k+2 >= len(ch) || ch[k].Kind != dateline.ChunkVG || ch[k].From != ch[k].Head || !st.c[ch[k].Head].has(dateline.TagVBN) ||
		ch[k+1].Kind != dateline.ChunkVG || ch[k+1].To-ch[k+1].From != 1 || ch[k+2].Kind != dateline.ChunkNP || ch[k+2].Time ||
		st.punctBetween(k, k+2) != 0 {
		return
	}
	if w := st.toks[ch[k+1].From].Lower; w != "was" && w != "were" {
		return
	}
	np := k + 2
	if ch[np].Poss && np+1 < len(ch) && ch[np+1].Kind == dateline.ChunkNP {
		np++ // "was the party's deputy leader": the possessed phrase
	}
	an.Words[ch[k].Head].Tag = dateline.TagVBN
	v := &an.Chunks[k].Verb
	v.Passive, v.Finite, v.Tense = true, true, ch[k+1].Verb.Tense
	st.dropRel(dateline.RelObj, k+1, np)
	if an.Dependent(k, dateline.RelSubj) < 0 {
		st.rel(dateline.RelSubj, k, np)
	}
}

// deadline reports whether noun phrase np tells a time: a time expression
// or a unit of time, or a noun whose "of" phrase is one ("by the end of the year", "by the
// middle of March"), or a bare noun of means ("by force", "by road"):
// after a passive's "by" it is a deadline or a means, not the agent.
func (st *state) deadline(np int) bool {
	ch := st.an.Chunks
	timely := func(n int) bool {
		return ch[n].Kind == dateline.ChunkNP && (ch[n].Time || st.an.Words[ch[n].Head].Roles&dateline.RoleTime != 0)
	}
	if timely(np) {
		return true // "by Friday", "by midnight"
	}
	if ch[np].To-ch[np].From == 1 && st.an.Words[ch[np].Head].Roles&dateline.RoleMeans != 0 {
		return true // "would be dispersed by force", "was sent by road": how, not who
	}
	if np+2 < len(ch) && ch[np+1].Kind == dateline.ChunkPP && st.toks[ch[np+1].Head].Lower == "of" && st.punctBetween(np, np+1) == 0 {
		return timely(np + 2) // "by the end of the year"
	}
	return false
}

// adverbRelativeEnds reports whether clause ci is a relative clause opened
// by "where" or "when" (or a preposition and "which") on a noun, with a
// subject of its own, and v the verb of the clause the noun is in: "the
// town where the rebels seized a base was bombed".
func (st *state) adverbRelativeEnds(ci, v int) bool {
	an := st.an
	for ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseInfinitive {
		ci = an.Clauses[ci].Parent
	}
	if ci < 0 {
		return false
	}
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseRelative || c.Opener < 0 || c.Parent < 0 || an.Clauses[c.Parent].Verb != v {
		return false
	}
	op := int(c.Opener)
	return an.Words[op].Tag == dateline.TagWRB || an.Words[op].Tag == dateline.TagWDT && op > 0 && an.Words[op-1].Tag == dateline.TagIN
}

// openingSubject gives a participle clause that opens the sentence, alone
// or after a preposition that opens a clause, and has no subject, the
// subject its parent clause found after it: "After killing two soldiers,
// the gunmen fled", "Speaking to reporters, the minister said".
func (st *state) openingSubject(ci int) {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || an.Dependent(c.Verb, dateline.RelSubj) >= 0 {
		return
	}
	k := c.Verb
	if !(k == 0 || k == 1 && an.Chunks[0].Kind != dateline.ChunkNP && an.Words[an.Chunks[0].Head].Roles&(dateline.RoleOpener|dateline.RoleTemporal) != 0 ||
		st.frontedAdjuncts(k)) {
		return
	}
	pv := an.Clauses[c.Parent].Verb
	if pv <= k || st.punctBetween(k, pv) != ',' {
		return
	}
	if s := an.Dependent(pv, dateline.RelSubj); s > k {
		st.rel(dateline.RelSubj, k, s)
	}
}

// frontedAdjuncts reports whether only adjuncts set off by a comma come
// before chunk k: prepositional phrases with their objects, times and
// adverbs ("On Monday, having met the envoy, the emir flew").
func (st *state) frontedAdjuncts(k int) bool {
	ch := st.an.Chunks
	if k < 1 || st.punctBetween(k-1, k) != ',' {
		return false
	}
	for j := 0; j < k; j++ {
		switch {
		case ch[j].Kind == dateline.ChunkPP || ch[j].Kind == dateline.ChunkADVP || ch[j].Kind == dateline.ChunkNP && ch[j].Time:
		case ch[j].Kind == dateline.ChunkNP && j > 0 && ch[j-1].Kind == dateline.ChunkPP && st.punctBetween(j-1, j) == 0:
		default:
			return false
		}
	}
	return true
}

// asideObject returns the noun phrase after a comma that is the object of
// clause ci's verb, which has none before it: only adjuncts (prepositions,
// times, adverbs) follow the verb, then an aside opened by a comma with a
// preposition or an adverb and closed by the comma before the phrase
// ("released on Thursday, after a delay of several hours, thirty-nine
// prisoners", "banned, for an indefinite period, all demonstrations"),
// past a participle inside the aside ("after a delay caused by disputes");
// or -1. Not after a report verb, a passive or "be", and not a phrase that
// is the subject of a verb after it ("attacked on Sunday, after a warning,
// the army said").
func (st *state) asideObject(ci int) int {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[ci]
	k := c.Verb
	head := an.Words[ch[k].Head]
	if c.Kind == dateline.ClauseReport || ch[k].Verb.Passive || head.Roles&dateline.RoleReport != 0 || head.Lemma == "be" {
		return -1
	}
	opened := false
	for m := k + 1; m < len(ch); m++ {
		if st.punctBetween(m-1, m) == ',' {
			if opened {
				if st.objectNP(m) {
					return m
				}
				if c := ch[m]; c.Kind == dateline.ChunkNP && c.Poss && !c.Time && m+1 < len(ch) && st.punctBetween(m, m+1) == 0 && st.objectNP(m+1) {
					return m + 1 // "rejected on Tuesday, in a statement, Egypt's proposal": the possessed noun
				}
				return -1
			}
			if ch[m].Kind != dateline.ChunkPP && ch[m].Kind != dateline.ChunkADVP {
				return -1 // an aside opens with a preposition or an adverb
			}
			opened = true
		}
		switch ch[m].Kind {
		case dateline.ChunkPP, dateline.ChunkADVP:
		case dateline.ChunkADJP:
			if opened {
				return -1 // "late on Saturday" before the aside
			}
		case dateline.ChunkNP:
			if !ch[m].Time && an.Governor(m, dateline.RelPObj) < 0 && !(opened && ch[m-1].Kind == dateline.ChunkVG) {
				// (inside the aside, the object of its participle: "in an
				// amnesty marking the holiday")
				return -1
			}
		case dateline.ChunkConj:
			if !opened {
				return -1
			}
		case dateline.ChunkSub:
			if !opened || m+1 >= len(ch) || ch[m+1].Kind != dateline.ChunkVG || ch[m+1].Verb.Finite {
				return -1 // inside the aside, an opener of a participle only: "since taking office"
			}
		case dateline.ChunkVG:
			if v := ch[m].Verb; !opened || v.Finite || v.Infinitive {
				return -1 // inside the aside, a participle on its noun only
			}
		default:
			return -1
		}
	}
	return -1
}

// objectNP reports whether noun phrase m may be an object: a common or
// proper noun, no time, no possessor, and no subject of a finite verb
// after it.
func (st *state) objectNP(m int) bool {
	an := st.an
	c := &an.Chunks[m]
	if c.Kind != dateline.ChunkNP || c.Time || c.Poss || an.Governor(m, dateline.RelPObj) >= 0 {
		return false
	}
	if v := st.verbAfter(m); v >= 0 && an.Chunks[v].Verb.Finite {
		return false // "..., the ministry said"; not "forty men held in Bangkok"
	}
	return an.Words[c.Head].Tag.IsNoun()
}

// objectBeforeTime returns the object of parent clause p's verb when it
// stands before the preposition that opens gerund k with only a time
// between ("accused Russia on Sunday of shelling", "thanked Qatar last
// week for mediating"), or -1.
func (st *state) objectBeforeTime(k, p int) int {
	an, ch := st.an, st.an.Chunks
	if p < 0 || k < 4 || ch[k-1].Kind != dateline.ChunkPP ||
		an.Words[ch[k-1].Head].Roles&(dateline.RoleOpener|dateline.RoleTemporal) != 0 {
		return -1
	}
	j := k - 2
	for j > 0 && ch[j].Kind == dateline.ChunkNP && ch[j].Time {
		j--
		if ch[j].Kind == dateline.ChunkPP {
			j--
		}
	}
	if j == k-2 || j < 0 || ch[j].Kind != dateline.ChunkNP || st.punctBetween(j, k) != 0 ||
		an.Dependent(an.Clauses[p].Verb, dateline.RelObj) != j {
		return -1
	}
	return j
}

// notOne reports whether noun phrase k opens with a single one that a
// negation adverb just before it denies: "not a single shot", "not one
// soldier" name no one, as "no shot" does ("not all", "not only" deny
// nothing of the act).
func (st *state) notOne(k int) bool {
	an := st.an
	if k < 1 || an.Chunks[k-1].Kind != dateline.ChunkADVP || an.Chunks[k-1].To != an.Chunks[k].From {
		return false
	}
	adv := &an.Chunks[k-1]
	if adv.To-adv.From != 1 || an.Words[adv.From].Roles&dateline.RoleNegation == 0 {
		return false
	}
	switch st.toks[an.Chunks[k].From].Lower {
	case "a", "an", "one":
		return true
	}
	return false
}

// askingAfterAddressee reports whether participle k, a verb of urging or
// asking in -ing, follows the "to" phrase of its parent p's verb of saying
// ("wrote to the president asking him to", "appealed to the council urging
// it to"): the one who writes asks, not the one written to.
func (st *state) askingAfterAddressee(k, p int) bool {
	an := st.an
	ch := an.Chunks
	if p < 0 || k < 2 || ch[k-1].Kind != dateline.ChunkNP || ch[k-2].Kind != dateline.ChunkPP || st.punctBetween(k-2, k) != 0 ||
		st.toks[ch[k-2].Head].Lower != "to" || an.Words[ch[k].Head].Tag != dateline.TagVBG || ch[k].From != ch[k].Head {
		return false
	}
	v := an.Clauses[p].Verb
	return an.Governor(k-2, dateline.RelObl) == v && st.lemmaRoles(ch[v].Head)&dateline.RoleReport != 0 &&
		st.lemmaRoles(ch[k].Head)&dateline.RoleObjControl != 0
}

// absoluteWith reads "with" and a noun phrase that is the subject of a
// participle right after it as an absolute clause, not a phrase of the
// verb or noun before, when the participle ends its clause or says what
// the phrase serves "as": "agreed to a truce with Egypt acting as
// mediator", "signed the accords with the United States and the Soviet
// Union acting as guarantors", "held talks, with China mediating" name no
// one the act is done with; "a deal with rebels fighting in Darfur" does.
func (st *state) absoluteWith() {
	an := st.an
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		if c.Kind != dateline.ClauseParticipial {
			continue
		}
		s := an.Dependent(c.Verb, dateline.RelSubj)
		if s < 0 || s >= c.Verb {
			continue
		}
		last := s
		for n := range an.Dependents(s, dateline.RelConj) {
			last = max(last, n) // "the United States and the Soviet Union acting"
		}
		if last+1 != c.Verb || st.punctBetween(last, c.Verb) != 0 {
			continue
		}
		if e := an.Chunks[c.Verb].To; e < len(st.toks) && st.toks[e].Lower != "as" && !an.Words[e].Tag.IsPunct() {
			continue // "a deal with rebels fighting in Darfur": the rebels who fight there
		}
		pp := an.Governor(s, dateline.RelPObj)
		if pp < 0 || st.toks[an.Chunks[pp].Head].Lower != "with" {
			continue
		}
		if g := an.Governor(pp, dateline.RelObl); g >= 0 {
			st.dropRel(dateline.RelObl, g, pp)
		}
		if g := an.Governor(pp, dateline.RelNMod); g >= 0 {
			st.dropRel(dateline.RelNMod, g, pp)
		}
	}
}

// relativeRecipient gives back to a verb of giving (words.txt's double)
// the "to" its object's passive participle took: in "handed over the two
// men accused of the bombing to UN officials on Monday" the participle
// ends at its own phrase, and "to UN officials", with the phrases after
// it, is whom the men were handed to, not what they were accused of. A
// "to" right after the participle is its own ("the men sentenced to
// death"), and a verb with a "to" of its own keeps none.
func (st *state) relativeRecipient() {
	an := st.an
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || !an.Chunks[c.Verb].Verb.Passive {
			continue
		}
		v, p := an.Clauses[c.Parent].Verb, c.Verb
		s := an.Dependent(p, dateline.RelSubj)
		if v < 0 || v > p || s != p-1 || st.punctBetween(s, p) != 0 || an.Chunks[v].Verb.Passive ||
			st.lemmaRoles(an.Chunks[v].Head)&dateline.RoleDouble == 0 || !st.objectOf(v, s) || st.oblTo(v) >= 0 {
			continue
		}
		to := st.oblTo(p)
		if to <= p+1 {
			continue
		}
		var moved []int
		for pp := range an.Dependents(p, dateline.RelObl) {
			if pp >= to {
				moved = append(moved, pp)
			}
		}
		for _, pp := range moved {
			st.dropRel(dateline.RelObl, p, pp)
			st.rel(dateline.RelObl, v, pp)
			if pp == to {
				if g := an.Governor(pp, dateline.RelNMod); g > p {
					st.dropRel(dateline.RelNMod, g, pp) // "the bombing to UN officials" is no phrase
				}
			}
		}
	}
}

// objectOf reports whether noun phrase k is verb v's object, or the noun
// of a preposition right after it that stands for a particle ("handed
// over the two men").
func (st *state) objectOf(v, k int) bool {
	an := st.an
	if an.Dependent(v, dateline.RelObj) == k {
		return true
	}
	pp := an.Governor(k, dateline.RelPObj)
	return pp == v+1 && an.Governor(pp, dateline.RelObl) == v
}

// oblTo returns the "to" phrase verb k takes, or -1.
func (st *state) oblTo(k int) int {
	for pp := range st.an.Dependents(k, dateline.RelObl) {
		if st.toks[st.an.Chunks[pp].Head].Lower == "to" {
			return pp
		}
	}
	return -1
}

// causative reads "had X arrested", "has them executed": "have" as a
// clause's own verb, its object, and a past participle right after it is a
// passive of the participle on the object, done by whoever had it done
// ("the president had the opposition leader arrested": the president
// arrests him), not an act of the object's.
func (st *state) causative() {
	an := st.an
	ch := an.Chunks
	for k := range ch {
		if ch[k].Kind != dateline.ChunkVG || ch[k].From != ch[k].Head || !isHave(st.toks[ch[k].Head].Lower) {
			continue
		}
		o := an.Dependent(k, dateline.RelObj)
		v := o + 1
		s := an.Dependent(k, dateline.RelSubj)
		if o < 0 || s < 0 || v >= len(ch) || ch[v].Kind != dateline.ChunkVG || ch[v].From != ch[v].Head ||
			an.Words[ch[v].Head].Tag != dateline.TagVBN || st.punctBetween(o, v) != 0 {
			continue
		}
		an.Chunks[v].Verb.Passive = true
		if an.Dependent(v, dateline.RelSubj) < 0 {
			st.rel(dateline.RelSubj, v, o)
		}
		if an.Dependent(v, dateline.RelAgent) < 0 {
			st.rel(dateline.RelAgent, v, s)
		}
	}
}

// invertedAfterCopula returns, for a relative clause's antecedent a, the
// object of a preposition that opens the sentence, the noun phrase after
// the copula of clause p, the relative clause's parent, when that phrase
// is the copula's subject put after it: "Among those who had appealed for
// mercy were Carter and Brezhnev": those who appealed are Carter and
// Brezhnev. It returns -1 otherwise.
func (st *state) invertedAfterCopula(a, p int) int {
	an := st.an
	ch := an.Chunks
	// (the antecedent a pronoun that names no one, "those": "Among the
	// Kenyans who attacked the embassy was a police officer" keeps the
	// Kenyans)
	if a != 1 || p < 0 || ch[0].Kind != dateline.ChunkPP || ch[1].Kind != dateline.ChunkNP || an.Clauses[p].Kind != dateline.ClauseMain ||
		ch[1].From != ch[1].Head || an.Words[ch[1].Head].Tag != dateline.TagDT {
		return -1
	}
	v := an.Clauses[p].Verb
	if st.lemmaRoles(ch[v].Head)&dateline.RoleCopula == 0 || ch[v].Verb.Modal != "" || ch[v].From != ch[v].Head ||
		v+1 >= len(ch) || ch[v+1].Kind != dateline.ChunkNP || ch[v+1].Time || st.punctBetween(v, v+1) != 0 {
		return -1
	}
	for j := 0; j < v; j++ {
		if st.punctBetween(j, j+1) != 0 {
			return -1 // "Among those who fled, many were children": the copula has a subject of its own
		}
	}
	return v + 1
}
