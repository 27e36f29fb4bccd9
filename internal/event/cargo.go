package event

import (
	"slices"

	"dateline"
)

// cargo returns what the subject of verb group k brings with it when the
// verb's own "with" phrase is missing and a phrase on the subject tells
// it: the object of a participle of &conveyance ("a transport plane
// carrying food and medicine landed at Sarajevo" landed with them), or the
// "with" phrase of a participle or adjective of &laden ("a freighter
// loaded with rice docked", "a plane laden with tents landed"). What is
// carried must be one of h, and h must ask for no actor: "buses carrying
// students clashed with police" brought no students. Else -1.
func (x *sent) cargo(k int, a *arg) int {
	an := x.an
	h := a.heads
	if h == nil || h.any || h.not || h.none || h.actor || h.person || h.leader || h.igo || !slices.Contains(a.preps, "with") ||
		an.Chunks[k].Kind != dateline.ChunkVG || an.Chunks[k].Verb.Passive {
		return -1
	}
	s := an.Dependent(k, dateline.RelSubj)
	if s < 0 {
		return -1
	}
	carried := func(np int) bool { return np >= 0 && x.satisfies(np, h) }
	for _, c := range an.Clauses {
		v := c.Verb
		if c.Kind != dateline.ClauseParticipial || v < 0 || v == k || an.Dependent(v, dateline.RelSubj) != s {
			continue
		}
		lemma := an.Words[an.Chunks[v].Head].Lemma
		if !an.Chunks[v].Verb.Passive && x.l.InSet("conveyance", lemma) {
			if o := an.Dependent(v, dateline.RelObj); carried(o) {
				return o
			}
		}
		if x.l.InSet("laden", lemma) {
			if o := x.withPhrase(v, dateline.RelObl, a.preps); carried(o) {
				return o
			}
		}
	}
	// an adjective set after the subject: "a plane laden with tents"
	if j := s + 1; j < k && an.Chunks[j].Kind == dateline.ChunkADJP && x.l.InSet("laden", an.Words[an.Chunks[j].Head].Lemma) {
		if o := x.withPhrase(j, dateline.RelNMod, a.preps); carried(o) {
			return o
		}
	}
	return -1
}

// withPhrase returns the noun phrase of the phrase of one of preps that rel
// attaches to chunk k, or -1.
func (x *sent) withPhrase(k int, rel dateline.RelKind, preps []string) int {
	for pp := range x.an.Dependents(k, rel) {
		if x.prepIs(pp, preps) {
			return x.an.Dependent(pp, dateline.RelPObj)
		}
	}
	return -1
}

// reliefFrom returns the actor that relief o comes from, told by a "from"
// phrase on it or on one of the things listed with it ("trucks carrying
// food and water from Armenia"); else -1.
func (x *sent) reliefFrom(o int) int {
	if np := x.authorOf(o); np >= 0 {
		return np
	}
	for c := range x.an.Dependents(o, dateline.RelConj) {
		if np := x.authorOf(c); np >= 0 {
			return np
		}
	}
	return -1
}
