package event

import (
	"slices"
	"strings"

	"dateline"
)

// code turns a pred into an event: who does it to whom, in which
// modality, with what trigger.
func (x *sent) code(p *pred) (Found, bool) {
	c, ok := x.l.codes[p.code]
	if !ok {
		return Found{}, false
	}
	if d := x.demandedChange(p); d != p.code {
		c = x.l.codes[d] // "marched, demanding his resignation": 1411
	}
	f := Found{Code: c, Confidence: 0.9, Trigger: x.trigger(p), Teller: -1}
	if p.act != p.code && p.act != "0" {
		f.Act = p.act
	}
	src, tgt, how := x.roles(p)
	src, tgt = x.notBy(src, "accident"), x.notReflexive(tgt)
	mod, mhow := x.modality(p)
	f.Modality = mod
	if mod != dateline.Future && p.e.requires(argFuture) {
		return f, false // "Russia answered the move": an answer told as done is no threat of one
	}
	if mhow == attempted {
		if a, ok := x.l.attemptForm(c.CAMEO); ok {
			f.Code = a // "tried to assassinate the president": 185
		}
	}
	if mod == dateline.Negated && mhow == "denied" {
		if h, ok := x.l.haltedForm(c.CAMEO); ok {
			if m, done := x.haltedAct(p); done {
				// "stopped funding UNRWA", "ceased cooperating with the
				// court": a cooperation its doer ends is a reduction of
				// relations (policy.tsv's halted=), not a negated act; one
				// it will end is announced as that reduction is ("will stop
				// funding": 1311)
				f.Code, f.Modality, mhow = h, m, "halted"
				p.act = h.CAMEO
			}
		}
	}
	if o := x.ownObject(p); o >= 0 {
		if a, ok := x.l.ownForm(c.CAMEO); ok {
			f.Code = a // "flew their jets to Malta": its own forces moved, not given
			p.how = append(p.how, "its own "+x.headLemma(o))
		}
	}
	if mhow != "" {
		p.how = append(p.how, mhow)
	}
	if how != "" {
		p.how = append(p.how, how)
	}
	f.Doer = x.doerAsked(p, c.CAMEO, tgt, how)
	sources := x.actorsOf(src)
	if p.victim >= 0 && x.l.has(p.e.code, flagStatement) && !x.countedGroup(sources) {
		// (a counted group, "the three governments" after "Saudi Arabia,
		// the UAE and Bahrain withdrew", speaks for all its members)
		// "members of the Lebanese opposition and some UN member states
		// had told him that Syrian officers had moved in": the claim is
		// the victim side's, not every speaker's
		sources = x.ofCountry(sources, x.ms[p.victim].Actor.Country)
	}
	var members []int // "talks between the two men": the first member, and the others its targets
	if p.bindsRole('B') {
		sources = x.actorsOfExact(src) // "talks between A and B": A, and B its target
		if all := x.actorsOf(src); len(tgt) == 0 && len(src) == 1 && len(all) > 1 && x.group(all[0]) {
			sources, members = all[:1], all[1:]
		}
	}
	crowd := false // "thousands took to the streets": a crowd acts with no target of its own
	held := false  // a measure with no doer held out by its warner: aimed as an implied doer's
	if len(sources) == 0 {
		unidentified, when := x.unidentified(p, tgt), []int(nil)
		if !unidentified {
			when = x.whenDoers(p)
		}
		switch {
		case len(x.orderer(p)) > 0:
			// "a court ordered 12 sailors held", "ordered mobile operators
			// to shut down data services": who ordered it, as "ordered the
			// detention of" reads, not an implied police or the operators;
			// told as the order is
			sources = x.orderer(p)
			f.Modality, _ = x.modality(&pred{clause: x.an.Clauses[p.clause].Parent, light: -1, victim: -1})
			p.how = append(p.how, "ordered done by its orderer")
		case x.heldOutForce(p, tgt, mod, unidentified) >= 0:
			// "the Houthis warned that Saudi facilities could be hit
			// again": force to come with no doer, held out by whoever
			// warns of it, is its threat
			sources = []int{x.heldOutForce(p, tgt, mod, unidentified)}
			p.how = append(p.how, "force with no doer held out by its warner")
		case unidentified:
			f.Unidentified = true
			if k := x.someoneDoer(p); k >= 0 {
				f.Someone = x.chunkSpan(k)
			}
			f.Instrument = x.weaponDoer(p)
			p.how = append(p.how, "unidentified attacker")

		case len(when) > 0:
			// "23 people were killed when police opened fire": the doer of
			// the act that says when
			sources = when
			p.how = append(p.how, "the doer of the act in its when-clause")
		case x.measureWarner(p, tgt, mod) >= 0:
			// "the government warned that strikers would be dismissed",
			// "warned that protesters could be arrested": a measure to come
			// with no doer, held out by whoever warns of it, is the
			// warner's, not an implied doer's (the army's); not a fate its
			// own people are warned of ("the opposition warned that its
			// supporters would be arrested"), nor one a body that holds no
			// power foresees ("rights groups warned that journalists could
			// be arrested")
			sources, held = []int{x.measureWarner(p, tgt, mod)}, true
			p.how = append(p.how, "a measure with no doer held out by its warner")
		case x.impliedAgent(p, tgt) != "" && (len(tgt) > 0 || x.announcer(p, mod) < 0):
			// a measure with no one done to, told by a reporter as to
			// come, is the announcer's below ("Turkey said a curfew would
			// be imposed"), not an implied doer's
			f.Implied = x.impliedAgent(p, tgt)
			p.how = append(p.how, "implied agent "+f.Implied)
		case x.crowdAgent(p) != "":
			f.Implied, crowd = x.crowdAgent(p), true
			if p.vg < 0 {
				p.how = append(p.how, "implied agent: those the act's noun implies, "+f.Implied)
			} else {
				p.how = append(p.how, "a crowd: "+f.Implied)
			}
		case x.announcer(p, mod) >= 0:
			// "Beijing announced that naval exercises would be held in the
			// strait": a measure told as to come, with no doer named, is
			// the announcer's own
			sources = []int{x.announcer(p, mod)}
			p.how = append(p.how, "announced by its doer")
		default:
			return f, false
		}
	}
	f.Sources = x.namedOnly(sources)
	if c, ok := x.l.Code(p.code); ok {
		x.cooperative = c.QuadClass <= 2 // "expressed regret over the killing of Afghan civilians": to the victims
	}
	targets := append(x.actorsOf(tgt), members...)
	x.cooperative = false
	if len(targets) == 0 && len(tgt) == 1 && tgt[0] >= 0 && x.l.has(p.code, flagViolent) {
		if k := x.haven(tgt[0]); k >= 0 {
			// "shelled a village where rebels were hiding": force on a
			// place falls on those a "where" clause says it holds
			targets = x.actorsOf([]int{k})
			p.how = append(p.how, "those the place holds")
		}
	}
	f.Harmed = x.harmed(p, tgt)
	f.ByAnother = p.byAnother
	if x.reciprocal(targets) {
		// "the two neighbours blamed each other": every party acts on
		// every other; "each other's diplomats" on the other's own (the
		// reciprocal read as an owner: agent mentions)
		if slices.ContainsFunc(targets, func(k int) bool { return x.ms[k].Kind != dateline.KindAgent }) {
			targets = nil // (any member that is no agent: "the army and the RSF blamed each other")
		}
		f.Reciprocal = len(f.Sources) > 1
		p.how = append(p.how, "each on the other")
	}
	f.Targets = x.namedOnly(without(targets, sources))
	f.Respective = len(f.Sources) > 1 && len(f.Sources) == len(f.Targets) && x.respectively(p.clause)
	f.Business = len(f.Targets) == 0 && x.onSet(p, "business")
	f.Military = len(f.Targets) == 0 && x.onSet(p, "military_site")
	f.Site = x.siteSector(p)
	judgesOwnFate := strings.HasPrefix(c.CAMEO, "11") && x.doneToSource(p, f.Sources) > 0
	if judgesOwnFate && (x.sameActors(f.Targets, f.Sources) || x.ownedBy(f.Targets, f.Sources)) {
		// "Suu Kyi condemned her arrest": not herself, but who arrested
		// her; "Iran denounced the attack on its embassy": not its own
		f.Targets = nil
	}
	if len(tgt) == 1 && len(targets) > 0 && len(f.Sources) == 1 && x.sameActors(targets, f.Sources) && x.pronounOwned(tgt[0]) &&
		(x.l.has(p.act, flagConcession) || x.l.has(c.CAMEO, flagConcession)) {
		// "the president rejected calls for his resignation": a reform,
		// a resignation or its refusal whose only party named is the
		// source's own is aimed at no one named
		tgt, targets, f.Targets = nil, nil, nil
		p.how = append(p.how, "its own")
	}
	if len(f.Targets) > 0 && len(f.Sources) > 0 && x.l.has(c.CAMEO, flagThreat) && x.ownedBy(f.Targets, f.Sources) {
		// "Pakistan vowed revenge for the attack on its soldiers": a threat
		// is never aimed at the source's own people
		f.Targets = slices.DeleteFunc(f.Targets, func(k int) bool { return x.ownedBy([]int{k}, f.Sources) })
		if len(f.Targets) == 0 {
			tgt, targets = nil, nil
		}
		p.how = append(p.how, "not its own")
	}
	if len(tgt) > 1 && len(targets) > 0 && len(f.Sources) > 0 && !judgesOwnFate && (len(f.Targets) == 0 || x.ownedBy(f.Targets, f.Sources)) {
		if places := slices.DeleteFunc(slices.Clone(tgt), func(b int) bool { return b < 0 || x.actorOf[b] >= 0 }); len(places) > 0 {
			// "Russia closed its consulate in Istanbul": the source's own
			// thing, in a place the entry also aims at: the place's country
			tgt, targets, f.Targets = places, nil, nil
			p.how = append(p.how, "its own, in the place named")
		}
	}
	if len(tgt) > 0 && len(f.Targets) == 0 && len(targets) > 0 && !judgesOwnFate {
		if !slices.Contains(p.how, refusedObject) {
			return f, false // "Iran and Iraq" acting on themselves: nothing between two parties
		}
		// "army and police commanders refused to enforce it": a refused act's
		// object that names one of the refusers is no target; the refusal stands
		tgt, targets, p.how = nil, nil, slices.DeleteFunc(p.how, func(h string) bool { return h == refusedObject })
	}
	if len(f.Targets) == 0 && len(targets) == 0 && len(tgt) == 1 && x.bareNumber(tgt[0]) {
		if on := x.parentTargets(p); len(on) > 0 {
			// "police opened fire on protesters, killing three": three of
			// those the act the participle adds to fell on
			f.Targets = on
			p.how = append(p.how, "a number of those the clause's act fell on")
		} else {
			f.Crowd = x.l.bare(p.code) // "police arrested dozens": people of the country
		}
	}
	if len(f.Targets) == 0 && len(tgt) == 0 && len(f.Sources) > 0 && strings.HasPrefix(c.CAMEO, "11") {
		if by := x.afterDoers(p, f.Sources); len(by) > 0 {
			// "South Korea lodged a protest after Japanese lawmakers
			// visited the shrine": a complaint answers who did the act
			// its clause of time tells
			f.Targets = by
			p.how = append(p.how, "who did the act its clause of time tells")
		}
	}
	if len(f.Targets) == 0 && len(tgt) == 0 && len(f.Sources) > 0 {
		if on := x.whenVictims(p); len(on) > 0 {
			// "three protesters were wounded when soldiers opened fire":
			// on those the clause it says when of fell on
			f.Targets = without(on, f.Sources)
			p.how = append(p.how, "those the act it tells the time of fell on")
		}
	}
	if len(f.Targets) == 0 && len(f.Sources) > 0 && strings.HasPrefix(p.code, "15") {
		if on := x.purposeTargets(p, f.Sources[0]); len(on) > 0 {
			// "Indian soldiers crossed into the area to stop a Chinese
			// army unit": a move made to stop another's forces is aimed
			// at them
			f.Targets = on
			p.how = append(p.how, "whom its purpose is aimed at")
		}
	}
	if len(f.Targets) == 0 && len(targets) == 0 && len(tgt) == 1 && x.l.has(p.code, flagPerson) && x.unknownName(tgt[0]) {
		c := x.an.Chunks[tgt[0]]
		f.Person = dateline.Span{Start: x.s.Tokens[c.From].Start, End: x.s.Tokens[c.To-1].End} // "detained Jorge Glas"
	}
	if (f.Implied != "" || held) && len(f.Targets) == 0 && len(targets) == 0 && len(tgt) == 1 && f.Crowd == "" && x.l.InSet("dissent", x.headLemma(tgt[0])) {
		// "any further protests would be dispersed": a protest put down is
		// those who protest, people of the country
		f.Crowd = x.l.bare(p.code)
	}
	if (f.Implied != "" || held) && len(f.Targets) == 0 && len(targets) == 0 && len(tgt) == 1 && f.Crowd == "" {
		f.Crowd = x.protesting(tgt[0]) // "anyone who joined the march would be arrested": the protesters
	}
	// "Missiles hit airfields across Ukraine": a weapon's act on no actor
	// goes on, aimed at the country where it falls, which the caller keeps
	// only when the story tells whose weapon it was
	placeOnly := f.Instrument && f.Someone.End == 0
	if (f.Unidentified && !placeOnly || f.Implied != "" && !crowd && len(tgt) > 0) && len(f.Targets) == 0 && f.Crowd == "" && f.Person.End == 0 {
		return f, false // "a blast killed five", "were arrested": no actor on either side (a measure done to no one is aimed at its country)
	}
	if len(f.Targets) == 0 && len(tgt) == 0 && !f.Reciprocal && p.vg >= 0 && x.an.AboutSubject(p.clause) && x.an.Dependent(p.vg, dateline.RelObj) < 0 && !x.an.Chunks[p.vg].Verb.Passive && !x.l.has(p.code, flagViolent) {
		return f, false // "leaders meeting in Abuja suspended ...": what the subject was doing, with no object and no one it was done to, is background
	}
	if len(f.Sources) == 1 && len(f.Targets) == 1 && (x.l.has(c.CAMEO, flagSymmetric) && x.partnerWith(tgt) || p.e.together) && mhow != "halted" && !p.halted {
		// "the Taliban shared expertise with the Tamil Tigers": each with
		// the other; but "ceased cooperating with the court" is the
		// doer's own break with it. An entry marked "together" reads its
		// target so however it is named ("joined Congolese soldiers in a
		// joint offensive", "worked alongside Indonesian investigators");
		// one side with itself is no partner
		if p.e.together && x.ms[f.Sources[0]].Actor.Code == x.ms[f.Targets[0]].Actor.Code {
			return f, false
		}
		f.Sources, f.Targets, f.Reciprocal = append(f.Sources, f.Targets[0]), nil, true
		p.how = append(p.how, "each with the other")
	}
	if len(f.Targets) > 0 && !f.Reciprocal && !p.e.oneway && (p.e.mutual || x.l.has(c.CAMEO, flagMutual)) && x.partnerWith(tgt) {
		// "India clashed with China", "traded fire with Cambodia": whom
		// "with" names does the act too, as coordinated subjects would
		f.Joint = true
	}
	if len(f.Targets) == 0 && p.victim >= 0 {
		f.Against = []int{p.victim}
		p.how = append(p.how, "aimed at the speaker's country")
	}
	if said := x.answered(p, tgt); len(f.Targets) == 0 && !f.Reciprocal && said >= 0 {
		f.Response = true
		f.Rebuttal = x.l.InSet("imputation", x.headLemma(said))
		f.Censure = x.l.InSet("censure", x.headLemma(said))
		f.TargetTold = x.toldNoun(said) // "rejected the plan": its author, when a clause told it
		p.how = append(p.how, "an answer to what was said before")
	}
	if len(f.Targets) == 0 && !f.Reciprocal && len(f.Against) == 0 && !f.Response && x.retaliates(p) {
		f.Retaliation = true // the caller says in the rule whom it answers
	} else if len(f.Targets) == 0 && len(tgt) == 0 && !f.Reciprocal && len(f.Against) == 0 && !f.Response && x.l.has(c.CAMEO, flagRedress) {
		// "said Mexico would take the case to the court": redress from who
		// last acted against the source
		f.Retaliation, f.Redress = true, true
	}
	if len(f.Targets) == 0 && !f.Reciprocal && len(f.Against) == 0 && !f.Response && !f.Retaliation {
		// the caller says in the rule whom it answers
		f.Denial = x.l.has(c.CAMEO, flagDenial)
		// "the party rejected the ban": a rejection of a deed (answer)
		// answers its doer, not whoever asked something of the source
		if dt := x.deedRejected(c.CAMEO, p, tgt); dt >= 0 {
			tgt = []int{dt}
		} else {
			f.Refusal = x.l.has(c.CAMEO, flagRefusal)
			f.Orders = f.Refusal && x.onSet(p, "orders")
		}
	}
	if len(f.Targets) == 0 && !f.Reciprocal && len(f.Against) == 0 && !f.Response && !f.Retaliation && !f.Denial && !f.Refusal && len(tgt) > 0 {
		if act, named := x.culpritAct(tgt[0]); named {
			// "vowed that those behind the massacre would be hunted
			// down", "demanded that those responsible be punished": at
			// who did the act the phrase names, told before (any act of
			// force when it names none)
			f.TargetDeed = 4
			if act >= 0 {
				if least, state := x.deed([]int{act}); least > 0 {
					f.TargetDeed, f.TargetState = least, state
				}
				if !f.TargetState {
					f.TargetNoun = x.eventNoun(act)
				}
			}
			p.how = append(p.how, "who did the act its phrase names")
		}
	}
	if len(f.Targets) == 0 && !f.Reciprocal && len(f.Against) == 0 && !f.Response && !f.Retaliation && !f.Denial && !f.Refusal {
		f.Targets, f.TargetAct = x.eventTarget(tgt, f.Sources)
		// a judgement (root 11) of "the vote", "the move", or of an act
		// whose kind no act told before matches; a demand or an appeal
		// that such an act stop or be undone ("demanded that the bombing
		// stop") is asked of its doer the same way
		judges := strings.HasPrefix(c.CAMEO, "11") || x.l.has(c.CAMEO, flagAnswer)
		if judges && x.l.has(c.CAMEO, flagDomestic) && !x.stateSpeaks(f.Sources) {
			// "Qatar protested the expulsion" answers who expelled; a
			// crowd's protest ("marched against the move") stays aimed as
			// a protest is (policy.tsv's domestic and aim=)
			judges = false
		}
		if strings.HasSuffix(how, howAnswers) {
			// "answered the killings with a general strike": an act
			// answered with answers the act's doer, as a judgement does
			judges = true
		}
		if fam := x.familyOf(p); len(f.Targets) == 0 && f.TargetDeed == 0 && (judges || fam == famDemand || fam == famAppeal) {
			f.TargetDeed, f.TargetState = x.deed(tgt)
			if f.TargetDeed > 0 && !f.TargetState {
				f.TargetNoun = x.eventNoun(tgt[0])
			}
			if f.TargetDeed > 0 && len(tgt) > 0 && tgt[0] >= 0 && x.actorOf[tgt[0]] < 0 {
				f.TargetTold = x.toldNoun(tgt[0])
				if f.TargetTold == "" && x.summary(tgt[0], p) {
					// "passed a law authorising force, a move that Taipei
					// condemned": the clause before, summed up
					f.TargetTold = x.headLemma(tgt[0])
				}
			}
			if f.TargetDeed == 0 && judges {
				// "called his removal a kidnapping": an act done to the judge
				f.TargetDeed = x.doneToSource(p, f.Sources)
			}
		} else if len(f.Targets) == 0 && f.TargetAct != "" {
			// "Beijing protested the detention" after the navy seized a
			// boat: an act of force the target phrase names, when no act of
			// its own code was told, is still the one just told
			f.TargetDeed, f.TargetState = x.deed(tgt)
		}
	}
	if len(f.Targets) == 0 && len(targets) == 0 && len(tgt) > 0 && tgt[0] >= 0 && f.TargetAct == "" && f.TargetDeed == 0 {
		// "suspended flights to Doha": a phrase that names a place, not an
		// actor; the caller finds the place and takes its country. The span
		// runs over the phrases coordinated with it ("recalled its envoys
		// from Rome and Madrid"): each place there is a target
		f.TargetPlace = x.coordinatedSpan(tgt[0])
	}
	if len(f.Targets) == 0 && !f.Reciprocal {
		f.Confidence -= 0.1
		// a refusal of an act done to each other is a refusal of each other
		// ("India and Pakistan failed to agree on a deal", "the two sides
		// refused to sign a truce")
		refusesMutual := f.Act != "" && x.l.has(c.CAMEO, flagRefusal) && x.l.has(f.Act, flagMutual)
		f.Reciprocal = len(f.Sources) > 1 && !p.e.oneway && (x.l.has(c.CAMEO, flagMutual) || p.e.mutual || refusesMutual) && (x.twoSides(f.Sources) || x.twoPeople(f.Sources) && p.vg >= 0 && x.an.Dependent(p.vg, dateline.RelObj) < 0) && !x.doersBy(p) &&
			!x.aimedAtThing(p, tgt)
	}
	if !p.spokenOf && !p.occasion && !unannounced(mhow) {
		// (an act named as another's occasion is no one's announcement:
		// "will retaliate after any attack on its ships"; nor is a habit,
		// a tally or a count: "routinely strike", "have fought two wars")
		x.asIntent(&f, p)
	}
	if len(f.Targets) == 0 && !f.Reciprocal && len(f.Against) == 0 && !f.Response && !f.Retaliation && !f.Denial {
		// "he said he would not resign": a refusal once read as one
		f.Refusal = x.l.has(f.Code.CAMEO, flagRefusal) && f.TargetDeed == 0
		f.Concession = f.Modality == dateline.Asserted && x.l.has(f.Code.CAMEO, flagConcession)
	}
	if len(f.Targets) > 0 && len(tgt) > 0 && f.TargetDeed == 0 && x.judgesStruck(p, c, tgt[0]) {
		// "condemned the attack on the consulate": at who attacked, when
		// the caller finds them told before
		f.TargetDeed, _ = x.deed(tgt[:1])
		f.TargetNoun, f.Struck = x.eventNoun(tgt[0]), f.TargetDeed > 0
	}
	if sp := x.toldBy(p); sp >= 0 && len(f.Sources) == 0 {
		f.Teller = sp // "Pakistan's army said an Indian soldier had been captured": the caller's implied agent may be the teller's
	} else if sp >= 0 && len(f.Sources) > 0 && !x.sameActors([]int{sp}, f.Sources) && !x.l.has(c.CAMEO, flagStatement) {
		// SCHEMA: an act told by a named source is asserted, and the rule
		// names who told it
		p.how = append(p.how, "told by "+x.ms[sp].Text)
		f.Told, f.Teller = true, sp
	}
	f.Rule = p.rule()
	if p.e.report != "" && f.Code.CAMEO == p.e.code {
		f.Reported = x.l.codes[p.e.report] // "charged the five men with murder": read as 173, reported as 1121
	}
	return f, true
}

// haltedAct reports whether verb pred p is the gerund of a verb of stopping
// (sets.txt's &halting) right before it, with the same subject, in a
// clause told as done or to come, and that modality: "the United States
// stopped funding UNRWA", "will stop funding"; not "did not stop funding",
// "urged Iran to stop enriching".
func (x *sent) haltedAct(p *pred) (dateline.Modality, bool) {
	an := x.an
	if p.vg < 0 || p.clause < 0 {
		return dateline.Asserted, false
	}
	cl := &an.Clauses[p.clause]
	if cl.Kind != dateline.ClauseParticipial || cl.Parent < 0 || cl.Verb != p.vg {
		return dateline.Asserted, false
	}
	parent := &an.Clauses[cl.Parent]
	v := parent.Verb
	if v < 0 || v != p.vg-1 || an.Chunks[p.vg].Verb.Passive || !x.l.InSet("halting", an.Words[an.Chunks[v].Head].Lemma) {
		return dateline.Asserted, false
	}
	if s := an.Dependent(p.vg, dateline.RelSubj); s >= 0 && s != an.Dependent(v, dateline.RelSubj) {
		return dateline.Asserted, false
	}
	m, _ := x.modality(&pred{clause: cl.Parent, light: -1, victim: -1})
	return m, (m == dateline.Asserted || m == dateline.Future) && !an.Chunks[v].Verb.Neg
}

// roles returns the noun phrases that are the pred's source and target.
func (x *sent) roles(p *pred) (src, tgt []int, how string) {
	an := x.an
	e := p.e
	for i := range e.args {
		a := &e.args[i]
		b := p.bind[i]
		if b < 0 {
			continue
		}
		switch a.role {
		case 'S':
			if ps := x.ownerOfForces(p, b); ps >= 0 {
				b, how = ps, "owner of its forces"
			}
			src = append(src, b)
		case 'T':
			tgt = append(tgt, b)
		case 'B':
			// "talks between A and B": the first is the source, the rest
			// its targets
			all := x.conjuncts(b)
			src = append(src, all[0])
			tgt = append(tgt, all[1:]...)
		}
	}
	if p.vg >= 0 {
		vg := an.Chunks[p.vg].Verb
		// a passive the entry asks for is a state of its subject: "is
		// committed to", "is opposed to"
		passive := vg.Passive && !e.requires(argPassive)
		if len(src) == 0 && (passive && an.Dependent(p.vg, dateline.RelAgent) < 0 || e.subjTarget()) {
			// "were killed in Israeli shelling", "died in a Russian strike":
			// the attack's own actor did it
			if k := x.attackIn(p); k >= 0 {
				src, how = append(src, k), "actor of the attack it happened in"
			}
		}
		if len(src) == 0 && p.via >= 0 {
			// "Chinese naval exercises were held": the subject's own actor,
			// and its target when the verb names none
			var vt []int
			src, vt, _ = x.roles(&x.preds[p.via])
			if len(tgt) == 0 {
				tgt = vt
			}
		}
		if len(src) == 0 {
			if passive {
				if ag := an.Dependent(p.vg, dateline.RelAgent); ag >= 0 {
					src, how = append(src, ag), "passive"
					if k := x.weaponUser(p.vg, ag); k >= 0 {
						src, how = []int{k}, "who used the weapon"
					}
				} else if sj := an.Dependent(p.vg, dateline.RelSubj); sj >= 0 && e.names(argObj) && !e.objTarget() && (p.bindsRole('T') || x.partner(sj) >= 0) {
					// "Washington's sanctions against Cuba were tightened",
					// "Britain's arms embargo on Sudan was lifted": with no
					// agent, a measure the entry lists, aimed at someone its
					// phrase names, is tightened or lifted by whose it is
					// (not "Indonesia's election was scheduled": where it is
					// held)
					if ps := an.Dependent(sj, dateline.RelPoss); ps >= 0 && x.actorOf[ps] >= 0 {
						src, how = append(src, ps), "whose the passive's subject is"
					}
				}
			} else if s := an.Dependent(p.vg, dateline.RelSubj); s >= 0 && !e.subjTarget() {
				src = append(src, s)
				if an.Words[an.Chunks[s].Head].Tag == dateline.TagPRP {
					// "Obama and Putin said they will attack": a pronoun the
					// actor stage left open, after a report, is the speaker;
					// so is "they" after speakers joined by "and", whoever
					// the sentence before named ("France and Canada said
					// they would also send troops")
					par := an.Clauses[p.clause].Parent
					for par >= 0 && an.Words[an.Chunks[an.Clauses[par].Verb].Head].Roles&dateline.RoleReport == 0 &&
						an.Dependent(an.Clauses[par].Verb, dateline.RelSubj) == s {
						par = an.Clauses[par].Parent // "'We have decided to expel ...,' X said": up the verbs the pronoun is subject of
					}
					if par >= 0 && an.Words[an.Chunks[an.Clauses[par].Verb].Head].Roles&dateline.RoleReport != 0 {
						if ps := an.Dependent(an.Clauses[par].Verb, dateline.RelSubj); ps >= 0 &&
							(x.actorOf[s] < 0 || x.theySpeakers(s, x.actorsOf([]int{ps}))) {
							src, how = []int{ps}, "pronoun after a report"
						}
					}
				}
				if x.actorOf[x.actorPhrase(s)] < 0 && an.Clauses[p.clause].Kind == dateline.ClauseParticipial {
					// "issued a declaration demanding": who issued it demands
					if pc := an.Clauses[p.clause].Parent; pc >= 0 {
						if ps := an.Dependent(an.Clauses[pc].Verb, dateline.RelSubj); ps >= 0 {
							src, how = []int{ps}, "subject of "+an.Words[an.Chunks[an.Clauses[pc].Verb].Head].Lemma
						}
					}
				}
			} else if pc := an.Clauses[p.clause].Parent; an.Clauses[p.clause].Kind == dateline.ClauseParticipial && pc >= 0 {
				// "After killing ten soldiers, the rebels fled": the
				// participle's subject is its clause's
				if ps := an.Dependent(an.Clauses[pc].Verb, dateline.RelSubj); ps >= 0 {
					src, how = []int{ps}, "subject of "+an.Words[an.Chunks[an.Clauses[pc].Verb].Head].Lemma
				}
			}
		}
		if len(src) == 1 {
			if k := x.joiner(p.clause, src[0]); k >= 0 {
				src, how = append(src, k), "joined in the act"
			}
		}
		if len(src) == 1 && x.actorOf[x.actorPhrase(src[0])] < 0 {
			// "claimed responsibility for an attack that killed 20
			// soldiers": the attack is the claimant's
			if k := x.claimant(src[0]); k >= 0 {
				src, how = []int{k}, "who claimed the act"
			}
		}
		if len(tgt) == 0 && !e.hasRole('T') && p.via < 0 {
			o := an.Dependent(p.vg, dateline.RelObj)
			if passive {
				o = an.Dependent(p.vg, dateline.RelSubj)
			} else if o < 0 && e.particle != "" {
				o = x.particleObject(p.vg, e.particle)
			}
			if o >= 0 {
				o = x.elided(p.vg, o)
				ap := x.actorPhrase(o)
				own := false
				if len(src) > 0 {
					of, by := x.actorsOf([]int{ap}), x.actorsOf(src) // each read once for both questions
					own = x.sameActors(of, by) || x.ownedBy(of, by)
				}
				same := x.sameActNoun(p, o)
				switch {
				case same >= 0:
					// "Russia announced the withdrawal of its troops from
					// Syria": whom the act its object names is aimed at,
					// not the forces that do it
					_, qt, _ := x.roles(&x.preds[same])
					tgt, how = append(tgt, qt...), "target of the act its object names"
				case own || e.constrains(argObj) && ap == o && (x.actorOf[o] < 0 || e.names(argObj) && x.headIsActor(o)):
					// "closed its borders with Iran", "imposed a curfew on
					// Palestinians": the other party in the object's phrase
					if k := x.partner(o); k >= 0 && !(x.headIsActor(o) && x.opposes(k)) {
						tgt, how = append(tgt, k), "partner of the object"
					} else if k >= 0 && !own {
						// "crushed the uprising against his rule", "the
						// rebellion against the government": whom the
						// object's people oppose is not the act's target;
						// they are
						tgt, how = append(tgt, ap), "actor of the object, not whom it opposes"
					} else if k := x.relativeAuthor(o); k >= 0 && !own && x.l.codes[p.code].QuadClass < 4 && !x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
						// "rejected a resolution the Security Council adopted";
						// not a place taken or struck ("retook the town the
						// troops had captured" names whom it was taken from
						// only by inference)
						tgt, how = append(tgt, k), "author of the object"
					}
				case !e.constrains(argObj):
					tgt = append(tgt, ap)
				case ap == o && !x.headIsActor(o) && x.madeBy(p, src) >= 0:
					// "vetoed a U.N. Security Council resolution put forward
					// by the UAE": a body that only modifies the thing did
					// not make it; who a clause on it says made it is the
					// target
					tgt, how = append(tgt, x.madeBy(p, src)), "author of the object"
				case x.topicObject(p, e, src):
					// "Putin and Erdogan discussed Syria", "Kenya and Uganda
					// negotiated a deal on Somalia": an act two sides named
					// together do to each other (mutual in policy.tsv), whose
					// entry does not aim it at its object, is about the
					// object, not done to it; it goes each way between them
					how = "the object a topic between the subjects"
				case ap != o && x.retaliates(p) && x.patientPhrase(o, ap):
					// "said any attack on its nuclear sites would be met
					// with force": the deed held out to be answered names
					// whom it would strike, not its doer
					how = "the object's patient, not its doer"
				default:
					// "condemned Israel 's decision", "rejected the Israeli
					// proposal": a response to an act targets its actor
					tgt, how = append(tgt, ap), "actor of the object"
				}
			} else if k := x.prepThingPartner(p, e, src); k >= 0 {
				// "walked away from its deal with France", "backed out of
				// the accord it signed with Togo": the thing the entry names
				// after a preposition, with no object, has the other party
				// in its phrase as an object does
				tgt, how = append(tgt, k), "partner of the thing after the preposition"
			}
		}
		if e.hasRole('T') && !passive && len(tgt) == 1 && tgt[0] >= 0 && x.craftOfWar(tgt[0]) {
			// "shot down three drones the group sent towards the rig",
			// "the missile which the rebels fired": a weapon or a craft of
			// war is aimed at whoever a relative clause on it says sent it,
			// not at the thing or the military its word may stand for
			if k := x.relativeAuthor(tgt[0]); k >= 0 && !x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
				tgt, how = []int{k}, "who sent the object"
			}
		}
		if e.hasRole('T') && !passive && (len(tgt) == 0 && !p.bindsRole('T') || len(tgt) > 0 && x.commonOnly(tgt)) {
			// "accepted demands from NATO", with no "to" phrase: the
			// object's author; so too when the phrase that names the
			// target names no one ("banned North Korea's exports of coal")
			if k := x.objectAuthor(p.vg, src); k >= 0 {
				tgt, how = append(tgt[:0], k), "author of the object"
			} else if k := x.madeBy(p, src); k >= 0 {
				tgt, how = append(tgt[:0], k), "author of the object"
			} else if o := an.Dependent(p.vg, dateline.RelObj); o >= 0 && len(tgt) == 0 && strings.HasPrefix(p.code, "04") && e.names(argObj) &&
				x.headIsActor(o) && x.ms[x.actorOf[o]].Actor.Country != "" && !x.sameActors([]int{x.actorOf[o]}, x.actorsOf(src)) {
				// "hosted the Turkish leader", "hosted a delegation from
				// Uganda" with no "of" or "with" phrase: a meeting whose
				// object the entry lists as people (a leader, an envoy, a
				// delegation) is with the people it names
				tgt, how = []int{o}, "the people the object names"
			}
		}
	} else {
		if len(src) == 0 {
			src, how = x.nounSource(p)
		}
		if ps := x.an.Dependent(p.np, dateline.RelPoss); len(tgt) == 0 && how == "by" && ps >= 0 && x.actorOf[ps] >= 0 {
			// "Navalny's arrest by Russian police": with a doer after
			// "by", the possessor is whom it was done to
			tgt, how = []int{ps}, "by; possessor: whom it was done to"
		}
		if (len(tgt) == 0 || x.commonOnly(tgt)) && strings.HasPrefix(how, "light verb") && x.patientNoun(p.e.head) {
			// "a court ordered Navalny's arrest", "his arrest": the light
			// verb's subject does it, and the possessor of a noun that names
			// its patient in its "of" phrase is whom it is done to; so too
			// when the "of" phrase the entry read names no one ("ordered his
			// arrest on charges of sedition": the charges', not the arrest's)
			ps := x.an.Dependent(p.np, dateline.RelPoss)
			if ps < 0 && x.pronounOwned(p.np) {
				ps = p.np // the possessive pronoun is in the phrase
			}
			if ps >= 0 && x.actorOf[ps] >= 0 && !x.sameActors(x.actorsOf([]int{ps}), x.actorsOf(src)) {
				tgt, how = []int{ps}, how+"; possessor: whom it was done to"
			}
		}
		if len(tgt) == 0 && p.light >= 0 && strings.HasPrefix(how, "light verb") {
			// "answered the invasion with protests", "responded to the
			// killings with a general strike": the act answered with is
			// aimed at what the verb of answering answers, an actor or an
			// act whose doer the story told (read on as a judged act is)
			if k := x.answeredAct(p); k >= 0 {
				tgt, how = []int{k}, how+howAnswers
			}
		}
		if len(tgt) == 0 && strings.HasPrefix(p.code, "09") {
			// "a UN investigation had found that Syrian intelligence had
			// cleared out": an inquiry is into the one its finding names
			if k := x.foundOf(p.np, src); k >= 0 {
				tgt, how = append(tgt, k), "the subject of its finding"
			}
		}
	}
	if p.obligee >= 0 {
		tgt = []int{p.obligee}
	}
	if p.voice >= 0 {
		src = []int{p.voice} // "according to Iran": the one it is told by
	}
	if p.orderer >= 0 {
		src = []int{p.orderer} // "ordered the army to stop firing": who ordered it
	}
	// a frame with no target of its own takes its act's: "agreed to lift
	// embargoes on Iran", "threatened to impose sanctions on Syria"
	fam := x.familyOf(p)
	if len(tgt) > 0 && len(src) > 0 && p.comp >= 0 && (fam == famDemand || fam == famAppeal) && x.sameActors(x.actorsOf(tgt), x.actorsOf(src)) {
		// "the EU asked the bloc's foreign ministers to prepare sanctions":
		// asked of its own, the appeal is aimed where the act is
		tgt = nil
	}
	if len(tgt) == 0 && (fam == famDemand || fam == famAppeal) {
		// "demanded that Israel lift the blockade": whom it is asked of,
		// before what the act is aimed at
		if s := x.demandedSubject(p); s >= 0 && !x.sameActors(x.actorsOf([]int{s}), x.actorsOf(src)) {
			tgt, how = []int{s}, howDemanded
		}
	}
	if len(tgt) == 0 && p.comp >= 0 && !(fam == famRefusal && x.onSet(p, "orders")) {
		// ("refused orders to fire on protesters" refuses who gave them,
		// not the protesters: Found.Orders)
		q := &x.preds[p.comp]
		csrc, ctgt, _ := x.roles(q)
		tgt = ctgt
		if len(tgt) == 0 && (fam == famRefusal || fam == famAppeal || fam == famDemand) && q.np >= 0 && len(csrc) > 0 &&
			!x.sameActors(x.actorsOf(csrc), x.actorsOf(src)) {
			// "rejected French mediation", "rejected Saddam Hussein 's
			// proposal": whose act it is
			tgt, how = csrc, howAuthor
		}
		if len(tgt) == 0 && (fam == famAppeal || fam == famDemand) && q.np >= 0 && strings.HasPrefix(q.code, "08") {
			// "called for the lifting of American sanctions", "urged an
			// end to the Israeli siege": a measure asked to be undone is
			// asked of whose it is
			if k := x.measureOwner(q.np); k >= 0 && !x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
				tgt, how = []int{k}, "whose the measure undone is"
			}
		}
		if len(tgt) == 0 && (fam == famAppeal || fam == famDemand) && q.np >= 0 && x.l.has(q.code, flagMutual) {
			// "asked for an urgent meeting of the Security Council": an
			// act its parties do together (mutual in policy.tsv), asked
			// of a body, is asked of the body; "the resignation of the
			// minister" is not such an act
			if k := x.ofActor(q.np); k >= 0 && !x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
				tgt, how = []int{k}, "\"of\" phrase of the complement"
			}
		}
	}
	if len(tgt) == 0 && fam == famRefusal && p.e.frame && p.comp < 0 && p.vg >= 0 {
		// "the officers had refused to obey the president": a refused act
		// the lexicon does not code is refused to whom it would be done to
		if v := x.an.Dependent(p.vg, dateline.RelComp); v >= 0 && x.an.Chunks[v].Kind == dateline.ChunkVG {
			if o := x.an.Dependent(v, dateline.RelObj); o >= 0 {
				if on := x.actorsOf([]int{o}); len(on) > 0 && !x.sameActors(on, x.actorsOf(src)) {
					tgt, how = []int{o}, refusedObject
				}
			}
		}
	}
	if len(tgt) == 0 && (fam == famDemand || fam == famAppeal) {
		// "demanded that the United States match", "its demand that
		// Israel ease": whom it is asked of
		if s := x.demandedSubject(p); s >= 0 {
			tgt, how = []int{s}, howDemanded
		}
	}
	if len(tgt) == 0 && p.vg >= 0 && !p.e.frame && !x.l.has(p.code, flagMutual) {
		// (parties that act together act on each other: "cooperate to
		// encourage refugees to return" is no act on refugees)
		// "opened the bridge to allow the delivery of grain to Afghanistan",
		// "blocked a road to show their disapproval for the US": the purpose
		// names whom the act is aimed at
		if v := x.infinitiveOf(p.vg); v >= 0 {
			// (not when what is sent goes to use force on them: "sent F-16
			// jets to bomb Cambodian positions" is no aid to Cambodia)
			if q, ok := x.predAt(v); ok && !(x.l.Sent(p.code) && x.l.Violent(x.preds[q].code)) {
				// (not the sources' own: "sent troops to protect its embassy
				// in Bishkek" is aimed where they go, not at itself)
				if _, qt, _ := x.roles(&x.preds[q]); len(qt) > 0 && !x.sameActors(x.actorsOf(qt), x.actorsOf(src)) && !x.ownedBy(x.actorsOf(qt), x.actorsOf(src)) {
					tgt, how = qt, "target of the purpose"
				}
			}
		}
	}
	if p.vg >= 0 && strings.HasPrefix(p.code, "14") && len(x.actorsOf(tgt)) == 0 { // the code first: reading the actors costs
		// "threw stones during demonstrations against Israel": a protest
		// act told as part of a protest that names whom it is against
		if qt := x.occasionTarget(p.vg); len(qt) > 0 && !x.sameActors(x.actorsOf(qt), x.actorsOf(src)) {
			tgt, how = qt, "target of the protest it was part of"
		} else if qt := x.participleTarget(p); len(qt) > 0 && !x.sameActors(x.actorsOf(qt), x.actorsOf(src)) {
			// "marched through Cairo, chanting against the United States":
			// whom the protest or judgement its participle tells is aimed at
			tgt, how = qt, "target of the protest its participle tells"
		} else if qt := x.jointTarget(p); len(qt) > 0 && x.abroad(x.actorsOf(qt), x.actorsOf(src)) {
			// "attacked Serb villages, setting houses on fire", "stormed
			// the Egyptian embassy and set fire to cars": a protest act on
			// no one, joined to an act of force or protest by the same
			// subject on another country's party, is aimed at that party
			// ("burned cars and fought police" stays on the home state)
			tgt, how = qt, "target of the act it is joined to"
		}
	}
	if len(tgt) == 0 && (fam == famThreat || fam == famIntent || x.l.has(p.code, flagFrame)) {
		// "threatened to strike unless Israel rescinded": a condition
		// names whom the threat or offer is aimed at
		if s := x.conditionSubject(p.clause); s >= 0 {
			tgt, how = []int{s}, "condition"
		}
	}
	return src, tgt, how
}

// occasionTarget returns the target of a protest (root 14) that verb
// group vg's occasion phrase names ("during demonstrations against the
// occupation"), or nil.
func (x *sent) occasionTarget(vg int) []int {
	for pp := range x.an.Dependents(vg, dateline.RelObl) {
		if x.an.Words[x.an.Chunks[pp].Head].Roles&dateline.RoleOccasion == 0 {
			continue
		}
		np := x.an.Dependent(pp, dateline.RelPObj)
		q, ok := x.predAt(np)
		if np < 0 || !ok || !strings.HasPrefix(x.preds[q].code, "14") {
			continue
		}
		if _, qt, _ := x.roles(&x.preds[q]); len(qt) > 0 {
			return qt
		}
	}
	return nil
}

// participleTarget returns the target of a protest or a judgement (roots
// 14, 11) that a participial clause on pred p's clause codes ("rallied in
// Lahore, chanting against India", "gathered outside the embassy,
// denouncing Britain"), or nil.
func (x *sent) participleTarget(p *pred) []int {
	for ci, c := range x.an.Clauses {
		if c.Kind != dateline.ClauseParticipial || c.Parent != p.clause || ci == p.clause || c.Verb < 0 {
			continue
		}
		q, ok := x.predAt(c.Verb)
		if !ok || &x.preds[q] == p || !(strings.HasPrefix(x.preds[q].code, "14") || strings.HasPrefix(x.preds[q].code, "11")) {
			continue
		}
		if x.preds[q].e.blames() && x.preds[q].voice < 0 {
			// "Iraqis, organised by the ruling party, rallied outside the
			// U.N. offices": a blame line no speaker voices judges no one,
			// and its doer is no one the protest is aimed at
			continue
		}
		if _, qt, _ := x.roles(&x.preds[q]); len(x.actorsOf(qt)) > 0 {
			return qt
		}
	}
	return nil
}

// abroad reports whether every mention of to has a country and none is a
// country of from's.
func (x *sent) abroad(to, from []int) bool {
	if len(to) == 0 || len(from) == 0 {
		return false
	}
	for _, t := range to {
		c := x.ms[t].Actor.Country
		if c == "" {
			return false
		}
		for _, f := range from {
			if x.ms[f].Actor.Country == c {
				return false
			}
		}
	}
	return true
}

// jointTarget returns the target of the act of force or protest that
// pred p's clause is joined to: the clause a participle of p's is set off
// from ("attacked Serb villages, setting houses on fire"), or the verb
// coordinated with p's ("stormed the embassy and set fire to cars"), done
// by the same subject. An act asked about this way asks no further.
func (x *sent) jointTarget(p *pred) []int {
	if x.joining || p.vg < 0 {
		return nil
	}
	an := x.an
	var other []int
	if c := &an.Clauses[p.clause]; c.Kind == dateline.ClauseParticipial && c.Parent >= 0 && an.Clauses[c.Parent].Verb >= 0 {
		other = append(other, an.Clauses[c.Parent].Verb)
	}
	subj := an.Dependent(p.vg, dateline.RelSubj)
	if g := an.Governor(p.vg, dateline.RelConj); g >= 0 && subj >= 0 && an.Dependent(g, dateline.RelSubj) == subj {
		other = append(other, g)
	}
	for v := range an.Dependents(p.vg, dateline.RelConj) {
		if subj >= 0 && an.Dependent(v, dateline.RelSubj) == subj {
			other = append(other, v)
		}
	}
	x.joining = true
	defer func() { x.joining = false }()
	for _, v := range other {
		q, ok := x.predAt(v)
		if !ok || &x.preds[q] == p || !(strings.HasPrefix(x.preds[q].code, "14") || x.l.Violent(x.preds[q].code)) {
			continue
		}
		if _, qt, _ := x.roles(&x.preds[q]); len(x.actorsOf(qt)) > 0 {
			return qt
		}
	}
	return nil
}

// contextCountry reports whether mention mi took its country from the
// story or the sentence around it ("19 more people" in a story from Kyiv),
// not from its own words.
func (x *sent) contextCountry(mi int) bool {
	r := x.ms[mi].Rule
	return strings.Contains(r, "+story-country") || strings.Contains(r, "+sentence-country") || strings.Contains(r, "+sentence-nationality")
}

// demandedSubject returns the subject of the clause a demand or appeal
// asks for: its own that-clause, or its complement frame's.
func (x *sent) demandedSubject(p *pred) int {
	an := x.an
	for depth := 0; p != nil && depth < 3; depth++ {
		var heads []int
		if p.vg >= 0 {
			heads = append(heads, p.vg)
		}
		if p.np >= 0 {
			heads = append(heads, p.np)
		}
		for _, h := range heads {
			for v := range an.Dependents(h, dateline.RelComp) {
				ci := x.clauseOfVerb(v)
				if ci < 0 {
					continue
				}
				s := an.Dependent(v, dateline.RelSubj)
				switch an.Clauses[ci].Kind {
				case dateline.ClauseComplement:
					if s >= 0 {
						return s
					}
				case dateline.ClauseInfinitive:
					if s > h && an.Governor(s, dateline.RelPObj) >= 0 {
						return s // "called for Israel to withdraw": the phrase after "for"
					}
				}
			}
		}
		if p.comp < 0 {
			break
		}
		p = &x.preds[p.comp]
	}
	return -1
}

// noConditionActor is conditionSubject's answer for a condition that names
// no one who would meet it: "if his envoy was harmed" (by whom, unsaid).
const noConditionActor = -3

// conditionSubject returns who a condition ("if", "unless") that depends on
// clause ci or on a clause under it is about: its subject ("unless the
// officers restore order"), or the agent of a passive one ("if the envoy is
// harmed by troops"; noConditionActor when it names none: the envoy is
// not who the threat is aimed at), or -1 when there is no condition.
func (x *sent) conditionSubject(ci int) int {
	an := x.an
	for cj, c := range an.Clauses {
		if c.Kind != dateline.ClauseConditional {
			continue
		}
		for p, d := c.Parent, 0; p >= 0 && d < 6; p, d = an.Clauses[p].Parent, d+1 {
			if p == ci {
				v := an.Clauses[cj].Verb
				if v >= 0 && an.Chunks[v].Verb.Passive {
					if a := an.Dependent(v, dateline.RelAgent); a >= 0 {
						return a
					}
					return noConditionActor
				}
				return an.Dependent(v, dateline.RelSubj)
			}
		}
	}
	return -1
}

// untilSubject returns the subject of a clause opened by a word that
// ends its parent's act ("until", "till": the syntax word table's end
// role) under clause ci, told with a verb of its own ("would impose
// tariffs until both countries stopped the flow of drugs"),
// noConditionActor for a passive with no agent, else -1.
func (x *sent) untilSubject(ci int) int {
	an := x.an
	for _, c := range an.Clauses {
		if c.Parent != ci || c.Kind != dateline.ClauseAdverbial || c.Opener < 0 || c.Verb < 0 || an.Words[c.Opener].Roles&dateline.RoleEnd == 0 {
			continue
		}
		if an.Chunks[c.Verb].Verb.Passive {
			if a := an.Dependent(c.Verb, dateline.RelAgent); a >= 0 {
				return a
			}
			return noConditionActor
		}
		if s := an.Dependent(c.Verb, dateline.RelSubj); s >= 0 {
			return s
		}
		return noConditionActor
	}
	return -1
}

// twoSides reports whether the actors of ms are not all one actor:
// "Nigerian troops and soldiers clashed near Maiduguri" are one side, not
// two that fought each other.
func (x *sent) twoSides(ms []int) bool {
	a := &x.ms[ms[0]]
	for _, i := range ms[1:] {
		b := &x.ms[i]
		if b.Actor.Code != a.Actor.Code || (a.Kind == dateline.KindOrganization || b.Kind == dateline.KindOrganization) && a.Actor.Name != b.Actor.Name {
			// (a named body is a side of its own: "the Sudanese army and
			// the RSF agreed to a truce", both Sudan's forces)
			return true
		}
	}
	return false
}

// twoPeople reports whether the mentions ms name two people or more, of
// one side or not: "Kiir and Machar met" is each to the other, as "Kiir
// met Machar" is, though both are South Sudan's government. (Only for a
// mutual act with no target and no object: an object is not what two
// people of one side talk about, as it is for two sides: twoSides.)
func (x *sent) twoPeople(ms []int) bool {
	a := &x.ms[ms[0]]
	for _, i := range ms[1:] {
		if b := &x.ms[i]; a.Kind == dateline.KindPerson && b.Kind == dateline.KindPerson && a.Actor.Name != b.Actor.Name {
			return true
		}
	}
	return false
}

// sameActors reports whether two lists of mentions share an actor.
func (x *sent) sameActors(a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if i == j || x.ms[i].Actor.Code == x.ms[j].Actor.Code && x.ms[i].Actor.Name == x.ms[j].Actor.Name {
				return true
			}
		}
	}
	return false
}

// familyOf returns the family a frame pred speaks in, or numFamilies.
func (x *sent) familyOf(p *pred) family {
	if f, ok := familyOfRoot[p.e.code[:2]]; ok {
		return f
	}
	return numFamilies
}

// ownedBy reports whether the mentions ms are the sources' own by a
// possessive that refers back to them: "Iran demonstrated its military
// capabilities".
func (x *sent) ownedBy(ms, src []int) bool {
	for _, i := range ms {
		if !strings.Contains(x.ms[i].Rule, "possessive") || !strings.Contains(x.ms[i].Rule, "coref") {
			continue
		}
		person := strings.HasPrefix(strings.ToLower(x.ms[i].Text), "his ") || strings.HasPrefix(strings.ToLower(x.ms[i].Text), "her ")
		for _, j := range src {
			if person && x.ms[i].Actor.Code != x.ms[j].Actor.Code {
				continue // "raided his party's headquarters": a person's, not the raiders' own
			}
			if x.ms[i].Actor.Country != "" && x.ms[i].Actor.Country == x.ms[j].Actor.Country {
				return true
			}
		}
	}
	return false
}

// headIsActor reports whether the actor named in noun phrase k is its head
// ("the presidency", "bombers"), not a word before it ("the Pakistani
// allegations", "the Paris agreement"). An entry that names the object's
// words and does not mark it =T says the object is a thing: its actor is
// a target only when the thing is someone's.
func (x *sent) headIsActor(k int) bool {
	mi := x.actorOf[k]
	if mi < 0 {
		return false
	}
	h := x.s.Tokens[x.an.Chunks[k].Head]
	return x.ms[mi].Start <= h.Start && x.ms[mi].End >= h.End
}

// patientPhrase reports whether noun phrase np is the object of an "on",
// "against" or "at" phrase on act noun o: whom the act would strike ("any
// attack on its nuclear sites", "an incursion against its territory").
func (x *sent) patientPhrase(o, np int) bool {
	pp := x.an.Governor(np, dateline.RelPObj)
	if pp < 0 || x.an.Governor(pp, dateline.RelNMod) != o {
		return false
	}
	switch x.s.Tokens[x.an.Chunks[pp].Head].Lower {
	case "on", "against", "at", "upon":
		return true
	}
	return false
}

// actorPhrase returns the phrase that names who is meant by noun phrase
// k: itself when it names an actor, else its possessor ("Israel 's
// decision"), else the source of the event it names ("the Israeli raids").
func (x *sent) actorPhrase(k int) int {
	if x.actorOf[k] >= 0 {
		return k
	}
	if ap := x.an.Dependent(k, dateline.RelAppos); ap >= 0 && x.headIsActor(ap) && x.ms[x.actorOf[ap]].Actor.Country != "" {
		return ap // "Russia's ally, Belarus,": the apposition names who is meant, not the owner
	}
	if pp := x.an.Governor(k, dateline.RelPObj); pp >= 0 && x.helpedBy(pp, k) {
		return k // "signed a deal with the help of Qatar": a helper, not whom "with" names
	}
	if x.an.Words[x.an.Chunks[k].Head].Roles&dateline.RoleQuantity != 0 {
		// "scores of refugees", "thousands of protesters"
		for pp := range x.an.Dependents(k, dateline.RelNMod) {
			if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "of" {
				if np := x.an.Dependent(pp, dateline.RelPObj); np > k {
					if x.actorOf[np] >= 0 {
						return np
					}
					if x.an.Words[x.an.Chunks[np].Head].Roles&dateline.RoleQuantity != 0 {
						return x.actorPhrase(np) // "hundreds of thousands of supporters"
					}
				}
			}
		}
	}
	if ps := x.an.Dependent(k, dateline.RelPoss); ps >= 0 && x.actorOf[ps] >= 0 {
		return ps
	}
	if q, ok := x.predAt(k); ok {
		if s, _ := x.nounSource(&x.preds[q]); len(s) > 0 {
			return s[0]
		}
	}
	if np := x.byAgent(k); np >= 0 {
		return np
	}
	for pass := 0; pass < 2; pass++ {
		for pp := range x.an.Dependents(k, dateline.RelNMod) {
			// "an admission by Moscow", "demands from UNITA", "action
			// against Russia", "the head of the government"; a "by"
			// phrase first: "the killing of a student by police" is the
			// police's act
			switch w := x.s.Tokens[x.an.Chunks[pp].Head].Lower; {
			case pass == 0 && w == "by" && x.ofEvent(k):
				// "the shelling of Kharkiv by Russian forces": the "by"
				// phrase is the event noun's doer, not the city's
			case pass == 1 && w == "from" && x.an.Words[x.an.Chunks[k].Head].Tag == dateline.TagNNP:
				// "fired rockets at southern Israel from Gaza": a name's
				// "from" phrase says where from, not whose
			case pass == 0 && w == "by" && x.passiveAgent(pp) && len(x.nounsAt(x.an.Chunks[k].Head)) == 0:
				// "aid was sent to the region by Japan", "troops were
				// deployed to the border by India": the passive verb's
				// agent, not whose the place is
			case pass == 0 && w == "by", pass == 1 && (w == "from" || w == "against" || w == "with" || w == "on" || w == "to" || w == "of" && (x.cooperative || !x.ofVictim(k))):
				np := x.an.Dependent(pp, dateline.RelPObj)
				if np >= 0 && x.actorOf[np] >= 0 && !x.helpedBy(pp, np) {
					return np
				}
				if np >= 0 && w == "of" {
					// "the broadcasts of foreign news channels, including
					// France 24": whose they are, as the members named say
					if inc := x.including(np); len(inc) > 0 && x.actorOf[inc[0]] >= 0 {
						return inc[0]
					}
					// "an offer of talks from the rebels", "a proposal of
					// aid by Japan": a proposal's "of" phrase says what is
					// offered; the author phrase read as its modifier is
					// the proposal's
					if x.l.InSet("offered", x.headLemma(k)) {
						if a := x.authorOf(np); a >= 0 {
							return a
						}
					}
				}
			}
		}
	}
	if p := x.partnerAt(k, 1); p >= 0 && (x.cooperative || !x.ofVictim(k)) {
		return p // "parties to the conflict in Iraq": one phrase further
	}
	if np := x.participleAgent(k); np >= 0 {
		return np
	}
	if x.actorOf[k] < 0 && x.violentNoun(k) {
		if d := x.claimedDoer(k); d >= 0 {
			return d // "a bombing blamed on al-Shabaab killed": whom the blame names
		}
	}
	if o := x.carried(k); o >= 0 {
		return o
	}
	return k
}

// authorOf returns the actor phrase of a "from" or "by" phrase that
// modifies phrase k ("talks from the rebels"), or -1.
func (x *sent) authorOf(k int) int {
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		if w := x.s.Tokens[x.an.Chunks[pp].Head].Lower; w == "from" || w == "by" {
			if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
				return np
			}
		}
	}
	return -1
}

// joiner returns the subject of a verb of joining (the &joining set)
// whose object, src, does the act of the participle clause ci that "in"
// opens: "Britain joined France in condemning the attack" is Britain's
// condemnation as well as France's. Only a joining told as done: "did not
// join", "will join" and "refused to join France in" add no one.
// Else -1.
func (x *sent) joiner(ci, src int) int {
	an := x.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || c.Verb < 1 {
		return -1
	}
	pv := an.Clauses[c.Parent].Verb
	if vg := an.Chunks[pv].Verb; vg.Neg || vg.Modal != "" || vg.Tense != dateline.TensePast && !vg.Perfect ||
		an.Clauses[c.Parent].Kind != dateline.ClauseMain && an.Clauses[c.Parent].Kind != dateline.ClauseComplement {
		return -1 // "will join", "refused to join": the joining is not told as done
	}
	if an.Dependent(pv, dateline.RelObj) != src || !x.l.InSet("joining", an.Words[an.Chunks[pv].Head].Lemma) {
		return -1
	}
	if pp := an.Chunks[c.Verb-1]; pp.Kind != dateline.ChunkPP || x.s.Tokens[pp.Head].Lower != "in" {
		return -1
	}
	return an.Dependent(pv, dateline.RelSubj)
}

// participleAgent returns the agent of a participle clause on noun phrase
// k that names an actor ("war crimes committed by Russian forces",
// "weapons supplied by Iran"): whose the thing is; else -1. People held
// or freed are not their captors' ("the prisoners, released by Iran,
// landed in Doha": the landing is not Iran's).
func (x *sent) participleAgent(k int) int {
	an := x.an
	v := an.Governor(k, dateline.RelSubj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG {
		return -1
	}
	if x.l.nounInSet("detainee", x.headLemma(k)) { // after the structure: a set's members are compared one by one
		return -1
	}
	if ci := x.clauseOfVerb(v); ci < 0 || an.Clauses[ci].Kind != dateline.ClauseParticipial {
		return -1
	}
	if ag := an.Dependent(v, dateline.RelAgent); ag >= 0 && x.actorOf[ag] >= 0 && !x.judgedAttack(k, v) {
		return ag
	}
	return -1
}

// tellsAttack reports whether a participle of code on an attack's noun
// tells the attack itself: a claim of it (015, "claimed by") or an act of
// force ("carried out by"), not a judgement of it ("condemned by").
func (x *sent) tellsAttack(code string) bool {
	return strings.HasPrefix(code, "015") || x.l.Violent(code)
}

// judgedAttack reports whether participle v on the attack noun k is an
// act of its own that another does about the attack, not the attack
// told again: "an attack condemned by Pakistan" names who condemned it,
// not who attacked ("claimed by", "carried out by", "led by" do).
func (x *sent) judgedAttack(k, v int) bool {
	if !x.violentNoun(k) {
		return false
	}
	for i := range x.preds {
		if q := &x.preds[i]; q.vg == v {
			return !x.tellsAttack(q.code)
		}
	}
	return false
}

// madeBy returns who made the object of pred p's verb, told by the agent
// of a participle or the subject of a relative clause on it ("accepted a
// peace plan drawn up by the OAU", "rejected a resolution the Security
// Council adopted"), when it is not one of src; else -1. Only for acts
// short of force: "retook the town the troops had captured" names whom
// the town was taken from only by inference.
func (x *sent) madeBy(p *pred, src []int) int {
	o := x.an.Dependent(p.vg, dateline.RelObj)
	if o < 0 || x.l.codes[p.code].QuadClass >= 4 {
		return -1
	}
	if mi := x.actorOf[o]; mi >= 0 && (x.headIsActor(o) || x.ms[mi].Kind != dateline.KindOrganization) {
		// "a U.N. resolution drafted by France": a body on the thing only
		// names its forum; "the Egyptian proposal" is Egypt's
		return -1
	}
	k := x.participleAgent(o)
	if k < 0 {
		k = x.relativeAuthor(o)
	}
	if k < 0 || x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
		return -1
	}
	return k
}

// relativeAuthor returns the subject of a relative clause on noun phrase k,
// not set off by a comma, whose active verb has k as its object, when it
// names an actor: who made the thing ("a resolution the Security Council
// adopted", "the plan which Norway drew up"); else -1. A clause after a
// comma only adds to a thing already named ("signed a ceasefire, which
// Egypt mediated").
func (x *sent) relativeAuthor(k int) int {
	an := x.an
	for _, ci := range x.relativesOn(k) {
		c := &an.Clauses[ci]
		v := c.Verb
		if an.Chunks[v].Verb.Passive || an.Dependent(v, dateline.RelObj) != k || c.Opener > 0 && an.Words[c.Opener-1].Tag == dateline.TagComma {
			continue
		}
		if s := an.Dependent(v, dateline.RelSubj); s >= 0 && s != k && x.actorOf[s] >= 0 {
			return s
		}
	}
	return -1
}

// haven returns the subject of a relative clause opened by "where" right
// after noun phrase k, when it names an actor: those the place holds
// ("struck camps where militants were training"); else -1.
func (x *sent) haven(k int) int {
	an := x.an
	for _, c := range an.Clauses {
		if c.Kind != dateline.ClauseRelative || c.Verb < 0 || c.Opener < 1 || x.s.Tokens[c.Opener].Lower != "where" || int(an.Words[c.Opener-1].Chunk) != k {
			continue
		}
		if s := an.Dependent(c.Verb, dateline.RelSubj); s >= 0 && x.actorOf[s] >= 0 {
			return s
		}
	}
	return -1
}

// carried returns the phrase naming whom noun phrase k carries, told in a
// participle on it of a verb of &conveyance ("buses carrying the
// students", "a convoy transporting aid workers"), when it names an actor;
// else -1.
func (x *sent) carried(k int) int {
	v := x.an.Governor(k, dateline.RelSubj)
	if v < 0 || x.an.Chunks[v].Kind != dateline.ChunkVG || x.an.Chunks[v].Verb.Finite || !x.l.InSet("conveyance", x.an.Words[x.an.Chunks[v].Head].Lemma) {
		return -1
	}
	o := x.an.Dependent(v, dateline.RelObj)
	if o >= 0 && x.actorOf[o] >= 0 {
		return o
	}
	if o >= 0 && x.l.InSet("humaid", x.headLemma(o)) {
		return x.reliefFrom(o) // "trucks carrying food from Armenia": relief is sent by whom it comes from
	}
	return -1
}

// objectAuthor returns the actor whose the object of verb group vg is, by
// possessor ("Israel 's proposal"), by a "from" or "by" phrase ("demands
// from NATO") or by a country's name or adjective on a thing ("froze Iraqi
// assets"), when it is not one of src; else -1.
func (x *sent) objectAuthor(vg int, src []int) int {
	o := x.an.Dependent(vg, dateline.RelObj)
	if o < 0 {
		return -1
	}
	if x.actorOf[o] >= 0 {
		// "froze Iraqi assets", "banned Russian imports": a thing the
		// object's nationality says whose it is, when the entry's own
		// phrase ("assets of Iraq") is missing
		// (a country the phrase itself names: not one an agent word took
		// from the sentence, "exchanged artillery fire" after "Cambodian")
		// ("the European offer": a region's adjective naming its body, as a country's names it)
		// ("stopped his convoy" after the minister: the owner's pronoun,
		// which the actor stage reads over the whole phrase; not "its",
		// most often the doer's own: "launched its rebellion")
		if m := x.ms[x.actorOf[o]]; (m.Kind == dateline.KindCountry || m.Kind == dateline.KindAgent || m.Rule == "region+measure") && m.Actor.Country != "" &&
			(!x.headIsActor(o) || x.pronounOwned(o) && x.s.Tokens[x.an.Chunks[o].From].Lower != "its" && strings.HasPrefix(m.Rule, "coref:pronoun") && strings.HasSuffix(m.Rule, "+possessive") && !x.srcCountry(src, m.Actor.Country)) &&
			!strings.Contains(m.Rule, "sentence-") && !x.sameActors([]int{x.actorOf[o]}, x.actorsOf(src)) {
			return o
		}
		return -1
	}
	k := x.an.Dependent(o, dateline.RelPoss)
	for pp := range x.an.Dependents(o, dateline.RelNMod) {
		if w := x.s.Tokens[x.an.Chunks[pp].Head].Lower; k < 0 && (w == "from" || w == "by") {
			k = x.an.Dependent(pp, dateline.RelPObj)
		}
	}
	if k < 0 || x.actorOf[k] < 0 || x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
		return -1
	}
	return k
}

// srcCountry reports whether any of the source phrases src names an actor
// of country c ("recalled its ambassador": the pronoun's owner is the
// doer's own state, whatever the sector).
func (x *sent) srcCountry(src []int, c string) bool {
	for _, k := range src {
		if k >= 0 && x.actorOf[x.actorPhrase(k)] >= 0 && x.ms[x.actorOf[x.actorPhrase(k)]].Actor.Country == c {
			return true
		}
	}
	return false
}

// elided returns the phrase a bare number stands for when it is the
// object of verb group vg: the object of the verb vg is coordinated with
// ("killed two soldiers and wounded five", "killing one person and
// arresting 12", "wounded 20 others"); else o itself.
func (x *sent) elided(vg, o int) int {
	c := &x.an.Chunks[o]
	h := c.Head
	bare := c.From == h && x.an.Words[h].Tag == dateline.TagCD
	// "wounded 20 others", "beat several others", "wounded dozens (more)":
	// a count word alone or after a number or another count stands for
	// the same kind of people too
	counted := x.an.Words[h].Roles&dateline.RoleQuantity != 0 && (c.From == h || c.From == h-1 && (x.an.Words[h-1].Tag == dateline.TagCD || x.an.Words[h-1].Roles&dateline.RoleQuantity != 0))
	if x.actorOf[o] >= 0 || !bare && !counted || x.actorOf[x.actorPhrase(o)] >= 0 {
		return o
	}
	var vs []int
	if g := x.an.Governor(vg, dateline.RelConj); g >= 0 {
		vs = append(vs, g)
	}
	vs = slices.AppendSeq(vs, x.an.Dependents(vg, dateline.RelConj))
	for _, v := range vs {
		if k := x.an.Dependent(v, dateline.RelObj); k >= 0 && k != o && x.actorOf[x.actorPhrase(k)] >= 0 {
			return k
		}
	}
	return o
}

// partner returns the actor a noun phrase's "with", "on" or "against"
// phrase names, or -1.
func (x *sent) partner(k int) int {
	return x.partnerAt(k, 0)
}

// prepThingPartner returns the party of the noun phrase that p's entry
// names by its words after a preposition ("walk_away
// from:agreement|treaty|deal": "walked away from the deal with France"),
// in its "with" phrase or a relative clause or participle on it,
// when that phrase names no actor itself and the partner is not the
// source's own nor whom the thing's people oppose; else -1.
func (x *sent) prepThingPartner(p *pred, e *entry, src []int) int {
	for i := range e.args {
		a := &e.args[i]
		if a.rel != argPrep || a.heads == nil || a.heads.not || len(a.heads.words) == 0 && len(a.heads.tails) == 0 || i >= len(p.bind) {
			continue
		}
		np := p.bind[i]
		if np < 0 || x.actorOf[np] >= 0 && (x.headIsActor(np) || !x.pronounOwned(np)) {
			return -1 // ("its nuclear deal": the owner's pronoun names no party)
		}
		k := -1
		for pp := range x.an.Dependents(np, dateline.RelNMod) {
			// only "with": "the sidelines of the summit", "the rights of
			// migrants", "a solution to the dispute" name no party
			if w := x.an.Dependent(pp, dateline.RelPObj); k < 0 && w >= 0 && x.s.Tokens[x.an.Chunks[pp].Head].Lower == "with" && x.actorOf[w] >= 0 && !x.helpedBy(pp, w) {
				k = w
			}
		}
		if k < 0 {
			k = x.partnerInRelative(np)
		}
		if k < 0 || x.opposes(k) || len(src) > 0 && x.sameActors(x.actorsOf([]int{k}), x.actorsOf(src)) {
			return -1
		}
		return k
	}
	return -1
}

// ofActor returns the actor phrase of noun phrase k's "of" phrase ("a
// meeting of EU leaders"), or -1.
func (x *sent) ofActor(k int) int {
	if np := x.ofObject(k); np >= 0 && x.actorOf[np] >= 0 {
		return np
	}
	return -1
}

// measureOwner returns, for an event noun k that undoes something ("the
// lifting of American sanctions", "an end to the Israeli siege"), the
// actor whose the thing undone is, named in its "of" or "to" phrase by a
// word before its head, a possessor, a "by" phrase or a participle's
// agent; -1 when that phrase's head is an actor ("the release of the
// prisoners": whom it frees) or it names only whom the thing falls on
// ("sanctions on Syria").
func (x *sent) measureOwner(k int) int {
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		if w := x.s.Tokens[x.an.Chunks[pp].Head].Lower; w != "of" && w != "to" {
			continue
		}
		np := x.an.Dependent(pp, dateline.RelPObj)
		switch {
		case np < 0 || x.actorOf[np] >= 0 && x.headIsActor(np):
		case x.actorOf[np] >= 0:
			return np // "American sanctions"
		case x.an.Dependent(np, dateline.RelPoss) >= 0 && x.actorOf[x.an.Dependent(np, dateline.RelPoss)] >= 0:
			return x.an.Dependent(np, dateline.RelPoss) // "Israel's blockade"
		default:
			if a := x.byAgent(np); a >= 0 {
				return a // "the blockade by Israel"
			}
			if a := x.participleAgent(np); a >= 0 {
				return a // "sanctions imposed by the EU"
			}
		}
	}
	return -1
}

// partnerAt looks for a partner through a chain of prepositional phrases:
// "embargoes on sales to Iran", "the blockade of Serbia".
func (x *sent) partnerAt(k, depth int) int {
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		switch x.s.Tokens[x.an.Chunks[pp].Head].Lower {
		case "with", "on", "against", "to", "of":
			np := x.an.Dependent(pp, dateline.RelPObj)
			if np < 0 || x.helpedBy(pp, np) {
				continue // "with American help", "with the help of": a helper
			}
			if x.actorOf[np] >= 0 {
				if depth < 2 && x.an.Words[x.an.Chunks[np].From].Tag == dateline.TagPRPS && !x.headIsActor(np) {
					// "closed two of its border crossings with Belarus": the
					// part is of the doer's own thing; the partner is further on
					if p := x.partnerAt(np, depth+1); p >= 0 {
						return p
					}
				}
				return np
			}
			if depth < 2 {
				if p := x.partnerAt(np, depth+1); p >= 0 {
					return p
				}
			}
		}
	}
	if depth == 0 {
		return x.partnerInRelative(k)
	}
	return -1
}

// opposes reports whether noun phrase k is the object of an "against"
// phrase: whom its head's people oppose ("the protest against the
// president").
func (x *sent) opposes(k int) bool {
	pp := x.an.Governor(k, dateline.RelPObj)
	return pp >= 0 && x.s.Tokens[x.an.Chunks[pp].Head].Lower == "against"
}

// helpedBy reports whether preposition phrase pp, holding noun phrase np,
// is "with" the help of someone (the &backing set: "seized the airport
// with the support of Turkish drones") or "on" someone's behalf (the
// &behalf set: "mediated the talks on behalf of the UN"): whoever np's own
// phrases name helps the doer or is the one it acts for, and is no partner
// or target of the act.
func (x *sent) helpedBy(pp, np int) bool {
	switch x.s.Tokens[x.an.Chunks[pp].Head].Lower {
	case "with":
		return x.l.InSet("backing", x.headLemma(np))
	case "on", "in":
		return x.l.InSet("behalf", x.headLemma(np))
	}
	return false
}

// partnerInRelative looks for the partner in a relative clause on phrase
// k: "withdrew the trade status it had extended to Pakistan", "cut the aid
// that was promised to Kenya"; or in a passive participle on it, the
// relative clause cut short: "suspended the trade deal negotiated with
// Uganda", "violated the truce agreed with Eritrea".
func (x *sent) partnerInRelative(k int) int {
	an := x.an
	for _, ci := range x.relativesOn(k) {
		for pp := range an.Dependents(an.Clauses[ci].Verb, dateline.RelObl) {
			switch x.s.Tokens[an.Chunks[pp].Head].Lower {
			case "with", "on", "against", "to":
				if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
					return np
				}
			}
		}
	}
	// (a participle's "on" phrase is as often a time as a party: "talks
	// brokered by the secretary-general on his last day")
	if v := an.Governor(k, dateline.RelSubj); v >= 0 && an.Chunks[v].Kind == dateline.ChunkVG && an.Chunks[v].Verb.Passive {
		if ci := x.clauseOfVerb(v); ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseParticipial {
			for pp := range an.Dependents(v, dateline.RelObl) {
				switch x.s.Tokens[an.Chunks[pp].Head].Lower {
				case "with", "against", "to":
					if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
						return np
					}
				}
			}
		}
	}
	return -1
}

// protesting returns the sector of the people noun phrase k names by a
// protest a relative clause says they make (policy.tsv's mass=: "anyone
// who joined the march", "those who took part in the strike"), or "".
func (x *sent) protesting(k int) string {
	for _, ci := range x.relativesOn(k) {
		v := x.an.Clauses[ci].Verb
		if q, ok := x.predAt(v); ok && x.an.Dependent(v, dateline.RelSubj) == k {
			if sector := x.l.mass(x.preds[q].code); sector != "" {
				return sector
			}
		}
	}
	return ""
}

// relativesOn returns the relative clauses on noun phrase k: those whose
// subject is k ("the soldiers who seized power", "the aid that was
// promised to Kenya"), or whose active verb has k as object ("the status
// it had extended to Pakistan").
func (x *sent) relativesOn(k int) []int {
	an := x.an
	var out []int
	for ci, c := range an.Clauses {
		if c.Kind != dateline.ClauseRelative || c.Verb < 0 {
			continue
		}
		if an.Dependent(c.Verb, dateline.RelSubj) == k ||
			!an.Chunks[c.Verb].Verb.Passive && an.Dependent(c.Verb, dateline.RelObj) == k {
			out = append(out, ci)
		}
	}
	return out
}

// commonOnly reports whether the phrases nps name no actor and no name:
// common nouns only ("exports of coal"), not a place that may stand for
// its state ("the embassy in Havana").
func (x *sent) commonOnly(nps []int) bool {
	for _, k := range nps {
		if k < 0 {
			continue
		}
		c := &x.an.Chunks[k]
		if x.actorOf[k] >= 0 || c.Named || x.an.Words[c.Head].Tag == dateline.TagNNP || x.an.Words[c.Head].Tag == dateline.TagNNPS {
			return false
		}
	}
	return true
}

// sender returns, for light verb lv, a participle of &conveyance whose
// subject s names no actor, the subject of the verb of &dispatch that has
// s for its object ("India flew transport planes carrying relief
// supplies": India, not the planes; not "attacked trucks carrying aid");
// else -1.
func (x *sent) sender(lv, s int) int {
	an := x.an
	if x.actorOf[s] >= 0 || an.Chunks[lv].Verb.Finite || !x.l.InSet("conveyance", an.Words[an.Chunks[lv].Head].Lemma) {
		return -1
	}
	v := an.Governor(s, dateline.RelObj)
	if v < 0 || an.Chunks[v].Verb.Passive || !x.l.InSet("dispatch", an.Words[an.Chunks[v].Head].Lemma) {
		return -1
	}
	if subj := an.Dependent(v, dateline.RelSubj); subj >= 0 && x.actorOf[subj] >= 0 {
		return subj
	}
	return -1
}

// nounSource finds who does an event named by a noun: a light verb's
// subject ("held talks"), the possessor ("Israel 's attack"), an actor
// inside the phrase ("Israeli air raids"), or the "by" phrase.
func (x *sent) nounSource(p *pred) ([]int, string) {
	an := x.an
	if p.light >= 0 && !an.Chunks[p.light].Verb.Passive {
		if s := an.Dependent(p.light, dateline.RelSubj); s >= 0 {
			if sender := x.sender(p.light, s); sender >= 0 {
				return []int{sender}, "who sent what carries it"
			}
			return []int{s}, "light verb subject"
		}
	}
	if p.light >= 0 && an.Chunks[p.light].Verb.Passive {
		if ag := an.Dependent(p.light, dateline.RelAgent); ag >= 0 {
			return []int{ag}, "light verb agent" // "an inquiry was opened by prosecutors"
		}
	}
	by := x.byObject(p.np)
	if by < 0 {
		by = x.byAgent(p.np) // "the shelling of Kharkiv by Russian forces"
	}
	ps := an.Dependent(p.np, dateline.RelPoss)
	if ps >= 0 && by >= 0 && x.actorOf[by] >= 0 {
		return []int{by}, "by" // "their arrest by security forces": the possessor is whom it was done to
	}
	if ps >= 0 && x.actorOf[ps] >= 0 {
		return []int{ps}, "possessor"
	}
	if x.actorOf[p.np] >= 0 {
		return []int{p.np}, "modifier"
	}
	if by >= 0 {
		return []int{by}, "by"
	}
	return nil, ""
}

// doersBy reports whether noun event p takes its doers from its "by"
// phrase: "strikes by French and UN helicopters" were done together, not by
// each to the other, as "French and UN forces clashed" would be.
func (x *sent) doersBy(p *pred) bool {
	if p.np < 0 {
		return false
	}
	_, how := x.nounSource(p)
	return how == "by"
}

// respectively reports whether clause ci has a word that pairs its
// lists in order ("respectively").
func (x *sent) respectively(ci int) bool {
	for _, w := range x.an.Words {
		if w.Roles&dateline.RoleRespective != 0 && w.Chunk >= 0 && x.an.Chunks[w.Chunk].Clause == ci {
			return true
		}
	}
	return false
}

// topicObject reports whether the object of p, an entry that names no
// target, is what subjects on two sides talk or agree about rather than
// whom the act is done to: the act is one they do to each other (mutual in
// policy.tsv or on the entry, not oneway), and the subject names more than
// one side ("Putin and Erdogan discussed Syria", "Iran and Iraq negotiated a
// deal on the Kurds"). A single subject ("Kenya discussed Somalia") keeps
// the object's actor, as does a frame, whose object is the act it speaks of
// ("France and Germany reaffirmed their commitment to Ukraine": to Ukraine).
func (x *sent) topicObject(p *pred, e *entry, src []int) bool {
	if len(src) == 0 || e.oneway || e.frame || !(e.mutual || x.l.has(p.code, flagMutual)) || x.doersBy(p) {
		return false
	}
	if o := x.an.Dependent(p.vg, dateline.RelObj); o >= 0 {
		for _, n := range x.nounsAt(x.an.Chunks[o].Head) {
			if n.code[:2] == p.code[:2] {
				// "Kenya and Uganda attended an EU meeting": an object that
				// names an act of the same kind is an occasion its actor
				// holds, with whom they do it
				return false
			}
		}
	}
	by := x.actorsOf(src)
	return len(by) > 1 && x.twoSides(by)
}

// aimedAtThing reports whether an act of force p has for its target the
// verb's object, a phrase that names no actor and no act: "Kenyan and
// Ugandan troops attacked the town", "police and soldiers stormed the
// building" aim at the thing together, not at each other, as "clashed"
// or "fought a war" would be.
func (x *sent) aimedAtThing(p *pred, tgt []int) bool {
	if p.vg < 0 || !x.l.has(p.code, flagViolent) || len(tgt) == 0 || tgt[0] < 0 || len(x.actorsOf(tgt)) > 0 {
		return false
	}
	if x.an.Dependent(p.vg, dateline.RelObj) != tgt[0] || x.actNoun(x.headLemma(tgt[0])) != 0 {
		return false
	}
	for _, a := range p.e.args {
		if a.rel == argObj && a.role == 'T' {
			return true // the entry aims the act at its object: "attack obj=T"
		}
	}
	return false // "clashed there several times": an object the entry does not take
}

// coordinatedSpan returns the span of noun phrase k and the phrases
// coordinated with it ("Rome and Madrid").
func (x *sent) coordinatedSpan(k int) dateline.Span {
	last := k
	for c := range x.an.Dependents(k, dateline.RelConj) {
		last = max(last, c)
	}
	return dateline.Span{Start: x.s.Tokens[x.an.Chunks[k].From].Start, End: x.s.Tokens[x.an.Chunks[last].To-1].End}
}

// conjuncts returns noun phrase k and those coordinated with it.
func (x *sent) conjuncts(k int) []int { return x.appendConjuncts(nil, k) }

// appendConjuncts appends conjuncts(k) to out: a caller that only reads
// them passes a buffer of its own, and the per-sentence path allocates none.
func (x *sent) appendConjuncts(out []int, k int) []int {
	out = append(out, k)
	out = slices.AppendSeq(out, x.an.Dependents(k, dateline.RelConj))
	if ap := x.an.Dependent(k, dateline.RelAppos); ap >= 0 {
		// "the prime minister, Fayez Serraj, and Gen. Hifter"
		out = slices.AppendSeq(out, x.an.Dependents(ap, dateline.RelConj))
	}
	return append(out, x.origins(k)...)
}

// origins returns the places joined to the one an agent is said to be
// from, when the agent took its country from that phrase: "officials from
// Turkey and Greece" are of both. The actor stage leaves "from Turkey" a
// phrase of its own, so that a verb may take it instead ("withdrew troops
// from Turkey"), and codes the agent by it.
func (x *sent) origins(k int) []int {
	mi := x.actorOf[k]
	if mi < 0 || x.ms[mi].Kind != dateline.KindAgent || x.ms[mi].Actor.Country == "" {
		return nil
	}
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower != "from" {
			continue
		}
		np := x.an.Dependent(pp, dateline.RelPObj)
		if np < 0 || x.actorOf[np] < 0 || x.ms[x.actorOf[np]].Actor.Country != x.ms[mi].Actor.Country {
			continue
		}
		return slices.Collect(x.an.Dependents(np, dateline.RelConj))
	}
	return nil
}

// actorsOf returns the mentions the noun phrases name, each coordinated
// phrase with its own, and an unnamed agent replaced by the person in
// apposition ("the prime minister, Fayez Serraj,").
func (x *sent) actorsOf(nps []int) []int {
	var out []int // a handful: a mention already in it is found by looking, no map
	for _, k := range nps {
		if k < 0 {
			continue // a role no phrase fills
		}
		if inc := x.including(k); len(inc) > 0 && x.namesAnyone(inc[0]) {
			// "other leaders ..., including Le Drian and Medvedev": those
			// named, when they are known ("leaders of the movement,
			// including Jatuporn Prompan,": the leaders)
			k = inc[0]
		}
		var buf [8]int
		for _, c := range x.phrasesOf(buf[:0], k) {
			mi := x.actorOf[c]
			if mi < 0 {
				if ap := x.an.Dependent(c, dateline.RelAppos); ap >= 0 {
					mi = x.actorOf[ap]
				} else if ap := x.an.Governor(c, dateline.RelAppos); ap >= 0 {
					mi = x.actorOf[ap]
				}
			} else if x.ms[mi].Kind == dateline.KindAgent {
				if ap := x.an.Dependent(c, dateline.RelAppos); ap >= 0 && x.actorOf[ap] >= 0 && x.ms[x.actorOf[ap]].Kind == dateline.KindPerson {
					mi = x.actorOf[ap]
				}
			} else if ap := x.an.Dependent(c, dateline.RelAppos); ap >= 0 && x.actorOf[ap] >= 0 && !x.namesHead([]int{mi}) && x.namesHead([]int{x.actorOf[ap]}) {
				// "criticised its neighbour, Ethiopia,": the phrase's own
				// mention is only its owner; the apposition names it
				mi = x.actorOf[ap]
			}
			if mi >= 0 && !slices.Contains(out, mi) {
				out = append(out, mi)
			}
			if mi >= 0 && x.actorOf[c] == mi && x.group(mi) {
				// "the two leaders", "both men", "each other": one mention
				// per member over the same words
				for _, o := range x.also[c] {
					if !slices.Contains(out, o) && x.ms[o].Span == x.ms[mi].Span {
						out = append(out, o)
					}
				}
			} else if x.actorOf[c] == mi && x.joined(c) {
				for _, o := range x.also[c] {
					if !slices.Contains(out, o) && x.ms[o].Actor.Country != x.ms[mi].Actor.Country {
						out = append(out, o)
					}
				}
			}
		}
	}
	return out
}

// phrasesOf returns the phrases that name who noun phrase k means: each
// conjunct's actor phrase, and when that lies further on ("scores of
// Sierra Leonean and Liberian refugees") the conjuncts there.
// They are appended to out, a buffer the caller may own.
func (x *sent) phrasesOf(out []int, k int) []int {
	var buf [8]int
	for _, c := range x.appendConjuncts(buf[:0], k) {
		ap := x.actorPhrase(c)
		if ap == c {
			out = append(out, ap)
			continue
		}
		out = x.appendConjuncts(out, ap)
	}
	return out
}

// including returns the noun phrases an unnamed agent's "including"
// phrase names, when the agent has no country of its own.
func (x *sent) including(k int) []int {
	if mi := x.actorOf[k]; mi >= 0 && x.ms[mi].Actor.Country != "" && !x.contextCountry(mi) {
		return nil
	}
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "including" {
			if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 {
				return []int{np}
			}
		}
	}
	// ", including X and Y" after a comma attaches to nothing: look right
	for j := k + 1; j < len(x.an.Chunks) && j <= k+6; j++ {
		cj := &x.an.Chunks[j]
		if cj.Kind == dateline.ChunkPP && x.s.Tokens[cj.Head].Lower == "including" && x.an.Governor(j, dateline.RelNMod) < 0 {
			// (not "a pen ... before 2,500 guests including Ban": the
			// guests' members, not the pen's)
			if np := x.an.Dependent(j, dateline.RelPObj); np >= 0 {
				return []int{np}
			}
		}
		if cj.Kind == dateline.ChunkVG && cj.Verb.Finite || cj.Kind == dateline.ChunkSub {
			break
		}
	}
	return nil
}

// namesAnyone reports whether noun phrase k, or a phrase coordinated with
// it, names an actor.
func (x *sent) namesAnyone(k int) bool {
	var buf [8]int
	for _, c := range x.phrasesOf(buf[:0], k) {
		if x.actorOf[c] >= 0 {
			return true
		}
	}
	return false
}

// namedOnly drops, from a list of several mentions, the unnamed agents
// with no country ("Conte and other leaders": Conte).
func (x *sent) namedOnly(ms []int) []int {
	known := false
	for _, m := range ms {
		if x.ms[m].Actor.Country != "" {
			known = true
		}
	}
	if !known || len(ms) < 2 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if x.ms[m].Actor.Country != "" || x.ms[m].Kind == dateline.KindPerson {
			out = append(out, m)
		}
	}
	return out
}

// actorsOfExact returns the mentions the noun phrases name, without their
// conjuncts.
func (x *sent) actorsOfExact(nps []int) []int {
	var out []int
	for _, k := range nps {
		if k < 0 {
			continue
		}
		c := x.actorPhrase(k)
		ap := x.an.Dependent(c, dateline.RelAppos)
		if mi := x.actorOf[c]; mi >= 0 && !(ap >= 0 && x.actorOf[ap] >= 0 && !x.namesHead([]int{mi}) && x.namesHead([]int{x.actorOf[ap]})) {
			out = append(out, mi)
		} else if ap >= 0 && x.actorOf[ap] >= 0 {
			out = append(out, x.actorOf[ap]) // ("Russia's ally, Belarus,": the apposition names it)
		}
	}
	return out
}

// notBy leaves out the phrases whose head is in the noun set name: "the
// victims killed by the crash" were killed by no one.
func (x *sent) notBy(nps []int, set string) []int {
	out := nps[:0:0]
	for _, k := range nps {
		if !x.l.InSet(set, x.headLemma(k)) {
			out = append(out, k)
		}
	}
	return out
}

// notReflexive leaves out a reflexive object: "Iraq attacked itself" is
// no act between two parties.
func (x *sent) notReflexive(nps []int) []int {
	out := nps[:0:0]
	for _, k := range nps {
		if x.an.Words[x.an.Chunks[k].Head].Roles&dateline.RoleReflexive == 0 {
			out = append(out, k)
		}
	}
	return out
}

// partnerWith reports whether the target phrase is the object of "with".
func (x *sent) partnerWith(tgt []int) bool {
	for _, k := range tgt {
		if pp := x.an.Governor(k, dateline.RelPObj); pp >= 0 && x.s.Tokens[x.an.Chunks[pp].Head].Lower == "with" {
			return true
		}
	}
	return false
}

// stateSpeaks reports whether the first source is a state: a country
// named as an actor, or a government.
func (x *sent) stateSpeaks(sources []int) bool {
	if len(sources) == 0 {
		return false
	}
	a := x.ms[sources[0]].Actor
	return len(a.Country) == 3 && (a.Sector == "GOV" || a.Code == a.Country)
}

// answered returns the phrase of pred p that is something said before,
// named as known and by no one ("the remarks", "these accusations"): its
// object, else, when the object is none or no such thing, the target
// phrase its entry names by a preposition ("lashed out at the remarks",
// "took exception to the comments"); else -1.
func (x *sent) answered(p *pred, tgt []int) int {
	if p.vg < 0 {
		return -1
	}
	if o := x.an.Dependent(p.vg, dateline.RelObj); o >= 0 && x.answers(o) {
		return o
	}
	for _, k := range tgt {
		if k >= 0 && x.an.Governor(k, dateline.RelPObj) >= 0 && x.answers(k) {
			return k
		}
	}
	return -1
}

// answers reports whether noun phrase o is something said before, named
// as known and by no one: "the remarks", "these accusations".
func (x *sent) answers(o int) bool {
	if x.actorOf[o] >= 0 || x.an.Chunks[o].Kind != dateline.ChunkNP || !x.l.InSet("utterance", x.headLemma(o)) {
		return false
	}
	if !Definite(x.s, o) && x.s.Tokens[x.an.Chunks[o].From].Lower != "such" {
		if !x.l.InSet("censure", x.headLemma(o)) || x.an.Words[x.an.Chunks[o].From].Tag == dateline.TagDT || x.an.Words[x.an.Chunks[o].From].Tag == dateline.TagPRPS {
			return false
		}
		// "Belgrade rejected criticism", "rejected Western criticism": the
		// criticism laid on it, as "the criticism" is
	}
	for pp := range x.an.Dependents(o, dateline.RelNMod) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "as" {
			continue // "rejected the findings as a fabrication": what the answer calls them
		}
		if np := x.an.Dependent(pp, dateline.RelPObj); np < 0 || !x.an.Chunks[np].Time {
			return false // "the remarks by Erdogan" are Erdogan's; "the remarks on Tuesday" are the last speaker's
		}
	}
	return true
}

// eventTarget reads a target phrase that names an act of material
// conflict (quad class 4), not an actor ("condemned the coup", "the
// attack drew criticism"): the act's own doer when the sentence names one
// ("the coup by the army"), else the act's code, for the caller to find
// who did it before. Other events named so ("snubbed the meeting") are
// no one's act against the source.
func (x *sent) eventTarget(tgt, sources []int) ([]int, string) {
	for _, k := range tgt {
		pi, ok := x.predAt(k)
		if !ok || x.preds[pi].np != k || x.l.codes[x.preds[pi].code].QuadClass != 4 {
			continue
		}
		if src, _ := x.nounSource(&x.preds[pi]); len(src) > 0 {
			if doers := x.namedOnly(without(x.actorsOf(src), sources)); len(doers) > 0 && !(x.sameActors(doers, sources) && x.patientNoun(x.preds[pi].e.head)) {
				// (not "Suu Kyi condemned her arrest": the arrest was done to her)
				return doers, ""
			}
		}
		return nil, x.preds[pi].code
	}
	return nil, ""
}

// deed returns, when the first target phrase names no actor and is an
// act, the least quad class of that act, else 0: 2 for a general noun of
// sets.txt's &deed ("the vote", "the move"), or for an event noun of the
// lexicon ("the expulsions"), also one whose entries ask for words this
// phrase lacks; 4 for an event noun all of whose entries are acts of
// force ("the ouster"). state reports an act only a state does (&stateact:
// "the official results", "the new law").
func (x *sent) deed(tgt []int) (least int, state bool) {
	if len(tgt) == 0 || x.actorOf[tgt[0]] >= 0 || x.an.Chunks[tgt[0]].Kind != dateline.ChunkNP {
		return 0, false
	}
	w := x.an.Words[x.an.Chunks[tgt[0]].Head].Lemma
	if x.l.InSet("stateact", w) {
		return 2, true
	}
	if least := x.actNoun(w); least > 0 || !x.l.Told(w) || !Definite(x.s, tgt[0]) {
		return least, false
	}
	return 2, false // "denounced the proclamation": an act a clause told (nominal.tsv)
}

// toldNoun returns the head lemma of phrase k when it names, with "the",
// "this" or "that", an act a clause of the story told (nominal.tsv: "the
// decree", "the proclamation"), else "".
func (x *sent) toldNoun(k int) string {
	if w := x.headLemma(k); x.l.Told(w) && Definite(x.s, k) {
		return w
	}
	return ""
}

// summary reports whether noun phrase k, a noun of nominal.tsv set off by
// a comma, sums up the clause before it for the relative clause of p that
// judges it: "passed a law, a move that Taipei condemned".
func (x *sent) summary(k int, p *pred) bool {
	c := &x.an.Chunks[k]
	return p.clause >= 0 && x.an.Clauses[p.clause].Kind == dateline.ClauseRelative && c.From > 0 &&
		x.s.Tokens[c.From-1].Lower == "," && x.l.Told(x.headLemma(k)) && k < p.vg
}

// Definite reports whether noun phrase k of sentence s opens with "the",
// "this", "that", "these" or "those": a thing told before, not "a
// proposal" or "plans".
func Definite(s *dateline.Sentence, k int) bool {
	switch s.Tokens[s.Analysis.Chunks[k].From].Lower {
	case "the", "this", "that", "these", "those":
		return true
	}
	return false
}

// deedRejected returns, for a refusal that answers an earlier act
// (policy.tsv's answer on a refusal code) with no target phrase of its
// own, its object when that is a definite general noun of an act
// (sets.txt's &deed and &stateact: "rejected the ban", "rejected the
// move"), or the object of its infinitive of accepting or carrying out
// (&acceptance: "refused to accept the result"); else -1.
func (x *sent) deedRejected(code string, p *pred, tgt []int) int {
	if p.vg < 0 || x.an.Chunks[p.vg].Verb.Passive || !x.l.has(code, flagAnswer) || !x.l.has(code, flagRefusal) {
		return -1
	}
	np := x.an.Dependent(p.vg, dateline.RelObj)
	if v := x.infinitiveOf(p.vg); np < 0 && v >= 0 && x.l.InSet("acceptance", x.an.Words[x.an.Chunks[v].Head].Lemma) {
		// "refused to accept the result", "refused to implement the
		// ruling": a refusal to accept or carry out a deed rejects it; a
		// state's measure ("refused to enforce the curfew") is refused as
		// such (policy.tsv's measure=)
		np = x.an.Dependent(v, dateline.RelObj)
		if np >= 0 && x.measureNoun(x.headLemma(np)) {
			return -1
		}
	}
	if len(tgt) > 0 && !slices.Equal(tgt, []int{np}) {
		return -1
	}
	if np < 0 || x.actorOf[np] >= 0 {
		return -1
	}
	if !Definite(x.s, np) { // an act told before, not "a proposal"
		return -1
	}
	if w := x.headLemma(np); !x.l.InSet("deed", w) && !x.l.InSet("stateact", w) && !x.conflictNoun(w) {
		return -1 // a named kind of act ("the proposal") is refused as asked
	}
	return np
}

// measureNoun reports whether w is an event noun of the lexicon with an
// entry for a measure a state takes (policy.tsv's measure=: "curfew",
// "martial law").
func (x *sent) measureNoun(w string) bool {
	for _, e := range x.l.nouns[w] {
		if x.l.Measure(e.code) != "" {
			return true
		}
	}
	return false
}

// conflictNoun reports whether w is an event noun of the lexicon all of
// whose entries are acts of conflict (quad class 3 or 4: "the annulment",
// "the expulsions"), not a proposal or an offer, which is refused as asked.
func (x *sent) conflictNoun(w string) bool {
	es := x.l.nouns[w]
	for _, e := range es {
		if x.l.codes[e.code].QuadClass < 3 {
			return false
		}
	}
	return len(es) > 0
}

// eventNoun returns the head lemma of phrase k when it is an event noun
// of the lexicon ("the capture", "the killings"), else "": a general noun
// of &deed ("the move") names no kind of act.
func (x *sent) eventNoun(k int) string {
	w := x.an.Words[x.an.Chunks[k].Head].Lemma
	if x.l.InSet("deed", w) || len(x.l.nouns[w]) == 0 {
		return ""
	}
	return w
}

// actNoun returns the least quad class of the act noun w names: 2 for a
// noun of &deed or an event noun of the lexicon with an entry short of
// force, 4 for one all of whose entries are acts of force; 0 for no act.
func (x *sent) actNoun(w string) int {
	if x.l.InSet("deed", w) {
		return 2
	}
	if x.l.InSet("hostilities", w) {
		return 4 // "condemned the violence", "the bloodshed": force
	}
	es := x.l.nouns[w]
	if len(es) == 0 {
		return 0
	}
	for _, e := range es {
		if x.l.codes[e.code].QuadClass != 4 {
			return 2
		}
	}
	return 4
}

// doneToSource returns, for a judgement whose object names an act done
// to the judge itself, the least quad class of that act, else 0: an event
// noun whose "of" phrase is its patient (an entry with of=T: "the ouster
// of", "the arrest of") with the judge as possessor ("called his removal
// a kidnapping", "condemned their arrest"). Who did it is who last acted
// against the judge. "His decision" is his own act, not one done to him.
func (x *sent) doneToSource(p *pred, sources []int) int {
	if p.vg < 0 || len(sources) == 0 {
		return 0
	}
	o := x.an.Dependent(p.vg, dateline.RelObj)
	if x.an.Chunks[p.vg].Verb.Passive {
		o = x.an.Dependent(p.vg, dateline.RelSubj)
	}
	if o < 0 {
		return 0
	}
	var owner []int
	if ps := x.an.Dependent(o, dateline.RelPoss); ps >= 0 {
		owner = x.actorsOf([]int{ps}) // "Zelaya's removal"
	} else if mi := x.actorOf[o]; mi >= 0 && x.an.Words[x.an.Chunks[o].From].Tag == dateline.TagPRPS && x.ms[mi].Start == x.s.Tokens[x.an.Chunks[o].From].Start {
		owner = []int{mi} // "his removal"
	}
	if of := x.ofActor(o); len(owner) == 0 && of >= 0 {
		if ms := x.actorsOf([]int{of}); x.ownedBy(ms, sources) || x.sameActors(ms, sources) {
			owner = sources // "the seizure of its sailors": done to the judge's own
		}
	}
	w := x.headLemma(o)
	if len(owner) == 0 {
		// "denounced the attack on its embassy": the noun's own target
		// phrase names the judge's own
		for pp := range x.an.Dependents(o, dateline.RelNMod) {
			prep := x.s.Tokens[x.an.Chunks[pp].Head].Lower
			if np := x.an.Dependent(pp, dateline.RelPObj); prep != "of" && np >= 0 && x.actorOf[np] >= 0 && x.patientVia(w, prep) {
				if ms := x.actorsOf([]int{np}); x.ownedBy(ms, sources) || x.sameActors(ms, sources) {
					return x.actNoun(w)
				}
			}
		}
	}
	if !x.sameActors(owner, sources) {
		return 0
	}
	if x.patientNoun(w) {
		return x.actNoun(w)
	}
	return 0
}

// patientNoun reports whether event noun w names its patient in its "of"
// phrase (an entry with of=T: "the arrest of", "the ouster of"), so that
// its possessor is whom it is done to ("her arrest").
func (x *sent) patientNoun(w string) bool { return x.patientVia(w, "of") }

// patientVia reports whether event noun w takes its target after
// preposition prep ("an attack on", "the seizure of").
func (x *sent) patientVia(w, prep string) bool {
	for _, e := range x.l.nouns[w] {
		for _, a := range e.args {
			if a.rel == argPrep && a.role == 'T' && slices.Contains(a.preps, prep) {
				return true
			}
		}
	}
	return false
}

// foundOf returns the actor phrase that a clause found by noun phrase np
// is about ("the investigation found that Syrian intelligence had cleared
// out": Syrian intelligence), when np is the subject of a verb with such a
// clause and that actor is not of the sources' side src; else -1.
func (x *sent) foundOf(np int, src []int) int {
	an := x.an
	if np < 0 {
		return -1
	}
	v := an.Governor(np, dateline.RelSubj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Neg {
		return -1
	}
	for c := range an.Dependents(v, dateline.RelComp) {
		s := an.Dependent(c, dateline.RelSubj)
		if an.Chunks[c].Kind != dateline.ChunkVG || s < 0 || an.Chunks[c].Verb.Passive {
			continue
		}
		ap := x.actorPhrase(s)
		if x.actorOf[ap] >= 0 && !x.sameSide(x.actorsOf([]int{ap}), x.actorsOf(src)) {
			return ap
		}
	}
	return -1
}

// ofCountry returns the mentions ms of country c, in place.
func (x *sent) ofCountry(ms []int, c string) []int {
	out := ms[:0]
	for _, m := range ms {
		if x.ms[m].Actor.Country == c {
			out = append(out, m)
		}
	}
	return out
}

// sameSide reports whether some mention of a and some of b are one actor,
// or of one country or body ("a UN investigation" and "UN peacekeepers").
func (x *sent) sameSide(a, b []int) bool {
	if x.sameActors(a, b) {
		return true
	}
	for _, i := range a {
		for _, j := range b {
			if c := x.ms[i].Actor.Country; c != "" && c == x.ms[j].Actor.Country {
				return true
			}
		}
	}
	return false
}

// retaliates reports whether pred p is a retaliation (its verb is in the
// &retaliation set: "retaliated", "hit back"), a threat to answer a deed
// (an entry of root 13 marked future: "said the move would be met with
// force"), or is told as one, in a participial clause on such a verb
// ("hit back, hurling objects").
func (x *sent) retaliates(p *pred) bool {
	if p.vg < 0 {
		return false
	}
	if x.isRetaliation(p.vg) {
		return true
	}
	if (p.answer || p.e.requires(argFuture)) && x.l.has(p.code, flagThreat) {
		// "warned that any punishment would be met with war": a deed
		// foretold to be answered is answered as a retaliation is
		return true
	}
	c := x.clauseOf(p)
	return c.Kind == dateline.ClauseParticipial && c.Parent >= 0 && x.isRetaliation(x.an.Clauses[c.Parent].Verb)
}

// isRetaliation reports whether verb group k, with its particle, is in
// the &retaliation set.
func (x *sent) isRetaliation(k int) bool {
	if k < 0 {
		return false
	}
	c := &x.an.Chunks[k]
	w := x.an.Words[c.Head].Lemma
	if c.Verb.Particle >= 0 {
		w += "_" + x.s.Tokens[c.Verb.Particle].Lower
	}
	return x.l.InSet("retaliation", w)
}

// group reports whether mention mi is one member of a group the story
// named before ("the two leaders", "both men", "each other"): the actor
// stage gives each member its own mention over the group's words.
func (x *sent) group(mi int) bool {
	r := x.ms[mi].Rule
	// "troops from the two neighbours": the members through a phrase too
	return strings.Contains(r, "coref:members") || strings.HasPrefix(r, "coref:reciprocal")
}

// reciprocal reports whether the mentions are the members of "each other"
// or "one another".
func (x *sent) reciprocal(ms []int) bool {
	return len(ms) > 0 && strings.HasPrefix(x.ms[ms[0]].Rule, "coref:reciprocal")
}

// joined reports whether noun phrase k holds a conjunction between its
// words: "Sierra Leonean and Liberian refugees".
func (x *sent) joined(k int) bool {
	c := &x.an.Chunks[k]
	for i := c.From; i < c.To; i++ {
		if x.an.Words[i].Tag == dateline.TagCC {
			return true
		}
	}
	return false
}

func without(xs, drop []int) []int {
	out := xs[:0:0]
	for _, x := range xs {
		keep := true
		for _, d := range drop {
			if x == d {
				keep = false
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

// hasRole reports whether an entry names a target (or source) argument.
func (e *entry) hasRole(r byte) bool {
	for _, a := range e.args {
		if a.role == r || a.role == 'B' {
			return true
		}
	}
	return false
}

// constrains reports whether an entry constrains an argument relation's head.
func (e *entry) constrains(rel argRel) bool {
	for _, a := range e.args {
		if a.rel == rel && a.heads != nil {
			return true
		}
	}
	return false
}

// trigger returns the words that name the act: the verb (and particle),
// through the head of a constrained object near it; or the event noun.
func (x *sent) trigger(p *pred) dateline.Span {
	an := x.an
	toks := x.s.Tokens
	if p.vg < 0 {
		h := toks[an.Chunks[p.np].Head]
		return h.Span
	}
	c := &an.Chunks[p.vg]
	from, to := toks[c.Head].Start, toks[c.Head].End
	if c.Verb.Particle >= 0 {
		to = toks[c.Verb.Particle].End
	}
	for i, a := range p.e.args {
		if b := p.bind[i]; b >= 0 && a.heads != nil && a.rel != argSubj {
			h := an.Chunks[b].Head
			if h > c.Head && h-c.Head <= 6 {
				to = max(to, toks[h].End)
			}
		}
	}
	return dateline.Span{Start: from, End: to}
}

// unidentified reports whether a violent act with no named perpetrator is
// an attack by someone unknown: a passive with no agent ("were killed on
// Sunday"), a weapon as subject ("a roadside bombing killed"), or people
// named by no more than sex or number as its doers ("a man shot dead two
// teachers", "men in plain clothes beat students", "was shot by a man on
// a bicycle"), never an accident or a disaster.
func (x *sent) unidentified(p *pred, tgt []int) bool {
	return !x.namedForce(p, -1) && x.noKnownDoer(p, tgt)
}

// noKnownDoer reports what unidentified does, leaving aside the other acts
// of force the sentence names.
func (x *sent) noKnownDoer(p *pred, tgt []int) bool {
	if !x.l.Violent(p.code) || len(tgt) == 0 || x.accident() {
		return false
	}
	an := x.an
	if p.vg < 0 {
		// "there was an attack on a police station": an attack that there
		// was, with its target and no doer, is no named actor's
		return p.np >= 0 && x.existential(p.np) >= 0
	}
	vg := an.Chunks[p.vg].Verb
	if vg.Passive || an.Clauses[p.clause].Kind == dateline.ClauseParticipial {
		// "were killed on Sunday", "killed by a car bomb": no one, or a weapon
		ag := an.Dependent(p.vg, dateline.RelAgent)
		return ag < 0 || x.actorOf[ag] < 0 && x.weaponNoun(ag) || x.someoneDoer(p) >= 0
	}
	if p.suffered() {
		return true // "a patrol came under attack": the entry's source is not there
	}
	s := an.Dependent(p.vg, dateline.RelSubj)
	return s >= 0 && x.weaponNoun(s) || x.someoneDoer(p) >= 0
}

// weaponDoer reports whether the pred's act is told of a weapon, its
// subject or a passive's agent: "Missiles hit the airfields", "Rockets
// slammed into the town", "were killed by a car bomb".
func (x *sent) weaponDoer(p *pred) bool {
	if p.vg < 0 {
		return false
	}
	k := x.an.Dependent(p.vg, dateline.RelAgent)
	if k < 0 && !x.an.Chunks[p.vg].Verb.Passive {
		k = x.an.Dependent(p.vg, dateline.RelSubj)
	}
	return k >= 0 && x.actorOf[k] < 0 && x.weaponNoun(k)
}

// someoneDoer returns the noun phrase that names the doers of the pred's
// act by no more than sex, age or number (sets.txt's &someone), its
// subject or a passive's agent, with no actor: "a man shot dead two
// teachers", "men in plain clothes beat students", "was shot by a man on
// a bicycle". Else -1.
func (x *sent) someoneDoer(p *pred) int {
	if p.vg < 0 {
		return -1
	}
	k := x.an.Dependent(p.vg, dateline.RelAgent)
	if k < 0 && !x.an.Chunks[p.vg].Verb.Passive {
		k = x.an.Dependent(p.vg, dateline.RelSubj)
	}
	if k < 0 || x.actorOf[k] >= 0 || x.an.Chunks[k].Kind != dateline.ChunkNP {
		return -1
	}
	if w := x.partOf(k); w >= 0 {
		k = w // "by one of the men", "by a member of the public": the group is who they are
	}
	k = x.countOf(k) // "dozens of men beat protesters": those the quantity counts
	if x.actorOf[k] >= 0 || !x.l.InSet("someone", x.headLemma(k)) && !x.l.InSet("private", x.headLemma(k)) {
		return -1
	}
	return k
}

// partOf returns the "of" phrase of noun phrase k when k names part of it
// by a number or a word of membership (sets.txt's &part): "one of the
// men", "two of his neighbours", "a member of the public". Else -1.
func (x *sent) partOf(k int) int {
	if x.an.Words[x.an.Chunks[k].Head].Tag != dateline.TagCD && !x.l.InSet("part", x.headLemma(k)) {
		return -1
	}
	if np := x.ofObject(k); np > k && x.an.Chunks[np].Kind == dateline.ChunkNP {
		return np
	}
	return -1
}

// weaponNoun reports whether noun phrase k names a weapon (sets.txt's
// &weapon) by its head or by its last two words: "mortar rounds",
// "artillery shells".
func (x *sent) weaponNoun(k int) bool {
	c := &x.an.Chunks[k]
	lemma := x.an.Words[c.Head].Lemma
	return x.l.InSet("weapon", lemma) || c.Head > c.From && x.l.InSet("weapon", x.an.Words[c.Head-1].Lemma+"_"+lemma)
}

// craftOfWar reports whether noun phrase k names a weapon or a craft of war
// (&weapon, &equipment) rather than people or a body: "three drones", "a
// missile", "the warplanes"; not "Hezbollah", "the soldiers".
func (x *sent) craftOfWar(k int) bool {
	if mi := x.actorOf[k]; mi >= 0 && x.ms[mi].Kind != dateline.KindAgent {
		return false
	}
	return x.weaponNoun(k) || x.l.InSet("equipment", x.an.Words[x.an.Chunks[k].Head].Lemma)
}

// heldOutBy returns the mention of whoever warns of the pred's act, a
// passive with no agent told as to come ("warned that Saudi facilities
// could be hit again", "warned that any ship would be targeted"), or -1.
func (x *sent) heldOutBy(p *pred, mod dateline.Modality) int {
	if p.vg < 0 || p.clause < 0 || !x.an.Chunks[p.vg].Verb.Passive || !x.warned(p.clause) {
		return -1
	}
	if vg := x.an.Chunks[p.vg].Verb; mod != dateline.Future && (mod != dateline.Hypothetical || vg.Modal == "") || vg.Neg {
		return -1
	}
	return x.reporter(p.clause)
}

// heldOutForce returns the warner of force to come with no doer (see
// heldOutBy), or -1. Force the sentence tells the warner did before
// ("said its fighters had attacked her, and warned that she would be
// targeted again", "shelled Aleppo and warned that Damascus would be
// bombarded next") leaves the force to come its own; force it tells of
// another ("the army said al-Shabaab had attacked the base and warned
// that more civilians could be killed") makes the force to come theirs.
func (x *sent) heldOutForce(p *pred, tgt []int, mod dateline.Modality, unidentified bool) int {
	w := x.heldOutBy(p, mod)
	if w < 0 || unidentified {
		return w
	}
	if !x.noKnownDoer(p, tgt) || x.namedForce(p, w) {
		return -1
	}
	return w
}

// measureWarner returns the warner who holds out a measure with no doer
// (heldOutBy) and speaks for a state's power (stateWarns), or -1.
func (x *sent) measureWarner(p *pred, tgt []int, mod dateline.Modality) int {
	implied := x.impliedAgent(p, tgt)
	if implied == "" {
		return -1
	}
	if w := x.heldOutBy(p, mod); w >= 0 && x.stateWarns(tgt, w, implied) {
		return w
	}
	return -1
}

// stateWarns reports whether warner w speaks for a state's power (a
// country, its government, army, police or courts) other than the sector
// implied, whose doer the act implies already, and noun phrases tgt
// name none of its own: its people by a possessive ("its members"), or an
// actor of its code.
func (x *sent) stateWarns(tgt []int, w int, implied string) bool {
	switch a := x.ms[w].Actor; {
	case a.Sector == implied:
		return false // "police warned that demonstrators would be arrested": the implied doer, named
	case a.Sector == "":
		if a.Country == "" {
			return false
		}
	case !x.l.state(a.Sector):
		return false
	}
	for _, t := range x.actorsOf(tgt) {
		if x.ms[t].Actor.Code == x.ms[w].Actor.Code || x.ownedBy([]int{t}, []int{w}) {
			return false
		}
	}
	return true
}

// suffered reports whether the pred's entry tells the act from its
// target's side, its subject the target (subj=T), and leaves empty the
// argument that would name the source ("came under fire" with no "from").
func (p *pred) suffered() bool {
	subjT, noSource := false, false
	for i, a := range p.e.args {
		switch {
		case a.rel == argSubj && a.role == 'T':
			subjT = true
		case a.role == 'S' && p.bind[i] < 0:
			noSource = true
		}
	}
	return subjT && noSource
}

// namedForce reports whether another act of force in the sentence has a
// named doer ("air raids by Israel in which 20 people were killed", "two
// Israeli air raids"): the dead are that act's, not an unknown attacker's.
// With w >= 0, acts done by mention w's actor do not count.
func (x *sent) namedForce(p *pred, w int) bool {
	for i := range x.preds {
		q := &x.preds[i]
		if q == p || !x.l.Violent(q.code) {
			continue
		}
		var src []int
		if q.np >= 0 {
			src, _ = x.nounSource(q)
		} else if s := x.an.Dependent(q.vg, dateline.RelSubj); s >= 0 && !x.an.Chunks[q.vg].Verb.Passive {
			src = []int{s}
		}
		for _, m := range x.actorsOf(src) {
			if w < 0 || x.ms[m].Actor.Code != x.ms[w].Actor.Code && x.ms[m].Actor.Name != x.ms[w].Actor.Name {
				return true
			}
		}
	}
	return false
}

// announcer returns the actor who announces pred p's act, when the act is
// a measure (policy.tsv's decided flag) told in a report as to come and
// names no doer: "Russia said naval drills would be held next week". Else
// -1.
func (x *sent) announcer(p *pred, mod dateline.Modality) int {
	if mod != dateline.Future || p.clause < 0 || !x.l.has(p.code, flagDecided) {
		return -1
	}
	if p.vg >= 0 && x.an.Dependent(p.vg, dateline.RelAgent) >= 0 {
		return -1 // "said the move would be answered by Russia": a doer named, not the announcer
	}
	return x.reporter(p.clause)
}

// impliedAgent returns the sector a passive act with no agent implies
// (policy.tsv's agent=), or "".
func (x *sent) impliedAgent(p *pred, tgt []int) string {
	if p.vg < 0 && p.np >= 0 && p.anchored && p.light < 0 && len(tgt) > 0 {
		// "the arrest of Navalny sparked protests", "after the arrest of
		// opposition leader X": a noun that names no doer is read as the
		// passive that names none ("Navalny was arrested")
		return x.l.agent(p.code)
	}
	if p.vg < 0 || !x.an.Chunks[p.vg].Verb.Passive || x.an.Dependent(p.vg, dateline.RelAgent) >= 0 {
		return ""
	}
	if len(tgt) == 0 {
		return x.l.Measure(p.code) // "internet access was cut": a measure, policy.tsv's measure=
	}
	return x.l.agent(p.code)
}

// crowdAgent returns the sector a bare crowd stands for (policy.tsv's
// crowd=) when it is the subject of pred p's active verb and names no
// actor: "thousands took to the streets", "hundreds marched on the
// palace". Else "".
func (x *sent) crowdAgent(p *pred) string {
	if p.vg < 0 && p.np >= 0 && p.occasion && p.light < 0 {
		// "resigned after 11 days of street protests against his rule":
		// a crowd's act named as no one's occasion of its clause
		return x.l.mass(p.code)
	}
	if p.vg < 0 && p.np >= 0 && p.anchored && p.light < 0 && x.l.mass(p.code) != "" {
		// "protests erupted in Iran", "a general strike paralysed
		// Colombia": a protest that is its active clause's subject, named
		// by no one's, is that of those it implies (policy.tsv's mass=:
		// the protesters, the strikers); not one the story told before
		// (retold) nor one a relative clause tells of ("the riots that
		// shook Kano")
		v := x.an.Governor(x.spanOf(p.np), dateline.RelSubj)
		if v < 0 || x.an.Chunks[v].Kind != dateline.ChunkVG || x.an.Chunks[v].Verb.Passive || x.retold(p.np, v) ||
			x.an.Clauses[x.clauseOfVerb(v)].Kind == dateline.ClauseRelative || !x.l.InSet("unfold", x.headLemma(v)) {
			return "" // nor what a protest did ("riots left 12 dead") or is ("protest is part of democracy")
		}
		return x.l.mass(p.code)
	}
	if p.vg < 0 || x.an.Chunks[p.vg].Verb.Passive {
		return ""
	}
	s := x.an.Dependent(p.vg, dateline.RelSubj)
	if c := x.clauseOf(p); c.Kind == dateline.ClauseParticipial && c.Parent >= 0 && (s < 0 || x.actorOf[x.actorPhrase(s)] < 0) {
		// "tens of thousands marched through the capital demanding ...": a
		// participle whose own subject is no actor is its clause's
		s = x.an.Dependent(x.an.Clauses[c.Parent].Verb, dateline.RelSubj)
	}
	if s < 0 || x.actorOf[s] >= 0 {
		return ""
	}
	w := x.an.Words[x.an.Chunks[s].Head]
	if (w.Roles&dateline.RoleQuantity == 0 || w.Tag != dateline.TagNNS) && !x.counted(s) && !x.crowdNumber(s) {
		return "" // "dozens", "thousands"; not "a group", "some"
	}
	return x.l.crowd(p.code)
}

// crowdNumber reports whether noun phrase k is a number alone, as
// "thousands" is a quantity alone: "Some 5,000 stormed the ministry",
// "More than 10,000 rallied in the capital" count a crowd. Not a year, nor
// a number with an "of" after it ("three of the soldiers": of whom it
// counts), nor one in a name ("Resolution 598").
func (x *sent) crowdNumber(k int) bool {
	an := x.an
	h := an.Chunks[k].Head
	if an.Words[h].Tag != dateline.TagCD || isYear(x.s.Tokens[h].Lower) {
		return false
	}
	for i := an.Chunks[k].From; i < h; i++ {
		if an.Words[i].Tag.IsNoun() {
			return false // a number in a name: "Resolution 598, which calls for"
		}
	}
	if k > 0 && an.Chunks[k-1].Kind == dateline.ChunkNP && an.Chunks[k-1].To == an.Chunks[k].From {
		return false // (the number a phrase of its own right after the name)
	}
	for pp := range an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[an.Chunks[pp].Head].Lower == "of" {
			return false
		}
	}
	return true
}

// retold reports whether noun phrase k, the subject of verb group v, is a
// protest the story told of before: one named with "the" ("the strike
// embarrassed Sadat", "the unrest erupted after the vote", which retells
// why), unless v is a verb of onset (sets.txt's onset) whose clause tells
// when or where it broke out ("the protests erupted on Dec. 19 in Atbara",
// "the protests began on Monday"): news of its own.
func (x *sent) retold(k, v int) bool {
	return x.definite(k) && (!x.l.InSet("onset", x.headLemma(v)) || !x.toldWhenOrWhere(v))
}

// toldWhenOrWhere reports whether the clause of verb group v tells a time
// or a place after the verb: "began on Monday", "erupted in Atbara",
// "began last week"; not "erupted after the vote on Friday", whose time is
// another clause's.
func (x *sent) toldWhenOrWhere(v int) bool {
	cl := x.an.Chunks[v].Clause
	for k := v + 1; k < len(x.an.Chunks) && x.an.Chunks[k].Clause == cl; k++ {
		if c := x.an.Chunks[k]; c.Kind == dateline.ChunkNP && (c.Time || c.Named && x.actorOf[k] < 0) {
			return true
		}
	}
	return false
}

// counted reports whether noun phrase k is a plural counted by a number
// before its head: "several thousand Sikhs", "some 2,000 Kurds"; not
// "Sikhs", "the two sides".
func (x *sent) counted(k int) bool {
	c := &x.an.Chunks[k]
	if t := x.an.Words[c.Head].Tag; !t.IsNoun() || t == dateline.TagNN {
		return false // (a people's name after a number is often tagged NNP: "thousand Kurds")
	}
	for i := c.From; i < c.Head; i++ {
		if w := x.an.Words[i]; w.Tag == dateline.TagCD || w.Roles&dateline.RoleQuantity != 0 {
			return true
		}
	}
	return false
}

// bareNumber reports whether noun phrase k is a number or a quantity that
// names no actor and no one of whom it counts: "dozens", "more than 200";
// not "dozens of students", "three of them", "two others". A person named
// by no more than sex, age or suspicion (sets.txt's &someone: "a man",
// "two suspects") counts as one, and so do such people counted ("dozens
// of men"), and a name the earlier stages did not know, counted ("hundreds
// of Kurds": a people).
func (x *sent) bareNumber(k int) bool {
	if x.actorOf[k] >= 0 || x.an.Chunks[k].Kind != dateline.ChunkNP {
		return false
	}
	w := x.an.Words[x.an.Chunks[k].Head]
	if w.Tag != dateline.TagCD && (w.Roles&dateline.RoleQuantity == 0 || w.Tag != dateline.TagNNS) && !x.l.InSet("someone", x.headLemma(k)) {
		return false // ("a man was arrested": a person named by no more than sex or age, as a number)
	}
	if q := x.countOf(k); q != k {
		// "arrested dozens of men": people named by no more than sex or age,
		// counted, as "arrested men" names them; "attacked thousands of
		// Rohingya": a people the dictionary leaves to the sentence's
		// country, counted, are its people; not "dozens of rockets"
		return x.l.InSet("someone", x.headLemma(q)) && x.bareNumber(q) || x.unknownName(q) && !x.weaponNoun(q)
	}
	for i := x.an.Chunks[k].From; i <= x.an.Chunks[k].Head; i++ {
		if l := x.s.Tokens[i].Lower; l == "others" || l == "other" {
			return false // "two others": more of those just named
		}
	}
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "of" {
			return false
		}
	}
	return true
}

// unknownName reports whether noun phrase k is a name the earlier stages
// did not know: proper nouns only, no actor, place or time ("Jorge Glas").
func (x *sent) unknownName(k int) bool {
	c := &x.an.Chunks[k]
	if x.actorOf[k] >= 0 || c.Kind != dateline.ChunkNP || c.Named || c.Time || c.To <= c.From {
		return false
	}
	for i := c.From; i < c.To; i++ {
		if x.an.Words[i].Tag != dateline.TagNNP {
			return false
		}
	}
	return true
}

// accident reports whether the sentence tells of an accident or disaster:
// a noun of the accident set ("a plane crash") or a verb of the mishap set
// ("a bus plunged into a ravine", "the train derailed").
func (x *sent) accident() bool {
	for _, c := range x.an.Chunks {
		lemma := x.an.Words[c.Head].Lemma
		if c.Kind == dateline.ChunkNP && x.l.InSet("accident", lemma) ||
			c.Kind == dateline.ChunkVG && x.l.InSet("mishap", lemma) {
			return true
		}
		if c.Kind == dateline.ChunkNP && c.Head > c.From && x.l.InSet("weapon", lemma) &&
			x.l.InSet("accident", x.an.Words[c.Head-1].Lemma+"_"+lemma) {
			return true // "a gas explosion", "a boiler blast": what blew up says it was no attack
		}
		if c.Kind == dateline.ChunkNP && c.Head > c.From && x.an.Words[c.Head].Tag == dateline.TagNNP &&
			x.l.InSet("accident", x.an.Words[c.Head-1].Lemma) {
			return true // "Cyclone Nargis", "Hurricane Katrina": a disaster by its name
		}
	}
	return false
}

// refusedObject is the rule note of a refusal aimed at the object of the
// act it refuses ("refused to obey the president").
const refusedObject = "object of the refused act"

// onSet reports whether an argument of pred p names a thing of sets.txt's
// set name, a thing and no actor: a place of business ("looted shops",
// "set fire to factories": Found.Business), a military site or vehicle
// ("destroyed tanks", "bombed an air base": Found.Military).
func (x *sent) onSet(p *pred, name string) bool {
	for _, b := range p.bind {
		if b >= 0 && x.an.Chunks[b].Kind == dateline.ChunkNP && x.l.InSet(name, x.headLemma(b)) {
			return true
		}
	}
	return false
}

// siteSector returns the sector the thing pred p is done to implies (see
// Found.Site): the first phrase bound to an argument that is not its
// subject or its source, read through a count ("a column of", "hundreds
// of"), whose head, or the head with the word before it ("military
// targets", "air defence sites", "residential areas"), is of sets.txt's
// &military_site (MIL) or &civilian_site (CVL); else "".
func (x *sent) siteSector(p *pred) string {
	for i, a := range p.e.args {
		b := p.bind[i]
		if b < 0 || a.rel == argSubj || a.role == 'S' || x.an.Chunks[b].Kind != dateline.ChunkNP {
			continue
		}
		for _, k := range []int{b, x.countOf(b)} {
			if s := x.siteOf(k); s != "" {
				return s
			}
		}
	}
	return ""
}

// siteOf returns MIL or CVL when noun phrase k's head, or its last two
// words' lemmas joined by "_" ("military_target"), is of sets.txt's
// &military_site or &civilian_site; else "".
func (x *sent) siteOf(k int) string {
	c := &x.an.Chunks[k]
	w := x.headLemma(k)
	two := ""
	if c.Head > c.From {
		two = x.an.Words[c.Head-1].Lemma + "_" + w
	}
	switch {
	case x.l.InSet("military_site", w) || two != "" && x.l.InSet("military_site", two):
		return "MIL"
	case x.l.InSet("civilian_site", w) || two != "" && x.l.InSet("civilian_site", two):
		return "CVL"
	}
	return ""
}

// doerAsked reports whether the target tgt of pred p, coded as code, is
// the doer of the act a demand or an appeal (roots 10, 02) asks for
// (Found.Doer): the subject of the demanded clause or of an obligation
// ("insisted that Serbian police pull out"), or the actor of the event
// noun it names ("demanded the withdrawal of American forces"), not one it
// is addressed to ("called on Israeli troops to pull back").
func (x *sent) doerAsked(p *pred, code string, tgt []int, how string) bool {
	if !strings.HasPrefix(code, "10") && !strings.HasPrefix(code, "02") || len(tgt) == 0 {
		return false
	}
	if how == howDemanded || how == howAuthor || p.obligee >= 0 && slices.Equal(tgt, []int{p.obligee}) {
		return true
	}
	if p.comp < 0 || x.preds[p.comp].np < 0 {
		return false // "called on Israeli troops to pull back": asked of them
	}
	q := &x.preds[p.comp]
	csrc, ctgt, chow := x.roles(q)
	if q.e.frame && len(ctgt) > 0 && slices.Equal(x.actorsOf(ctgt), x.actorsOf(tgt)) {
		return x.doerAsked(q, q.code, ctgt, chow) // "pressed their demands for the withdrawal of American forces"
	}
	return len(csrc) > 0 && slices.Equal(x.actorsOf(csrc), x.actorsOf(tgt))
}

// How a demand's or an appeal's target was found when it is the doer of the
// act asked for, not the one the demand is addressed to (Found.Doer).
const (
	howDemanded = "subject of the demanded clause"
	howAuthor   = "author of the complement"
)

// refusedUntil returns, for an adverbial clause ci opened by "until" under
// a negated parent ("would not be restored until ..."), who refuses: the
// parent's subject's actors, else whoever tells it; else nil.
func (x *sent) refusedUntil(ci int) []int {
	an := x.an
	cl := &an.Clauses[ci]
	if w := x.s.Tokens[cl.Opener].Lower; w != "until" && w != "till" {
		return nil
	}
	if m, _ := x.clauseModality(&pred{clause: cl.Parent, vg: -1, np: -1, light: -1, victim: -1}); m != dateline.Negated {
		return nil
	}
	if by := x.actorsOf([]int{an.Dependent(an.Clauses[cl.Parent].Verb, dateline.RelSubj)}); len(by) > 0 && !an.Chunks[an.Clauses[cl.Parent].Verb].Verb.Passive {
		return by
	}
	if r := x.reporter(cl.Parent); r >= 0 {
		return []int{r}
	}
	return nil
}

// scheduleOfTime reports whether clause ci is an infinitive under a
// clause of time ("before", "when", "until": the temporal role) that tells
// when another act happened or happens: "hours before Macron was due to
// arrive in Algiers" dates the protests; it announces no visit.
func (x *sent) scheduleOfTime(ci int) bool {
	an := x.an
	if ci < 0 || an.Clauses[ci].Kind != dateline.ClauseInfinitive || an.Clauses[ci].Parent < 0 {
		return false
	}
	pc := an.Clauses[an.Clauses[ci].Parent]
	return pc.Kind == dateline.ClauseAdverbial && pc.Parent >= 0 && pc.Opener >= 0 && an.Words[pc.Opener].Roles&dateline.RoleTemporal != 0
}

// asIntent turns a promised act into the announcement of it: a future act
// by its own actor is an expressed intent (03x) or threat (13x), as CAMEO
// codes it; "said it would not" is a refusal (12x).
func (x *sent) asIntent(f *Found, p *pred) {
	if p.heldOut {
		if code, ok := x.l.form(p.act, famThreat); ok {
			if c, ok := x.l.codes[code]; ok {
				// "ordered his air force to fire on any Western aircraft
				// that entered": the orderer's threat of it
				f.Code, f.Modality = c, dateline.Asserted
				p.how = append(p.how, "threat "+code+" ordered against whoever gives cause")
				return
			}
		}
	}
	if x.modalPerfect(p) && (f.Modality == dateline.Future || f.Modality == dateline.Hypothetical) {
		// "Israel may have bombed the convoy", "said it could have captured
		// Kyiv", "would have shelled the town if ...": what may have been,
		// or would have been, is supposed of the past, held out to no one
		f.Modality = dateline.Hypothetical
		p.how = append(p.how, "supposed of the past")
		return
	}
	if f.Modality == dateline.Future && x.scheduleOfTime(p.clause) {
		p.how = append(p.how, "a schedule that tells the time of another act")
		return // "protests erupted hours before Macron was due to arrive": no one's announcement here
	}
	if p.vg >= 0 && p.clause >= 0 && x.an.Clauses[p.clause].Kind == dateline.ClauseAdverbial && x.timeToCome(p.clause) {
		if by := x.refusedUntil(p.clause); len(by) > 0 && len(f.Sources) > 0 && !x.sameActors(by, f.Sources) {
			if code, ok := x.l.form(p.act, famDemand); ok {
				if c, ok := x.l.codes[code]; ok {
					// "ties would not be restored until Phnom Penh paid
					// compensation": what a refusal waits on is demanded of
					// its doer by the one who refuses
					f.Code, f.Modality = c, dateline.Asserted
					f.Sources, f.Targets = by, without(f.Sources, by)
					p.how = append(p.how, "demand "+code+" that a refusal waits on")
				}
			}
		}
		return // "once foreign troops took control": supposed, announced by no one
	}
	if f.Modality == dateline.Future && !p.e.frame && x.l.has(f.Code.CAMEO, flagDecided) && x.conditionSubject(p.clause) == -1 && x.untilSubject(p.clause) == -1 && !x.anyObject(p) && x.ownWord(p, f) && !x.warned(p.clause) {
		// "May said Britain would expel 23 Russian diplomats": a measure
		// announced by its own side is decided, not threatened
		f.Modality = dateline.Asserted
		p.how = append(p.how, "announced decision")
		return
	}
	if (f.Modality == dateline.Future || f.Modality == dateline.Hypothetical) && !p.e.frame && f.Code.QuadClass >= 3 {
		// "said they could resort to force unless the officers ...": force
		// held out on a condition is a threat of it; so is force its own
		// side says it could use ("Biden said the US could hit Myanmar
		// with sanctions")
		s := x.conditionSubject(p.clause)
		if s == -1 && x.l.has(f.Code.CAMEO, flagDecided) {
			// "said he would impose a tariff on Mexico until the flow of
			// migrants stopped": a measure held until another acts waits
			// on it as on a condition
			s = x.untilSubject(p.clause)
		}
		if s < 0 && x.ownWord(p, f) {
			s = -2
		}
		if s != -1 {
			if code, ok := x.l.form(p.act, famThreat); ok {
				if c, ok := x.l.codes[code]; ok {
					f.Code, f.Modality = c, dateline.Asserted
					if s >= 0 || s == noConditionActor {
						if mi := x.actorsOf([]int{s}); s >= 0 && len(f.Targets) == 0 && len(mi) > 0 {
							f.Targets = without(mi, f.Sources)
						}
						p.how = append(p.how, "threat "+code+" on a condition")
					} else {
						p.how = append(p.how, "threat "+code+" in its own word")
					}
					return
				}
			}
		}
	}
	if f.Modality == dateline.Negated && x.notRefused(p) {
		// "did not rule out military action", "has never ruled out the use
		// of force": an act of conflict its doer will not refuse is held
		// out, a threat of it
		if code, ok := x.l.form(p.act, famThreat); ok {
			if c, ok := x.l.codes[code]; ok {
				f.Code, f.Modality = c, dateline.Asserted
				p.how = append(p.how, "not refused: threat "+code)
				return
			}
		}
	}
	switch f.Modality {
	case dateline.Future:
		if x.toldByOther(p, f) {
			p.how = append(p.how, "foretold by another")
			return // "the US said Russia will invade Ukraine": a prediction, not Russia's intent
		}
		if code, ok := x.l.form(p.act, famIntent); ok && !p.e.frame {
			if c, ok := x.l.codes[code]; ok {
				// "would meet the envoy if he gave them a veto": an offer,
				// on a condition or not
				f.Code, f.Modality = c, dateline.Asserted
				p.how = append(p.how, "intent "+code)
				return
			}
		}
		if x.conditionSubject(p.clause) != -1 {
			// "would request more troops unless the situation improved",
			// "will investigate if the council asks": an act to come on a
			// condition its clause names, with no intent to code it as,
			// is supposed, not announced
			f.Modality = dateline.Hypothetical
			p.how = append(p.how, "on a condition")
		}
	case dateline.Negated:
		if x.willNot(p) {
			if code, ok := x.l.form(p.act, famRefusal); ok && !p.e.frame {
				if c, ok := x.l.codes[code]; ok {
					f.Code, f.Modality = c, dateline.Asserted
					p.how = append(p.how, "refusal "+code)
				}
			}
		}
	}
}

// modalPerfect reports whether pred p's verb group has a modal and the
// perfect ("may have bombed", "could have captured", "would have
// shelled"): a supposition about the past, not an act to come ("will
// have deployed" is one).
func (x *sent) modalPerfect(p *pred) bool {
	if p.vg < 0 {
		return false
	}
	v := x.an.Chunks[p.vg].Verb
	return v.Modal != "" && v.Modal != "will" && v.Modal != "shall" && v.Perfect // "will have deployed" is to come
}

// notRefused reports whether pred p is a refusal frame (root 12) that
// speaks of an act of conflict (quad class 3 or 4): negated, or itself
// refused ("refused to rule out"), it holds the act out as a threat.
func (x *sent) notRefused(p *pred) bool {
	if !p.e.frame || !strings.HasPrefix(p.e.code, "12") || p.act == "" {
		return false
	}
	c, ok := x.l.codes[p.act]
	return ok && c.QuadClass >= 3
}

// anyObject reports whether pred p's object is anyone it may fall on
// (sets.txt's &anyone: "would arrest anyone caught looting", "will expel
// any diplomat found spying"): a measure held out over whoever gives
// cause is a condition, a threat, not a decision taken.
func (x *sent) anyObject(p *pred) bool {
	if p.vg < 0 {
		return false
	}
	k := x.an.Dependent(p.vg, dateline.RelObj)
	if k < 0 {
		return false
	}
	return x.l.InSet("anyone", x.s.Tokens[x.an.Chunks[k].From].Lower)
}

// warned reports whether clause ci is the complement of a verb of warning
// (`&warning`: "Russia warned it would cut gas supplies"): a measure so
// told is held out, not announced as decided.
func (x *sent) warned(ci int) bool {
	if ci < 0 {
		return false
	}
	par := x.an.Clauses[ci].Parent
	if par < 0 || x.an.Clauses[par].Verb < 0 {
		return false
	}
	return x.l.InSet("warning", x.an.Words[x.an.Chunks[x.an.Clauses[par].Verb].Head].Lemma)
}

// ownWord reports whether a hypothetical act is said by its own side: the
// clause is what a speaker of the act's country says ("Biden said the US
// could ..."), or an official the sentence gives no country ("Canada would
// ban flights, the transport minister said"), who speaks for the state
// whose act he tells.
func (x *sent) ownWord(p *pred, f *Found) bool {
	if p.clause < 0 || len(f.Sources) == 0 {
		return false
	}
	sp := x.reporter(p.clause)
	if sp < 0 {
		return false
	}
	a, r := x.ms[f.Sources[0]].Actor, x.ms[sp].Actor
	if a.Country == "" {
		return len(a.Code) > 3 && r.Code == a.Code // a body of no country ("ECOWAS", coded IGOWAF) speaks for itself; "troops" (MIL) are no one in particular
	}
	if r.Country == "" && r.Code == "GOV" {
		return len(a.Code) == 3 || a.Sector == "GOV" // a state's act told by an official of no country named
	}
	return r.Country == a.Country
}

// toldBy returns the mention of whoever reports the pred's clause ("X said
// that ...", "..., X said", "according to X"), or -1.
func (x *sent) toldBy(p *pred) int {
	an := x.an
	ci := p.clause
	for depth := 0; ci >= 0 && depth < 6; depth++ {
		cl := &an.Clauses[ci]
		if np := an.Dependent(cl.Verb, dateline.RelAttrib); np >= 0 {
			if ms := x.actorsOf([]int{np}); len(ms) > 0 {
				return ms[0]
			}
			return -1
		}
		if par := cl.Parent; par >= 0 && an.Words[an.Chunks[an.Clauses[par].Verb].Head].Roles&dateline.RoleReport != 0 {
			return x.reporter(ci)
		}
		ci = cl.Parent
	}
	return -1
}

// reporter returns the first actor mention of the subject of the
// reporting verb clause ci is the complement of ("X said that ..."), or -1.
func (x *sent) reporter(ci int) int {
	an := x.an
	par := an.Clauses[ci].Parent
	if par < 0 || an.Words[an.Chunks[an.Clauses[par].Verb].Head].Roles&dateline.RoleReport == 0 {
		return -1
	}
	subj := an.Dependent(an.Clauses[par].Verb, dateline.RelSubj)
	if ms := x.actorsOf([]int{subj}); len(ms) > 0 {
		return ms[0]
	}
	if subj >= 0 {
		// "a statement by a spokesman for the army said": who made what said it
		for k := subj + 1; k < an.Clauses[par].Verb; k++ {
			if an.Chunks[k].Kind == dateline.ChunkPP && (x.s.Tokens[an.Chunks[k].Head].Lower == "by" || x.s.Tokens[an.Chunks[k].Head].Lower == "from") {
				if ms := x.actorsOf([]int{an.Dependent(k, dateline.RelPObj)}); len(ms) > 0 {
					return ms[0]
				}
			}
		}
	}
	return -1
}

// toldByOther reports whether the pred's hostile act is reported by a
// speaker of another country than its sources': what one party says
// another will do to it is a prediction, not the other's expressed intent.
// Plans of cooperation told by the other side ("the Albanian embassy said"
// the German minister will visit) are plans agreed, and stay intents.
func (x *sent) toldByOther(p *pred, f *Found) bool {
	if p.clause < 0 || len(f.Sources) == 0 || f.Code.QuadClass < 3 {
		return false
	}
	sp := x.reporter(p.clause)
	if sp < 0 || x.ms[sp].Actor.Country == "" {
		return false
	}
	sc := x.ms[sp].Actor.Country
	for _, s := range f.Sources {
		if c := x.ms[s].Actor.Country; c == "" || c == sc {
			return false // the speaker's own side, or one of no country known
		}
	}
	return true
}

// willNot reports a negated future of the actor's own will: "will not",
// "would not", "vowed never to".
func (x *sent) willNot(p *pred) bool {
	if p.vg < 0 {
		return false
	}
	v := x.an.Chunks[p.vg].Verb
	return v.Neg && (v.Modal == "will" || v.Modal == "would" || v.Modal == "'ll" || v.Modal == "shall")
}

// attackIn returns the noun phrase of an attack a passive act of force
// happened in, when the phrase names its own actor ("Israeli shelling", "a
// Russian missile strike"); else -1. The actor of a phrase attached to it
// ("a strike on Gaza") is its target, not its actor.
func (x *sent) attackIn(p *pred) int {
	if !x.l.Violent(p.code) {
		return -1
	}
	an := x.an
	for pp := range an.Dependents(p.vg, dateline.RelObl) {
		if w := x.s.Tokens[an.Chunks[pp].Head].Lower; w != "in" && w != "during" {
			continue
		}
		if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 && x.violentNoun(np) {
			return np
		} else if np >= 0 && x.violentNoun(np) {
			if d := x.claimedDoer(np); d >= 0 {
				return d
			}
		}
	}
	return -1
}

// claimedDoer returns, for a noun of an attack k that names no actor, who
// a passive participle on the noun says did it: the agent of a claim or
// of the act itself ("were killed in an attack claimed by the Pakistani
// Taliban", "in an attack carried out by Islamic State militants"), or
// whom a blame puts it on ("died in an ambush blamed on Boko Haram").
// Else -1: "an attack condemned by Pakistan" names no attacker.
func (x *sent) claimedDoer(k int) int {
	an := x.an
	for i := range x.preds {
		q := &x.preds[i]
		if q.vg < 0 || q.clause < 0 || an.Clauses[q.clause].Kind != dateline.ClauseParticipial || an.Clauses[q.clause].Verb != q.vg ||
			!an.Chunks[q.vg].Verb.Passive || an.Dependent(q.vg, dateline.RelSubj) != k {
			continue
		}
		by := -1
		switch {
		case x.tellsAttack(q.code):
			by = an.Dependent(q.vg, dateline.RelAgent)
		case q.e.blames() || strings.HasPrefix(q.code, "11"):
			for pp := range an.Dependents(q.vg, dateline.RelObl) {
				if x.s.Tokens[an.Chunks[pp].Head].Lower == "on" {
					by = an.Dependent(pp, dateline.RelPObj)
				}
			}
		}
		if by >= 0 && x.actorOf[x.actorPhrase(by)] >= 0 {
			return by
		}
	}
	return -1
}

// violentNoun reports whether noun phrase k's head is an event noun of
// force in the lexicon ("shelling", "air strike", "attack").
func (x *sent) violentNoun(k int) bool {
	for _, e := range x.nounsAt(x.an.Chunks[k].Head) {
		if x.l.Violent(e.code) {
			return true
		}
	}
	return false
}

// byObject returns the noun phrase of the first "by" phrase on noun phrase
// k that has one ("their arrest by security forces", "a decision by
// Warsaw"), or -1.
func (x *sent) byObject(k int) int {
	an := x.an
	for pp := range an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[an.Chunks[pp].Head].Lower == "by" {
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 {
				return np
			}
		}
	}
	return -1
}

// byAgent returns the actor phrase after "by" that does the act event
// noun k names, also when the "by" phrase follows the act's "of" phrase
// ("the detention of journalists by Turkish police"); else -1.
func (x *sent) byAgent(k int) int {
	if len(x.nounsAt(x.an.Chunks[k].Head)) == 0 {
		return -1
	}
	an := x.an
	for pp := range an.Dependents(k, dateline.RelNMod) {
		switch {
		case x.s.Tokens[an.Chunks[pp].Head].Lower == "by":
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
				return np
			}
		case an.Words[an.Chunks[pp].Head].Roles&dateline.RoleActPhrase != 0:
			// "the crackdown on protesters by Russian police", "the attack
			// on Kyiv by Russian forces", "a visit to Pakistan by the Indian
			// minister": no one does an actor or a place, so the "by" phrase
			// after them is the act's; not after a thing ("protests against
			// abuses by the army": the abuses')
			if of := an.Dependent(pp, dateline.RelPObj); of >= 0 && x.actPhraseObject(pp, of) {
				if np := x.byAfter(of, 1); np >= 0 {
					return np
				}
			}
		}
	}
	return -1
}

// actPhraseObject reports whether noun phrase k, the object of
// preposition phrase pp on an event noun whose preposition is one of the
// word table's actphrase line, names the act's victim, partner or place:
// always after "of" ("the shelling of Kharkiv"), after the others when it
// names an actor or a name ("the attack on Kyiv"; not "protests against
// abuses").
func (x *sent) actPhraseObject(pp, k int) bool {
	return x.s.Tokens[x.an.Chunks[pp].Head].Lower == "of" || x.actorOf[k] >= 0 || x.an.Chunks[k].Named
}

// byAfter returns the actor phrase of a "by" phrase attached to noun
// phrase k, the act's victim or place; or, up to more places and actors
// deep, to a named place or actor after it ("the abduction of schoolgirls
// from Chibok by Boko Haram", "the killing of protesters in Khartoum by
// soldiers"), also the party a phrase of the act's own names ("the
// imposition of sanctions on Iran by the United States", "the delivery of
// aid to the Philippines by Japan", "the recall of its ambassador to
// France by Algeria"); else -1.
func (x *sent) byAfter(k, more int) int {
	an := x.an
	for pp := range an.Dependents(k, dateline.RelNMod) {
		switch x.s.Tokens[an.Chunks[pp].Head].Lower {
		case "by":
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
				return np
			}
		case "in", "from", "at", "near", "on", "against", "to", "with", "into":
			if at := an.Dependent(pp, dateline.RelPObj); more > 0 && at >= 0 && (x.actorOf[at] >= 0 || an.Chunks[at].Named || an.Words[an.Chunks[at].Head].Tag == dateline.TagNNP) {
				if np := x.byAfter(at, more-1); np >= 0 {
					return np
				}
			}
		}
	}
	return -1
}

// ofEvent reports whether noun phrase k is the "of" phrase of an event
// noun of the lexicon ("the shelling of Kharkiv"), or the actor or place
// in another of its phrases ("the crackdown on protesters", "a visit to
// Pakistan").
func (x *sent) ofEvent(k int) bool {
	an := x.an
	pp := an.Governor(k, dateline.RelPObj)
	if pp < 0 {
		return false
	}
	if an.Words[an.Chunks[pp].Head].Roles&dateline.RoleActPhrase == 0 || !x.actPhraseObject(pp, k) {
		return false // "protests against abuses by the army": the abuses'
	}
	gov := an.Governor(pp, dateline.RelNMod)
	return gov >= 0 && len(x.nounsAt(x.an.Chunks[gov].Head)) > 0
}

// ownObject returns the object of p's verb when a possessive pronoun opens
// it and it names no one else ("sent its warplanes", "flew their jets"):
// the source's own thing; else -1.
func (x *sent) ownObject(p *pred) int {
	if p.vg < 0 || x.an.Chunks[p.vg].Verb.Passive {
		return -1
	}
	o := x.an.Dependent(p.vg, dateline.RelObj)
	if !x.pronounOwned(o) || x.an.Dependent(p.vg, dateline.RelObj2) >= 0 {
		return -1 // (not "sent Ukraine its first jets": a second object's owner is the first)
	}
	return o
}

// pronounOwned reports whether noun phrase k opens with a possessive
// pronoun ("his resignation", "its demands"): it names its owner only by
// reference.
func (x *sent) pronounOwned(k int) bool {
	return k >= 0 && x.an.Words[x.an.Chunks[k].From].Tag == dateline.TagPRPS
}

// passiveAgent reports whether the phrase after preposition pp ("by") is
// the agent of a passive verb.
func (x *sent) passiveAgent(pp int) bool {
	np := x.an.Dependent(pp, dateline.RelPObj)
	return np >= 0 && x.an.Governor(np, dateline.RelAgent) >= 0
}

// harmed reports whether p asks for an inquiry (policy.tsv's inquiry, as
// the act of an appeal or a demand) into a harm suffered (&harm) whose
// only actor named is its victims, in its "of" phrase: "called for an
// investigation into the deaths of civilians in Sri Lanka" is asked of the
// state responsible, not of the civilians. A doer named ("by Kenyan
// police") is the target as it is.
func (x *sent) harmed(p *pred, tgt []int) bool {
	if len(tgt) == 0 || tgt[0] < 0 || p.act == "" || p.act == p.code || !x.l.has(p.act, flagInquiry) || x.familyOf(p) != famAppeal && x.familyOf(p) != famDemand {
		return false
	}
	k := tgt[0]
	if !x.l.InSet("harm", x.headLemma(k)) {
		return false
	}
	of := x.ofActor(k)
	return of >= 0 && x.actorPhrase(k) == of
}

// culpritAct returns, when noun phrase k names no actor but whoever did
// an act (sets.txt's &culprit: "those behind the massacre", "those
// responsible for the beatings"), the phrase that names the act, or -1
// when it names none ("those responsible"); named reports whether k is
// such a phrase.
func (x *sent) culpritAct(k int) (act int, named bool) {
	if k < 0 || x.actorOf[k] >= 0 || x.an.Chunks[k].Kind != dateline.ChunkNP {
		return -1, false
	}
	c := &x.an.Chunks[k]
	own := false // "responsible": the phrase's own word
	for i := c.From; i <= c.To-1; i++ {
		if x.l.InSet("culprit", x.an.Words[i].Lemma) {
			own = true
		}
	}
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		np := x.an.Dependent(pp, dateline.RelPObj)
		if np < 0 || x.actorOf[np] >= 0 {
			continue
		}
		if own || x.l.InSet("culprit", x.s.Tokens[x.an.Chunks[pp].Head].Lower) {
			if x.actNoun(x.headLemma(np)) > 0 {
				return np, true
			}
		}
	}
	return -1, own
}

// judgesStruck reports whether p, a judgement of conflict (root 11 or an
// answer, quad class 3 or 4), has for its target phrase k an event noun of
// force whose phrase read as the target names whom the act struck and is
// its only actor ("condemned the attack on the consulate", "denounced the
// strikes against Syria"), in a preposition p's own entry does not read
// ("blamed the raid on militants" names the blamed).
func (x *sent) judgesStruck(p *pred, c Code, k int) bool {
	if k < 0 || c.QuadClass < 3 || !strings.HasPrefix(c.CAMEO, "11") && !x.l.has(c.CAMEO, flagAnswer) || x.actorOf[k] >= 0 {
		return false
	}
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		w := x.s.Tokens[x.an.Chunks[pp].Head].Lower
		np := x.an.Dependent(pp, dateline.RelPObj)
		if np < 0 || x.actorOf[np] < 0 || x.actorPhrase(k) != np || !x.victimPrep(k, w, true) {
			continue
		}
		for _, a := range p.e.args {
			if a.rel == argPrep && slices.Contains(a.preps, w) {
				return false
			}
		}
		return true
	}
	return false
}

// ofVictim reports whether noun phrase k is an event noun whose "of"
// phrase is the one the act is done to ("the killing of its ambassador"):
// that phrase names the victim, not who the act is.
func (x *sent) ofVictim(k int) bool { return x.victimPrep(k, "of", false) }

// victimPrep reports whether an entry of event noun k, of an act of force
// when violent is set, takes its target in a phrase of preposition w:
// "the killing of a student", "the attack on the consulate"
// ("~attack on|against=T").
func (x *sent) victimPrep(k int, w string, violent bool) bool {
	for _, e := range x.nounsAt(x.an.Chunks[k].Head) {
		if violent && !x.l.Violent(e.code) {
			continue
		}
		for _, a := range e.args {
			if a.rel == argPrep && a.role == 'T' && slices.Contains(a.preps, w) {
				return true
			}
		}
	}
	return false
}

// claimant returns the subject of the claim of responsibility (a
// statement frame) whose act is event noun k, or -1.
func (x *sent) claimant(k int) int {
	j, ok := x.predAt(k)
	if !ok {
		return -1
	}
	for i := range x.preds {
		p := &x.preds[i]
		if p.comp == j && p.vg >= 0 && x.l.has(p.code, flagStatement) {
			if s := x.an.Dependent(p.vg, dateline.RelSubj); s >= 0 && x.actorOf[x.actorPhrase(s)] >= 0 {
				return s
			}
		}
	}
	return -1
}

// weaponUser returns who a weapon that is passive verb group vg's agent was
// fired or launched by: "were killed by a rocket fired by Hezbollah
// militants" is Hezbollah's act. It returns -1 when the agent is an actor
// or no such phrase names one.
func (x *sent) weaponUser(vg, ag int) int {
	an := x.an
	if x.actorOf[ag] >= 0 || !x.weaponNoun(ag) {
		return -1
	}
	for _, r := range an.Rels {
		if r.Kind != dateline.RelSubj || r.To != ag || r.From == vg || !an.Chunks[r.From].Verb.Passive {
			continue
		}
		if k := an.Dependent(r.From, dateline.RelAgent); k >= 0 && x.actorOf[x.actorPhrase(k)] >= 0 {
			return k
		}
	}
	return -1
}

// whenDoers returns, for an act of force told in the passive with no
// agent ("23 people were killed when police opened fire"), the actors
// who do an act of force in a clause that tells when it happened (opened
// by "when", "as", "after" or "while"), or nil.
func (x *sent) whenDoers(p *pred) []int {
	if p.vg < 0 || !x.an.Chunks[p.vg].Verb.Passive || !x.l.has(p.code, flagViolent) || x.an.Dependent(p.vg, dateline.RelAgent) >= 0 {
		return nil
	}
	for _, c := range x.an.Clauses {
		if c.Parent != p.clause || c.Kind != dateline.ClauseAdverbial || !x.whenOpener(c.Opener) {
			continue
		}
		q := x.predOfClause(c, p)
		if q == nil || !x.l.has(q.code, flagViolent) || q.vg < 0 || x.an.Chunks[q.vg].Verb.Passive {
			continue
		}
		src, _, _ := x.roles(q)
		if a := x.namedOnly(x.actorsOf(src)); len(a) > 0 {
			return a
		}
	}
	return nil
}

// afterDoers returns, for a complaint or accusation p (root 11) with no
// target, the actors of another country than its sources that are the
// subject of a clause telling when it happened ("lodged a protest after
// Pakistani troops fired across the border"), or nil.
func (x *sent) afterDoers(p *pred, sources []int) []int {
	for _, c := range x.an.Clauses {
		if c.Parent != p.clause || c.Kind != dateline.ClauseAdverbial || !x.whenOpener(c.Opener) || c.Verb < 0 {
			continue
		}
		s := x.an.Dependent(c.Verb, dateline.RelSubj)
		if s < 0 || x.an.Chunks[c.Verb].Verb.Passive {
			continue
		}
		by := x.namedOnly(x.actorsOf([]int{s}))
		if len(by) == 0 {
			continue
		}
		for _, k := range sources {
			for _, b := range by {
				if x.ms[k].Actor.Country == "" || x.ms[k].Actor.Country == x.ms[b].Actor.Country {
					return nil
				}
			}
		}
		return by
	}
	return nil
}

// whenVictims returns, for an act of force in a clause that tells when an
// act of force told in the passive happened ("three protesters were
// wounded when soldiers opened fire"), the actors it fell on: that act's
// subject. Else nil.
func (x *sent) whenVictims(p *pred) []int {
	c := x.clauseOf(p)
	if c.Kind != dateline.ClauseAdverbial || c.Parent < 0 || !x.whenOpener(c.Opener) || !x.l.has(p.code, flagViolent) {
		return nil
	}
	q := x.predOfClause(x.an.Clauses[c.Parent], p)
	if q == nil || q.vg < 0 || !x.an.Chunks[q.vg].Verb.Passive || !x.l.has(q.code, flagViolent) {
		return nil
	}
	_, tgt, _ := x.roles(q)
	return x.namedOnly(x.actorsOf(tgt))
}

// whenOpener reports whether token i opens a clause that tells when its
// parent's act happened.
func (x *sent) whenOpener(i int) bool {
	if i < 0 || i >= len(x.s.Tokens) {
		return false
	}
	switch x.s.Tokens[i].Lower {
	case "when", "as", "after", "while":
		return true
	}
	return false
}

// clauseOf returns the clause pred p sits in; a top clause with no verb
// when it sits in none (a noun event in a sentence the analysis finds no
// clause in: "Looting spread through Baghdad following the capture of the
// city", read as a noun phrase).
func (x *sent) clauseOf(p *pred) dateline.Clause {
	if p.clause < 0 || p.clause >= len(x.an.Clauses) {
		return dateline.Clause{Kind: dateline.ClauseMain, Verb: -1, Parent: -1, Opener: -1}
	}
	return x.an.Clauses[p.clause]
}

// predOfClause returns the pred of clause c's verb, or nil (or when it is
// p itself).
func (x *sent) predOfClause(c dateline.Clause, p *pred) *pred {
	pi, ok := x.predAt(c.Verb)
	if !ok || pi < 0 || pi >= len(x.preds) || &x.preds[pi] == p {
		return nil
	}
	return &x.preds[pi]
}

// parentTargets returns the actors the act of the clause above a
// participle pred p fell on ("opened fire on protesters, killing three":
// the protesters), or nil: only for a participle of the same source's,
// after its clause's act.
func (x *sent) parentTargets(p *pred) []int {
	c := x.clauseOf(p)
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 {
		return nil
	}
	pi, ok := x.predAt(x.an.Clauses[c.Parent].Verb)
	if !ok || pi < 0 || pi >= len(x.preds) || &x.preds[pi] == p {
		return nil
	}
	_, tgt, _ := x.roles(&x.preds[pi])
	return x.namedOnly(x.actorsOf(tgt))
}

// orderer returns, for pred p told by a verb with no agent whose subject
// is the object of a verb that orders its object's act done, the named
// actors of that verb's subject: a bare passive participle after a light
// verb that governs its object's act (words.txt's light and objcontrol:
// "a court ordered 12 sailors held" is the court's detention), a
// subjunctive passive in that verb's that-clause ("the court ordered that
// he be released", as "ordered him released"), or an
// infinitive after a verb of command (command and objcontrol), whose
// subject, the one ordered, is then no actor ("the regulator ordered
// mobile operators to shut down data services" is the regulator's
// shutdown; "ordered the army to arrest him" is the army's, or its
// orderer's when its own forces), when the act is one of material
// conflict. Else nil.
func (x *sent) orderer(p *pred) []int {
	an := x.an
	if p.vg < 0 || p.clause < 0 || an.Dependent(p.vg, dateline.RelAgent) >= 0 {
		return nil
	}
	c := &an.Clauses[p.clause]
	if c.Parent < 0 {
		return nil
	}
	pv := an.Clauses[c.Parent].Verb
	ordering := dateline.RoleLight | dateline.RoleObjControl
	mandate := false // "the court ordered that he be released": the act ordered is done to the clause's subject
	switch {
	case c.Kind == dateline.ClauseParticipial && an.Chunks[p.vg].Verb.Passive:
	case c.Kind == dateline.ClauseComplement && x.subjunctivePassive(p.vg):
		mandate = true
	case c.Kind == dateline.ClauseInfinitive && an.Governor(p.vg, dateline.RelComp) == pv && x.l.codes[p.code].QuadClass == 4:
		// only force or coercion one does through others: "ordered those
		// who took part to turn themselves in" is their own surrender
		ordering = dateline.RoleCommand | dateline.RoleObjControl
	default:
		return nil
	}
	if an.Words[an.Chunks[pv].Head].Roles&ordering != ordering || an.Chunks[pv].Verb.Passive {
		return nil
	}
	obj, done := an.Dependent(pv, dateline.RelObj), an.Dependent(p.vg, dateline.RelSubj)
	if of := an.Dependent(obj, dateline.RelNMod); obj >= 0 && done >= 0 && obj != done && of >= 0 && an.Dependent(of, dateline.RelPObj) == done &&
		x.s.Tokens[an.Chunks[of].Head].Lower == "of" {
		obj = done // "ordered 12 of the sailors held": a part of those the participle is done to
	}
	if !mandate && (obj < 0 || obj != done) {
		return nil
	}
	subj := an.Dependent(pv, dateline.RelSubj)
	if subj < 0 {
		return nil
	}
	return x.namedOnly(x.actorsOf([]int{subj}))
}

// subjunctivePassive reports whether verb group v is a passive with no
// modal and "be" in its base form ("that he be released", "that the
// transmitters be handed to"): what a verb of ordering mandates.
func (x *sent) subjunctivePassive(v int) bool {
	c := &x.an.Chunks[v]
	if !c.Verb.Passive || c.Verb.Modal != "" || c.Verb.Infinitive || c.Head < 1 {
		return false
	}
	for i := c.From; i < c.Head; i++ {
		if x.s.Tokens[i].Lower == "be" {
			return true
		}
	}
	return false
}

// purposeTargets returns the actors of the object of verb pred p's
// purpose infinitive ("crossed into the area to stop a Chinese army
// unit"), when they are of another country than source mention src, or
// none.
func (x *sent) purposeTargets(p *pred, src int) []int {
	if p.vg < 0 {
		return nil
	}
	c := x.an.Dependent(p.vg, dateline.RelComp)
	if c < 0 || x.an.Chunks[c].Kind != dateline.ChunkVG || x.an.Dependent(c, dateline.RelSubj) != x.an.Dependent(p.vg, dateline.RelSubj) {
		return nil
	}
	o := x.an.Dependent(c, dateline.RelObj)
	if o < 0 {
		return nil
	}
	var out []int
	for _, mi := range x.actorsOfExact([]int{o}) {
		if cc := x.ms[mi].Actor.Country; cc != "" && cc != x.ms[src].Actor.Country {
			out = append(out, mi)
		}
	}
	return out
}

// countedGroup reports whether mentions ks are all members of one counted
// description ("the three governments", "the two countries"), which the
// actor tracker codes as members of a group named before.
func (x *sent) countedGroup(ks []int) bool {
	for _, k := range ks {
		if !strings.HasPrefix(x.ms[k].Rule, "coref:members") {
			return false
		}
	}
	return len(ks) > 1
}

// ownerOfForces returns the possessor of noun event p when the phrase b
// that does it, its "of" phrase, names forces with no country of their
// own words ("Russia's withdrawal of troops from Kherson", "China's
// buildup of warships near Taiwan"): they are the possessor's, whatever
// country the sentence around them names; else -1.
func (x *sent) ownerOfForces(p *pred, b int) int {
	if p.np < 0 || b < 0 {
		return -1
	}
	an := x.an
	ps := an.Dependent(p.np, dateline.RelPoss)
	if ps < 0 || x.actorOf[ps] < 0 || x.ms[x.actorOf[ps]].Actor.Country == "" || x.contextCountry(x.actorOf[ps]) {
		return -1
	}
	if pp := an.Governor(b, dateline.RelPObj); pp < 0 || an.Governor(pp, dateline.RelNMod) != p.np {
		return -1
	}
	if mi := x.actorOf[b]; mi >= 0 && x.ms[mi].Actor.Country != "" && !x.contextCountry(mi) && !strings.Contains(x.ms[mi].Rule, "+from+") {
		// "Russia's withdrawal of Belarusian troops": theirs; but "Israel's
		// withdrawal of troops from Gaza" names where they leave
		return -1
	}
	return ps
}

// sameActNoun returns the pred of event noun phrase o, verb pred p's
// object, when it is the act p tells (the same code) done by forces its
// "of" phrase names ("announced the withdrawal of its troops", "began
// the pullout of its forces"); else -1.
func (x *sent) sameActNoun(p *pred, o int) int {
	if p.vg < 0 || o < 0 {
		return -1
	}
	q, ok := x.predAt(o)
	if !ok || x.preds[q].np != o || x.preds[q].code != p.code || !x.preds[q].bindsRole('S') || x.preds[q].bindsRole('B') {
		return -1
	}
	return q
}

// howAnswers ends the role note of an act answered with, aimed at what
// the verb of answering answers (answeredAct).
const howAnswers = "; what it answers"

// answeredAct returns, for noun event p done by a verb of answering
// (sets.txt's &answering) through its "with" phrase, what that verb
// answers: its object ("answered the invasion with protests") or the
// phrase after its "to" ("responded to the killings with a strike"),
// when that is not p's own phrase; else -1.
func (x *sent) answeredAct(p *pred) int {
	an := x.an
	v := p.light
	if !x.l.InSet("answering", x.headLemma(v)) {
		return -1
	}
	own := x.spanOf(p.np)
	if o := an.Dependent(v, dateline.RelObj); o >= 0 {
		if o == own || o == p.np {
			return -1
		}
		return o
	}
	for pp := range an.Dependents(v, dateline.RelObl) {
		if x.s.Tokens[an.Chunks[pp].Head].Lower != "to" {
			continue
		}
		if o := an.Dependent(pp, dateline.RelPObj); o >= 0 && o != own && o != p.np {
			return o
		}
	}
	return -1
}
