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
	list     bool // the group's subject is noun phrases joined by a conjunction (commas between them are the list's)
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
			if st.opensInsideSubject(j, vi) {
				continue // "when troops chasing militants who had attacked a bus killed"
			}
			sg.opener = j
			sg.from = ch[j].From
			sg.prevVG = vi - 1
			for sg.prevVG >= 0 && st.vgs[sg.prevVG] > j {
				sg.prevVG-- // past a participle inside the clause's subject
			}
			return sg
		case dateline.ChunkVG:
			if st.insideSubject(st.vgAt(j), vi) {
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
			if sg.np && st.joinedInsideSubject(j, vi) {
				continue // "when men armed with machetes and rifles burst in"
			}
			if sg.np && st.coordinatedSubject(j) {
				// "demanded that Russia and Ukraine restore deliveries":
				// "and" joins the opened clause's subjects, not two clauses
				sg.list = true
				continue
			}
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
			if !ch[j].Time && !st.pobjAfterConj(j) {
				sg.np = true
			}
		}
	}
	if vi > 0 {
		sg.prevVG = vi - 1
	}
	return sg
}

// joinedInsideSubject reports whether conjunction chunk j joins two noun
// phrases inside the phrase of a participle on the subject of verb group
// vi's clause: "when men armed with machetes and rifles burst in".
func (st *state) joinedInsideSubject(j, vi int) bool {
	ch := st.an.Chunks
	if j < 1 || j+1 >= len(ch) || ch[j-1].Kind != dateline.ChunkNP || ch[j+1].Kind != dateline.ChunkNP {
		return false
	}
	for i := j - 1; i >= 0; i-- {
		switch ch[i].Kind {
		case dateline.ChunkNP, dateline.ChunkPP:
			if st.punctBetween(i, i+1) != 0 {
				return false
			}
		case dateline.ChunkVG:
			return st.punctBetween(i, i+1) == 0 && st.insideSubject(st.vgAt(i), vi)
		default:
			return false
		}
	}
	return false
}

// coordinatedSubject reports whether conjunction chunk j joins two noun
// phrases that a clause opener right before them ("that", "whether")
// makes the subject of the verb group after them: "that Russia and
// Ukraine restore". A verb group, punctuation or anything but a
// preposition or a noun phrase between the opener and the conjunction
// says otherwise ("said Israel attacked Gaza and Hamas fired"). So does a
// verb of saying that takes no object of its own, right before a list of
// noun phrases (commas between them too): "said the seizure of power, the
// detention of Suu Kyi and the state of emergency were an assault"; and so
// do the objects right after a verb of bare infinitives ("helped Armenia
// and Azerbaijan resume talks").
func (st *state) coordinatedSubject(j int) bool {
	ch := st.an.Chunks
	if j+1 >= len(ch) || ch[j+1].Kind != dateline.ChunkNP || j == 0 || ch[j-1].Kind != dateline.ChunkNP {
		return false
	}
	listed := false // a comma between noun phrases: a list, which only a verb of saying may open
	for i := j - 1; i >= 0; i-- {
		if p := st.punctBetween(i, i+1); p == ';' || p == ',' && (ch[i].Kind != dateline.ChunkNP || ch[i+1].Kind != dateline.ChunkNP) {
			return false
		} else if p == ',' {
			listed = true
		}
		switch ch[i].Kind {
		case dateline.ChunkSub:
			return !listed
		case dateline.ChunkNP, dateline.ChunkPP:
		case dateline.ChunkVG:
			if i == j-2 && !listed && st.an.Words[ch[i].Head].Roles&dateline.RoleBare != 0 {
				// "helped Armenia and Azerbaijan resume talks", "made Kenya and
				// Uganda sign": the objects of a verb of bare infinitives, who
				// do its complement
				return true
			}
			r := st.lemmaRoles(ch[i].Head)
			return i+1 < j-1 && ch[i+1].Kind == dateline.ChunkNP && st.punctBetween(i, i+1) == 0 &&
				r&dateline.RoleReport != 0 && r&dateline.RoleObjControl == 0 && st.an.Chunks[i].Verb.Finite && st.verbAfterPhrases(j+1)
		default:
			return false
		}
	}
	return false
}

// verbAfterPhrases reports whether noun and prepositional phrases from
// chunk j run, with no punctuation, into a verb group: the phrase after a
// conjunction is then the subject of that verb ("and the imposition of a
// state of emergency were"), not an object set off after it ("Rome and
// Lisbon, the minister said").
func (st *state) verbAfterPhrases(j int) bool {
	ch := st.an.Chunks
	for i := j; i+1 < len(ch); i++ {
		if ch[i].Kind != dateline.ChunkNP && ch[i].Kind != dateline.ChunkPP || st.punctBetween(i, i+1) != 0 {
			return false
		}
		if ch[i+1].Kind == dateline.ChunkVG {
			return true
		}
	}
	return false
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

// colonAfterReport returns the clause of the verb group before verb group
// vi when a colon, not a semicolon or a dash, ends it, or a comma and an
// opening quotation mark ('said, "', 'was quoted as saying, "'), and the
// group is a verb of saying with nothing after it but its addressee, time
// and place ("said:", "told reporters on Monday:", "said in a
// statement:"), or -1.
func (st *state) colonAfterReport(vi int) int {
	if vi == 0 {
		return -1
	}
	ch := st.an.Chunks
	q, k := vi-1, st.vgs[vi]
	for j := st.vgs[q]; j < k; j++ {
		if j > st.vgs[q] && ch[j].Kind != dateline.ChunkNP && ch[j].Kind != dateline.ChunkPP && ch[j].Kind != dateline.ChunkADVP {
			return -1
		}
		colon := false
		for i := ch[j].To; i < ch[j+1].From; i++ {
			switch st.an.Words[i].Tag {
			case dateline.TagColon:
				if st.lowerAt(i) != ":" {
					return -1
				}
				colon = true
			case dateline.TagComma:
				colon = colon || i+1 < ch[j+1].From && st.an.Words[i+1].Tag == dateline.TagQuote && !st.frameGroup(st.vgs[q])
			}
		}
		if colon {
			if st.lemmaRoles(ch[st.vgs[q]].Head)&dateline.RoleReport == 0 {
				return -1
			}
			return q
		}
	}
	return -1
}

// frameGroup reports whether verb group k is set off after a comma or a
// quotation mark, with only its subject between ('"...," the minister
// said', "Troops shelled the city, the mayor said"): a frame, whose
// quotation after a comma is the second part of a split quote.
func (st *state) frameGroup(k int) bool {
	ch := st.an.Chunks
	j := k - 1
	for j >= 0 && ch[j].Kind == dateline.ChunkNP {
		j--
	}
	if i := ch[j+1].From - 1; i >= 0 {
		t := st.an.Words[i].Tag
		return t == dateline.TagComma || t == dateline.TagQuote
	}
	return false
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
	// "having visited", "having been arrested", "being held": a participle
	// whose auxiliary is itself a participle is as non-finite as a bare one
	auxParticiple := ch[k].From != head && !vg.Finite && !vg.Infinitive && vg.Modal == "" && an.Words[ch[k].From].Tag == dateline.TagVBG
	switch {
	case (sg.hardStop || sg.opener < 0 && vg.Finite) && !vg.Infinitive && st.colonAfterReport(vi) >= 0:
		// 'Lavrov said: "Russia will respond"', "the ministry said in a
		// statement: troops had crossed the border": what follows a colon
		// after a verb of saying is what was said, as a that-clause is
		q := st.colonAfterReport(vi)
		c.Kind, c.Parent = dateline.ClauseComplement, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case vg.Infinitive && prevClause >= 0 && an.Clauses[prevClause].Kind == dateline.ClauseInfinitive && an.Clauses[prevClause].Parent >= 0 &&
		ch[k-1].Kind == dateline.ChunkConj && st.punctBetween(k-1, k) == 0:
		// "ordered the air force to ignore the zones and to fire on": a
		// second infinitive joined to the first completes the same verb
		q := an.Clauses[prevClause].Parent
		c.Kind, c.Parent = dateline.ClauseInfinitive, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case vg.Infinitive:
		c.Kind = dateline.ClauseInfinitive
		c.Parent = prevClause
		if q := st.controllerAbove(prevClause); q >= 0 && !st.infinitiveAfter(k) {
			// "told protesters gathered outside parliament to disperse": the
			// infinitive is the telling's, done by the told
			c.Parent = q
			st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
			break
		}
		st.complementOf(k, prevClause)
	case sg.opener >= 0 && bare && (an.Words[head].Tag == dateline.TagVBG || an.Words[head].Tag == dateline.TagVBN) &&
		ch[k-1].Kind == dateline.ChunkNP && !ch[k-1].Time && st.finiteAfterSubject(vi, k) >= 0:
		// "when a convoy trying to leave the hotel was ambushed", "as
		// thousands of protesters, backed by soldiers, besieged": a
		// participle on the opened clause's subject; the clause's verb comes
		// after it
		c.Kind, c.Parent, c.Opener, c.From = dateline.ClauseParticipial, st.finiteAfterSubject(vi, k), -1, ch[k].From
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
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.reportedAfterNounInfinitive(prevClause, k) >= 0:
		// "warned that any attempt to seize power would be met with force",
		// "said the decision to expel the envoys was a mistake": an
		// infinitive on the complement's subject (a noun of will or attempt)
		// sits between it and its verb
		q := st.reportedAfterNounInfinitive(prevClause, k)
		c.Kind, c.Parent = dateline.ClauseComplement, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.punctBetween(k-1, k) == ',' && st.reportedAfterRelative(prevClause, k):
		// "said Glas, who was convicted of corruption, was a fugitive": the
		// relative clause sits between the complement's subject and its verb
		q := an.Clauses[prevClause].Parent
		c.Kind, c.Parent = dateline.ClauseComplement, q
		st.rel(dateline.RelComp, an.Clauses[q].Verb, k)
	case sg.opener < 0 && vg.Finite && prevClause >= 0 && st.reportedAfterRestrictive(prevClause, k):
		// "said that the gunmen who attacked Mumbai had come from
		// Pakistan": a relative clause with no commas on the complement's
		// subject sits between it and its verb
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
		if q := st.controllerAbove(prevClause); c.Kind == dateline.ClauseComplement && q >= 0 &&
			st.lemmaRoles(ch[an.Clauses[prevClause].Verb].Head)&dateline.RoleReport == 0 {
			// "told reporters gathered outside the court that": what is
			// told, not what the participle on the told says
			prevClause = q
			c.Parent = q
		}
		if q := st.reportAbove(prevClause); c.Kind == dateline.ClauseComplement && q >= 0 {
			// "said in a statement carried by state media that": what was
			// said, not what the participle on the statement says
			prevClause = q
			c.Parent = q
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
		if nounBefore >= 0 && prevClause >= 0 && st.saidIn(an.Clauses[prevClause].Verb, nounBefore) {
			// "said in a statement that": the statement is where it was
			// said; the clause is what was said
			nounBefore = -1
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
	case sg.opener < 0 && sg.conj < 0 && !sg.np && prevClause >= 0 && !vg.Infinitive && vg.Modal == "" && st.passiveMember(prevClause, k):
		// "was detained, questioned and released", "were beaten, arrested
		// and jailed": a list of participles after a passive shares its
		// auxiliary, as after "and"
		an.Words[head].Tag = dateline.TagVBN
		an.Chunks[k].Verb.Passive = true
		an.Chunks[k].Verb.Finite = false
		c.Kind, c.Parent = an.Clauses[prevClause].Kind, an.Clauses[prevClause].Parent
		st.rel(dateline.RelConj, an.Clauses[prevClause].Verb, k)
	case sg.opener < 0 && sg.conj < 0 && vg.Finite && prevClause >= 0 && st.listedVerb(st.memberClause(prevClause), k):
		// "shelled the village, killed ten civilians and destroyed a
		// school": a verb in a list of verb phrases closed by "and" is
		// joined to the one before it, as after "and"
		p := st.memberClause(prevClause)
		c.Kind, c.Parent = an.Clauses[p].Kind, an.Clauses[p].Parent
		st.rel(dateline.RelConj, an.Clauses[p].Verb, k)
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
		from := prevClause
		if r := st.setOffParticiple(prevClause); r >= 0 && r != prevClause && vg.Finite && sg.conj > 0 &&
			st.punctBetween(sg.conj-1, sg.conj) == ',' && !st.listMember(prevClause) {
			// "condemned the raid, citing evidence that Pakistan had trained
			// the gunmen, and recalled its envoy": the comma closed the
			// participle set off after its clause, and what completes it;
			// the verb after "and" goes on with the participle's clause
			from = r
		}
		p := st.conjoined(from, vg, head)
		if m := st.memberClause(p); m != p && st.listMember(m) && an.Words[head].Tag == an.Words[ch[an.Clauses[m].Verb].Head].Tag {
			// "executed two men, arrested a footballer who had backed them
			// and closed a newspaper": "and" closes the list, not the
			// relative clause on a member's object
			p = m
		}
		if st.freeRelative(p) && an.Clauses[p].Parent >= 0 && vg.Finite && st.objectAfter(k) {
			// "condemned what they called an attempted coup and demanded
			// his release": a "what" relative names a thing; a verb with an
			// object of its own after it goes on with the clause around it,
			// the finite one ("ordered forces to punish what he called
			// extremists, and sent messages": the ordering, not the
			// infinitive)
			p = an.Clauses[p].Parent
			for an.Clauses[p].Kind == dateline.ClauseInfinitive && an.Clauses[p].Parent >= 0 {
				p = an.Clauses[p].Parent
			}
		}
		for sg.conj > 0 && st.punctBetween(sg.conj-1, sg.conj) == ',' && st.setOffRelative(p) && an.Clauses[p].Parent >= 0 && an.Clauses[p].Parent < len(an.Clauses) {
			// "forced their way into the court, where the judges had locked
			// themselves in, and took away the chief justice": the relative
			// clause closed at its comma; the verb after "and" is the clause's
			p = an.Clauses[p].Parent
		}
		for sg.conj > 0 && st.punctBetween(sg.conj-1, sg.conj) == ',' && st.lowerAt(ch[sg.conj].From) == "but" && vg.Finite && st.trailingAdverbial(p) {
			// "met the president for the first time since the war began, but
			// rejected his call": the comma closed the adverbial clause, and
			// "but" sets the verb against the main clause's act ("and" may
			// still go on with the adverbial clause's)
			p = an.Clauses[p].Parent
		}
		if sg.conj > 0 && st.punctBetween(sg.conj-1, sg.conj) == ',' && st.lowerAt(ch[sg.conj].From) == "and" && vg.Finite && st.trailingAdverbial(p) &&
			!st.namedBefore(an.Clauses[p].Verb) {
			// "vowed to keep the crossing shut until the constitution was
			// amended, and accused Oli": the comma closed the adverbial
			// clause, whose subject is no actor; the verb after "and" is the
			// actor's, in the nearest finite clause above it
			if q := st.actorClauseAbove(p); q >= 0 {
				p = q
			}
		}
		if sg.conj > 0 && st.punctBetween(sg.conj-1, sg.conj) == ',' && vg.Finite && st.trailingCondition(p) {
			// "said it would resume talks if Pyongyang froze its programme,
			// and urged China to help": the comma closed the condition; the
			// verb after "and" or "but" is no part of it and goes on with
			// the nearest finite clause the condition hangs on
			p = an.Clauses[p].Parent
			for !an.Chunks[an.Clauses[p].Verb].Verb.Finite && an.Clauses[p].Parent >= 0 && an.Clauses[p].Parent < p {
				p = an.Clauses[p].Parent
			}
		}
		if q := st.reportOf(p); q >= 0 && st.speechAct(k) && st.backshifted(an.Clauses[p].Verb) {
			// "said Iran had supplied the missile and urged the United
			// Nations to act": a verb of saying or demanding in the plain
			// past, after what was said told in a shifted tense, goes on
			// with the saying, not with what was said; a perfect's
			// auxiliary shared ("had attacked and killed") and a verb on a
			// pronoun ("had come to his palace and told him to stay
			// home") stay with what was said
			p = q
		}
		c.Kind, c.Parent = an.Clauses[p].Kind, an.Clauses[p].Parent
		st.rel(dateline.RelConj, an.Clauses[p].Verb, k)
		if an.Chunks[an.Clauses[p].Verb].Verb.Passive && ch[k].From == head &&
			(bare && an.Words[head].Tag == dateline.TagVBN && !st.appealAfter(k) || an.Words[head].Tag == dateline.TagVBD && st.c[head].has(dateline.TagVBN) && !st.objectAfter(k) && !st.appealAfter(k)) {
			if st.c[head].t[0] == dateline.TagVBD && st.lowerAt(ch[k].To) != "by" &&
				(st.objectless(head) || st.lemmaRoles(head)&(dateline.RoleReport|dateline.RoleAllege) != 0 || st.lowerAt(ch[k].To) == "that") {
				// "were displaced and fled to Kenya": a form that is mostly a
				// past tense, with no agent after it, of a verb that may take
				// no object, is a verb of its own; one that always takes an
				// object ("was arrested and remanded in custody", "were
				// detained and questioned") has none here: the auxiliary
				// serves both. What is said is an object of its own ("was
				// sworn in and announced that", "was acquitted and claimed
				// that")
				an.Words[head].Tag = dateline.TagVBD
				an.Chunks[k].Verb.Finite = true
				an.Chunks[k].Verb.Tense = dateline.TensePast
				if q := st.reportOf(p); q >= 0 && st.speechAct(k) {
					// "said the attempt had been crushed and warned that":
					// the verb of saying of its own, once known as a past
					// tense, goes on with the saying, not with the passive
					// that was said (as the plain past does above)
					st.dropRel(dateline.RelConj, an.Clauses[p].Verb, k)
					c.Kind, c.Parent = an.Clauses[q].Kind, an.Clauses[q].Parent
					st.rel(dateline.RelConj, an.Clauses[q].Verb, k)
				}
			} else {
				// "were killed or wounded", "were convicted of sedition and
				// sentenced to 13 years": the auxiliary serves both
				an.Words[head].Tag = dateline.TagVBN
				an.Chunks[k].Verb.Passive = true
				an.Chunks[k].Verb.Finite = false
			}
		}
	case sg.opener < 0 && sg.conj < 0 && !vg.Infinitive && vg.Modal == "" && (vg.Finite || bare && st.c[head].has(dateline.TagVBD)) && st.frontZeroRelative(k):
		// "the strikes Israel carried out on Gaza killed 30 people", "the
		// offensive Russia launched in May stalled": a relative clause
		// without its pronoun on the noun that opens the sentence, before
		// the sentence's own verb
		an.Words[head].Tag = dateline.TagVBD
		an.Chunks[k].Verb.Finite = true
		an.Chunks[k].Verb.Passive = false
		if an.Chunks[k].Verb.Tense == 0 {
			an.Chunks[k].Verb.Tense = dateline.TensePast
		}
		c.Kind = dateline.ClauseRelative
	case bare && an.Words[head].Tag == dateline.TagVBN && st.c[head].has(dateline.TagVBD) && prevClause >= 0 && st.zeroRelative(k) &&
		!st.objectAfter(k) && st.lowerAt(ch[k].To) != "by":
		// "rejected a resolution the Security Council adopted", "accepted the
		// plan Moscow drew up": a form that may be a past tense, after two
		// noun phrases the second of which names someone, is a relative
		// clause without its pronoun, whose subject is that name
		an.Words[head].Tag = dateline.TagVBD
		an.Chunks[k].Verb.Finite = true
		an.Chunks[k].Verb.Passive = false
		an.Chunks[k].Verb.Tense = dateline.TensePast
		c.Kind, c.Parent = dateline.ClauseRelative, prevClause
	case bare && (an.Words[head].Tag == dateline.TagVBG || an.Words[head].Tag == dateline.TagVBN) || auxParticiple:
		c.Kind, c.Parent = dateline.ClauseParticipial, prevClause
		if st.punctBetween(k-1, k) == ',' || k >= 2 && ch[k-1].Kind == dateline.ChunkPP && st.punctBetween(k-2, k-1) == ',' {
			// "opened fire to disperse them, killing one": a participle after
			// a comma belongs to the clause that tells the act, not to an
			// infinitive inside it, nor to a participle that only says which
			// noun is meant, nor to a relative clause set off by commas
			// ("fired on buses carrying students, who were going home,
			// killing six": the firing killed, not the buses or students;
			// "said in a statement carried by state media, rejecting": the
			// saying rejected, not the statement; "stormed the palace in
			// what Arce called a coup, before pulling back": the storming
			// pulled back, not the calling)
			for c.Parent >= 0 && (an.Clauses[c.Parent].Kind == dateline.ClauseInfinitive || st.nounParticiple(c.Parent) || st.setOffRelative(c.Parent) || st.freeRelative(c.Parent) || st.passiveNounParticiple(c.Parent) || st.harmAfterRelative(c.Parent, head) ||
				an.Clauses[c.Parent].Kind == dateline.ClauseComplement && (st.lemmaRoles(head)&(dateline.RoleReport|dateline.RoleAllege) != 0 || st.namesAs(k))) &&
				an.Clauses[c.Parent].Parent >= 0 {
				// ("said the country would not be intimidated, adding that":
				// a saying after what was said goes on the saying, and so
				// do an accusation, "said soldiers had tortured detainees,
				// accusing the army of beating them", and a naming, "said
				// Saudi officials had planned the killing, calling it a
				// savage murder")
				c.Parent = an.Clauses[c.Parent].Parent
			}
		}
		if bare && an.Words[head].Tag == dateline.TagVBN {
			an.Chunks[k].Verb.Passive = true // "extremists backed by Qatar", ", killed in the raid"
		}
	case vg.Finite && prevClause >= 0 && st.zeroRelative(k):
		// "militias he considers illegitimate": a relative clause without
		// its pronoun, about the noun before its subject
		c.Kind, c.Parent = dateline.ClauseRelative, prevClause
	case prevClause >= 0 && sg.np && (!sg.comma || sg.list) && sg.conj < 0 && vg.Finite && !st.reducedParticiple(prevClause) &&
		an.Words[ch[an.Clauses[prevClause].Verb].Head].Roles&(dateline.RoleReport|dateline.RoleAllege) != 0:
		// "said Iran had agreed": a complement without "that"
		c.Kind, c.Parent = dateline.ClauseComplement, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case prevClause >= 0 && sg.np && !sg.comma && sg.conj < 0 && ch[k].From == head && st.subjunctive(head) &&
		an.Clauses[prevClause].Kind != dateline.ClauseRelative && an.Clauses[prevClause].Kind != dateline.ClauseParticipial &&
		ch[an.Clauses[prevClause].Verb].Verb.Finite && an.Words[ch[an.Clauses[prevClause].Verb].Head].Roles&dateline.RoleDemand != 0:
		// "demanded Prime Minister Hasina resign", "urged Pakistan
		// cooperate": a verb of demand's complement without "that", its
		// verb in the base form (a subjunctive), asked for, not done
		c.Kind, c.Parent = dateline.ClauseComplement, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case prevClause >= 0 && !sg.np && an.Words[head].Tag == dateline.TagVB && !vg.Finite:
		// "helped rebuild", "let them go": a bare infinitive
		c.Kind, c.Parent = dateline.ClauseInfinitive, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	case prevClause >= 0 && sg.np && !sg.comma && sg.conj < 0 &&
		(an.Words[head].Tag == dateline.TagVB && !vg.Finite || an.Words[head].Tag == dateline.TagVBP && ch[k].From == head) &&
		an.Words[ch[an.Clauses[prevClause].Verb].Head].Roles&dateline.RoleBare != 0:
		// "let aid trucks enter", "made the protesters leave": a bare
		// infinitive after the object, which does it (read as a present
		// after objects joined by "and": "helped Armenia and Azerbaijan
		// resume talks")
		c.Kind, c.Parent = dateline.ClauseInfinitive, prevClause
		st.rel(dateline.RelComp, an.Clauses[prevClause].Verb, k)
	}
	return c
}

// reportAbove returns the clause whose reporting verb has clause p, a
// participle with no auxiliary that is no report itself, on a noun after it
// and no complement yet ("said in a statement carried by state media
// that"), or -1.
func (st *state) reportAbove(p int) int {
	an := st.an
	if p < 0 || p >= len(an.Clauses) || !st.reducedParticiple(p) || an.Clauses[p].Parent < 0 || an.Clauses[p].Parent >= p {
		return -1
	}
	q := an.Clauses[p].Parent
	v := an.Clauses[q].Verb
	if st.lemmaRoles(an.Chunks[v].Head)&dateline.RoleReport == 0 || st.lemmaRoles(an.Chunks[an.Clauses[p].Verb].Head)&dateline.RoleReport != 0 ||
		an.Dependent(v, dateline.RelComp) >= 0 || an.Chunks[v].Verb.Passive {
		return -1
	}
	return q
}

// saidIn reports whether noun phrase n is the object of an "in" that
// follows the reporting verb group v with no other verb or clause opener
// between them ("said in a statement that", "told reporters in a letter
// that"): the noun is where it was said, not what was said.
func (st *state) saidIn(v, n int) bool {
	an := st.an
	if n < 2 || v < 0 || v >= n-1 || st.lemmaRoles(an.Chunks[v].Head)&dateline.RoleReport == 0 {
		return false
	}
	if pp := an.Chunks[n-1]; pp.Kind != dateline.ChunkPP || st.toks[pp.Head].Lower != "in" {
		return false
	}
	for j := v + 1; j < n-1; j++ {
		if k := an.Chunks[j].Kind; k == dateline.ChunkVG || k == dateline.ChunkSub || k == dateline.ChunkConj {
			return false
		}
	}
	return true
}

// controllerAbove returns the clause whose verb of urging or telling has
// clause p, a participle with no auxiliary, on its object and no
// complement yet ("urged troops stationed in the town to withdraw"),
// or -1. A participle whose own verb takes an infinitive keeps it.
func (st *state) controllerAbove(p int) int {
	an := st.an
	if p < 0 || p >= len(an.Clauses) || !st.reducedParticiple(p) && !st.restrictiveRelative(p) || an.Clauses[p].Parent < 0 || an.Clauses[p].Parent >= len(an.Clauses) {
		return -1
	}
	q := an.Clauses[p].Parent
	v := an.Clauses[q].Verb
	if st.lemmaRoles(an.Chunks[v].Head)&dateline.RoleObjControl == 0 || an.Dependent(v, dateline.RelComp) >= 0 ||
		v+1 >= len(an.Chunks) || an.Chunks[v+1].Kind != dateline.ChunkNP || an.Chunks[v].Verb.Passive {
		return -1
	}
	const takesInfinitive = dateline.RoleVolition | dateline.RoleAttempt | dateline.RoleObjControl | dateline.RoleImplicative | dateline.RoleAspect | dateline.RoleNegative
	if st.lemmaRoles(an.Chunks[an.Clauses[p].Verb].Head)&takesInfinitive != 0 {
		return -1
	}
	return q
}

// restrictiveRelative reports whether clause p is a relative clause not
// set off by a comma ("ordered the protesters who had gathered outside
// parliament to disperse"): like a participle, it only says which noun is
// meant, and an infinitive after it is the controlling verb's.
func (st *state) restrictiveRelative(p int) bool {
	c := &st.an.Clauses[p]
	if c.Kind != dateline.ClauseRelative || c.Opener < 0 {
		return false
	}
	o := int(st.an.Words[c.Opener].Chunk)
	return o > 0 && st.an.Chunks[o-1].Kind == dateline.ChunkNP && st.punctBetween(o-1, o) == 0
}

// infinitiveAfter reports whether another to-infinitive follows chunk k
// with no punctuation between ("urged troops sent to quell the riots to
// withdraw": the first is the participle's purpose).
func (st *state) infinitiveAfter(k int) bool {
	ch := st.an.Chunks
	for j := k + 1; j < len(ch); j++ {
		if st.punctBetween(j-1, j) != 0 {
			return false
		}
		if ch[j].Kind == dateline.ChunkVG && ch[j].Verb.Infinitive {
			return true
		}
	}
	return false
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
		if k := j - 1; lower == "if" && k >= 0 && (an.Chunks[k].Kind == dateline.ChunkVG || an.Chunks[k].Kind == dateline.ChunkADJP) &&
			an.Chunks[k].Head >= 0 && st.lemmaRoles(an.Chunks[k].Head)&dateline.RoleQuestion != 0 {
			// "asked if the junta would hand over power", "it is unclear if
			// they will return": a question, what "whether" opens, not a condition
			return dateline.ClauseComplement
		}
		return dateline.ClauseConditional
	}
	return dateline.ClauseAdverbial
}

// complementOf records what an infinitive at chunk k complements: the verb
// group or predicative adjective right before "to" ("agreed to", "ready
// to"), the noun right before it when that names a will, an attempt, a
// decision or a refusal (the word table's roles: "condemned the decision
// to", "a bid to") or stands with no clause before it, or else the verb
// whose object stands there ("urged Iran to", "used tear gas to").
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
		const ofWill = dateline.RoleVolition | dateline.RoleAttempt | dateline.RoleNegative | dateline.RoleImplicative
		if pp := st.an.Governor(j, dateline.RelPObj); pp >= 0 && pp == j-1 && st.toks[ch[pp].Head].Lower == "by" {
			if n := st.an.Governor(pp, dateline.RelNMod); n >= 0 && st.an.Words[ch[n].Head].Roles&ofWill != 0 {
				st.rel(dateline.RelComp, n, k) // "the decision by Warsaw to expel"
				return
			}
		}
		head := st.an.Words[ch[j].Head]
		if pp := st.an.Governor(j, dateline.RelPObj); pp >= 0 && pp == j-1 && st.toks[ch[pp].Head].Lower == "for" && prevClause >= 0 {
			break // "called for the vote to be annulled": the phrase after "for" does the infinitive
		}
		if head.Roles&ofWill != 0 || prevClause < 0 {
			st.rel(dateline.RelComp, j, k) // "plans to", "a bid to", "condemned the decision to"
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
			for p := subj - 1; p >= 0 && ch[p].Poss && st.punctBetween(p, p+1) == 0; p-- {
				start = ch[p].From // "the prime minister's office said": from its possessor
			}
			for p := int(an.Words[start].Chunk) - 1; p >= 0 && ch[p].Kind == dateline.ChunkNP && st.punctBetween(p, p+1) == 0 &&
				st.properRun(ch[p].From, ch[p].To) && st.properRun(ch[p+1].From, ch[p+1].To); p-- {
				start = ch[p].From // ", Mahinda Yapa Abeywardena, announced": a name the chunks split in two
			}
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
		st.resumedQuote(ci)
	}
}

// resumedQuote makes frame ci the parent of the clauses of a quote that
// goes on after it (`"We will not give up," the minister said, "and we
// condemn the attack."`), up to the quote's closing mark.
func (st *state) resumedQuote(ci int) {
	an := st.an
	ch := an.Chunks
	open := -1
	for j := an.Clauses[ci].Verb + 1; j < len(ch) && open < 0; j++ {
		open = st.quoteResumes(j)
	}
	if open < 0 || !st.quoteBefore(ch[an.Clauses[ci].Verb].From) {
		return
	}
	end := len(st.toks)
	for i := open + 1; i < len(st.toks); i++ {
		if an.Words[i].Tag == dateline.TagQuote {
			end = i
			break
		}
	}
	for cj := ci + 1; cj < len(an.Clauses); cj++ {
		if c := &an.Clauses[cj]; c.Parent < 0 && ch[c.Verb].From > open && ch[c.Verb].From < end {
			c.Parent = ci
		}
	}
}

// trailingAdverbial reports whether clause p is an adverbial clause opened
// by a subordinating word after the clause it modifies ("... since the war
// began").
func (st *state) trailingAdverbial(p int) bool {
	c := &st.an.Clauses[p]
	return c.Kind == dateline.ClauseAdverbial && c.Opener >= 0 && c.Parent >= 0 && c.Parent < p
}

// trailingCondition reports whether clause p is a condition after the
// clause it hangs on, opened by its own word ("if", "unless").
func (st *state) trailingCondition(p int) bool {
	c := &st.an.Clauses[p]
	return c.Kind == dateline.ClauseConditional && c.Opener >= 0 && c.Parent >= 0 && c.Parent < p
}

// actorClauseAbove returns the nearest clause above p whose verb is
// finite with a named phrase right before it, or -1.
func (st *state) actorClauseAbove(p int) int {
	an := st.an
	for q, n := an.Clauses[p].Parent, 0; q >= 0 && q < p && n < len(an.Clauses); q, n = an.Clauses[q].Parent, n+1 {
		if v := an.Clauses[q].Verb; an.Chunks[v].Verb.Finite && st.namedBefore(v) {
			return q
		}
	}
	return -1
}

// quoteResumes returns the quotation mark that opens a quote again right
// before chunk j after a comma (`said, "and`), or -1.
func (st *state) quoteResumes(j int) int {
	if j == 0 {
		return -1
	}
	comma := false
	for i := st.an.Chunks[j-1].To; i < st.an.Chunks[j].From; i++ {
		switch st.an.Words[i].Tag {
		case dateline.TagComma:
			comma = true
		case dateline.TagQuote:
			if comma {
				return i
			}
		}
	}
	return -1
}

// quoteBefore reports whether a quotation mark closes a quote before token
// i, with only the frame's words between: the frame follows a quote.
func (st *state) quoteBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch st.an.Words[j].Tag {
		case dateline.TagQuote:
			return j > 0
		case dateline.TagComma:
			if j+1 < len(st.toks) && st.an.Words[j+1].Tag == dateline.TagQuote {
				return true
			}
		}
	}
	return false
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
// subject, when inverted: ", said X."), up to the sentence's end, a
// participle (", adding ...") or an adverbial clause (", the minister said
// after the talks ended").
func (st *state) frameEnd(k int) bool {
	ch := st.an.Chunks
	nps := 0
	for j := k + 1; j < len(ch); j++ {
		if st.quoteResumes(j) >= 0 {
			return true // `"...," the minister said, "and ...`: the quote goes on
		}
		switch ch[j].Kind {
		case dateline.ChunkNP:
			if !ch[j].Time && st.an.Governor(j, dateline.RelPObj) < 0 {
				nps++
				if nps > 1 && st.punctBetween(j-1, j) == 0 {
					return false
				}
			}
		case dateline.ChunkPP, dateline.ChunkADVP, dateline.ChunkADJP: // "said late on Thursday"
		case dateline.ChunkConj:
			if j+1 >= len(ch) || st.an.Governor(j+1, dateline.RelPObj) < 0 {
				return false // "between Thailand and Cambodia": only a preposition's objects joined
			}
		case dateline.ChunkVG:
			if !ch[j].Verb.Finite && ch[j].Verb.Passive && ch[j-1].Kind == dateline.ChunkNP && st.punctBetween(j-1, j) == 0 {
				continue // "said in a statement carried by state media": a participle on the noun
			}
			return st.punctBetween(j-1, j) == ',' // ", adding that ...""
		case dateline.ChunkSub:
			r := st.an.Words[ch[j].Head].Roles
			return st.toks[ch[j].Head].Lower != "that" &&
				(st.punctBetween(j-1, j) == ',' || r&dateline.RoleOpener != 0 && r&(dateline.RoleCondition|dateline.RoleRelative) == 0)
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
		if (c.Kind == dateline.ClauseParticipial || c.Kind == dateline.ClauseRelative) && c.Parent >= 0 {
			// "the journalist, arrested in May, was freed on Friday", "Kenyatta,
			// whose nephew died, rejected the demand on Sunday": a participle
			// or relative clause inside its parent's subject ends at its
			// parent's verb
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
			if cl := &an.Clauses[ci]; (cl.Kind == dateline.ClauseParticipial || cl.Kind == dateline.ClauseRelative) && cl.To <= an.Chunks[k].From && cl.Parent >= 0 &&
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
	for d := range st.an.Dependents(from, kind) {
		if d == to {
			return
		}
	}
	st.an.AddRel(dateline.Rel{Kind: kind, From: from, To: to})
}

// passiveMember reports whether the bare verb at chunk k, right after
// clause p's passive verb and a comma, is a member of a list of
// participles closed by "and" or "or" and a participle: "was detained,
// questioned and released". A form mostly read as a past tense of a verb
// that may take no object ("were displaced, fled and") and a form with an
// object of its own are verbs of their own.
func (st *state) passiveMember(p, k int) bool {
	an, ch := st.an, st.an.Chunks
	pv, head := an.Clauses[p].Verb, ch[k].Head
	if pv != k-1 || !ch[pv].Verb.Passive || st.punctBetween(pv, k) != ',' || ch[k].From != head || !st.c[head].has(dateline.TagVBN) ||
		st.objectAfter(k) || st.c[head].t[0] == dateline.TagVBD && st.objectless(head) || k+2 >= len(ch) {
		return false
	}
	j := k + 1
	if ch[j].Kind != dateline.ChunkConj || st.punctBetween(k, j) != 0 && st.punctBetween(k, j) != ',' {
		return false
	}
	if w := st.lowerAt(ch[j].From); w != "and" && w != "or" {
		return false
	}
	v := ch[j+1]
	return v.Kind == dateline.ChunkVG && v.From == v.Head && st.c[v.Head].has(dateline.TagVBN) && st.punctBetween(j, j+1) == 0
}

// harmAfterRelative reports whether the participle whose head is word head,
// set off by a comma after relative clause ci, tells the act of the clause
// the relative hangs on: a verb of harm (words.txt's harm) after a relative
// clause whose verb has no object, on the object of a clause whose verb
// has one or acts through a preposition ("opened fire on protesters who
// were marching against the deal, killing five": the firing killed, not
// the marchers; "fired at crowds who had gathered, wounding two"). Other participles stay with
// the relative ("protesters who were marching through the city, chanting
// slogans"), and so does harm after a relative whose verb acts on someone
// ("arrested gunmen who attacked a checkpoint, killing two").
func (st *state) harmAfterRelative(ci, head int) bool {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseRelative || c.Parent < 0 || st.lemmaRoles(head)&dateline.RoleHarm == 0 || st.objectAfter(c.Verb) {
		return false
	}
	p := &an.Clauses[c.Parent]
	pv := an.Chunks[p.Verb].Verb
	k := p.Verb
	through := k+1 < len(an.Chunks) && an.Chunks[k+1].Kind == dateline.ChunkPP && st.punctBetween(k, k+1) == 0
	return !pv.Passive && (st.objectAfter(k) || through) && st.lemmaRoles(an.Chunks[k].Head)&(dateline.RoleCopula|dateline.RoleReport|dateline.RoleAllege) == 0
}

// objectAfter reports whether a noun phrase that is no time follows verb
// group k at once: "and charged them", not "and charged with murder".
func (st *state) objectAfter(k int) bool {
	ch := st.an.Chunks
	return k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkNP && !ch[k+1].Time && st.punctBetween(k, k+1) == 0
}

// appealAfter reports whether verb group k, a form that may be a past tense,
// is followed by "on" or "upon", a noun phrase and an infinitive: "was
// shocked and called on India to halt", where a passive ("was called on
// to resign") has no noun phrase after its particle.
func (st *state) appealAfter(k int) bool {
	ch := st.an.Chunks
	if k+3 >= len(ch) || ch[k+1].Kind != dateline.ChunkPP || ch[k+2].Kind != dateline.ChunkNP || ch[k+3].Kind != dateline.ChunkVG {
		return false
	}
	p := st.lowerAt(ch[k+1].Head)
	return (p == "on" || p == "upon") && st.lowerAt(ch[k+3].From) == "to" && st.c[ch[k].Head].has(dateline.TagVBD)
}

// namesAs reports whether verb group k is a verb of naming (words.txt's
// naming) followed by two noun phrases, what it names and what it calls
// it: "calling it a savage murder", "branding him a traitor"; not
// "declaring a state of emergency".
func (st *state) namesAs(k int) bool {
	ch := st.an.Chunks
	return st.lemmaRoles(ch[k].Head)&dateline.RoleNaming != 0 && k+2 < len(ch) &&
		ch[k+1].Kind == dateline.ChunkNP && ch[k+2].Kind == dateline.ChunkNP
}

// reportOf returns the clause that clause p completes when p is what a
// verb of reporting says ("said Iran had supplied") or one of denying
// denies ("denied that its troops had attacked"), else -1.
func (st *state) reportOf(p int) int {
	an := st.an
	if p < 0 || an.Clauses[p].Kind != dateline.ClauseComplement || an.Clauses[p].Parent < 0 {
		return -1
	}
	q := an.Clauses[p].Parent
	if st.lemmaRoles(an.Chunks[an.Clauses[q].Verb].Head)&(dateline.RoleReport|dateline.RoleNegative) == 0 || !an.Chunks[an.Clauses[q].Verb].Verb.Finite {
		return -1
	}
	return q
}

// speechAct reports whether verb group k is a verb of saying, alleging or
// demanding (words.txt's report, allege and demand roles) in the plain
// past with no pronoun as its object: "urged the United Nations",
// "warned Israel", "demanded"; not "told him".
func (st *state) speechAct(k int) bool {
	an := st.an
	vg := an.Chunks[k].Verb
	if !vg.Finite || vg.Tense != dateline.TensePast || vg.Perfect || vg.Progressive || vg.Passive || vg.Modal != "" ||
		st.lemmaRoles(an.Chunks[k].Head)&(dateline.RoleReport|dateline.RoleAllege|dateline.RoleDemand) == 0 {
		return false
	}
	if n := k + 1; n < len(an.Chunks) && an.Chunks[n].Kind == dateline.ChunkNP && an.Words[an.Chunks[n].Head].Tag == dateline.TagPRP {
		return false
	}
	return true
}

// backshifted reports whether verb group v, what was said, is told in a
// tense a report shifts it to: a perfect, a progressive, a modal, a
// passive or the present, not the plain past.
func (st *state) backshifted(v int) bool {
	g := st.an.Chunks[v].Verb
	return g.Perfect || g.Progressive || g.Modal != "" || g.Passive || g.Tense != dateline.TensePast
}

// frontZeroRelative reports whether verb group k, with no object after it,
// follows the noun phrase that opens the sentence and a name or pronoun
// right after it, and a verb group of the sentence's own follows with
// only phrases of place and time between ("the attack the rebels launched
// on Goma was repelled"): the name is the subject of a relative clause
// without its pronoun, and the noun its object.
func (st *state) frontZeroRelative(k int) bool {
	ch := st.an.Chunks
	if k != 2 || st.objectAfter(k) || ch[1].Kind != dateline.ChunkNP || ch[0].Kind != dateline.ChunkNP || ch[0].Time || ch[1].Time || ch[0].Poss ||
		st.punctBetween(0, 1) != 0 || st.punctBetween(1, 2) != 0 {
		return false
	}
	switch w := st.an.Words[ch[1].From]; {
	case w.Tag == dateline.TagPRP || w.Tag == dateline.TagNNP || w.Tag == dateline.TagNNPS || determinerLike(w.Tag):
		// "the strikes Israel carried out", "the attack the rebels launched"
	case st.an.Words[ch[1].Head].Tag == dateline.TagNNS:
		// "the protest students staged"
	default:
		return false
	}
	if t := st.an.Words[ch[0].Head].Tag; t != dateline.TagNN && t != dateline.TagNNS {
		return false
	}
	for i := 0; i < ch[0].From; i++ {
		if !st.an.Words[i].Tag.IsPunct() {
			return false
		}
	}
	for j := k + 1; j < len(ch); j++ {
		if st.punctBetween(j-1, j) != 0 {
			return false
		}
		switch c := ch[j]; c.Kind {
		case dateline.ChunkVG:
			h := st.an.Words[c.Head].Tag
			return !c.Verb.Infinitive && (c.Verb.Finite || c.From == c.Head && st.c[c.Head].has(dateline.TagVBD) && h != dateline.TagVBG)
		case dateline.ChunkPP, dateline.ChunkADVP:
		case dateline.ChunkNP:
			if !c.Time && ch[j-1].Kind != dateline.ChunkPP {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// subjunctive reports whether word i is a verb in its base form read as a
// present or a bare infinitive ("resign", "step", "cooperate"), the form a
// demand's complement takes whatever its subject ("demanded he resign").
func (st *state) subjunctive(i int) bool {
	w := st.an.Words[i]
	return (w.Tag == dateline.TagVBP || w.Tag == dateline.TagVB) && w.Lemma != "" && st.lowerAt(i) == w.Lemma
}

// pobjAfterConj reports whether noun phrase chunk j is the object of a
// preposition that opens a phrase right after "and" or "but": "resigned
// on Monday and in a farewell speech accused", "and with the army's
// backing took power". The phrase says where or how the second verb's act
// was done; it is no subject of its own, and the verb goes on with the
// first one's.
func (st *state) pobjAfterConj(j int) bool {
	ch := st.an.Chunks
	if j+1 >= len(ch) || st.punctBetween(j, j+1) != 0 {
		return false
	}
	for ; j >= 2 && ch[j].Kind == dateline.ChunkNP && ch[j-1].Kind == dateline.ChunkPP &&
		st.punctBetween(j-1, j) == 0 && st.punctBetween(j-2, j-1) == 0; j -= 2 {
		// "and with the backing of Russia arrested": back over the
		// phrases that run on from the first one
		if ch[j-2].Kind == dateline.ChunkConj {
			// (a determiner opens the object, "in a speech", "with the
			// army's backing": a bare name may run on into the second
			// clause's subject, "and in Nairobi police arrested")
			return determinerLike(st.an.Words[ch[j].From].Tag)
		}
	}
	return false
}
