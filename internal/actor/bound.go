package actor

import (
	"strings"

	"dateline"
)

// boundPronouns corrects "it" and "them" where the mentions stage made an
// object pronoun stand for its own verb's subject, which it never does
// (binding: "Iran said it would retaliate" may be Iran, "Iran condemned
// it" is not): the verb's object ("accused it of"), or the object of a
// preposition its verb governs ("fired on them"), with the subject the
// analysis gives the verb, shared by coordination or not ("The United
// States imposed sanctions on Iran and accused it of supporting
// terrorism": Iran). It stands for the last actor this sentence named
// before it outside that subject and its conjuncts, of its number (a
// state, a body or a singular noun for "it"; a plural noun or a body for
// "them"), not one the subject's pronoun or country names ("Ethiopia
// recalled its ambassador from Egypt and accused it": Egypt); with none,
// it is left as it was. A reflexive ("itself", "themselves") is no
// pronoun the mentions stage reads.
func boundPronouns(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range actors {
		m := &actors[i]
		c := pronounChunk(s, m, "it", "them")
		if c < 0 || m.Actor.Code == "" {
			continue
		}
		if k := s.TokenAt(m.Start); an.Chunks[c].From != k || an.Chunks[c].To != k+1 {
			continue
		}
		if shared(actors, i) {
			continue // "urged them": each member of a group, its own rule
		}
		v := an.Governor(c, dateline.RelObj)
		if v < 0 && an.Governor(c, dateline.RelSubj) < 0 {
			// "fired on them"; not "as it and three allies cut ties",
			// the subject of a clause after a conjunction
			if pp := an.Governor(c, dateline.RelPObj); pp >= 0 {
				v = an.Governor(pp, dateline.RelObl)
			}
		}
		if v < 0 {
			continue
		}
		subj := an.Dependent(v, dateline.RelSubj)
		if subj < 0 || subj > c {
			continue
		}
		// the object of the verb whose complement v is does v ("sent a
		// jet to escort it", "urged them to accept it"), whatever subject
		// the analysis gave v: no candidate either
		ctrl := -1
		if p := an.Governor(v, dateline.RelComp); p >= 0 {
			ctrl = an.Dependent(p, dateline.RelObj)
		}
		inSubject := func(o *dateline.Mention) bool { return inSubjectOf(s, o, subj) }
		own := ""
		same := false
		for j := range actors {
			if o := &actors[j]; o != m && inSubject(o) && o.Actor.Code != "" {
				if o.Actor.Code == m.Actor.Code {
					same = true
				}
				own = o.Actor.Country
			}
		}
		if !same {
			continue
		}
		plural := strings.EqualFold(m.Text, "them")
		for j := i - 1; j >= 0; j-- {
			o := &actors[j]
			if inSubject(o) || ctrl >= 0 && inChunkOf(s, o, ctrl) || o.Kind == dateline.KindPerson || o.Kind == dateline.KindPronoun || strings.HasPrefix(o.Rule, "coref:pronoun") ||
				o.Actor.Code == "" || o.Actor.Code == m.Actor.Code || own != "" && o.Actor.Country == own || !numberFits(s, o, plural) {
				continue
			}
			m.Actor, m.Rule = o.Actor, link("pronoun", o.Actor.Name, "an object pronoun is not its verb's subject: the last actor of its number named before it outside that subject")
			break
		}
	}
}

// inSubjectOf reports whether mention o lies within subject chunk subj or
// one of its conjuncts ("Saudi Arabia and Bahrain").
func inSubjectOf(s *dateline.Sentence, o *dateline.Mention, subj int) bool {
	if inChunkOf(s, o, subj) {
		return true
	}
	for k := range s.Analysis.Dependents(subj, dateline.RelConj) {
		if inChunkOf(s, o, k) {
			return true
		}
	}
	return false
}

// inChunkOf reports whether mention o lies within chunk c.
func inChunkOf(s *dateline.Sentence, o *dateline.Mention, c int) bool {
	ch := &s.Analysis.Chunks[c]
	return o.Start >= s.Tokens[ch.From].Start && o.End <= s.Tokens[ch.To-1].End
}

// numberFits reports whether mention o agrees in number with an object
// pronoun, "them" when plural is set, else "it": by the head of its noun
// phrase ("Iran", "the opposition" are singular; "two Chinese engineers",
// "Hamas leaders" plural). A body's name fits both ("the Taliban").
func numberFits(s *dateline.Sentence, o *dateline.Mention, plural bool) bool {
	if o.Kind == dateline.KindOrganization {
		return true
	}
	an := s.Analysis
	k := s.TokenAt(o.Start)
	if k < 0 || an.Words[k].Chunk < 0 {
		return false
	}
	tag := an.Words[an.Chunks[an.Words[k].Chunk].Head].Tag
	if plural {
		return tag == dateline.TagNNS || tag == dateline.TagNNPS
	}
	return tag == dateline.TagNN || tag == dateline.TagNNP
}

// shared reports whether another mention covers the same words as
// actors[i]: a pronoun read as each member of a group.
func shared(actors []dateline.Mention, i int) bool {
	for j := range actors {
		if j != i && actors[j].Start == actors[i].Start {
			return true
		}
	}
	return false
}
