package where

import "dateline"

// The clauses an act shares its scene with: the verb it is joined to, the
// clause it depends on, its participles, the noun a relative clause is
// about, the clause before ", and", and the saying that tells a statement.

// joined reads the places of the clauses clause k shares its scene with:
// the verb it is coordinated with ("set fires in Niamey and pelted the
// embassy"), the clause an adverbial or participial clause depends on
// ("until police drove them back"), and its own participial clauses
// ("speaking during a visit to Germany, he urged"); and theirs in turn.
func (r *reader) joined(k int) {
	an := r.an
	if r.joins[k] {
		return
	}
	r.joins[k] = true
	cl := &an.Clauses[k]
	if cl.Verb >= 0 {
		if g := an.Governor(cl.Verb, dateline.RelConj); g >= 0 && an.Chunks[g].Kind == dateline.ChunkVG {
			// "flew to Tallinn and signed a pact": signed where the
			// journey ended
			r.arrived = r.g.is(an.Words[an.Chunks[g].Head].Lemma, wMotion)
			r.through(g, joint{"joined to ", g})
			r.arrived = false
		}
	}
	if p := cl.Parent; p >= 0 && !r.found && r.sameScene(cl) && an.Clauses[p].Verb >= 0 {
		r.through(an.Clauses[p].Verb, joint{"in the clause of ", an.Clauses[p].Verb})
	}
	if vg := r.saying(cl); vg >= 0 && !r.found {
		r.through(vg, joint{"where it was said: ", vg})
	}
	for j := range an.Clauses {
		if c := &an.Clauses[j]; c.Parent == k && c.Kind == dateline.ClauseParticipial && c.Verb >= 0 && !r.found && !r.content(c) {
			r.through(c.Verb, joint{"from ", c.Verb})
		}
	}
	if cl.Kind == dateline.ClauseRelative && !r.found {
		r.antecedent(cl)
	}
	for j := range an.Clauses {
		c := &an.Clauses[j]
		if c.Kind != dateline.ClauseRelative || c.Verb < 0 || r.found || !r.conjoined(c.Parent, k) {
			continue
		}
		switch {
		case r.targetThere(c, k):
			r.carried = true // "fired on crowds who had gathered in Tbilisi": only a place in the act's country
			r.through(c.Verb, joint{"where the target was: ", c.Verb})
			r.carried = false
		case r.sourceMet(c):
			r.through(c.Verb, joint{"where the source met: ", c.Verb})
		}
	}
	if prev := r.coordinated(k); prev >= 0 && !r.found {
		r.carried = true // "Crowds rallied in Yerevan, and protesters broke windows"
		r.through(an.Clauses[prev].Verb, joint{"in the clause before \"and\"", -1})
		r.carried = false
	}
}

// targetThere reports whether relative clause c tells where the act's
// target was when a force acted on it at home: its subject names the
// target ("Police fired tear gas at students who had gathered in central
// Kampala"), or, when the act names no target of its own, what a verb of
// the act's clause is done to ("Police fired tear gas and swung batons at
// crowds that gathered in Rawalpindi"); and the act is done somewhere by an
// actor of no other country than the target's ("Israeli troops shot
// militants who had fired rockets into Israel" is not in Israel).
func (r *reader) targetThere(c *dateline.Clause, k int) bool {
	if r.pol.pol != polMaterial {
		return false
	}
	t := r.a.Target
	implied := t == nil || t.Text == ""
	if !implied && (t.End <= t.Start || countryOf(r.a.Source) != "" && countryOf(t) != "" && countryOf(r.a.Source) != countryOf(t)) {
		return false
	}
	for subj := range r.an.Dependents(c.Verb, dateline.RelSubj) {
		if !implied && r.names(subj, t) || implied && r.onObject(subj, k) {
			return true
		}
	}
	return false
}

// onObject reports whether noun phrase np is what a verb of the act's clause
// is done to, when the target is only implied by the source ("Police fired
// tear gas and swung batons at crowds that gathered in Rawalpindi": the
// crowds are no actor of their own), and not the source itself.
func (r *reader) onObject(np, k int) bool {
	an := r.an
	if r.names(np, r.a.Source) {
		return false
	}
	v := an.Governor(np, dateline.RelObj)
	if pp := an.Governor(np, dateline.RelPObj); v < 0 && pp >= 0 {
		v = an.Governor(pp, dateline.RelObl)
	}
	return v >= 0 && an.Chunks[v].Kind == dateline.ChunkVG && r.conjoined(an.ClauseOfChunk(v), k)
}

// conjoined reports whether clause ci is clause k or a clause whose verb
// is coordinated with k's ("fired tear gas and swung batons at crowds").
func (r *reader) conjoined(ci, k int) bool {
	if ci == k {
		return true
	}
	if ci < 0 || ci >= len(r.an.Clauses) || r.an.Clauses[ci].Verb < 0 || r.an.Clauses[k].Verb < 0 {
		return false
	}
	return r.an.Governor(r.an.Clauses[ci].Verb, dateline.RelConj) == r.an.Clauses[k].Verb
}

// sourceMet reports whether relative clause c tells where the source of a
// statement or an act between states met when it acted: "The council,
// which met behind closed doors in New York, called on Juba to withdraw".
func (r *reader) sourceMet(c *dateline.Clause) bool {
	if r.pol.pol != polVerbal && r.pol.pol != polBetween || r.a.Source == nil {
		return false
	}
	if !r.g.is(r.an.Words[r.an.Chunks[c.Verb].Head].Lemma, wConvene) {
		return false
	}
	for subj := range r.an.Dependents(c.Verb, dateline.RelSubj) {
		if r.names(subj, r.a.Source) {
			return true
		}
	}
	return false
}

// coordinated returns the main clause before main clause k when "and"
// joins them and each has its subject ("Demonstrations erupted in Yerevan,
// and protesters broke windows"), for an act done somewhere; -1 otherwise.
// The syntax links only verbs that share a subject.
func (r *reader) coordinated(k int) int {
	an := r.an
	cl := &an.Clauses[k]
	if r.pol.pol != polMaterial || cl.Kind != dateline.ClauseMain || cl.Parent >= 0 || k == 0 {
		return -1
	}
	i := cl.From
	if r.word(i) != "and" {
		i--
	}
	if i < 0 || r.word(i) != "and" || an.Words[i].Tag != dateline.TagCC {
		return -1
	}
	prev := &an.Clauses[k-1]
	if prev.Kind != dateline.ClauseMain || prev.Parent >= 0 || prev.Verb < 0 || an.Governor(cl.Verb, dateline.RelConj) >= 0 {
		return -1
	}
	return k - 1
}

// antecedent offers the place of the noun a relative clause is about: "the
// attack in Kashmir, in which 44 soldiers were killed", "the town where
// rebels attacked", "the rebels in Kidal who attacked".
func (r *reader) antecedent(cl *dateline.Clause) {
	an := r.an
	i := cl.Opener
	if i < 0 {
		return
	}
	if i > 0 && an.Words[i-1].Tag == dateline.TagIN { // "in which"
		i--
	}
	if i > 0 && an.Words[i-1].Tag == dateline.TagComma {
		i--
	}
	if i == 0 || an.Words[i-1].Chunk < 0 {
		return
	}
	a := int(an.Words[i-1].Chunk)
	if an.Chunks[a].Kind != dateline.ChunkNP || r.visit(a) {
		return
	}
	outer := r.joint
	r.joint = joint{"the place of ", a}
	// The noun is the place when it stands where a place does: after a
	// locative word, after "the town of", or before "where".
	prep, placed := "", r.word(cl.Opener) == "where"
	if pp := an.Governor(a, dateline.RelPObj); pp >= 0 {
		prep = r.word(an.Chunks[pp].Head)
		if n := an.Governor(pp, dateline.RelNMod); prep == "of" && n >= 0 && r.g.is(r.word(an.Chunks[n].Head), wOfPlace) {
			placed = true
		}
	}
	if !(placed || r.g.is(prep, wLocative)) || !r.named(a, prep) {
		r.modifiers(a)
	}
	r.joint = outer
}

// joint says, for the rule, what joins a clause read for the act to the
// act's own: why, and the chunk it quotes (-1: none). It is written out
// only when a place is offered, not for every clause read.
type joint struct {
	why   string
	chunk int
}

// jointText writes out the joint being read: `joined to "pelted"`.
func (r *reader) jointText() string {
	if r.joint.chunk < 0 {
		return r.joint.why
	}
	return r.joint.why + quote(r.text(r.joint.chunk))
}

// through reads the places of verb group vg's clause for the act, and of
// the clauses that clause is joined to in turn.
func (r *reader) through(vg int, j joint) {
	outer := r.joint
	r.joint = j
	r.clause(vg)
	if k := r.an.ClauseOfChunk(vg); !r.found && k >= 0 {
		r.joined(k)
	}
	r.joint = outer
}

// saying returns the verb of the saying clause cl tells, through any
// infinitives ("said it would go on to topple"), when the act is that
// saying itself, -1 otherwise: a statement whose source the saying's
// subject names ("In Beijing, the ministry said
// the government supported Lam": said in Beijing). An act of someone else
// happened where it did, not where it was told ("In Washington, the
// president said Russian troops had attacked": not in Washington).
func (r *reader) saying(cl *dateline.Clause) int {
	if r.pol.pol != polVerbal || r.a.Source == nil {
		return -1
	}
	for cl.Kind == dateline.ClauseInfinitive && cl.Parent >= 0 { // "said it would go on to topple"
		cl = &r.an.Clauses[cl.Parent]
	}
	if cl.Kind != dateline.ClauseComplement || cl.Parent < 0 {
		return -1
	}
	vg := r.an.Clauses[cl.Parent].Verb
	if vg < 0 {
		return -1
	}
	for subj := range r.an.Dependents(vg, dateline.RelSubj) {
		if r.names(subj, r.a.Source) {
			return vg
		}
		for i := range r.actors {
			if m := &r.actors[i]; r.names(subj, m) && m.Actor.Code != "" && m.Actor.Code == r.a.Source.Actor.Code {
				return vg
			}
		}
	}
	return -1
}

// content reports whether participial clause c is what its parent speaks
// of, not where it happens: "accused Washington of meddling in Taiwan",
// "praised them for holding talks in Oslo". Its place is not the act's.
func (r *reader) content(c *dateline.Clause) bool {
	if r.pol.pol == polMaterial || r.pol.pol == polMeeting {
		return false
	}
	an := r.an
	first := an.Chunks[c.Verb].From
	return first > 0 && an.Words[first-1].Tag == dateline.TagIN && !r.g.is(r.word(first-1), wScene|wLocative)
}

// sameScene reports whether a dependent clause happens where its parent
// does: a participle ("..., killing two soldiers"), an infinitive after
// the verb that decides it ("voted to cut aid") or an adverbial clause
// opened by "until", "while", "as", "when".
func (r *reader) sameScene(cl *dateline.Clause) bool {
	switch cl.Kind {
	case dateline.ClauseParticipial:
		return true
	case dateline.ClauseInfinitive:
		// "In Seoul, lawmakers voted to cut aid": decided there; not an
		// act that goes somewhere ("decided to send troops to Poland")
		return !r.pol.to
	case dateline.ClauseAdverbial:
		return cl.Opener >= 0 && r.g.is(r.word(cl.Opener), wScene)
	}
	return false
}
