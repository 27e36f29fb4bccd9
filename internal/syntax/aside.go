package syntax

import "dateline"

// asideObliques gives back to a clause's verb the phrases after a passive
// participle set off by commas after its object: in "extradited the
// general, charged with torture, to Senegal on Monday" the aside closes at
// its second comma, and "to Senegal" and "on Monday" tell where and when
// the general was extradited, not what he was charged with.
func (st *state) asideObliques() {
	an := st.an
	for ci := range an.Clauses {
		end := st.asideEnd(ci)
		if end < 0 {
			continue
		}
		v, p := an.Clauses[an.Clauses[ci].Parent].Verb, an.Clauses[ci].Verb
		for k := p + 1; k < len(an.Chunks); k++ {
			if an.Chunks[k].Kind != dateline.ChunkPP || an.Chunks[k].From < end {
				continue
			}
			if g := an.Governor(k, dateline.RelObl); g >= p && an.Chunks[g].From < end {
				st.dropRel(dateline.RelObl, g, k)
			} else if g := an.Governor(k, dateline.RelNMod); g >= p && an.Chunks[g].From < end {
				st.dropRel(dateline.RelNMod, g, k) // "the embassy, to Kabul" is no phrase
			} else {
				continue
			}
			st.rel(dateline.RelObl, v, k)
		}
	}
}

// asideEnd returns the comma that closes clause ci when it is such an
// aside, a passive participle set off after its parent verb's object, else -1.
func (st *state) asideEnd(ci int) int {
	an := st.an
	c := &an.Clauses[ci]
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || !an.Chunks[c.Verb].Verb.Passive {
		return -1
	}
	v, p := an.Clauses[c.Parent].Verb, c.Verb
	h := an.Chunks[p].Head
	if v < 0 || v > p || an.Chunks[p].From != h || !st.asideBeforePreposition(h) {
		return -1
	}
	end := h + 1
	for end < len(st.toks) && an.Words[end].Tag != dateline.TagComma {
		end++
	}
	return end
}
