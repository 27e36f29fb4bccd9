package pipeline

import (
	"dateline"
	"dateline/internal/event"
)

// telling is a clause of the story whose subject (a passive's agent) names
// an actor: a definite noun of the act it told ("the decree", "the
// proclamation") may later name it (nominal.tsv).
type telling struct {
	sentence, at int    // the sentence's index and the body offset of the clause's verb
	verb, obj    string // the verb's lemma and its object's head (a passive's subject)
	// known is set when the object opens with "the" or "this", or the
	// clause judges or answers it ("China rejected a ruling by the
	// tribunal"): an act told before or made by another, not told here
	known bool
	// act is set when the clause tells an act, not words (a reporting verb
	// with what was said, a claim, a link: "said that", "is"), a condition
	// nor a judgement or answer of another act: a general noun ("the
	// move") may name any such act told just before
	act  bool
	doer dateline.Mention
}

// noteTellings records the clauses of sentence s whose subject, or a
// passive's agent, names an actor of actors, before the sentence's events
// are coded: a judgement later in the sentence may speak of their acts
// ("Beidh proclaimed a southern state, and Sanaa denounced the
// proclamation"). found are the sentence's acts: a clause that judges or
// answers its object (quad class 3, or policy.tsv's answer) did not make
// it.
func (c *Coder) noteTellings(sc *scene, s *dateline.Sentence, actors []dateline.Mention, found []event.Found) {
	an := s.Analysis
	if an == nil {
		return
	}
	for _, cl := range an.Clauses {
		if cl.Verb < 0 {
			continue
		}
		vg := &an.Chunks[cl.Verb]
		subj, obj := an.Dependent(cl.Verb, dateline.RelSubj), an.Dependent(cl.Verb, dateline.RelObj)
		if vg.Verb.Passive {
			// "a decree approved by the cabinet": the cabinet made it
			subj, obj = an.Dependent(cl.Verb, dateline.RelAgent), subj
		}
		if subj < 0 {
			continue
		}
		m := mentionIn(s, subj, actors)
		if m == nil {
			continue
		}
		t := telling{sentence: s.Index, at: s.Tokens[vg.Head].Start, verb: an.Words[vg.Head].Lemma, doer: *m}
		// (a reporting verb with an object and no clause of what was said
		// tells an act: "declared independence", "announced sanctions")
		roles := an.Words[vg.Head].Roles
		words := roles&(dateline.RoleReport|dateline.RoleAllege) != 0 && (obj < 0 || an.Dependent(cl.Verb, dateline.RelComp) >= 0)
		answers := c.answers(t.at, found)
		t.act = !answers && !words && roles&dateline.RoleCopula == 0 && cl.Kind != dateline.ClauseConditional // "if the island moves": no act told
		if obj >= 0 && an.Chunks[obj].Kind == dateline.ChunkNP {
			t.obj, t.known = an.Words[an.Chunks[obj].Head].Lemma, event.Definite(s, obj) || answers
		}
		sc.tellings = append(sc.tellings, t)
	}
}

// answers reports whether an act of found whose trigger holds body offset
// at judges or answers what it is aimed at: verbal conflict (quad class
// 3: "rejected a ruling", "condemned a decree") or an approval or protest
// of an earlier act (policy.tsv's answer: "welcomed a decision").
func (c *Coder) answers(at int, found []event.Found) bool {
	for i := range found {
		if f := &found[i]; f.Trigger.Start <= at && at < f.Trigger.End && (f.Code.QuadClass == 3 || c.Lexicon.Answer(f.Code.CAMEO)) {
			return true
		}
	}
	return false
}

// mentionIn returns the first mention of actors, of a coded actor, inside
// chunk k of s, or nil.
func mentionIn(s *dateline.Sentence, k int, actors []dateline.Mention) *dateline.Mention {
	an := s.Analysis
	from, to := s.Tokens[an.Chunks[k].From].Start, s.Tokens[an.Chunks[k].To-1].End
	for i := range actors {
		if m := actors[i]; m.Start >= from && m.End <= to && m.Actor.Code != "" {
			return &actors[i]
		}
	}
	return nil
}

// toldBy returns who did the act that noun w, judged by m at body offset
// at of sentence index, names: the doer of the last clause before it,
// in its sentence or an earlier one, that told such an act ("Romania's
// government approved an emergency decree. ... Iohannis condemned the
// decree": Romania's government), as a mention (a state named bare, its
// government); nil if there is none, or if m told it itself.
func (c *Coder) toldBy(sc *scene, w string, index, at int, m dateline.Mention) *dateline.Mention {
	for i := len(sc.tellings) - 1; i >= 0; i-- {
		t := &sc.tellings[i]
		if t.sentence == index && t.at >= at || !c.Lexicon.Tells(w, t.verb, t.obj, t.known, t.act && t.sentence == index) {
			continue
		}
		if t.doer.Actor.Code == m.Actor.Code && t.doer.Actor.Name == m.Actor.Name {
			return nil
		}
		d := c.asGovernment(t.doer, false) // a state that did it, its government, as when it is a source
		d.Rule += "+told-it"
		return &d
	}
	return nil
}
