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
func (x *sent) cargo(k int, a arg) int {
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
			if o := x.withPhrase(v, dateline.RelObl); carried(o) {
				return o
			}
		}
	}
	// an adjective set after the subject: "a plane laden with tents"
	if j := s + 1; j < k && an.Chunks[j].Kind == dateline.ChunkADJP && x.l.InSet("laden", an.Words[an.Chunks[j].Head].Lemma) {
		if o := x.withPhrase(j, dateline.RelNMod); carried(o) {
			return o
		}
	}
	return -1
}

// withPhrase returns the noun phrase of the "with" phrase that rel attaches
// to chunk k, or -1.
func (x *sent) withPhrase(k int, rel dateline.RelKind) int {
	for pp := range x.an.Dependents(k, rel) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "with" {
			return x.an.Dependent(pp, dateline.RelPObj)
		}
	}
	return -1
}

// reliefFrom returns the actor that relief o, the object of participle v,
// comes from, told by a "from" phrase on the participle or on one of the
// things listed ("trucks carrying food and water from Armenia"); else -1.
func (x *sent) reliefFrom(v, o int) int {
	an := x.an
	if np := x.fromActor(v, dateline.RelObl); np >= 0 {
		return np
	}
	if np := x.fromActor(o, dateline.RelNMod); np >= 0 {
		return np
	}
	for c := range an.Dependents(o, dateline.RelConj) {
		if np := x.fromActor(c, dateline.RelNMod); np >= 0 {
			return np
		}
	}
	return -1
}

// fromActor returns the noun phrase of a "from" phrase that rel attaches to
// chunk k when it names an actor, or -1.
func (x *sent) fromActor(k int, rel dateline.RelKind) int {
	for pp := range x.an.Dependents(k, rel) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "from" {
			if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
				return np
			}
		}
	}
	return -1
}
