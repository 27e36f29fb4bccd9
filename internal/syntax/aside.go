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
		c := &an.Clauses[ci]
		if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || !an.Chunks[c.Verb].Verb.Passive {
			continue
		}
		v, p := an.Clauses[c.Parent].Verb, c.Verb
		h := an.Chunks[p].Head
		if v < 0 || v > p || an.Chunks[p].From != h || !st.asideBeforePreposition(h) {
			continue
		}
		end := h + 1 // the comma that closes the aside
		for end < len(st.toks) && an.Words[end].Tag != dateline.TagComma {
			end++
		}
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
