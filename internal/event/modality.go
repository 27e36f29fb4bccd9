package event

import (
	"strings"

	"dateline"
)

// modality decides whether a pred's act is told as having happened, from
// its verb group (negation, modal) and the clauses above it: a condition
// makes it hypothetical; an infinitive takes its sense from the word it
// complements (a plan is future, a failure negated, "managed to" and an
// attempt real, as CAMEO codes an attempted act as the act); what a reporter says is asserted, what an
// accuser alleges is alleged.
func (x *sent) modality(p *pred) (dateline.Modality, string) {
	if p.decided {
		return dateline.Asserted, "agreed: a decision"
	}
	m, how := x.clauseModality(p)
	if p.occasion && m != dateline.Asserted && x.definite(p.np) && !x.reportedOnly(m, how) {
		// "Iran did not respond to Israel's strike on its consulate", "Iran
		// vowed to retaliate for Israel's strike": a definite act named as
		// the occasion of another took place, whatever is said of the other
		return dateline.Asserted, "a definite occasion"
	}
	return m, how
}

// timeOpener reports whether the preposition chunk pp opens a time
// clause (the word table's openers: "after", "before", "while"): a gerund
// after it tells when, not what a noun is about. Not "as", and not "since",
// whose gerund is background ("in control since driving out Islamic
// State", "his first visit since seizing power").
func (x *sent) timeOpener(pp int) bool {
	h := x.an.Chunks[pp].Head
	w := x.s.Tokens[h].Lower
	return x.an.Words[h].Roles&dateline.RoleOpener != 0 && w != "as" && w != "since"
}

// reportedOnly reports whether a modality comes from what someone alleges,
// denies or does not say: what is told in it, occasions too, is theirs.
func (x *sent) reportedOnly(m dateline.Modality, how string) bool {
	return m == dateline.Alleged || how == "denied" || how == "not said" || how == "whether"
}

// clauseModality is the modality of pred p's clause and the clauses above it.
func (x *sent) clauseModality(p *pred) (dateline.Modality, string) {
	an := x.an
	ci := p.clause
	if p.light >= 0 {
		ci = x.clauseOfVerb(p.light)
	}
	if ci < 0 {
		return dateline.Asserted, ""
	}
	if x.askedUnknown(x.predFrom(p)) {
		return dateline.Hypothetical, unknownAsked
	}
	if k := p.vg; k > 0 && an.Words[an.Chunks[k].Head].Tag == dateline.TagVBG && an.Chunks[k-1].Kind == dateline.ChunkPP &&
		x.s.Tokens[an.Chunks[k-1].Head].Lower != "by" && // "retaliated against the tariffs by imposing duties": the means of the verb
		(x.s.Tokens[an.Chunks[k-1].Head].Lower != "as" || an.Words[an.Chunks[k].Head].Roles&dateline.RoleReport == 0) { // "was quoted by Xinhua as saying": the quoted's saying
		if n := an.Governor(k-1, dateline.RelNMod); n >= 0 {
			if v := an.Governor(n, dateline.RelObj); v >= 0 && x.headIsActor(n) {
				// "accused Congo of backing the rebels": the object's act,
				// alleged when the verb alleges it ("thanked Qatar for
				// mediating" is told as done)
				if an.Words[an.Chunks[v].Head].Roles&dateline.RoleAllege != 0 {
					return dateline.Alleged, "what the accused is accused of"
				}
			} else if (v < 0 || !x.headIsActor(n)) && !x.timeOpener(k-1) {
				// "its involvement in killing", "plans for attacking": a
				// gerund after a noun's preposition is what the noun is
				// about, not an act done (but "sent police to its border
				// after accusing Nicaragua of": a time the act was done)
				return dateline.Hypothetical, "gerund of a noun"
			}
		}
	}
	if p.np >= 0 {
		if pp := an.Governor(p.np, dateline.RelPObj); pp >= 0 && x.s.Tokens[an.Chunks[pp].Head].Lower == "without" {
			// "the talks ended without a deal between Israel and Hamas":
			// an act named as what was missing did not take place
			return dateline.Negated, "without"
		}
	}
	if x.counterfactual(ci) {
		return dateline.Hypothetical, counterfactual
	}
	note := ""         // "attempted": an attempt on the way up, coded as the act
	otherDoer := false // on the way up, an infinitive done by another than the verb above it
	for depth := 0; ci >= 0 && depth < 8; depth++ {
		cl := &an.Clauses[ci]
		if cl.Parent < 0 && x.question(ci) {
			return dateline.Hypothetical, "question"
		}
		if x.indirectQuestion(ci) {
			// "it is unclear whether the troops will return home", "asked
			// if the junta would hand over power": a question asks; it tells
			// of no act done or intended, whatever its modal
			return dateline.Hypothetical, "whether"
		}
		vg := x.sharedVerb(cl.Verb)
		if depth == 0 || x.inherits(ci) {
			// a refusal whose entry means its negation ("would have none of it",
			// "will never accept") is told as it is made; one whose negation is
			// its object's ("said no to") is negated by its verb's ("did not say
			// no to")
			refuses := depth == 0 && p.e != nil && p.e.requires(argNeg) && familyOfRoot[p.e.code[:2]] == famRefusal
			meant := depth == 0 && p.e != nil && p.e.requires(argNeg) && vg.Neg != (refuses && x.noneDone(p))
			if vg.Neg && !meant {
				return dateline.Negated, ""
			}
			if depth == 0 && x.noneDone(p) && !(p.e != nil && p.e.requires(argNeg)) {
				return dateline.Negated, "none done" // "made no promise", "launched no strikes"
			}
			if depth == 0 {
				if m, how, ok := x.adverbModality(ci); ok {
					return m, how
				}
				if x.tally(cl.Verb) {
					return dateline.Hypothetical, tallied
				}
				if x.history(p, cl.Verb) {
					return dateline.Hypothetical, history
				}
			}
			if depth == 0 && x.standingState(p, ci) {
				return dateline.Hypothetical, standing
			}
			if depth == 0 && x.conditionPhrase(p) {
				return dateline.Hypothetical, "condition"
			}
			if depth == 0 {
				if m, how, ok := x.plannedNoun(p, cl.Verb); ok {
					return m, how
				}
			}
			switch vg.Modal {
			case "would", "'d":
				if meant {
					// "would not comment": a refusal told as it was made,
					// which the entry's negation means
					break
				}
				if x.underReport(ci) {
					return dateline.Future, "would after a report"
				}
				return dateline.Hypothetical, ""
			case "":
			case "will", "'ll", "shall":
				if meant && refuses {
					break
				}
				return dateline.Future, ""
			default:
				return dateline.Hypothetical, "modal " + vg.Modal
			}
		}
		switch cl.Kind {
		case dateline.ClauseConditional:
			return dateline.Hypothetical, "condition"
		case dateline.ClauseInfinitive:
			m, next, how := x.infinitive(ci)
			if otherDoer && (how == attempted || next < 0 && m == dateline.Future) {
				// "tried to help the rebels withdraw", "is ready to help
				// Armenia and Azerbaijan resume talks": an attempt is coded as
				// the act attempted and a plan as its maker's intent, not as
				// what others would do through that act
				return dateline.Hypothetical, "another's act an attempt or plan would bring about"
			}
			if next < 0 {
				return m, how
			}
			if how != "" {
				note = how
			}
			otherDoer = otherDoer || x.doerChanges(ci, next)
			ci = next
			continue
		case dateline.ClauseComplement:
			return withNote(note)(x.complementModality(ci))
		case dateline.ClauseRelative:
			if x.deniedCleft(ci) {
				return dateline.Negated, "not the one: a cleft"
			}
			if depth == 0 && x.casualtyOf(ci) {
				return dateline.Hypothetical, casualty
			}
		case dateline.ClauseAdverbial:
			if x.timeToCome(ci) {
				return dateline.Hypothetical, timeToCome
			}
			if x.unclearCount(ci) {
				return dateline.Hypothetical, countUnknown
			}
			if cl.Opener >= 0 && x.s.Tokens[cl.Opener].Lower == "whenever" && x.presentSimple(ci) {
				// "whenever the two leaders meet, protests erupt": a habit
				return dateline.Hypothetical, habitual
			}
		case dateline.ClauseParticipial:
			m, next, how := x.participial(ci)
			if next < 0 {
				return withNote(note)(m, how)
			}
			ci = next
			continue
		}
		return dateline.Asserted, note
	}
	return dateline.Asserted, note
}

// question reports whether top clause ci is asked, not told: the sentence
// ends in a question mark and opens with a modal or auxiliary set before
// its subject ("Will Britain expel more diplomats?", "Did the army fire on
// the crowd?"). A question with a wh-word presupposes its act and is no
// such clause.
func (x *sent) question(ci int) bool {
	toks := x.s.Tokens
	n := len(toks)
	if n < 3 || toks[n-1].Lower != "?" {
		return false
	}
	i := 0
	for i < n-1 && x.an.Words[i].Tag.IsPunct() {
		i++ // an opening quotation mark
	}
	w := x.an.Words[i]
	if int(w.Chunk) == x.an.Clauses[ci].Verb {
		return false
	}
	switch {
	case w.Tag == dateline.TagMD:
		return true
	case w.Lemma == "do" || w.Lemma == "be" || w.Lemma == "have":
		return w.Tag.IsVerb()
	}
	return false
}

// conditionPhrase reports whether pred p's verb is done on a condition
// its clause names by a phrase, not a clause: "in" and a noun of the
// `&condition` set with an "of" phrase naming no actor ("would send troops
// in the event of an attack", "in case of war"; not "in the case of Iran").
func (x *sent) conditionPhrase(p *pred) bool {
	an := x.an
	if p.vg < 0 {
		return false
	}
	for k := p.vg + 1; k < len(an.Chunks); k++ {
		c := &an.Chunks[k]
		if c.Kind == dateline.ChunkVG {
			return false // the next clause's
		}
		if c.Kind != dateline.ChunkPP || x.s.Tokens[c.Head].Lower != "in" {
			continue
		}
		n := an.Dependent(k, dateline.RelPObj)
		if n < 0 || !x.l.InSet("condition", an.Words[an.Chunks[n].Head].Lemma) {
			continue
		}
		of := an.Dependent(n, dateline.RelNMod)
		if of < 0 || x.s.Tokens[an.Chunks[of].Head].Lower != "of" {
			continue
		}
		if o := an.Dependent(of, dateline.RelPObj); o >= 0 && !x.headIsActor(o) {
			return true
		}
	}
	return false
}

// plannedNoun reads an act named by a noun that is the subject of a
// passive verb of will or foresight, with no agent: "a meeting has been
// scheduled for next week" is to come, "talks are expected next month"
// foreseen. "The attack was planned by Hamas" names its planner, and is
// told as done; so is an act a passive says the aim of ("the drills were
// aimed at", "were intended to").
func (x *sent) plannedNoun(p *pred, v int) (dateline.Modality, string, bool) {
	an := x.an
	if p.np < 0 || v < 0 || !an.Chunks[v].Verb.Passive || an.Dependent(v, dateline.RelSubj) != p.np {
		return "", "", false
	}
	r := an.Words[an.Chunks[v].Head].Roles
	if r&dateline.RolePrevent != 0 {
		// "the march was cancelled", "the signing of the deal was
		// postponed by the mediators": an act kept from taking place, by
		// whomever
		return dateline.Negated, "prevented", true
	}
	if an.Dependent(v, dateline.RelAgent) >= 0 {
		return "", "", false
	}
	if c := an.Dependent(v, dateline.RelComp); c >= 0 && (an.Words[an.Chunks[c].Head].Roles&dateline.RoleAspect == 0 || an.Dependent(c, dateline.RelSubj) != p.np) {
		// "the drills were intended to intimidate": what a done act was
		// for; "talks are scheduled to resume" is the act's own course
		return "", "", false
	}
	if k := v + 1; k < len(an.Chunks) && an.Chunks[k].Kind == dateline.ChunkPP && x.s.Tokens[an.Chunks[k].Head].Lower == "at" {
		return "", "", false // "the drills were aimed at splittists": whom it was for
	}
	if g := an.Governor(p.np, dateline.RelObj); g >= 0 && an.Words[an.Chunks[g].Head].Roles&dateline.RolePrevent != 0 {
		// "police banned a rally planned for Saturday": a planned act
		// that a verb of prevention keeps from taking place is no intent
		return dateline.Negated, "prevented", true
	}
	switch {
	case r&dateline.RolePredict != 0:
		return dateline.Hypothetical, "foreseen", true
	case r&dateline.RoleVolition != 0:
		return dateline.Future, "planned", true
	}
	return "", "", false
}

// sharedVerb returns what verb group k says of its verb, with the modal
// and negation of the verb group it is joined to when it is a bare verb
// with none of its own: "would hold their positions and shoot only if
// attacked", "did not attack and kill" share one auxiliary.
func (x *sent) sharedVerb(k int) dateline.VerbGroup {
	an := x.an
	vg := an.Chunks[k].Verb
	if vg.Modal != "" || vg.Neg || vg.Finite || vg.Infinitive || an.Words[an.Chunks[k].Head].Tag != dateline.TagVB {
		return vg
	}
	if g := an.Governor(k, dateline.RelConj); g >= 0 && an.Chunks[g].Kind == dateline.ChunkVG {
		first := an.Chunks[g].Verb
		vg.Modal, vg.Neg = first.Modal, first.Neg
	}
	return vg
}

// timeToCome is the modality note of an act told as the time of an act to
// come: supposed, announced by no one.
const timeToCome = "the time of an act to come"

// timeToCome reports whether adverbial clause ci says when an act to come
// will happen (the temporal role: "once", "until"): its parent is future
// or hypothetical (or refused with a modal: "will not withdraw until the
// prisoners are freed"), and it is told in the present ("will withdraw once the
// ceasefire holds"), or in the past after a modal that shifts it ("would
// lay down their weapons once foreign troops took control"). A past told
// under a plan without a modal happened ("vowed to retaliate once Israel
// struck" is rare; "when Israel struck" is told as done).
func (x *sent) timeToCome(ci int) bool {
	an := x.an
	cl := &an.Clauses[ci]
	if cl.Opener < 0 || cl.Parent < 0 || cl.Verb < 0 || an.Words[cl.Opener].Roles&dateline.RoleTemporal == 0 {
		return false
	}
	pv := an.Clauses[cl.Parent].Verb
	if pv < 0 {
		return false
	}
	end := an.Words[cl.Opener].Roles&dateline.RoleEnd != 0
	if end && !x.sharedVerb(pv).Neg && x.asksOrVows(pv) {
		// "called for mass action until the president stepped down",
		// "vowed to fight on until the last soldier left": the end of an
		// act asked for or vowed is to come with it
		return true
	}
	if an.Chunks[cl.Verb].Verb.Tense == dateline.TensePast && x.sharedVerb(pv).Modal == "" && !end {
		// (an act's end told in the past under an act to come is a
		// shifted tense: "would keep fighting until the army withdrew")
		return false
	}
	m, _ := x.clauseModality(&pred{clause: cl.Parent, vg: -1, np: -1, light: -1, victim: -1})
	if m == dateline.Negated && (x.sharedVerb(pv).Modal != "" || an.Chunks[cl.Verb].Verb.Tense == dateline.TensePresent) {
		// "will not withdraw until Azerbaijan releases the prisoners": an
		// act refused until another comes is no less to come; so is one
		// told in the present under a refusal in the past ("refused to free
		// the hostages until the army withdraws")
		return true
	}
	return m == dateline.Future || m == dateline.Hypothetical
}

// asksOrVows reports whether verb group pv asks for or vows an act whose
// end an "until" clause may tell: a verb of will or demand, or one that
// has another do something ("called for mass action", "urged the army to
// fight on") used so, with a complement or with no plain object. "Dacko
// led the country until Bokassa seized power" has no one do anything: the
// end of its act happened.
func (x *sent) asksOrVows(pv int) bool {
	an := x.an
	r := an.Words[an.Chunks[pv].Head].Roles
	if r&(dateline.RoleVolition|dateline.RoleDemand) != 0 {
		return true
	}
	return r&dateline.RoleObjControl != 0 && (an.Dependent(pv, dateline.RelComp) >= 0 || an.Dependent(pv, dateline.RelObj) < 0)
}

// withNote returns a function that gives an asserted modality the note
// gathered on the way up (an attempt) when it has no reason of its own.
func withNote(note string) func(dateline.Modality, string) (dateline.Modality, string) {
	return func(m dateline.Modality, how string) (dateline.Modality, string) {
		if m == dateline.Asserted && how == "" {
			how = note
		}
		return m, how
	}
}

// doerChanges reports whether infinitive clause ci, whose act clause up
// entails, has a doer of its own: the object of up's verb ("helped the
// rebels withdraw"), not up's subject ("managed to withdraw").
func (x *sent) doerChanges(ci, up int) bool {
	an := x.an
	sub := an.Dependent(an.Clauses[ci].Verb, dateline.RelSubj)
	return sub >= 0 && sub != an.Dependent(an.Clauses[up].Verb, dateline.RelSubj)
}

// attempted is the modality note of an act attempted: told as done, and
// coded by its attempt form where policy.tsv gives one ("tried to
// assassinate": 185).
const attempted = "attempted"

// deniedCleft reports whether relative clause ci is the clause of a cleft
// whose copula is denied ("it was not Russia that attacked the convoy"):
// its act is denied of the phrase the cleft names.
func (x *sent) deniedCleft(ci int) bool {
	an := x.an
	s := an.Dependent(an.Clauses[ci].Verb, dateline.RelSubj)
	if s < 0 {
		return false
	}
	v := an.Governor(s, dateline.RelObj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Words[an.Chunks[v].Head].Lemma != "be" {
		return false
	}
	if it := an.Dependent(v, dateline.RelSubj); it < 0 || x.s.Tokens[an.Chunks[it].Head].Lower != "it" {
		return false
	}
	if an.Chunks[v].Verb.Neg {
		return true
	}
	for k := v + 1; k < s; k++ { // "was not", chunked apart
		if an.Words[an.Chunks[k].Head].Roles&dateline.RoleNegation != 0 {
			return true
		}
	}
	return false
}

// casualty is the modality note of what a passive with no agent tells
// befell people in another act a noun names.
const casualty = "what befell people in an act a noun names"

// casualtyOf reports whether relative clause ci, opened by a preposition
// and "which", is a passive with no agent on a noun that names no attack
// or fighting ("weeks of protests in which dozens of people were killed",
// "a mission in which 1,100 soldiers were killed", "a coup in which the
// prime minister was held hostage"): what befell people in the noun's act
// is told as part of it, with no doer of its own, not as an act the
// sentence reports. A clash or attack in which people were killed is
// that act ("the clash in which 20 soldiers were killed"), and a clause
// that names its doer ("in which 30 were shot by police") tells one.
func (x *sent) casualtyOf(ci int) bool {
	an := x.an
	cl := &an.Clauses[ci]
	o, v := cl.Opener, cl.Verb
	if o < 2 || v < 0 || !an.Chunks[v].Verb.Passive || an.Dependent(v, dateline.RelAgent) >= 0 {
		return false
	}
	if x.s.Tokens[o].Lower != "which" || an.Words[o-1].Tag != dateline.TagIN {
		return false
	}
	n := int(an.Words[o-2].Chunk)
	if n < 0 || an.Chunks[n].Kind != dateline.ChunkNP || x.headIsActor(n) {
		return false
	}
	for depth := 0; n >= 0 && depth < 4; depth++ {
		// "the bombing in Quetta in which": the nouns the phrase before
		// "which" hangs from may name the act too
		h := an.Words[an.Chunks[n].Head].Lemma
		if x.l.InSet("hostilities", h) || x.l.InSet("attack", h) || x.l.InSet("weapon", h) {
			return false
		}
		pp := an.Governor(n, dateline.RelPObj)
		if pp < 0 {
			break
		}
		n = an.Governor(pp, dateline.RelNMod)
	}
	return true
}

// inherits reports whether clause ci passes its own verb group's
// negation and modal down to what it governs: a verb that carries its
// complement's act ("did not manage to", "will begin to", "may try to").
func (x *sent) inherits(ci int) bool {
	an := x.an
	r := an.Words[an.Chunks[an.Clauses[ci].Verb].Head].Roles
	return r&(dateline.RoleImplicative|dateline.RoleAspect|dateline.RoleAttempt) != 0
}

// underReport reports whether clause ci is what someone says.
func (x *sent) underReport(ci int) bool {
	an := x.an
	for depth := 0; ci >= 0 && depth < 6; depth++ {
		cl := &an.Clauses[ci]
		if cl.Kind == dateline.ClauseReport {
			return true
		}
		if p := cl.Parent; p >= 0 {
			if an.Words[an.Chunks[an.Clauses[p].Verb].Head].Roles&dateline.RoleReport != 0 {
				return true
			}
		}
		ci = cl.Parent
	}
	return false
}

// rankedBefore reports whether a word of rank after a determiner stands
// between the copula at chunk gov and the infinitive at chunk k ("was the
// first to", "were among the first to", "was the only country to"; not
// "was in Paris only to attend").
func (x *sent) rankedBefore(gov, k int) bool {
	an := x.an
	for i := an.Chunks[gov].To; i < an.Chunks[k].From && i < len(an.Words); i++ {
		if i > 0 && an.Words[i].Roles&dateline.RoleRank != 0 && an.Words[i-1].Tag == dateline.TagDT {
			return true
		}
	}
	return false
}

// infinitive reads what an infinitive's governor says of it. It returns
// the modality, or a clause to go on from (-1 when settled).
func (x *sent) infinitive(ci int) (dateline.Modality, int, string) {
	an := x.an
	k := an.Clauses[ci].Verb
	gov := an.Governor(k, dateline.RelComp)
	if gov < 0 {
		if g := an.Governor(k, dateline.RelConj); g >= 0 {
			if gc := x.clauseOfVerb(g); gc >= 0 {
				return dateline.Asserted, gc, ""
			}
		}
		return dateline.Hypothetical, -1, "infinitive"
	}
	g := &an.Chunks[gov]
	w := an.Words[g.Head]
	switch g.Kind {
	case dateline.ChunkVG:
		gc := x.clauseOfVerb(gov)
		if x.yetTo(gov, k) {
			return dateline.Negated, -1, "yet to" // "has yet to arrest him", "is yet to sign the deal"
		}
		switch {
		case w.Roles&dateline.RolePredict != 0 && g.Verb.Passive:
			// "Karapetyan is expected to hold talks": what others foresee,
			// neither done nor announced by its actor
			return dateline.Hypothetical, -1, "foreseen"
		case g.Verb.Neg && w.Roles&dateline.RoleNegative == 0:
			return dateline.Negated, -1, "negated " + w.Lemma
		case w.Roles&dateline.RoleNegative != 0:
			if g.Verb.Neg && (g.Verb.Modal == "will" || g.Verb.Modal == "would" || g.Verb.Tense == dateline.TenseFuture) {
				// "would not hesitate to use force": an act held out, to
				// come, as "would use force" is, not done
				return dateline.Future, -1, "not " + w.Lemma
			}
			if g.Verb.Neg {
				return dateline.Asserted, gc, "" // "did not fail to"
			}
			return dateline.Negated, -1, w.Lemma
		case an.Chunks[k].Verb.Perfect && w.Roles&dateline.RoleReport != 0:
			// "was reported to have shelled the town", "is said to have
			// met": a perfect infinitive tells what the report says was
			// done, as a that-clause after "said" does
			return dateline.Asserted, gc, ""
		case an.Chunks[k].Verb.Perfect && w.Roles&dateline.RoleAllege != 0:
			return dateline.Alleged, -1, "alleged" // "is alleged to have shelled"
		case w.Lemma == "have" && !g.Verb.Passive && an.Dependent(gov, dateline.RelObj) < 0:
			// "has to withdraw", "will have to release": an obligation,
			// not done; "had to expel": made to, and done
			if g.Verb.Tense == dateline.TensePast && g.Verb.Modal == "" {
				return dateline.Asserted, gc, ""
			}
			return dateline.Hypothetical, -1, "obligation"
		case g.Verb.Passive && x.l.InSet("compelled", w.Lemma):
			// "was forced to withdraw", "were compelled to release": the
			// subject did what it was made to do ("forced the plane to
			// land" tells no act of the plane's own)
			return dateline.Asserted, gc, ""
		case w.Roles&dateline.RoleAttempt != 0 && (w.Roles&dateline.RoleVolition == 0 || g.Verb.Tense == dateline.TensePast):
			// "tried to stop the tanks", "sought to seize the airport": CAMEO
			// codes an attempted act as the act, so it is as real as the
			// attempt ("did not try to", "may try to"); a seeking told in
			// the present is an aim ("seeks to expand ties")
			if x.attemptFailed(gov) {
				return dateline.Negated, -1, "attempt failed"
			}
			return dateline.Asserted, gc, attempted
		case w.Roles&dateline.RoleVolition != 0:
			if g.Verb.Modal != "" && g.Verb.Modal != "will" && g.Verb.Modal != "would" {
				return dateline.Hypothetical, -1, "modal " + g.Verb.Modal
			}
			if m, _ := x.modality(&pred{clause: gc, light: -1, victim: -1}); m == dateline.Negated || m == dateline.Hypothetical {
				return m, -1, w.Lemma
			}
			return dateline.Future, -1, w.Lemma
		case x.usedTo(gov, k):
			// "the two presidents used to meet every summer", "police used
			// to arrest critics": a past habit, no one act
			return dateline.Hypothetical, -1, "a past habit"
		case w.Roles&(dateline.RoleImplicative|dateline.RoleAspect) != 0:
			return dateline.Asserted, gc, ""
		case w.Roles&dateline.RoleCopula != 0 && g.Verb.Modal == "" && !an.Chunks[k].Verb.Passive && x.rankedBefore(gov, k):
			// "were among the first to withdraw their envoys", "was the only
			// country to recognise the junta": the subject is ranked among
			// those who did the act, so it was done ("the third president
			// to be driven from office" ranks a fate, a record, not the act)
			return dateline.Asserted, gc, ""
		case x.arranged(gov, k):
			// "Putin is to travel to Ankara", "the rebels are to hand over
			// their weapons": an act arranged, announced as "will" is;
			// "is not to attend" is not to come
			if m, _ := x.modality(&pred{clause: gc, light: -1, victim: -1}); m == dateline.Negated || m == dateline.Hypothetical {
				return m, -1, "to be"
			}
			if g.Verb.Neg {
				return dateline.Negated, -1, "not to be"
			}
			return dateline.Future, -1, "arranged"
		case w.Roles&(dateline.RoleObjControl|dateline.RoleReport|dateline.RoleVolition) == 0 && x.planObject(gov) >= 0:
			// "has no plans to send troops", "does not have plans to": a
			// plan denied; "has plans to visit": a plan
			if g.Verb.Neg || an.Words[an.Chunks[x.planObject(gov)].From].Roles&dateline.RoleNegation != 0 {
				return dateline.Negated, -1, "no plan"
			}
			return dateline.Future, -1, "a plan"
		case w.Roles&(dateline.RoleObjControl|dateline.RoleReport) == 0 && x.purposeDone(gov, k) && !x.weighed(k):
			// "blocked a road to show their disapproval", "fired tear gas to
			// disperse them": what a done act is done for, when the act is it
			return dateline.Asserted, gc, ""
		case w.Roles&(dateline.RoleObjControl|dateline.RoleReport) == 0:
			// "willing to send material to help defend Saudi Arabia": the
			// purpose of a planned act is planned with it
			if m, _ := x.modality(&pred{clause: gc, light: -1, victim: -1}); m == dateline.Future {
				return dateline.Future, -1, "purpose of a plan"
			}
		}
		return dateline.Hypothetical, -1, "complement of " + w.Lemma
	case dateline.ChunkADJP:
		if w.Roles&dateline.RolePredict != 0 {
			return dateline.Hypothetical, -1, "foreseen" // "Doha was unlikely to give in"
		}
		if w.Roles&dateline.RoleVolition != 0 {
			return dateline.Future, -1, w.Lemma
		}
	case dateline.ChunkNP:
		if w.Roles&dateline.RoleVolition != 0 {
			return dateline.Future, -1, w.Lemma
		}
		if w.Roles&dateline.RoleNegative != 0 {
			return dateline.Negated, -1, w.Lemma // "criticised Islamabad's failure to arrest", "a refusal to"
		}
		if w.Roles&(dateline.RoleImplicative|dateline.RoleAttempt) != 0 {
			return x.decidedAct(gov, w.Roles&dateline.RoleAttempt != 0)
		}
	}
	return dateline.Hypothetical, -1, "infinitive"
}

// decidedAct reads the infinitive of noun phrase np, a decision or an
// attempt ("Washington's decision to impose sanctions", "condemned
// Moscow's attempt to annex"): the act is as real as the phrase's own
// clause tells the decision ("would regret any decision to" is not), when
// someone owns the decision (a possessor, "the", "by Warsaw") or a light
// verb makes or announces it with an article ("announced a decision to";
// not "made little effort to", "made no attempt to"), and no verb of
// prevention keeps it from being made ("postponed its decision to"), nor
// one of denial an unowned one ("denied a decision to"; "rejected
// Warsaw's decision to" leaves Warsaw's made). CAMEO codes an attempt as
// the act.
func (x *sent) decidedAct(np int, attempt bool) (dateline.Modality, int, string) {
	an := x.an
	note := ""
	if attempt {
		note = attempted
	}
	v := an.Governor(np, dateline.RelObj)
	if v >= 0 && an.Words[an.Chunks[v].Head].Roles&dateline.RolePrevent != 0 {
		return dateline.Negated, -1, "prevented" // "postponed its decision to", "blocked the EU's decision to"
	}
	if v >= 0 && an.Words[an.Chunks[v].Head].Roles&dateline.RoleNegative != 0 && an.Dependent(np, dateline.RelPoss) < 0 && x.byObject(np) < 0 {
		// "denied a decision to expel"; but "Moscow rejected Warsaw's
		// decision to expel": another's decision, made whoever rejects it
		return dateline.Negated, -1, "denied"
	}
	first := an.Words[an.Chunks[np].From]
	if first.Roles&dateline.RoleNegation != 0 {
		return dateline.Negated, -1, "none made" // "made no attempt to"
	}
	owned := x.definite(np) || x.byObject(np) >= 0 ||
		v >= 0 && an.Words[an.Chunks[v].Head].Roles&dateline.RoleLight != 0 && first.Tag == dateline.TagDT // "announced a decision to"
	if !owned {
		return dateline.Hypothetical, -1, "a decision no one owns" // "any decision to", "made little effort to"
	}
	ci := an.ClauseOfChunk(np)
	if ci < 0 {
		return dateline.Asserted, -1, note
	}
	if m, how := x.modality(&pred{clause: ci, light: -1, victim: -1}); m != dateline.Asserted {
		return m, -1, how
	}
	return dateline.Asserted, -1, note
}

// weighed reports whether "whether" opens the infinitive at verb group k
// ("was considering whether to expel them"): an act weighed is no purpose
// done, as "whether" weighs a that-clause too.
func (x *sent) weighed(k int) bool {
	f := x.an.Chunks[k].From
	return f > 0 && x.s.Tokens[f-1].Lower == "whether"
}

// arranged reports whether the infinitive at verb group k follows a
// present "be" at verb group gov straight away, with nothing the copula
// says of its subject: "is to visit", "are to meet" tell an act arranged.
// Not "was to" (an arrangement then, or what came of it later), "is about
// to", "it is time to", nor "it is to be hoped".
func (x *sent) arranged(gov, k int) bool {
	an := x.an
	g := &an.Chunks[gov]
	if an.Words[g.Head].Lemma != "be" || g.Verb.Passive || g.Verb.Perfect || g.Verb.Modal != "" || g.Verb.Tense != dateline.TensePresent {
		return false
	}
	if k != gov+1 || g.To != an.Chunks[k].From || an.Dependent(gov, dateline.RelObj) >= 0 {
		return false
	}
	s := an.Dependent(gov, dateline.RelSubj)
	return s >= 0 && x.s.Tokens[an.Chunks[s].Head].Lower != "it" && !x.underTerms(g.From)
}

// usedTo reports whether the infinitive at verb group k follows an active
// past "used" at verb group gov straight away, with no object between:
// "used to meet" tells a past habit; "used tear gas to disperse them" a
// means and its purpose, and "were used to restore order" what they served.
func (x *sent) usedTo(gov, k int) bool {
	an := x.an
	g := &an.Chunks[gov]
	if an.Words[g.Head].Lemma != "use" || x.s.Tokens[g.Head].Lower != "used" || g.Verb.Passive || g.Verb.Perfect || g.Verb.Modal != "" {
		return false
	}
	return k == gov+1 && g.To == an.Chunks[k].From && an.Dependent(gov, dateline.RelObj) < 0
}

// underTerms reports whether an "under" before word j opens the terms of
// an accord (&terms in sets.txt): "under the deal", "under its terms", "an
// agreement under which": what is to be done there is what the accord
// lays down, coded with the accord, not announced by its parties.
func (x *sent) underTerms(j int) bool {
	toks := x.s.Tokens
	for i := 0; i < j && i < len(toks); i++ {
		if toks[i].Lower != "under" {
			continue
		}
		for k := i + 1; k < j && k <= i+4; k++ {
			if toks[k].Lower == "which" || x.l.InSet("terms", x.an.Words[k].Lemma) {
				return true
			}
		}
	}
	return false
}

// yetTo reports whether a word of &notyet (sets.txt: "yet") stands
// between verb group gov and its infinitive k: "has yet to", "is yet to"
// tell an act not done.
func (x *sent) yetTo(gov, k int) bool {
	an := x.an
	for i := an.Chunks[gov].To; i < an.Chunks[k].From && i < len(x.s.Tokens); i++ {
		if x.l.InSet("notyet", x.s.Tokens[i].Lower) {
			return true
		}
	}
	return false
}

// purposeDone reports whether the infinitive at verb group k is a purpose
// that the act at verb group gov carries out by itself: speaking (01, 02,
// 10-14) and repression (17). Force for a purpose ("sent troops to capture
// the town") is not yet done, nor is the purpose others gave a passive's
// subject ("police were sent to disperse the crowd").
func (x *sent) purposeDone(gov, k int) bool {
	q, ok := x.predAt(k)
	if !ok {
		return false
	}
	if x.an.Chunks[gov].Verb.Passive {
		return false
	}
	if x.an.Words[x.an.Chunks[gov].Head].Roles&dateline.RoleCopula != 0 {
		return false // "are about to arrest him", "it is time for Pakistan to act": "be" does no act to have a purpose
	}
	if o := x.an.Dependent(gov, dateline.RelObj); o >= 0 && x.l.InSet("capacity", x.headLemma(o)) {
		return false // "has the right to expel them", "lacked the power to arrest him": what it may do, not what it did
	}
	switch x.preds[q].code[:2] {
	case "01", "02", "10", "11", "12", "13", "14":
		return true
	case "17":
		// "fired tear gas to disperse them", "raided the offices to arrest
		// the editor": a means of repression carries out its purpose; an
		// act of force or a show of it is its aim ("invaded Panama to
		// overthrow Noriega", "stormed the palace to arrest the president",
		// "deployed troops to put down the revolt"), as war aims are not
		// done when the war starts
		if g, ok := x.predAt(gov); ok {
			switch x.preds[g].code[:2] {
			case "18", "19", "20":
				return false
			}
		}
		return true
	case "04":
		// "flew to Tehran to meet Raisi", "broke with protocol to greet
		// Modi": a meeting a trip or a gesture told as done was made for is
		// made; one to come ("will fly to Cairo to meet Sisi") is not yet,
		// nor one waited for ("waited for weeks to meet")
		v := x.an.Chunks[gov].Verb
		if k > 0 && x.an.Chunks[k-1].Head >= 0 && x.an.Words[x.an.Chunks[k-1].Head].Roles&dateline.RoleTime != 0 {
			return false
		}
		return v.Tense == dateline.TensePast && v.Modal == "" && !v.Neg
	case "06":
		// "sent aircraft to help Philippine troops", "crossed into Congo to
		// join Congolese soldiers": forces moved, as done, to work with a
		// partner's are working with them when they arrive; a move to come
		// or denied is not yet
		g, ok := x.predAt(gov)
		v := x.an.Chunks[gov].Verb
		return ok && strings.HasPrefix(x.preds[g].code, "15") && v.Tense == dateline.TensePast && v.Modal == "" && !v.Neg
	}
	return false
}

// indirectQuestion reports whether clause ci is an indirect question: a
// complement opened by "whether", or by "if" after a word of asking or
// doubt (the syntax stage makes only that "if" open a complement: "asked
// if the junta would hand over power").
func (x *sent) indirectQuestion(ci int) bool {
	cl := &x.an.Clauses[ci]
	if cl.Kind != dateline.ClauseComplement {
		return false
	}
	if cl.Opener < 0 {
		// "whether they will move to Chad or return home": a verb joined to
		// the question's verb is asked with it
		g := x.an.Governor(cl.Verb, dateline.RelConj)
		if g < 0 || x.an.Chunks[g].Kind != dateline.ChunkVG {
			return false
		}
		gi := x.clauseOfVerb(g)
		return gi >= 0 && gi != ci && x.an.Clauses[gi].Opener >= 0 && x.indirectQuestion(gi)
	}
	w := x.s.Tokens[cl.Opener].Lower
	return w == "whether" || w == "if"
}

// complementModality reads a that-clause by the verb it depends on: what
// a reporter says is asserted, an allegation alleged, a decision future,
// a hope or fear hypothetical. (An indirect question, "whether" or "if"
// after a word of asking, clauseModality has already read as asking.)
func (x *sent) complementModality(ci int) (dateline.Modality, string) {
	an := x.an
	cl := &an.Clauses[ci]
	gov := an.Governor(cl.Verb, dateline.RelComp)
	if gov < 0 && cl.Parent >= 0 {
		gov = an.Clauses[cl.Parent].Verb
	}
	if gov < 0 {
		return dateline.Asserted, ""
	}
	g := &an.Chunks[gov]
	r := an.Words[g.Head].Roles
	switch {
	case g.Kind == dateline.ChunkVG && g.Verb.Neg && r&dateline.RoleReport != 0:
		return dateline.Hypothetical, "not said"
	case r&dateline.RoleAllege != 0:
		return dateline.Alleged, "alleged"
	case r&dateline.RoleNegative != 0:
		return dateline.Negated, "denied"
	case r&dateline.RoleReport != 0 && x.hearsay(an.Dependent(gov, dateline.RelSubj)):
		// "unconfirmed reports said troops had entered the village",
		// "rumours suggested": told by no one who vouches for it
		return dateline.Hypothetical, unconfirmed
	case r&dateline.RoleReport != 0:
		return dateline.Asserted, ""
	case r&dateline.RoleVolition != 0:
		return dateline.Future, ""
	}
	return dateline.Hypothetical, "complement of " + an.Words[g.Head].Lemma
}

// participial reads a participle without auxiliary by what introduces it:
// "without consulting" did not happen, "accused of misusing" is alleged,
// "barred from standing" is hypothetical; a participle after a comma or
// its noun shares its clause's reality.
func (x *sent) participial(ci int) (dateline.Modality, int, string) {
	an := x.an
	cl := &an.Clauses[ci]
	k := cl.Verb
	if g := an.Governor(k, dateline.RelConj); g >= 0 && g < k {
		if cg := x.clauseOfVerb(g); cg >= 0 && cg != ci && an.Clauses[cg].Kind == dateline.ClauseParticipial {
			return x.participial(cg) // "guilty of importing radios and breaking rules": as the first
		}
	}
	parent := cl.Parent
	var pr dateline.Roles
	if parent >= 0 {
		pr = an.Words[an.Chunks[an.Clauses[parent].Verb].Head].Roles
	}
	if k > 0 && an.Chunks[k-1].Kind == dateline.ChunkPP && an.Chunks[k-1].To == an.Chunks[k].From {
		prep := x.s.Tokens[an.Chunks[k-1].Head].Lower
		switch {
		case prep == "without":
			return dateline.Negated, -1, "without"
		case prep == "than":
			// "rather than attacking the capital, the rebels moved
			// north": the act passed over for another
			return dateline.Negated, -1, "rather than"
		case prep == "against":
			// "argued against expelling the diplomats", "warned Israel
			// against attacking": an act opposed, not done
			return dateline.Hypothetical, -1, prep
		case pr&dateline.RoleAllege != 0 || x.accusing(parent):
			return dateline.Alleged, -1, "alleged"
		case x.refusing(parent):
			return x.refused(parent)
		case pr&dateline.RoleNegative != 0:
			return dateline.Negated, -1, "denied"
		case prep == "from" || prep == "of" || prep == "for" && pr&dateline.RoleVolition != 0:
			return dateline.Hypothetical, -1, prep
		}
		return dateline.Asserted, -1, ""
	}
	if parent >= 0 && pr&dateline.RolePrevent != 0 && cl.Kind == dateline.ClauseParticipial {
		if s := an.Dependent(k, dateline.RelSubj); s >= 0 && s == an.Dependent(an.Clauses[parent].Verb, dateline.RelObj) {
			return dateline.Negated, -1, "prevented" // "police prevented the demonstration staged by students"
		}
	}
	switch {
	case an.AboutSubject(ci) && parent >= 0 && an.Clauses[parent].Kind == dateline.ClauseConditional:
		// "if Serbia, backed by Russia, attacked Kosovo": what a condition
		// supposes of its subject is supposed with it
		return dateline.Hypothetical, -1, "condition"
	case an.AboutSubject(ci):
		// "Iran, backed by Russia, rejected the resolution", "the
		// soldiers captured last month were not freed": a participle about
		// the subject is no complement of its parent, and is so already
		return dateline.Asserted, -1, ""
	case x.nounsPassive(ci) && pr&dateline.RoleAllege == 0 && !x.accusing(parent):
		// "agreed to exchange prisoners under a deal brokered by Russia",
		// "agreed to end the war in a deal brokered by the UAE": a past
		// participle right after the noun it tells of is what was done to
		// that thing already, not part of the act its parent promises,
		// weighs or ends
		return dateline.Asserted, -1, ""
	case pr&dateline.RoleNegative != 0 && !x.setOff(k):
		// "denied attacking"; but in "rejected the criticism, accusing
		// Britain of meddling" the participle set off by a comma is an
		// act of its own, done as the rejection was
		return dateline.Negated, -1, "denied"
	case parent >= 0 && an.Clauses[parent].Verb == k-1 && x.refusing(parent):
		return x.refused(parent)
	case pr&(dateline.RolePredict|dateline.RoleVolition) != 0 && parent >= 0 && an.Clauses[parent].Verb == k-1:
		// "is considering expelling", "proposed suspending": an act
		// weighed or proposed, not done
		return dateline.Hypothetical, -1, "weighed"
	case pr&dateline.RoleAllege != 0:
		return dateline.Alleged, -1, "alleged"
	}
	return dateline.Asserted, parent, ""
}

// nounsPassive reports whether participial clause ci is a passive whose
// subject is the noun phrase just before it, the object of a preposition
// in the infinitive clause above it ("agreed to exchange prisoners under a
// deal brokered by Russia"): a reduced relative on that noun.
func (x *sent) nounsPassive(ci int) bool {
	an := x.an
	cl := &an.Clauses[ci]
	k := cl.Verb
	if k < 1 || !an.Chunks[k].Verb.Passive || cl.Parent < 0 {
		return false
	}
	s := an.Dependent(k, dateline.RelSubj)
	if s != k-1 || an.Chunks[s].Kind != dateline.ChunkNP || an.Chunks[s].To != an.Chunks[k].From {
		return false
	}
	// only under an infinitive, whose promise, plan or end it is no part
	// of; under a gerund ("is in charge of delivering relief sent by UN
	// agencies") it is told as its parent is
	// and on the noun of a phrase ("under a deal", "in an accord"), which
	// names a thing that is there; an object of the act ("called on India
	// to send an envoy backed by its military") may be no more than it
	pc := &an.Clauses[cl.Parent]
	if pc.Kind != dateline.ClauseInfinitive || s == an.Dependent(pc.Verb, dateline.RelSubj) {
		return false
	}
	pp := an.Governor(s, dateline.RelPObj)
	return pp >= 0 && an.Chunks[pp].Kind == dateline.ChunkPP
}

// refusing reports whether clause ci's pred refuses (CAMEO root 12: "ruled
// out", "rejected"), so that the act its gerund names is not done.
func (x *sent) refusing(ci int) bool {
	if ci < 0 {
		return false
	}
	if q, ok := x.predAt(x.an.Clauses[ci].Verb); ok {
		return strings.HasPrefix(x.preds[q].code, "12")
	}
	return false
}

// refused is the modality of a gerund that refusing clause ci speaks of:
// "ruled out attacking Kurdish forces", "rejected imposing sanctions" do
// not do it; "did not rule out taking the dispute to arbitration" leaves it
// possible.
func (x *sent) refused(ci int) (dateline.Modality, int, string) {
	if x.an.Chunks[x.an.Clauses[ci].Verb].Verb.Neg {
		return dateline.Hypothetical, -1, "not refused"
	}
	return dateline.Negated, -1, "refused"
}

// accusing reports whether clause ci's pred accuses, blames or punishes
// (policy.tsv's charge: "accused of", "arrested for").
func (x *sent) accusing(ci int) bool {
	if ci < 0 {
		return false
	}
	if q, ok := x.predAt(x.an.Clauses[ci].Verb); ok {
		return x.l.has(x.preds[q].code, flagCharge)
	}
	return false
}

// definite reports whether noun phrase k names one known thing: it has a
// possessor, or opens with a definite determiner or a possessive pronoun
// ("Israel's strike", "the raid", "its offensive"; not "an attack", "any
// attack", "air strikes").
func (x *sent) definite(k int) bool {
	an := x.an
	if an.Dependent(k, dateline.RelPoss) >= 0 {
		return true
	}
	i := an.Chunks[k].From
	switch an.Words[i].Tag {
	case dateline.TagPRPS:
		return true
	case dateline.TagDT:
		return Definite(x.s, k)
	}
	return false
}

// noneDone reports whether pred p's act is denied by its own phrase: the
// object of its verb, or its noun phrase, opens with a negation ("Russia
// made no promise to extend the deal", "Israel launched no strikes",
// "held no talks"), as "did not" denies it in the verb group.
func (x *sent) noneDone(p *pred) bool {
	an := x.an
	k := p.np
	if k < 0 && p.vg >= 0 {
		k = an.Dependent(p.vg, dateline.RelObj)
	}
	return k >= 0 && an.Words[an.Chunks[k].From].Roles&dateline.RoleNegation != 0
}

// planObject returns the object of verb group gov when it is a noun of the
// `&plan` set ("has no plans to", "have the intention to"), or -1.
func (x *sent) planObject(gov int) int {
	o := x.an.Dependent(gov, dateline.RelObj)
	if o < 0 || x.an.Chunks[o].Kind != dateline.ChunkNP || !x.l.InSet("plan", x.an.Words[x.an.Chunks[o].Head].Lemma) {
		return -1
	}
	return o
}

// adverbModality reads the adverbs of clause ci's verb group, before its
// verb or set just before the group: an alleging adverb ("troops allegedly
// shelled the village", the allege role of the syntax word table) makes
// the act alleged; one of likelihood (the `&probably` set: "troops
// probably attacked the convoy") makes it supposed, hypothetical;
// "nearly" or "almost" just before a past verb (the
// `&nearly` set: "nearly captured the town") tells an act that did not
// come about; a habitual one (the `&habitual` set: "police routinely
// arrest critics", "the ministers usually meet in spring"), or a time
// phrase of the clause opened by "every" or "each" ("meet every year"),
// told in the simple present makes it a habit, no one act that took place;
// a simple present with a time to come ("meet next week") is the future.
func (x *sent) adverbModality(ci int) (dateline.Modality, string, bool) {
	an := x.an
	k := an.Clauses[ci].Verb
	if k < 0 || an.Chunks[k].Kind != dateline.ChunkVG {
		return "", "", false
	}
	c := &an.Chunks[k]
	vg := c.Verb
	from := c.From
	if k > 0 && an.Chunks[k-1].Kind == dateline.ChunkADVP && an.Chunks[k-1].To == c.From {
		from = an.Chunks[k-1].From
	}
	habit := false
	for i := from; i < c.Head; i++ {
		w := an.Words[i]
		if !w.Tag.IsAdverb() {
			continue
		}
		if w.Roles&dateline.RoleAllege != 0 {
			return dateline.Alleged, "alleged", true
		}
		if x.l.InSet("probably", x.s.Tokens[i].Lower) {
			return dateline.Hypothetical, probable, true // "troops probably attacked the convoy"
		}
		if i == c.Head-1 && x.l.InSet("nearly", x.s.Tokens[i].Lower) && vg.Tense == dateline.TensePast {
			return dateline.Negated, "nearly", true // "nearly captured the town": came close, did not
		}
		if x.l.InSet("habitual", x.s.Tokens[i].Lower) {
			habit = true
		}
	}
	if habit && vg.Perfect && vg.Modal == "" {
		// "Islamabad had always sought good relations", "Iran has often
		// accused Israel": a perfect told of as a habit is a standing
		// stance, no one act
		return dateline.Hypothetical, habitual, true
	}
	if !x.presentSimple(ci) {
		return "", "", false
	}
	if habit || x.timeOpenedBy(ci, "every") {
		return dateline.Hypothetical, habitual, true
	}
	if x.timeOpenedBy(ci, "coming") {
		// "the two leaders meet next week", "the talks resume tomorrow": a
		// present told of a time to come is the future
		return dateline.Future, "", true
	}
	return "", "", false
}

// attemptFailed reports whether the attempt at verb group gov is told, by
// a verb joined to it with nothing of its own, to have failed: "tried to
// arrest him but failed", "sought to take the bridge but did not succeed"
// (a verb of failing, or a negated implicative verb, with no complement
// or object).
func (x *sent) attemptFailed(gov int) bool {
	an := x.an
	for v := range an.Dependents(gov, dateline.RelConj) {
		c := &an.Chunks[v]
		if c.Kind != dateline.ChunkVG || an.Dependent(v, dateline.RelComp) >= 0 || an.Dependent(v, dateline.RelObj) >= 0 {
			continue
		}
		r := an.Words[c.Head].Roles
		if r&dateline.RoleNegative != 0 && !c.Verb.Neg || r&dateline.RoleImplicative != 0 && c.Verb.Neg {
			return true
		}
	}
	return false
}

// presentSimple reports whether clause ci's verb group is a simple present
// with no modal ("meet", "arrests"; a base form the tagger gives a main
// clause's verb counts).
func (x *sent) presentSimple(ci int) bool {
	an := x.an
	k := an.Clauses[ci].Verb
	if k < 0 {
		return false
	}
	c := &an.Chunks[k]
	vg := c.Verb
	present := vg.Tense == dateline.TensePresent && !vg.Perfect && !vg.Progressive ||
		vg.Tense == dateline.TenseNone && !vg.Infinitive && an.Words[c.Head].Tag == dateline.TagVB && an.Clauses[ci].Kind == dateline.ClauseMain
	return present && vg.Modal == ""
}

// timeOpenedBy reports whether clause ci holds a time phrase whose first
// word is in set name: `&every` ("the two presidents meet every year",
// "each December"), `&coming` ("next week", "tomorrow").
func (x *sent) timeOpenedBy(ci int, name string) bool {
	an := x.an
	for k, c := range an.Chunks {
		if c.Kind != dateline.ChunkNP || an.ClauseOfChunk(k) != ci || !c.Time && an.Words[c.Head].Roles&dateline.RoleTime == 0 {
			continue
		}
		if x.l.InSet(name, x.s.Tokens[c.From].Lower) {
			return true
		}
	}
	return false
}

// standingState reports whether pred p, in clause ci, tells how things
// stand rather than an act: its entry is marked "standing" (or, past a
// story's first coded sentence, codes material cooperation or conflict)
// and its clause is a simple present with no time of its own that no one
// is said to say ("Kyrgyzstan hosts a U.S. air base", "Russian troops are
// stationed in Georgia", "Turkey shelters 3.5 million refugees"; not
// "hosts Putin on Tuesday", "said its troops are stationed", "Baku accuses
// him").
func (x *sent) standingState(p *pred, ci int) bool {
	return p.e != nil && (x.s.Index > 0 && x.material(p.code) || p.e.standing || x.ruleSays(p)) && x.presentSimple(ci) && !x.underReport(ci) && !x.dated(ci)
}

// material reports whether code is an act of material cooperation or
// conflict (QuadClass 2 or 4), not a verbal one.
func (x *sent) material(code string) bool {
	c, ok := x.l.codes[code]
	return ok && (c.QuadClass == 2 || c.QuadClass == 4)
}

// ruleSays reports whether verb pred p's subject is a written rule (the
// `&rulebook` set: "the constitution bars", "the law bans"): what a rule
// says, in the simple present, is how things stand, not its state's act.
func (x *sent) ruleSays(p *pred) bool {
	if p.vg < 0 {
		return false
	}
	s := x.an.Dependent(p.vg, dateline.RelSubj)
	return s >= 0 && x.l.InSet("rulebook", x.an.Words[x.an.Chunks[s].Head].Lemma)
}

// dated reports whether clause ci holds a time phrase of its own ("hosts
// Putin on Tuesday").
func (x *sent) dated(ci int) bool {
	an := x.an
	for k, c := range an.Chunks {
		if c.Kind == dateline.ChunkNP && an.ClauseOfChunk(k) == ci && (c.Time || an.Words[c.Head].Roles&dateline.RoleTime != 0) {
			return true
		}
	}
	return false
}

// hearsay reports whether noun phrase k is talk no one vouches for: one of
// its words is in the `&hearsay` set ("unconfirmed reports", "rumours").
func (x *sent) hearsay(k int) bool {
	if k < 0 {
		return false
	}
	c := &x.an.Chunks[k]
	for i := c.From; i < c.To; i++ {
		if x.l.InSet("hearsay", x.an.Words[i].Lemma) {
			return true
		}
	}
	return false
}

// tally reports whether verb group k, in the present perfect, counts acts
// over years: its object is a number of act nouns (a noun the lexicon
// codes) and a "since" phrase after it names a year ("the two nations have
// fought three wars since 1947", "the army has staged more than a dozen
// coups since 1932"), or the acts are ones that fill years (sets.txt's
// &era: "have fought two wars over Kashmir"). A history, no one act;
// "have arrested 40 people since Friday" counts people, on days of the
// story, and stays.
func (x *sent) tally(k int) bool {
	an := x.an
	if k < 0 || an.Chunks[k].Kind != dateline.ChunkVG {
		return false
	}
	vg := an.Chunks[k].Verb
	if vg.Tense != dateline.TensePresent || !vg.Perfect {
		return false
	}
	o := an.Dependent(k, dateline.RelObj)
	if o < 0 {
		return false
	}
	counted := false
	for i := an.Chunks[o].From; i <= an.Chunks[o].Head; i++ {
		if an.Words[i].Tag == dateline.TagCD || an.Words[i].Roles&dateline.RoleQuantity != 0 {
			counted = true
		}
	}
	if an.Words[an.Chunks[o].Head].Roles&dateline.RoleQuantity != 0 {
		// "dozens of strikes": the acts are the "of" phrase's
		if of := an.Dependent(o, dateline.RelNMod); of >= 0 && x.s.Tokens[an.Chunks[of].Head].Lower == "of" {
			o = an.Dependent(of, dateline.RelPObj)
		}
	}
	if !counted || o < 0 || an.Words[an.Chunks[o].Head].Tag != dateline.TagNNS || len(x.nounsAt(an.Chunks[o].Head)) == 0 {
		return false
	}
	if x.l.InSet("era", an.Words[an.Chunks[o].Head].Lemma) {
		return true // "the two neighbours have fought two wars": acts that fill years are counted only in a history
	}
	return x.sinceYear(k, an.Chunks[o].To)
}

// history reports whether pred p, in the clause of verb group k, is told
// as history: an act that fills years (a war, a coup) told in the past
// with its year, or one lasting since a year: an activity in the perfect progressive ("Mali
// has been fighting jihadists since 2012") or an act named by a noun
// beside a perfect ("13,000 people have died in the fighting since 2014"),
// and the deaths it caused ("have been killed in the fighting since 2020"),
// fill years of a history, not a day of the news, and so does a known war
// that is the subject of a present perfect. An act in the plain
// perfect stays done ("police have arrested 40 people since 2019").
func (x *sent) history(p *pred, k int) bool {
	an := x.an
	if k < 0 || an.Chunks[k].Kind != dateline.ChunkVG {
		return false
	}
	vg := an.Chunks[k].Verb
	if vg.Tense == dateline.TensePast && !vg.Perfect && p.vg == k {
		// "Vietnam and China fought a brief border war in 1979": an act
		// that fills years (the `&era` set), waged whole and told by its
		// year; an entry that names the era noun it acts on ("crushed the
		// insurgency in 2009") tells one deed
		if o := an.Dependent(k, dateline.RelObj); o >= 0 && x.l.InSet("era", an.Words[an.Chunks[o].Head].Lemma) && p.e != nil && !p.e.namesObject() {
			return x.yearPhrase(k, an.Chunks[k].To)
		}
		return false
	}
	if vg.Perfect && !vg.Progressive && p.vg == k && vg.Tense == dateline.TensePresent && x.l.has(p.code, flagLasting) && !x.countedObject(k) {
		// "Cuba has barred its citizens from emigrating since the 1960s":
		// a measure in force for years (policy.tsv's lasting), the "since"
		// phrase in its clause or in the clauses it holds, up to a comma
		end := an.Chunks[k].To
		for end < len(x.s.Tokens) && x.s.Tokens[end].Lower != "," {
			end++
		}
		return x.sinceYearUntil(an.Chunks[k].To, end)
	}
	if p.vg < 0 && p.np >= 0 && vg.Perfect && vg.Tense == dateline.TensePresent && an.Dependent(k, dateline.RelSubj) == p.np &&
		x.l.InSet("lasting", an.Words[an.Chunks[p.np].Head].Lemma) && x.definite(p.np) {
		// "Guatemala's civil war has dragged on for three decades",
		// "Congo's war has drawn in the armies of six countries": a known
		// act that lasts years (sets.txt's &lasting), the subject of a
		// present perfect, is told whole, a history ("a war has broken
		// out" is the news)
		return true
	}
	if !vg.Perfect || !(vg.Progressive || p.vg < 0 || p.via >= 0) {
		return false
	}
	return x.sinceYear(k, an.Chunks[k].To)
}

// countedObject reports whether the object of verb group k holds a number
// ("has shut down more than three thousand
// organisations since 2018"): acts counted one by one, not one measure in
// force.
func (x *sent) countedObject(k int) bool {
	an := x.an
	o := an.Dependent(k, dateline.RelObj)
	if o < 0 {
		return false
	}
	for i := an.Chunks[o].From; i <= an.Chunks[o].Head; i++ {
		if an.Words[i].Tag == dateline.TagCD {
			return true
		}
	}
	return false
}

// yearPhrase reports whether a year opened by "in" or "from" ("in 1979",
// "from 1998 to 2000") follows token from in the clause of verb group k.
func (x *sent) yearPhrase(k, from int) bool {
	an := x.an
	ci := an.ClauseOfChunk(k)
	end := len(x.s.Tokens)
	if ci >= 0 && an.Clauses[ci].To > 0 && an.Clauses[ci].To < end {
		end = an.Clauses[ci].To
	}
	for i := from; i+1 < end; i++ {
		if w := x.s.Tokens[i].Lower; (w == "in" || w == "from") && isYear(x.s.Tokens[i+1].Lower) {
			return true
		}
	}
	return false
}

// sinceYear reports whether "since" and a year or a decade ("since 1998",
// "since independence in 1825", "since the 1960s") follow token from in the clause of verb group k.
func (x *sent) sinceYear(k, from int) bool {
	an := x.an
	ci := an.ClauseOfChunk(k)
	end := len(x.s.Tokens)
	if ci >= 0 && an.Clauses[ci].To > 0 && an.Clauses[ci].To < end {
		end = an.Clauses[ci].To
	}
	return x.sinceYearUntil(from, end)
}

// sinceYearUntil reports whether "since" (the word table's stretch role)
// and a year or a decade follow token from before token end.
func (x *sent) sinceYearUntil(from, end int) bool {
	for i := from; i < end; i++ {
		if !x.an.Words[i].Roles.Has(dateline.RoleStretch) {
			continue
		}
		for j := i + 1; j < end && j < i+12; j++ {
			if w := x.s.Tokens[j].Lower; isYear(w) || len(w) == 5 && w[4] == 's' && isYear(w[:4]) {
				return true // "since 1998", "since the early 1960s"
			}
		}
	}
	return false
}

// isYear reports whether w is a year written as four digits.
func isYear(w string) bool {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// unclearCount reports whether adverbial clause ci asks how many, how
// much or how far (the `&extent` word after "how": "how many people had
// been detained", "how deep into Iran the troops had advanced") under a
// clause that says it
// is not known: a word of the `&unclear` set ("it is unclear", "remains
// unknown"), or one of `&known` negated ("it was not clear", "it is not
// known", "officials do not know"). What is only counted, and the count unknown, is not told.
func (x *sent) unclearCount(ci int) bool {
	an := x.an
	cl := &an.Clauses[ci]
	if cl.Opener < 0 || cl.Opener+1 >= len(x.s.Tokens) || x.s.Tokens[cl.Opener].Lower != "how" {
		return false
	}
	if !x.l.InSet("extent", x.s.Tokens[cl.Opener+1].Lower) {
		return false
	}
	if cl.Parent < 0 {
		return false
	}
	pv := an.Clauses[cl.Parent].Verb
	if pv >= 0 && an.Chunks[pv].Verb.Neg && x.l.InSet("known", an.Words[an.Chunks[pv].Head].Lemma) {
		return true // "it was not known how many"
	}
	for k, c := range an.Chunks {
		if an.ClauseOfChunk(k) != cl.Parent || c.Kind != dateline.ChunkADJP {
			continue
		}
		w := an.Words[c.Head].Lemma
		neg := pv >= 0 && an.Chunks[pv].Verb.Neg || k > 0 && an.Chunks[k-1].Kind == dateline.ChunkADVP && an.Words[an.Chunks[k-1].From].Roles&dateline.RoleNegation != 0
		if x.l.InSet("unclear", w) || x.l.InSet("known", w) && neg {
			return true
		}
	}
	return false
}

// counterfactual reports whether clause ci, or a clause above it, holds
// a condition opened by an inverted auxiliary of the word table's
// counterfactual role: "Had Syria refused to act, Turkish generals were
// ready to strike the rebel camps" supposes a past that was otherwise, and
// what it conditions was neither done nor held out ("Should talks fail,
// the army will act" is a threat).
func (x *sent) counterfactual(ci int) bool {
	an := x.an
	for _, c := range an.Clauses {
		if c.Kind != dateline.ClauseConditional || c.Opener < 0 || an.Words[c.Opener].Roles&dateline.RoleOtherwise == 0 {
			continue
		}
		for q, d := ci, 0; q >= 0 && d < 6; q, d = an.Clauses[q].Parent, d+1 {
			if q == c.Parent {
				return true
			}
		}
	}
	return false
}

// predFrom is the first token of pred p's verb group, or of its noun.
func (x *sent) predFrom(p *pred) int {
	if p.vg >= 0 {
		return x.an.Chunks[p.vg].From
	}
	if p.np >= 0 {
		return x.an.Chunks[p.np].From
	}
	return -1
}

// askedUnknown reports whether token t lies in a question that its
// sentence says is not known: after a word of the `&unclear` set ("it
// is unclear whether", "remains unknown who") or one of `&known` negated
// ("it was not clear when", "it is not known whether", "officials do not
// know how"), the question opened right after it by a wh-word, "whether"
// or "if" runs to a comma and a conjunction that open another clause
// (", and no talks had been scheduled"; ", or whether" goes on asking) or
// to the end. Nothing in it is told as done, not even what its nouns'
// participles and relatives tell ("when the curfews imposed in dozens of
// towns would be lifted", "whether the leaders who organised the marches
// would call new protests"): the sentence asks, the story tells elsewhere.
// A question of `&reason` ("why the army shelled the village") tells its
// act.
func (x *sent) askedUnknown(t int) bool {
	an := x.an
	if t < 0 {
		return false
	}
	for k := range an.Chunks {
		c := &an.Chunks[k]
		if c.To > t {
			break
		}
		if !x.saysUnknown(k) || c.To >= len(x.s.Tokens) || !x.asking(c.To) || x.l.InSet("reason", x.s.Tokens[c.To].Lower) {
			continue
		}
		closed := false
		for j := c.To + 1; j < t && !closed; j++ {
			closed = x.s.Tokens[j].Lower == ";" || x.s.Tokens[j].Lower == "," && j+2 < len(x.s.Tokens) &&
				an.Words[j+1].Tag == dateline.TagCC && !x.asking(j+2)
		}
		if !closed {
			return true
		}
	}
	return false
}

// saysUnknown reports whether chunk k says that what follows is not
// known: an adjective of `&unclear`, or one of `&known` negated by its
// verb or an adverb before it, or a verb of `&known` negated.
func (x *sent) saysUnknown(k int) bool {
	an := x.an
	c := &an.Chunks[k]
	w := an.Words[c.Head].Lemma
	switch c.Kind {
	case dateline.ChunkADJP:
		if x.l.InSet("unclear", w) {
			return true
		}
		if !x.l.InSet("known", w) {
			return false
		}
		if k > 0 && an.Chunks[k-1].Kind == dateline.ChunkADVP && an.Words[an.Chunks[k-1].From].Roles&dateline.RoleNegation != 0 {
			return true
		}
		ci := an.ClauseOfChunk(k)
		return ci >= 0 && an.Clauses[ci].Verb >= 0 && an.Chunks[an.Clauses[ci].Verb].Verb.Neg
	case dateline.ChunkVG:
		return c.Verb.Neg && x.l.InSet("known", w)
	}
	return false
}

// asking reports whether token j opens a question: a wh-word, or
// "whether" or "if" (the word table's `condition` openers).
func (x *sent) asking(j int) bool {
	w := &x.an.Words[j]
	switch w.Tag {
	case dateline.TagWP, dateline.TagWRB, dateline.TagWDT, dateline.TagWPS:
		return true
	}
	return w.Roles&dateline.RoleCondition != 0
}

// The modality notes of acts that no one announces, threatens or
// promises, though told as not done: a habit, a tally over years, a count
// not known, talk no one vouches for. asIntent leaves them as they are.
const (
	habitual       = "habitual"
	standing       = "a standing state"
	tallied        = "a tally of acts"
	history        = "history: years of it"
	countUnknown   = "how many, unknown"
	unknownAsked   = "asked, not known"
	counterfactual = "counterfactual"
	unconfirmed    = "unconfirmed"
	probable       = "probable"
)

// unannounced reports whether modality note how is one of an act no one
// announces (see habitual).
func unannounced(how string) bool {
	switch how {
	case habitual, standing, tallied, history, countUnknown, unknownAsked, counterfactual, unconfirmed, probable:
		return true
	}
	return false
}

// setOff reports whether chunk k follows a comma: a participle so set off
// is an adjunct of its clause, not the complement of its verb.
func (x *sent) setOff(k int) bool {
	from := x.an.Chunks[k].From
	return from > 0 && x.s.Tokens[from-1].Lower == ","
}
