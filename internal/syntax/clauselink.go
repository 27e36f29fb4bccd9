package syntax

import "dateline"

// How classify links a verb group to the clauses before it: a report set
// off by a relative, appositive, insert or participle; participles, gapped
// passives and listed verbs that continue a clause; zero relatives.

// reportedAfterRelative reports whether clause q is a relative clause set
// off by commas on the phrase right after a reporting verb (not one that
// takes an object: "told"), so that verb group k after it is the reported
// clause's verb.
func (st *state) reportedAfterRelative(q, k int) bool {
	an := st.an
	ch := an.Chunks
	rc := &an.Clauses[q]
	if rc.Kind != dateline.ClauseRelative || rc.Parent < 0 || rc.Opener < 0 {
		return false
	}
	pv := an.Clauses[rc.Parent].Verb
	r := an.Words[ch[pv].Head].Roles
	if r&(dateline.RoleReport|dateline.RoleAllege) == 0 || r&dateline.RoleObjControl != 0 {
		return false
	}
	op := int(an.Words[rc.Opener].Chunk)
	return op >= 2 && ch[op-1].Kind == dateline.ChunkNP && op-1 == pv+1 && st.punctBetween(op-1, op) == ',' && k > op
}

// reportedAfterRestrictive reports whether clause q is a relative clause
// with no commas on the subject of what a verb reports, right after the
// verb, its "that", or its object and "that", and verb group k, right after
// it, is the reported clause's verb: "said that the gunmen who attacked
// Mumbai had come from Pakistan", "told him the men who fired were
// soldiers".
func (st *state) reportedAfterRestrictive(q, k int) bool {
	an := st.an
	ch := an.Chunks
	rc := &an.Clauses[q]
	if rc.Kind != dateline.ClauseRelative || rc.Parent < 0 || rc.Opener < 0 || st.punctBetween(k-1, k) != 0 {
		return false
	}
	pv := an.Clauses[rc.Parent].Verb
	if an.Words[ch[pv].Head].Roles&(dateline.RoleReport|dateline.RoleAllege) == 0 || !ch[pv].Verb.Finite {
		return false
	}
	op := int(an.Words[rc.Opener].Chunk)
	if op < 2 || k <= op || ch[op-1].Kind != dateline.ChunkNP || ch[op-1].Time || st.punctBetween(op-1, op) != 0 {
		return false
	}
	that := func(j int) bool { return ch[j].Kind == dateline.ChunkSub && st.toks[ch[j].Head].Lower == "that" }
	switch s := op - 1; {
	case s == pv+1:
		return an.Words[ch[pv].Head].Roles&dateline.RoleObjControl == 0 // not "told the men who": the told
	case s == pv+2:
		return that(pv + 1)
	case s == pv+3:
		return ch[pv+1].Kind == dateline.ChunkNP && that(pv+2)
	}
	return false
}

// reportedAfterAppositive reports whether clause q's verb reports (and
// takes no object) and is followed by a phrase and another set off by
// commas, then verb group k: "said its candidate, Edmundo Gonzalez, had
// won".
func (st *state) reportedAfterAppositive(q, k int) bool {
	an := st.an
	ch := an.Chunks
	pv := an.Clauses[q].Verb
	r := an.Words[ch[pv].Head].Roles
	if r&(dateline.RoleReport|dateline.RoleAllege) == 0 || r&dateline.RoleObjControl != 0 || k != pv+3 {
		return false
	}
	return ch[pv+1].Kind == dateline.ChunkNP && ch[pv+2].Kind == dateline.ChunkNP && !ch[pv+1].Time &&
		st.punctBetween(pv, pv+1) == 0 && st.punctBetween(pv+1, pv+2) == ','
}

// reportedAfterInsert returns the reporting clause, clause q or the one a
// participle q hangs on, whose verb is followed by a noun phrase, a comma,
// phrases or a participle with no comma among them, and a comma before
// verb group k: the noun is the subject of k, the complement ("said the
// army, along with militias, attacked"); or -1.
func (st *state) reportedAfterInsert(q, k int) int {
	an := st.an
	ch := an.Chunks
	if c := &an.Clauses[q]; c.Kind == dateline.ClauseParticipial && c.Parent >= 0 && ch[c.Verb].From == ch[c.Verb].Head {
		q = c.Parent
	}
	pv := an.Clauses[q].Verb
	r := an.Words[ch[pv].Head].Roles
	if r&(dateline.RoleReport|dateline.RoleAllege) == 0 || r&dateline.RoleObjControl != 0 || !ch[pv].Verb.Finite || k < pv+4 ||
		ch[pv+1].Kind != dateline.ChunkNP || ch[pv+1].Time || st.punctBetween(pv, pv+1) != 0 || st.punctBetween(pv+1, pv+2) != ',' {
		return -1
	}
	for j := pv + 2; j < k; j++ {
		if j < k-1 && st.punctBetween(j, j+1) != 0 {
			return -1
		}
		if v := ch[j]; !st.phrase(j) && !(v.Kind == dateline.ChunkVG && !v.Verb.Finite && v.From == v.Head && j == pv+2) {
			return -1
		}
	}
	return q
}

// finiteAfterSubject returns the finite verb group an opened clause's
// participle at chunk k, on the subject right before it, comes before:
// straight on ("when a convoy trying to leave the hotel was ambushed") or
// after the comma that closes the participle set off by a comma ("as
// rebels, backed by Turkey, attacked"), or -1.
func (st *state) finiteAfterSubject(vi, k int) int {
	switch {
	case st.punctBetween(k-1, k) == 0:
		return st.finiteAfter(vi)
	case st.setOffEnd(st.an.Chunks[k].From-1) < 0:
		return -1
	}
	ch := st.an.Chunks
	for j := k + 1; j < len(ch); j++ {
		if st.punctBetween(j-1, j) == 0 {
			continue
		}
		for vj := vi + 1; vj < len(st.vgs); vj++ {
			if st.vgs[vj] == j && ch[j].Verb.Finite {
				return vj
			}
		}
		return -1
	}
	return -1
}

// finiteAfter returns the index of the next verb group after verb group
// vi that is finite, with only phrases, modifiers and verb groups that are
// not between (no punctuation, opener or conjunction), or -1.
func (st *state) finiteAfter(vi int) int {
	ch := st.an.Chunks
	relative := false // inside a relative clause on the participle's object, before its verb
	for k := st.vgs[vi] + 1; k < len(ch); k++ {
		if st.punctBetween(k-1, k) != 0 {
			return -1
		}
		switch ch[k].Kind {
		case dateline.ChunkNP, dateline.ChunkPP, dateline.ChunkADJP, dateline.ChunkADVP:
		case dateline.ChunkConj:
			if ch[k-1].Kind != dateline.ChunkNP || k+1 >= len(ch) || ch[k+1].Kind != dateline.ChunkNP {
				return -1
			}
			// "when men armed with machetes and rifles burst in": two nouns
			// joined inside the participle's phrase
		case dateline.ChunkSub:
			// "when troops chasing militants who had attacked a bus killed
			// five policemen": a relative clause on the participle's object
			// has its own verb; the opened clause's comes after it
			if t := st.an.Words[ch[k].Head].Tag; relative || t != dateline.TagWP && t != dateline.TagWDT || ch[k-1].Kind != dateline.ChunkNP {
				return -1
			}
			relative = true
		case dateline.ChunkVG:
			if relative && ch[k].Verb.Finite {
				relative = false
				continue
			}
			if ch[k].Verb.Finite {
				for vj := vi + 1; vj < len(st.vgs); vj++ {
					if st.vgs[vj] == k {
						return vj
					}
				}
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// insideSubject reports whether clause q (an infinitive or a relative
// clause under one, or a participle) is a participle on the subject of verb
// group vi's clause, which classify has made vi's child.
func (st *state) insideSubject(q, vi int) bool {
	an := st.an
	for n := 0; q >= 0 && q < len(an.Clauses) && (an.Clauses[q].Kind == dateline.ClauseInfinitive || an.Clauses[q].Kind == dateline.ClauseRelative) && n < len(an.Clauses); n++ {
		q = an.Clauses[q].Parent
	}
	return q >= 0 && q < len(an.Clauses) && an.Clauses[q].Kind == dateline.ClauseParticipial && an.Clauses[q].Parent == vi
}

// opensInsideSubject reports whether the opener at chunk j opens a clause
// inside a participle on the subject of verb group vi's clause: "who" in
// "when troops chasing militants who had attacked a bus killed".
func (st *state) opensInsideSubject(j, vi int) bool {
	for q := range st.an.Clauses {
		if st.an.Clauses[q].Opener == st.an.Chunks[j].Head {
			return st.insideSubject(q, vi)
		}
	}
	return false
}

// vgAt returns the index in st.vgs of the verb group at chunk k, or -1.
func (st *state) vgAt(k int) int {
	for vi, j := range st.vgs {
		if j == k {
			return vi
		}
	}
	return -1
}

// passiveNounParticiple reports whether clause ci is a passive participle
// with no auxiliary right after its noun phrase, with no comma between ("a
// statement carried by state media", "protesters gathered in the square"):
// it only says which noun is meant.
func (st *state) passiveNounParticiple(ci int) bool {
	an := st.an
	c := &an.Clauses[ci]
	vg := &an.Chunks[c.Verb]
	return c.Kind == dateline.ClauseParticipial && vg.Verb.Passive && vg.From == vg.Head && c.Verb > 0 &&
		an.Chunks[c.Verb-1].Kind == dateline.ChunkNP && st.punctBetween(c.Verb-1, c.Verb) == 0
}

// nounParticiple reports whether clause ci is an active participle right
// after a noun phrase, with no comma between, that says which of the
// noun's referents is meant ("buses carrying the students").
func (st *state) nounParticiple(ci int) bool {
	an := st.an
	c := &an.Clauses[ci]
	vg := &an.Chunks[c.Verb]
	return c.Kind == dateline.ClauseParticipial && !vg.Verb.Passive && vg.From == vg.Head && c.Verb > 0 &&
		an.Chunks[c.Verb-1].Kind == dateline.ChunkNP && st.punctBetween(c.Verb-1, c.Verb) == 0
}

// setOffRelative reports whether clause ci is a relative clause set off by
// a comma before its pronoun (", who attended the college").
func (st *state) setOffRelative(ci int) bool {
	c := &st.an.Clauses[ci]
	return c.Kind == dateline.ClauseRelative && c.Opener > 0 && st.an.Words[c.Opener-1].Tag == dateline.TagComma
}

// freeRelative reports whether clause ci is a relative clause opened by
// "what" ("in what Arce called a coup"): it names a thing, and a clause set
// off after it by a comma belongs to the clause around it.
func (st *state) freeRelative(ci int) bool {
	c := &st.an.Clauses[ci]
	return c.Kind == dateline.ClauseRelative && c.Opener >= 0 && st.lowerAt(c.Opener) == "what"
}

// reducedParticiple reports whether clause ci is a passive participle
// with no auxiliary ("the man accused of the bombing"): it takes no
// clause as its complement, so a finite verb after it is its noun's.
func (st *state) reducedParticiple(ci int) bool {
	c := &st.an.Clauses[ci]
	vg := &st.an.Chunks[c.Verb]
	return c.Kind == dateline.ClauseParticipial && vg.Verb.Passive && vg.From == vg.Head
}

// participleConjunct reports whether verb group k, right after "and" or
// "or" that follows clause p's verb, is a bare form that may be a past
// participle joined to p, itself a bare participle on the noun before it
// with nothing after it: "people missing or detained".
func (st *state) participleConjunct(p, k int) bool {
	an := st.an
	ch := an.Chunks
	pk := an.Clauses[p].Verb
	head := ch[k].Head
	ph := ch[pk].Head
	return an.Clauses[p].Kind == dateline.ClauseParticipial && pk == k-2 && ch[k-1].Kind == dateline.ChunkConj &&
		ch[pk].From == ph && (an.Words[ph].Tag == dateline.TagVBG || an.Words[ph].Tag == dateline.TagVBN) &&
		pk > 0 && ch[pk-1].Kind == dateline.ChunkNP && st.punctBetween(pk-1, pk) == 0 &&
		ch[k].From == head && (an.Words[head].Tag == dateline.TagVBN || an.Words[head].Tag == dateline.TagVBD && st.c[head].has(dateline.TagVBN)) &&
		!st.objectAfter(k)
}

// reportInRelative reports whether finite verb group k follows, right
// after it, the reporting verb of relative clause p whose pronoun is not
// its subject ("which Israel said targeted", "who police say attacked"):
// k is what was said, and the pronoun its subject.
func (st *state) reportInRelative(p, k int) bool {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[p]
	pv := c.Verb
	if c.Kind != dateline.ClauseRelative || c.Opener < 0 || pv != k-1 || st.punctBetween(pv, k) != 0 ||
		an.Words[ch[pv].Head].Roles&dateline.RoleReport == 0 || ch[pv].Verb.Passive {
		return false
	}
	op := int(an.Words[c.Opener].Chunk)
	if w := st.toks[c.Opener].Lower; (w != "which" && w != "who" && w != "that") || op != pv-2 {
		return false
	}
	return ch[op+1].Kind == dateline.ChunkNP && !ch[op+1].Time
}

// reportedAfterParticiple returns the reporting clause whose complement's
// subject, right after the reporting verb, carries participle clause p
// before verb group k ("said a man arrested on Sunday had confessed",
// "said the tanker seized by British forces was carrying"), or -1.
func (st *state) reportedAfterParticiple(p, k int) int {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[p]
	pv := c.Verb
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || c.Parent >= len(an.Clauses) || pv < 2 || ch[pv].From != ch[pv].Head || ch[pv].Verb.Finite {
		return -1
	}
	rv := an.Clauses[c.Parent].Verb
	if rv != pv-2 || ch[pv-1].Kind != dateline.ChunkNP || ch[pv-1].Time || !ch[rv].Verb.Finite ||
		an.Words[ch[rv].Head].Roles&dateline.RoleReport == 0 || st.punctBetween(rv, pv) != 0 {
		return -1
	}
	for j := pv; j < k; j++ {
		if st.punctBetween(j, j+1) != 0 {
			return -1
		}
	}
	return c.Parent
}

// reportedAfterNounInfinitive returns the reporting clause whose
// complement's subject, after the reporting verb (or "that", or the told
// and "that"), is a noun that infinitive clause p completes, before verb
// group k ("warned that any attempt to seize power would be met with
// force", "said the decision to expel the envoys was a mistake", "told
// Kyiv that any move to join NATO would cost it dearly"), or -1. The
// infinitive may carry another ("any attempt to force Taiwan to
// surrender"); no punctuation stands between the noun and k.
func (st *state) reportedAfterNounInfinitive(p, k int) int {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[p]
	for q := p - 1; q >= 0 && c.Kind == dateline.ClauseInfinitive && an.Clauses[q].Kind == dateline.ClauseInfinitive &&
		an.Governor(c.Verb, dateline.RelComp) == an.Clauses[q].Verb; q-- {
		// "to force Taiwan to surrender": the second infinitive completes
		// the first; the first one's noun is the subject
		c = &an.Clauses[q]
	}
	if c.Kind != dateline.ClauseInfinitive || c.Parent < 0 {
		return -1
	}
	n := an.Governor(c.Verb, dateline.RelComp)
	if n < 0 || ch[n].Kind != dateline.ChunkNP || ch[n].Time {
		return -1
	}
	rv := an.Clauses[c.Parent].Verb
	if !ch[rv].Verb.Finite || an.Words[ch[rv].Head].Roles&(dateline.RoleReport|dateline.RoleAllege) == 0 {
		return -1
	}
	that := func(j int) bool { return ch[j].Kind == dateline.ChunkSub && st.toks[ch[j].Head].Lower == "that" }
	switch {
	case n == rv+1 && an.Words[ch[rv].Head].Roles&dateline.RoleObjControl == 0 && st.punctBetween(rv, n) == 0:
	case n == rv+2 && that(rv+1):
	case n == rv+3 && ch[rv+1].Kind == dateline.ChunkNP && that(rv+2):
	default:
		return -1
	}
	for j := n; j < k; j++ {
		if st.punctBetween(j, j+1) != 0 || ch[j+1].Kind == dateline.ChunkSub || ch[j+1].Kind == dateline.ChunkConj {
			return -1
		}
	}
	return c.Parent
}

// gappedPassive reports whether verb group k, one past-participle word
// after "and" and a counted noun phrase, repeats the passive of clause p
// without its auxiliary ("were killed and five wounded", "were arrested
// and 12 others injured", "were killed and dozens wounded"); a verb with an object of its own is active
// ("were killed and police arrested five").
func (st *state) gappedPassive(p, k int) bool {
	an := st.an
	ch := an.Chunks
	pv := ch[an.Clauses[p].Verb]
	if !pv.Verb.Passive || !pv.Verb.Finite || pv.From == pv.Head || an.Clauses[p].Verb != k-3 {
		return false
	}
	head := ch[k].Head
	if ch[k].From != head || !st.c[head].has(dateline.TagVBN) || st.objectAfter(k) || st.punctBetween(k-3, k) != 0 {
		return false
	}
	np := ch[k-1]
	for i := np.From; i < np.To; i++ {
		if an.Words[i].Tag == dateline.TagCD || i == np.Head && an.Words[i].Roles&dateline.RoleQuantity != 0 {
			return true // (or a quantity that heads its phrase: "and dozens wounded")
		}
	}
	return false
}

// listedVerb reports whether finite verb group k, right after a comma, is a
// member of a list of verb phrases that begins with clause p's verb: p's
// verb has the same tense and an object between them, and "and" or "or"
// closes the list with a verb of that tense after k ("shelled the
// village, killed ten civilians and destroyed a school").
func (st *state) listedVerb(p, k int) bool {
	an := st.an
	ch := an.Chunks
	pv := an.Clauses[p].Verb
	tag := an.Words[ch[k].Head].Tag
	if kind := an.Clauses[p].Kind; kind != dateline.ClauseMain && kind != dateline.ClauseComplement && kind != dateline.ClauseAdverbial {
		return false // "X, one of the countries that recognised Taiwan, cut": the comma ends the relative
	}
	ptag := an.Words[ch[pv].Head].Tag
	shared := false
	if ch[pv].Verb.Perfect && ptag == dateline.TagVBN && tag == dateline.TagVBD {
		// "had annulled the vote, dissolved the institutions and sealed": the
		// members share "had"; so they do "has" or "have", whose present the
		// bare past forms after it do not repeat ("has criticized, threatened
		// and sanctioned Georgia")
		ptag, shared = tag, true
	}
	if !ch[pv].Verb.Finite || ptag != tag || ch[pv].Verb.Tense != ch[k].Verb.Tense && !shared ||
		an.Words[ch[k].Head].Roles&dateline.RoleReport != 0 || st.punctBetween(k-1, k) != ',' || ch[pv+1].Kind != dateline.ChunkNP && (ch[pv+1].Kind != dateline.ChunkPP || an.Words[ch[pv].Head].Lemma == "be") && pv+1 != k ||
		pv+1 == k && an.Words[ch[pv].Head].Roles&dateline.RoleReport != 0 {
		// (a first member may open with a preposition, "marched on
		// parliament, burned tyres and demanded", unless it only says
		// where one was: "known Ocalan was in the country, protested"
		// is a relative clause's comma; a verb right before the
		// comma shares the last one's object:
		// "detained, questioned and released the journalist"; not a
		// report's: "Police, witnesses said, beat protesters and dragged
		// them away" sets the frame off inside its clause)
		return false
	}
	for j := pv + 1; j < k; j++ {
		if e := st.memberModifier(j); e >= 0 {
			j = e // "executed two men convicted over the protests, arrested"
		} else if !st.phrase(j) {
			return false
		}
		if j < k-1 && st.punctBetween(j, j+1) != 0 {
			return false
		}
	}
	for j := k + 1; j+1 < len(ch); j++ {
		if e := st.memberModifier(j); e >= 0 {
			j = e // "arrested twelve men wanted for attacks and demolished"
			continue
		}
		switch {
		case st.phrase(j):
		case ch[j].Kind == dateline.ChunkConj:
			v := ch[j+1]
			if v.Kind == dateline.ChunkNP && st.punctBetween(j-1, j) == 0 && st.punctBetween(j, j+1) == 0 {
				continue // "detained her and several members of her party, and declared": a member's joined objects
			}
			return v.Kind == dateline.ChunkVG && v.Verb.Finite && an.Words[v.Head].Tag == tag && st.punctBetween(j, j+1) == 0
		case ch[j].Kind == dateline.ChunkVG && ch[j].Verb.Finite && an.Words[ch[j].Head].Tag == tag && st.punctBetween(j-1, j) == ',':
			// a further member: "burned tyres, blocked roads, threw stones and"
		default:
			return false
		}
	}
	return false
}

// memberClause returns the clause whose member of a list of verb phrases
// clause p is inside: p itself, or, when p is a participle or a relative
// clause on the noun phrase of a member ("executed two men convicted over
// the protests, arrested ..."), the member's clause.
func (st *state) memberClause(p int) int {
	an := st.an
	for {
		c := &an.Clauses[p]
		if c.Parent < 0 || c.Parent >= p || c.Kind != dateline.ClauseParticipial && c.Kind != dateline.ClauseRelative {
			return p
		}
		start := c.Verb
		if c.Opener >= 0 {
			start = int(an.Words[c.Opener].Chunk)
		}
		if st.memberModifier(start) != c.Verb {
			return p
		}
		p = c.Parent
	}
}

// listMember reports whether clause p's verb is a member of a list of verb
// phrases after the first: a comma before it and a verb it is joined to.
func (st *state) listMember(p int) bool {
	v := st.an.Clauses[p].Verb
	return st.punctBetween(v-1, v) == ',' && st.an.Governor(v, dateline.RelConj) >= 0
}

// memberModifier returns the last chunk of a clause that begins at chunk j
// and modifies the noun phrase right before it inside a member of a list
// of verb phrases: a participle ("men wanted for attacks") or a relative
// pronoun and its verb ("a footballer who had backed them"); or a gerund
// after a preposition ("suspected of smuggling"); or -1.
func (st *state) memberModifier(j int) int {
	ch := st.an.Chunks
	if j == 0 || st.punctBetween(j-1, j) != 0 {
		return -1
	}
	if ch[j-1].Kind == dateline.ChunkPP && ch[j].Kind == dateline.ChunkVG && st.an.Words[ch[j].Head].Tag == dateline.TagVBG && ch[j].From == ch[j].Head {
		return j // "men suspected of smuggling": a preposition's gerund
	}
	if ch[j-1].Kind != dateline.ChunkNP {
		return -1
	}
	switch {
	case ch[j].Kind == dateline.ChunkVG && !ch[j].Verb.Finite && !ch[j].Verb.Infinitive:
		return j
	case ch[j].Kind == dateline.ChunkSub && st.an.Words[ch[j].Head].Roles&dateline.RoleRelative != 0 &&
		j+1 < len(ch) && ch[j+1].Kind == dateline.ChunkVG && st.punctBetween(j, j+1) == 0:
		return j + 1
	}
	return -1
}

// phrase reports whether chunk k is a noun, prepositional, adjective or
// adverb phrase.
func (st *state) phrase(k int) bool {
	switch st.an.Chunks[k].Kind {
	case dateline.ChunkNP, dateline.ChunkPP, dateline.ChunkADJP, dateline.ChunkADVP:
		return true
	}
	return false
}

// conjoined returns the clause, from p back, whose verb group a verb group
// vg after "and" is joined to: a finite verb to a finite one ("urged Iran
// to release ... and called on Russia"), an infinitive to an infinitive.
func (st *state) conjoined(p int, vg dateline.VerbGroup, head int) int {
	an := st.an
	if k := int(an.Words[head].Chunk); an.Words[head].Roles&dateline.RoleReport != 0 && vg.Finite &&
		!(st.objectAfter(k) && (k+2 >= len(an.Chunks) || an.Chunks[k+2].Kind != dateline.ChunkVG)) {
		// (not "... and declared a state of emergency": a report verb with
		// an object reports nothing)
		// "hit the soldiers who seized power ... and said": a report joins
		// the main clause
		for q := p; q >= 0; q-- {
			if an.Clauses[q].Kind == dateline.ClauseMain && an.Chunks[an.Clauses[q].Verb].Verb.Finite {
				return q
			}
		}
	}
	for q := p; q >= 0; q-- {
		pv := an.Chunks[an.Clauses[q].Verb].Verb
		if st.pastAfterPerfect(q, vg, head) {
			continue // "detained monks who had protested in Lhasa and accused the Dalai Lama": the detaining's clause goes on
		}
		if vg.Finite == pv.Finite || !vg.Finite && pv.Infinitive {
			if c := &an.Clauses[q]; vg.Finite && c.Kind == dateline.ClauseComplement && c.Parent >= 0 && c.Parent < q &&
				st.punctBetween(c.Verb-1, c.Verb) != ',' && // (not a list's member: "had annulled the vote, dissolved X and sealed Y")
				(!st.namedBefore(c.Verb) || st.stateSaid(c.Verb) && st.acts(head)) &&
				st.namedSpeaker(an.Clauses[c.Parent].Verb) && an.Chunks[an.Clauses[c.Parent].Verb].Verb.Finite &&
				!st.sameModal(vg, an.Chunks[c.Verb].Verb, an.Chunks[an.Clauses[c.Parent].Verb].Verb) &&
				!(vg.Modal != "" && an.Chunks[an.Clauses[c.Parent].Verb].Verb.Modal == "") {
				// "Olmert said the raid was an act of war and held Beirut
				// responsible": a thing said names no actor as its subject,
				// the one who said it does; the verb after "and" is his. So
				// is an act after a state or a passive said of an actor: "the
				// Houthis said five fighters were killed and vowed to retaliate".
				// A modal the saying has not goes on with what was said: "said
				// the mercenaries had been hired and would have killed civilians"
				return c.Parent
			}
			return q
		}
	}
	return p
}

// pastAfterPerfect reports whether clause q is a relative clause in the
// past perfect on the object of a clause in the plain past before it, and
// the verb group vg after a comma and "and" a plain past of its own with
// an object, no auxiliary before it: the plain past goes on with the
// clause of its own form ("fought militants who had turned the shrine into
// a fortress, and killed their leader"), not with the perfect, whose "had"
// it does not share. With no comma the relative clause goes on ("detained
// protesters who had blocked streets and demanded his resignation"), and
// with no object ("arrested a man who had stabbed a guard and fled").
func (st *state) pastAfterPerfect(q int, vg dateline.VerbGroup, head int) bool {
	an := st.an
	c := &an.Clauses[q]
	if c.Kind != dateline.ClauseRelative || c.Parent < 0 || an.Clauses[c.Parent].Verb > c.Verb || !an.Chunks[c.Verb].Verb.Perfect ||
		!vg.Finite || vg.Perfect || vg.Modal != "" || vg.Passive || vg.Tense != dateline.TensePast || int(an.Chunks[an.Words[head].Chunk].From) != head || !st.objectAfter(int(an.Words[head].Chunk)) {
		return false
	}
	k := int(an.Words[head].Chunk)
	if k < 2 || an.Chunks[k-1].Kind != dateline.ChunkConj || st.punctBetween(k-2, k-1) != ',' {
		return false
	}
	pv := an.Chunks[an.Clauses[c.Parent].Verb].Verb
	return pv.Finite && !pv.Perfect && pv.Modal == "" && pv.Tense == dateline.TensePast
}

// sameModal reports whether verb group vg repeats the modal of the
// complement verb group comp that its saying verb group say has not: "announced
// it would prohibit aid and would deny entry" goes on with what was said,
// not with the saying.
func (st *state) sameModal(vg, comp, say dateline.VerbGroup) bool {
	return vg.Modal != "" && vg.Modal == comp.Modal && say.Modal != vg.Modal
}

// stateSaid reports whether verb group k tells a state or what was done to
// its subject: a passive, or a linking verb ("were killed", "were behind").
func (st *state) stateSaid(k int) bool {
	ch := &st.an.Chunks[k]
	return ch.Verb.Passive || st.an.Words[ch.Head].Roles&dateline.RoleCopula != 0
}

// acts reports whether the verb at head does something to someone or
// wills it: an object follows its group ("and blamed the PKK"), or it is a
// verb of will ("and vowed to retaliate").
func (st *state) acts(head int) bool {
	k := int(st.an.Words[head].Chunk)
	return st.objectAfter(k) || st.an.Words[head].Roles&dateline.RoleVolition != 0
}

// namedBefore reports whether verb group k follows a noun phrase that
// names an actor: its subject, most often.
func (st *state) namedBefore(k int) bool {
	return k > 0 && st.an.Chunks[k-1].Kind == dateline.ChunkNP && st.an.Chunks[k-1].Named
}

// namedSpeaker reports whether verb group k follows a named phrase, or a
// relative clause set off by commas after one, or after its apposition
// ("Ossa, the main opposition candidate, who had denounced the count,
// said"): its subject names an actor.
func (st *state) namedSpeaker(k int) bool {
	if st.namedBefore(k) {
		return true
	}
	ch := st.an.Chunks
	if k < 3 || st.punctBetween(k-1, k) != ',' {
		return false
	}
	for j := k - 1; j > 0; j-- {
		if ch[j].Kind != dateline.ChunkSub {
			continue
		}
		if st.an.Words[ch[j].Head].Roles&dateline.RoleRelative == 0 || st.punctBetween(j-1, j) != ',' || ch[j-1].Kind != dateline.ChunkNP {
			return false
		}
		if ch[j-1].Named {
			return true
		}
		return j > 1 && ch[j-2].Kind == dateline.ChunkNP && ch[j-2].Named && st.punctBetween(j-2, j-1) == ','
	}
	return false
}

// complementBefore returns the nearest clause from p back that
// completes a verb before it (a complement clause with a parent), or -1.
func (st *state) complementBefore(p int) int {
	an := st.an
	for q := p; q >= 0; q-- {
		if c := &an.Clauses[q]; c.Kind == dateline.ClauseComplement && c.Parent >= 0 && c.Parent < q {
			return q
		}
	}
	return -1
}

// commonBefore reports whether noun phrase j ends in a common noun: "the
// drones", not "Kenya" or "them".
func (st *state) commonBefore(j int) bool {
	t := st.an.Words[st.an.Chunks[j].Head].Tag
	return t == dateline.TagNN || t == dateline.TagNNS
}

// zeroRelative reports whether verb group k's subject, right before it,
// follows a noun phrase with nothing between: "the militias he
// considers", "the deal Iran signed". A reporting verb's object ("told
// reporters Iran had ...") does not count.
func (st *state) zeroRelative(k int) bool {
	ch := st.an.Chunks
	if k < 2 || ch[k-1].Kind != dateline.ChunkNP || ch[k-2].Kind != dateline.ChunkNP || ch[k-1].Time || ch[k-2].Time {
		return false
	}
	if st.punctBetween(k-2, k-1) != 0 || st.punctBetween(k-1, k) != 0 || ch[k-2].Poss {
		return false
	}
	common := false
	switch t := st.an.Words[ch[k-1].Head].Tag; {
	case t == dateline.TagPRP || t == dateline.TagNNP || t == dateline.TagNNPS:
	case (t == dateline.TagNN || t == dateline.TagNNS) && determinerLike(st.an.Words[ch[k-1].From].Tag) && st.commonBefore(k-2) &&
		(!st.objectAfter(k) || st.an.Words[ch[k].Head].Roles&dateline.RoleNaming != 0 && !ch[k].Verb.Passive) && !(ch[k].Verb.Passive && ch[k].From != ch[k].Head):
		// (a verb of naming keeps the phrase that says what the noun is
		// called: "rejected the appeal the defence called harassment")
		// "shot down drones the group sent towards the rig", "brushed aside
		// an apology the writer had issued": a described subject, after a
		// noun, with the verb's object gone (the noun before it) and no
		// auxiliary of the passive; not "gave Kenya the aid promised in May",
		// two objects, the first a name, nor "gave the rebels the weapons
		// promised in May" or "called the case a farce staged under a
		// pretext" after a verb of two objects or of naming (below)
		common = true
	default:
		return false // "gave Kenya aid": objects side by side
	}
	for j := k - 3; j >= 0; j-- {
		// "told reporters Iran had", "announced in Cairo they would": a
		// report verb before the phrases, with only its object and
		// prepositions between
		if ch[j].Kind == dateline.ChunkVG {
			roles := st.an.Words[ch[j].Head].Roles
			return roles&dateline.RoleReport == 0 && !(common && roles&(dateline.RoleDouble|dateline.RoleNaming) != 0)
		}
		if ch[j].Kind != dateline.ChunkPP && ch[j].Kind != dateline.ChunkNP || st.punctBetween(j, j+1) != 0 ||
			ch[j].Kind == dateline.ChunkNP && (j == 0 || ch[j-1].Kind != dateline.ChunkPP && ch[j-1].Kind != dateline.ChunkVG) {
			return true
		}
	}
	return true
}

// setOffParticiple returns the participial clause set off by a comma
// after the verb of its own clause (", citing reports that ...") that
// clause p is, or that p completes or modifies through complement,
// infinitive and relative clauses, or -1.
func (st *state) setOffParticiple(p int) int {
	an := st.an
	for q := p; q >= 0; {
		c := &an.Clauses[q]
		if c.Parent < 0 || c.Parent >= q {
			return -1
		}
		if c.Kind == dateline.ClauseParticipial {
			if c.Verb > 0 && st.punctBetween(c.Verb-1, c.Verb) == ',' {
				return q
			}
			return -1
		}
		if c.Kind != dateline.ClauseComplement && c.Kind != dateline.ClauseInfinitive && c.Kind != dateline.ClauseRelative {
			return -1
		}
		q = c.Parent
	}
	return -1
}
