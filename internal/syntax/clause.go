package syntax

import "dateline"

// clauses gives every verb group a clause: its kind, its parent and its
// token range, and records the complement relations between them.
func (st *state) clauses() {
	an := st.an
	for vi, k := range st.vgs {
		c := st.classify(vi, k)
		an.Clauses = append(an.Clauses, c)
	}
	// A subordinate clause that opens the sentence ("If Iran attacks,
	// Israel will respond") depends on the main clause after it.
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		if c.Parent >= 0 || c.Kind == dateline.ClauseMain || c.Kind == dateline.ClauseReport {
			continue
		}
		for cj := ci + 1; cj < len(an.Clauses); cj++ {
			if an.Clauses[cj].Kind == dateline.ClauseMain {
				c.Parent = cj
				break
			}
		}
	}
}

// span describes what lies left of a verb group back to the nearest
// boundary: the clause opener, the verb group before, a conjunction.
type span struct {
	opener   int  // chunk of the clause opener, -1
	prevVG   int  // index in st.vgs of the verb group before, -1
	conj     int  // chunk of a conjunction right before the verb group's subject or the group, -1
	np       bool // a noun phrase lies between the boundary and the group
	comma    bool // a comma lies between the boundary and the group
	from     int  // first token of the segment
	hardStop bool // the segment starts at a semicolon, colon or dash
}

// segmentOf scans left from verb group vi.
func (st *state) segmentOf(vi, k int) span {
	ch := st.an.Chunks
	sg := span{opener: -1, prevVG: -1, conj: -1}
	for j := k - 1; j >= 0; j-- {
		if p := st.punctBetween(j, j+1); p != 0 {
			if p == ';' {
				sg.hardStop = true
				sg.from = ch[j+1].From
				return sg
			}
			if p == ',' {
				sg.comma = true
			}
		}
		switch ch[j].Kind {
		case dateline.ChunkSub:
			sg.opener = j
			sg.from = ch[j].From
			sg.prevVG = vi - 1
			for sg.prevVG >= 0 && st.vgs[sg.prevVG] > j {
				sg.prevVG-- // past a participle inside the clause's subject
			}
			return sg
		case dateline.ChunkVG:
			if st.insideSubject(vi-1, vi) {
				continue // "when a convoy trying to leave the hotel was ambushed"
			}
			sg.prevVG = vi - 1
			sg.from = ch[j].To
			return sg
		case dateline.ChunkADVP:
			if !sg.np && j > 0 && ch[j].To-ch[j].From == 1 && st.lowerAt(ch[j].From) == "then" && st.punctBetween(j-1, j) == ',' {
				// "accepted the result, then rejected it": ", then" joins a
				// second verb to the first, as "and" does
				sg.conj = j
				sg.from = ch[j].To
				if vi > 0 {
					sg.prevVG = vi - 1
				}
				return sg
			}
		case dateline.ChunkConj:
			sg.conj = j
			if !sg.np {
				// "ousted and killed": find the verb group before
				sg.prevVG = vi - 1
			}
			sg.from = ch[j].To
			if vi > 0 {
				sg.prevVG = vi - 1
			}
			return sg
		case dateline.ChunkNP:
			if st.an.Words[ch[j].From].Tag == dateline.TagWPS {
				// "whose forces control": the phrase opens a relative clause
				sg.opener = j
				sg.from = ch[j].From
				if vi > 0 {
					sg.prevVG = vi - 1
				}
				return sg
			}
			if !ch[j].Time {
				sg.np = true
			}
		}
	}
	if vi > 0 {
		sg.prevVG = vi - 1
	}
	return sg
}

// punctBetween returns the strongest punctuation between chunks a and b
// (a before b): ';' for a semicolon, colon or dash, ',' for a comma, 0.
func (st *state) punctBetween(a, b int) byte {
	ch := st.an.Chunks
	if a < 0 || b >= len(ch) {
		return 0
	}
	var p byte
	for i := ch[a].To; i < ch[b].From; i++ {
		switch st.an.Words[i].Tag {
		case dateline.TagColon:
			return ';'
		case dateline.TagComma:
			p = ','
		case dateline.TagLRB, dateline.TagRRB:
			if p == 0 {
				p = ','
			}
		}
	}
	return p
}

// classify decides the kind and parent of verb group vi's clause.
func (st *state) classify(vi, k int) dateline.Clause {
	an := st.an
	ch := an.Chunks
	vg := ch[k].Verb
	c := dateline.Clause{Kind: dateline.ClauseMain, Verb: k, Parent: -1, Opener: -1, From: ch[k].From, To: ch[k].To}
	sg := st.segmentOf(vi, k)
	if sg.opener >= 0 {
		c.Opener = ch[sg.opener].Head
		c.From = ch[sg.opener].From
	} else if !vg.Infinitive {
		c.From = sg.from
		for c.From < ch[k].From && st.an.Words[c.From].Tag.IsPunct() {
			c.From++
		}
	}
	prevClause := -1
	if sg.prevVG >= 0 {
		prevClause = sg.prevVG
	}
	head := ch[k].Head
	bare := ch[k].From == head && !vg.Finite && !vg.Infinitive // no auxiliary
	switch {
	case vg.Infinitive:
		c.Kind = dateline.ClauseInfinitive
		c.Parent = prevClause
		st.complementOf(k, prevClause)
	case sg.opener >= 0 && bare && (an.Words[head].Tag == dateline.TagVBG || an.Words[head].Tag == dateline.TagVBN) &&
		ch[k-1].Kind == dateline.ChunkNP && !ch[k-1].Time && st.punctBetween(k-1, k) == 0 && st.finiteAfter(vi) >= 0:
		// "when a convoy trying to leave the hotel was ambushed": a
		// participle on the opened clause's subject; the clause's verb comes
		// after it
		c.Kind, c.Parent, c.Opener, c.From = dateline.ClauseParticipial, st.finiteAfter(vi), -1, ch[k].From
		if an.Words[head].Tag == dateline.TagVBN {
			an.Chunks[k].Verb.Passive = true
		}
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.punctBetween(k-1, k) == ',' && st.reportedAfterInsert(prevClause, k) >= 0:
		// "said the army, along with militias, attacked", "said the army,
		// backed by Russian jets, attacked": a phrase set off after the
		// complement's subject, then its verb
		q := st.reportedAfterInsert(prevClause, k)
		c.Kind, c.Parent = dateline.ClauseComplement, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.punctBetween(k-1, k) == ',' && st.reportedAfterAppositive(prevClause, k):
		// "said its candidate, Edmundo Gonzalez, had won": the name set off
		// after the complement's subject, then its verb
		c.Kind, c.Parent = dateline.ClauseComplement, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.reportInRelative(prevClause, k):
		// "the strike, which Israel said targeted a commander": the
		// relative pronoun is the subject of what was said
		c.Kind, c.Parent = dateline.ClauseComplement, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.reportedAfterParticiple(prevClause, k) >= 0:
		// "said a man arrested on Sunday had confessed": a participle on
		// the complement's subject sits between it and its verb
		q := st.reportedAfterParticiple(prevClause, k)
		c.Kind, c.Parent = dateline.ClauseComplement, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.punctBetween(k-1, k) == ',' && st.reportedAfterRelative(prevClause, k):
		// "said Glas, who was convicted of corruption, was a fugitive": the
		// relative clause sits between the complement's subject and its verb
		q := an.Clauses[prevClause].Parent
		c.Kind, c.Parent = dateline.ClauseComplement, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case sg.opener >= 0:
		c.Kind, c.Parent = st.openedBy(sg.opener), prevClause
		if c.Kind == dateline.ClauseComplement && sg.opener > 0 && ch[sg.opener-1].Kind == dateline.ChunkConj {
			// "said that he had asked Australia to send troops but that
			// Canberra had turned him down": a second complement of the
			// verb the first one completes
			if q := st.complementBefore(prevClause); q >= 0 {
				prevClause = an.Clauses[q].Parent
				c.Parent = prevClause
			}
		}
		nounBefore := -1
		for j := sg.opener - 1; j >= 0 && j >= sg.opener-3; j-- {
			// "an admission by Moscow that", "its demand today that"
			if ch[j].Kind == dateline.ChunkNP && !ch[j].Time {
				if an.Words[ch[j].Head].Roles&dateline.RoleNounComp != 0 {
					nounBefore = j
				}
				break
			}
			if ch[j].Kind != dateline.ChunkPP && !(ch[j].Kind == dateline.ChunkNP && ch[j].Time) {
				break
			}
		}
		switch {
		case c.Kind != dateline.ClauseComplement:
		case nounBefore >= 0:
			st.rel(dateline.RelComp, nounBefore, k) // "the claim that ..."
		case prevClause >= 0:
			st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
		case sg.opener > 0 && ch[sg.opener-1].Kind == dateline.ChunkNP:
			st.rel(dateline.RelComp, sg.opener-1, k)
		}
	case sg.conj >= 0 && sg.conj == k-2 && prevClause >= 0 && st.gappedPassive(prevClause, k):
		// "three soldiers were killed and five wounded": the second
		// participle shares the first one's auxiliary, and the number
		// before it is its subject, not a doer
		pv := an.Clauses[prevClause].Verb
		an.Words[head].Tag = dateline.TagVBN
		an.Chunks[k].Verb.Passive = true
		an.Chunks[k].Verb.Tense = ch[pv].Verb.Tense
		c.Kind, c.Parent = an.Clauses[prevClause].Kind, an.Clauses[prevClause].Parent
		st.rel(dateline.RelConj, pv, k)
	case sg.opener < 0 && sg.conj < 0 && vg.Finite && prevClause >= 0 && st.listedVerb(prevClause, k):
		// "shelled the village, killed ten civilians and destroyed a
		// school": a verb in a list of verb phrases closed by "and" is
		// joined to the one before it, as after "and"
		c.Kind, c.Parent = an.Clauses[prevClause].Kind, an.Clauses[prevClause].Parent
		st.rel(dateline.RelConj, an.Clauses[prevClause].Verb, k)
	case sg.conj >= 0 && !sg.np && prevClause >= 0 && st.participleConjunct(prevClause, k):
		// "a list of people missing or detained", "civilians wounded or
		// killed": a bare form after a participle that only says which
		// noun is meant is a participle too, not a verb of the clause
		// before it
		an.Words[head].Tag = dateline.TagVBN
		an.Chunks[k].Verb.Passive = true
		an.Chunks[k].Verb.Finite = false
		an.Chunks[k].Verb.Tense = dateline.TenseNone
		c.Kind, c.Parent = dateline.ClauseParticipial, an.Clauses[prevClause].Parent
		st.rel(dateline.RelConj, an.Clauses[prevClause].Verb, k)
	case sg.conj >= 0 && !sg.np && prevClause >= 0 && !(bare && an.Words[head].Tag == dateline.TagVBG && ch[k-1].Kind == dateline.ChunkPP):
		// (a gerund after its preposition is that preposition's: "accused
		// them of crossing the line and of attacking")
		// "ousted and killed": the same kind of clause as the verb it is
		// joined to, the nearest before it of the same form
		p := st.conjoined(prevClause, vg, head)
		c.Kind, c.Parent = an.Clauses[p].Kind, an.Clauses[p].Parent
		st.rel(dateline.RelConj, an.Clauses[p].Verb, k)
		if an.Chunks[an.Clauses[p].Verb].Verb.Passive && ch[k].From == head &&
			(bare && an.Words[head].Tag == dateline.TagVBN || an.Words[head].Tag == dateline.TagVBD && st.c[head].has(dateline.TagVBN) && !st.objectAfter(k)) {
			if st.c[head].t[0] == dateline.TagVBD && st.lowerAt(ch[k].To) != "by" {
				// "were displaced and fled to Kenya": a form that is mostly a
				// past tense, with no agent after it, is a verb of its own
				an.Words[head].Tag = dateline.TagVBD
				an.Chunks[k].Verb.Finite = true
				an.Chunks[k].Verb.Tense = dateline.TensePast
			} else {
				// "were killed or wounded", "were convicted of sedition and
				// sentenced to 13 years": the auxiliary serves both
				an.Words[head].Tag = dateline.TagVBN
				an.Chunks[k].Verb.Passive = true
				an.Chunks[k].Verb.Finite = false
			}
		}
	case bare && (an.Words[head].Tag == dateline.TagVBG || an.Words[head].Tag == dateline.TagVBN):
		c.Kind, c.Parent = dateline.ClauseParticipial, prevClause
		if st.punctBetween(k-1, k) == ',' {
			// "opened fire to disperse them, killing one": a participle after
			// a comma belongs to the clause that tells the act, not to an
			// infinitive inside it, nor to a participle that only says which
			// noun is meant, nor to a relative clause set off by commas
			// ("fired on buses carrying students, who were going home,
			// killing six": the firing killed, not the buses or students)
			for c.Parent >= 0 && (an.Clauses[c.Parent].Kind == dateline.ClauseInfinitive || st.nounParticiple(c.Parent) || st.setOffRelative(c.Parent)) &&
				an.Clauses[c.Parent].Parent >= 0 {
				c.Parent = an.Clauses[c.Parent].Parent
			}
		}
		if an.Words[head].Tag == dateline.TagVBN {
			an.Chunks[k].Verb.Passive = true // "extremists backed by Qatar", ", killed in the raid"
		}
	case vg.Finite && prevClause >= 0 && st.zeroRelative(k):
		// "militias he considers illegitimate": a relative clause without
		// its pronoun, about the noun before its subject
		c.Kind, c.Parent = dateline.ClauseRelative, prevClause
	case prevClause >= 0 && sg.np && !sg.comma && sg.conj < 0 && vg.Finite && !st.reducedParticiple(prevClause) &&
		an.Words[ch[an.Clauses[prevClause].Verb].Head].Roles&(dateline.RoleReport|dateline.RoleAllege) != 0:
		// "said Iran had agreed": a complement without "that"
		c.Kind, c.Parent = dateline.ClauseComplement, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case prevClause >= 0 && !sg.np && an.Words[head].Tag == dateline.TagVB && !vg.Finite:
		// "helped rebuild", "let them go": a bare infinitive
		c.Kind, c.Parent = dateline.ClauseInfinitive, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case prevClause >= 0 && sg.np && !sg.comma && sg.conj < 0 && an.Words[head].Tag == dateline.TagVB && !vg.Finite &&
		an.Words[ch[an.Clauses[prevClause].Verb].Head].Roles&dateline.RoleBare != 0:
		// "let aid trucks enter", "made the protesters leave": a bare
		// infinitive after the object, which does it
		c.Kind, c.Parent = dateline.ClauseInfinitive, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	}
	return c
}

// reportedAfterRelative reports whether clause q is a relative clause set
// off by commas on the phrase right after a reporting verb (not one that
// takes an object: "told"), so that verb group k after it is the reported
// clause's verb.
func (st *state) reportedAfterRelative(q, k int) bool {
	an := st.an
	ch := an.Chunks
	rc := an.Clauses[q]
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
	if c := an.Clauses[q]; c.Kind == dateline.ClauseParticipial && c.Parent >= 0 && ch[c.Verb].From == ch[c.Verb].Head {
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

// finiteAfter returns the index of the next verb group after verb group
// vi that is finite, with only phrases, modifiers and verb groups that are
// not between (no punctuation, opener or conjunction), or -1.
func (st *state) finiteAfter(vi int) int {
	ch := st.an.Chunks
	for k := st.vgs[vi] + 1; k < len(ch); k++ {
		if st.punctBetween(k-1, k) != 0 {
			return -1
		}
		switch ch[k].Kind {
		case dateline.ChunkNP, dateline.ChunkPP, dateline.ChunkADJP, dateline.ChunkADVP:
		case dateline.ChunkVG:
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

// insideSubject reports whether clause q (an infinitive under one, or a
// participle) is a participle on the subject of verb group vi's clause,
// which classify has made vi's child.
func (st *state) insideSubject(q, vi int) bool {
	an := st.an
	for n := 0; q >= 0 && q < len(an.Clauses) && an.Clauses[q].Kind == dateline.ClauseInfinitive && n < len(an.Clauses); n++ {
		q = an.Clauses[q].Parent
	}
	return q >= 0 && q < len(an.Clauses) && an.Clauses[q].Kind == dateline.ClauseParticipial && an.Clauses[q].Parent == vi
}

// nounParticiple reports whether clause ci is an active participle right
// after a noun phrase, with no comma between, that says which of the
// noun's referents is meant ("buses carrying the students").
func (st *state) nounParticiple(ci int) bool {
	an := st.an
	c := an.Clauses[ci]
	vg := an.Chunks[c.Verb]
	return c.Kind == dateline.ClauseParticipial && !vg.Verb.Passive && vg.From == vg.Head && c.Verb > 0 &&
		an.Chunks[c.Verb-1].Kind == dateline.ChunkNP && st.punctBetween(c.Verb-1, c.Verb) == 0
}

// setOffRelative reports whether clause ci is a relative clause set off by
// a comma before its pronoun (", who attended the college").
func (st *state) setOffRelative(ci int) bool {
	c := st.an.Clauses[ci]
	return c.Kind == dateline.ClauseRelative && c.Opener > 0 && st.an.Words[c.Opener-1].Tag == dateline.TagComma
}

// reducedParticiple reports whether clause ci is a passive participle
// with no auxiliary ("the man accused of the bombing"): it takes no
// clause as its complement, so a finite verb after it is its noun's.
func (st *state) reducedParticiple(ci int) bool {
	c := st.an.Clauses[ci]
	vg := st.an.Chunks[c.Verb]
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
	c := an.Clauses[p]
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
	c := an.Clauses[p]
	pv := c.Verb
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || pv < 2 || ch[pv].From != ch[pv].Head || ch[pv].Verb.Finite {
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

// gappedPassive reports whether verb group k, one past-participle word
// after "and" and a counted noun phrase, repeats the passive of clause p
// without its auxiliary ("were killed and five wounded", "were arrested
// and 12 others injured"); a verb with an object of its own is active
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
		if an.Words[i].Tag == dateline.TagCD {
			return true
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
	if kind := an.Clauses[p].Kind; kind != dateline.ClauseMain && kind != dateline.ClauseComplement {
		return false // "X, one of the countries that recognised Taiwan, cut": the comma ends the relative
	}
	if !ch[pv].Verb.Finite || an.Words[ch[pv].Head].Tag != tag || ch[pv].Verb.Tense != ch[k].Verb.Tense ||
		an.Words[ch[k].Head].Roles&dateline.RoleReport != 0 || st.punctBetween(k-1, k) != ',' || ch[pv+1].Kind != dateline.ChunkNP {
		return false
	}
	for j := pv + 1; j < k; j++ {
		if !st.phrase(j) || j < k-1 && st.punctBetween(j, j+1) != 0 {
			return false
		}
	}
	for j := k + 1; j+1 < len(ch); j++ {
		switch {
		case st.phrase(j):
		case ch[j].Kind == dateline.ChunkConj:
			v := ch[j+1]
			return v.Kind == dateline.ChunkVG && v.Verb.Finite && an.Words[v.Head].Tag == tag && st.punctBetween(j, j+1) == 0
		case ch[j].Kind == dateline.ChunkVG && ch[j].Verb.Finite && an.Words[ch[j].Head].Tag == tag && st.punctBetween(j-1, j) == ',':
			// a further member: "burned tyres, blocked roads, threw stones and"
		default:
			return false
		}
	}
	return false
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
		if vg.Finite == pv.Finite || !vg.Finite && pv.Infinitive {
			if c := an.Clauses[q]; vg.Finite && c.Kind == dateline.ClauseComplement && c.Parent >= 0 && c.Parent < q &&
				(!st.namedBefore(c.Verb) || st.stateSaid(c.Verb) && st.acts(head)) &&
				st.namedBefore(an.Clauses[c.Parent].Verb) && an.Chunks[an.Clauses[c.Parent].Verb].Verb.Finite {
				// "Olmert said the raid was an act of war and held Beirut
				// responsible": a thing said names no actor as its subject,
				// the one who said it does; the verb after "and" is his. So
				// is an act after a state or a passive said of an actor: "the
				// Houthis said five fighters were killed and vowed to retaliate"
				return c.Parent
			}
			return q
		}
	}
	return p
}

// stateSaid reports whether verb group k tells a state or what was done to
// its subject: a passive, or a linking verb ("were killed", "were behind").
func (st *state) stateSaid(k int) bool {
	ch := st.an.Chunks[k]
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

// complementBefore returns the nearest clause from p back that
// completes a verb before it (a complement clause with a parent), or -1.
func (st *state) complementBefore(p int) int {
	an := st.an
	for q := p; q >= 0; q-- {
		if c := an.Clauses[q]; c.Kind == dateline.ClauseComplement && c.Parent >= 0 && c.Parent < q {
			return q
		}
	}
	return -1
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
	t := st.an.Words[ch[k-1].Head].Tag
	if t != dateline.TagPRP && t != dateline.TagNNP && t != dateline.TagNNPS {
		return false // "gave Kenya aid": objects side by side
	}
	for j := k - 3; j >= 0; j-- {
		// "told reporters Iran had", "announced in Cairo they would": a
		// report verb before the phrases, with only its object and
		// prepositions between
		if ch[j].Kind == dateline.ChunkVG {
			return st.an.Words[ch[j].Head].Roles&dateline.RoleReport == 0
		}
		if ch[j].Kind != dateline.ChunkPP && ch[j].Kind != dateline.ChunkNP || st.punctBetween(j, j+1) != 0 ||
			ch[j].Kind == dateline.ChunkNP && (j == 0 || ch[j-1].Kind != dateline.ChunkPP && ch[j-1].Kind != dateline.ChunkVG) {
			return true
		}
	}
	return true
}

// openedBy returns the kind of clause the opener chunk at j opens.
func (st *state) openedBy(j int) dateline.ClauseKind {
	an := st.an
	t := an.Words[an.Chunks[j].From]
	lower := st.toks[an.Chunks[j].From].Lower
	switch {
	case t.Tag == dateline.TagWDT || t.Tag == dateline.TagWP || t.Tag == dateline.TagWPS:
		return dateline.ClauseRelative
	case lower == "where" && j > 0 && an.Chunks[j-1].Kind == dateline.ChunkNP:
		return dateline.ClauseRelative
	case lower == "that":
		return dateline.ClauseComplement
	case t.Roles&dateline.RoleCondition != 0:
		if lower == "whether" {
			return dateline.ClauseComplement
		}
		return dateline.ClauseConditional
	}
	return dateline.ClauseAdverbial
}

// complementOf records what an infinitive at chunk k complements: the verb
// group, predicative adjective or noun right before "to" ("agreed to",
// "ready to", "the decision to"), or the verb whose object stands there
// ("urged Iran to").
func (st *state) complementOf(k, prevClause int) {
	ch := st.an.Chunks
	j := k - 1
	for j >= 0 && ch[j].Kind == dateline.ChunkADVP {
		j--
	}
	if j < 0 || st.punctBetween(j, k) != 0 {
		if prevClause >= 0 && j >= 0 {
			st.rel(dateline.RelComp, st.an.Clauses[prevClause].Verb, k)
		}
		return
	}
	switch ch[j].Kind {
	case dateline.ChunkVG, dateline.ChunkADJP:
		st.rel(dateline.RelComp, j, k)
		return
	case dateline.ChunkNP:
		head := st.an.Words[ch[j].Head]
		if head.Roles&(dateline.RoleVolition|dateline.RoleAttempt|dateline.RoleNegative) != 0 || prevClause < 0 {
			st.rel(dateline.RelComp, j, k) // "plans to", "a bid to"
			return
		}
	}
	if prevClause >= 0 {
		st.rel(dateline.RelComp, st.an.Clauses[prevClause].Verb, k)
	}
}

// frames finds reporting frames: ", a UN official said." or ", said X."
// after a clause. The frame becomes the parent of the clauses before it,
// and an inverted frame gets its subject.
func (st *state) frames() {
	an := st.an
	ch := an.Chunks
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		if st.interrupted(ci) || c.Kind != dateline.ClauseMain || ci == 0 {
			continue
		}
		k := c.Verb
		if v := ch[k].Verb; an.Words[ch[k].Head].Roles&dateline.RoleReport == 0 || v.Passive || v.Modal != "" || v.Neg {
			continue
		}
		// a comma or quotation mark before the frame's subject, or before
		// its verb when the subject follows (", said the minister")
		subj := an.Dependent(k, dateline.RelSubj)
		start := ch[k].From
		if subj >= 0 && ch[subj].From < start {
			start = ch[subj].From
		}
		if start == 0 || an.Words[start-1].Tag != dateline.TagComma && an.Words[start-1].Tag != dateline.TagQuote {
			continue
		}
		if !st.frameEnd(k) {
			continue
		}
		c.Kind = dateline.ClauseReport
		if subj < 0 && k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkNP && !ch[k+1].Time {
			st.rel(dateline.RelSubj, k, k+1)
			st.dropRel(dateline.RelObj, k, k+1)
		}
		for cj := 0; cj < ci; cj++ {
			if an.Clauses[cj].Parent < 0 {
				an.Clauses[cj].Parent = ci
			}
		}
	}
}

// interrupted finds a reporting frame inside the clause it reports, between
// commas after its subject ("The attack, the ministry said, was planned
// abroad", "Israel, the army said, struck"): the noun before the frame is
// the subject of the verb after it, and the frame reports that clause.
func (st *state) interrupted(ci int) bool {
	an := st.an
	ch := an.Chunks
	c := &an.Clauses[ci]
	k := c.Verb
	if c.Kind != dateline.ClauseMain || ci+1 >= len(an.Clauses) {
		return false
	}
	if v := ch[k].Verb; an.Words[ch[k].Head].Roles&dateline.RoleReport == 0 || v.Passive || v.Modal != "" || v.Neg {
		return false
	}
	next := &an.Clauses[ci+1]
	k2 := next.Verb
	if next.Kind != dateline.ClauseMain || k2 <= k || st.punctBetween(k2-1, k2) != ',' || !ch[k2].Verb.Finite ||
		an.Dependent(k2, dateline.RelSubj) >= 0 {
		return false
	}
	s := an.Dependent(k, dateline.RelSubj)
	if s < 1 || s >= k || st.punctBetween(s-1, s) != ',' {
		return false
	}
	for j := s + 1; j < k2; j++ {
		// "a spokesman for the group said on Twitter,", "the minister told
		// parliament,": the speaker's and the report's phrases, with no
		// comma among them
		if j != k && (!st.phrase(j) || j > k+1 && ch[j].Kind == dateline.ChunkNP && !ch[j].Time && an.Governor(j, dateline.RelPObj) < 0) ||
			j < k2-1 && st.punctBetween(j, j+1) != 0 {
			return false
		}
	}
	subj := st.nounBefore(s)
	if subj < 0 || ch[subj].Time || st.finiteBefore(subj) {
		return false
	}
	c.Kind = dateline.ClauseReport
	next.Parent = ci
	st.rel(dateline.RelSubj, k2, subj)
	return true
}

// dropRel removes a relation if present.
func (st *state) dropRel(kind dateline.RelKind, from, to int) {
	rs := st.an.Rels[:0]
	for _, r := range st.an.Rels {
		if !(r.Kind == kind && r.From == from && r.To == to) {
			rs = append(rs, r)
		}
	}
	st.an.Rels = rs
}

// frameEnd reports whether only adjuncts follow the verb group k (and its
// subject, when inverted: ", said X."), up to the sentence's end or a
// participle (", adding ...").
func (st *state) frameEnd(k int) bool {
	ch := st.an.Chunks
	nps := 0
	for j := k + 1; j < len(ch); j++ {
		switch ch[j].Kind {
		case dateline.ChunkNP:
			if !ch[j].Time && st.an.Governor(j, dateline.RelPObj) < 0 {
				nps++
				if nps > 1 && st.punctBetween(j-1, j) == 0 {
					return false
				}
			}
		case dateline.ChunkPP, dateline.ChunkADVP:
		case dateline.ChunkVG:
			return st.punctBetween(j-1, j) == ',' // ", adding that ..."
		case dateline.ChunkSub:
			return st.toks[ch[j].Head].Lower != "that" && st.punctBetween(j-1, j) == ','
		default:
			return false
		}
	}
	return true
}

// ranges settles each clause's token range and each chunk's clause: a
// chunk belongs to the latest clause that starts at or before it.
func (st *state) ranges() {
	an := st.an
	n := len(st.toks)
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		switch {
		case c.Opener >= 0:
			c.From = c.Opener
		case ci == 0 && c.Kind == dateline.ClauseMain:
			c.From = 0
		default:
			c.From = an.Chunks[c.Verb].From
			// a subject shared with an earlier verb ("A hit X who did Y
			// and said Z") stays in that verb's clause
			if s := an.Dependent(c.Verb, dateline.RelSubj); s >= 0 && an.Chunks[s].From < c.From && c.Kind != dateline.ClauseInfinitive &&
				c.Kind != dateline.ClauseParticipial && an.Governor(s, dateline.RelObj) < 0 && an.Governor(s, dateline.RelSubj) == c.Verb {
				c.From = an.Chunks[s].From
			}
		}
	}
	for ci := range an.Clauses {
		c := &an.Clauses[ci]
		c.To = n
		for cj := range an.Clauses {
			if f := an.Clauses[cj].From; f > c.From && f < c.To && cj != ci {
				c.To = f
			}
		}
		if vt := an.Chunks[c.Verb].To; c.To < vt {
			c.To = vt
		}
		if c.Kind == dateline.ClauseParticipial && c.Parent >= 0 {
			// "the journalist, arrested in May, was freed on Friday": a
			// participle inside its parent's subject ends at its parent's verb
			if pv := an.Chunks[an.Clauses[c.Parent].Verb].From; pv > c.From && pv < c.To {
				c.To = pv
			}
		}
	}
	// Words before every clause's start belong to the first main clause:
	// "On Thursday a general who advised the protesters was shot" is the
	// shooting's Thursday, not the advising's.
	lead := 0
	for ci := range an.Clauses {
		if an.Clauses[ci].Kind == dateline.ClauseMain {
			lead = ci
			break
		}
	}
	for k := range an.Chunks {
		best := -1
		for ci := range an.Clauses {
			if cl := an.Clauses[ci]; cl.Kind == dateline.ClauseParticipial && cl.To <= an.Chunks[k].From && cl.Parent >= 0 &&
				an.Chunks[an.Clauses[cl.Parent].Verb].From == cl.To {
				continue // ended at its parent's verb
			}
			if an.Clauses[ci].From <= an.Chunks[k].From && (best < 0 || an.Clauses[ci].From >= an.Clauses[best].From) {
				best = ci
			}
		}
		if best < 0 && len(an.Clauses) > 0 {
			best = lead
		}
		an.Chunks[k].Clause = best
	}
}

func (st *state) rel(kind dateline.RelKind, from, to int) {
	if from < 0 || to < 0 {
		return
	}
	for _, r := range st.an.Rels {
		if r.Kind == kind && r.From == from && r.To == to {
			return
		}
	}
	st.an.Rels = append(st.an.Rels, dateline.Rel{Kind: kind, From: from, To: to})
}

// objectAfter reports whether a noun phrase that is no time follows verb
// group k at once: "and charged them", not "and charged with murder".
func (st *state) objectAfter(k int) bool {
	ch := st.an.Chunks
	return k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkNP && !ch[k+1].Time && st.punctBetween(k, k+1) == 0
}
