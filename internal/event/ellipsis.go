package event

import "dateline"

// echo is a clause that repeats the act of a verb before it with only an
// auxiliary and a new subject: "but Germany did", "and so has France",
// "as did the European Union".
type echo struct {
	subj int // the new subject's noun phrase
	mod  dateline.Modality
	trig dateline.Span // the auxiliary
}

// echoes returns the clauses after pred p's verb that repeat its act,
// up to the next verb of its own, each with its modality: denied by its
// own negation ("but China did not", "nor did Japan"), done after a
// denied act that "but" or "while" sets against it ("France did not
// condemn the coup, but Germany did"), else as the act it repeats.
func (x *sent) echoes(p *pred, mod dateline.Modality) []echo {
	if p.vg < 0 {
		return nil
	}
	an := x.an
	var out []echo
	for k := p.vg + 1; k < len(an.Chunks); k++ {
		if an.Chunks[k].Kind != dateline.ChunkVG {
			continue
		}
		if !x.auxOnly(k) {
			break
		}
		subj, conj, ok := x.echoSubject(k)
		if !ok {
			continue
		}
		e := echo{subj: subj, mod: mod, trig: x.chunkSpan(k)}
		switch {
		case x.negates(k) || conj == "neither" || conj == "nor":
			e.mod = dateline.Negated
		case mod == dateline.Negated && (conj == "but" || conj == "while" || conj == "whereas"):
			e.mod = dateline.Asserted
		}
		out = append(out, e)
	}
	return out
}

// auxOnly reports whether verb group k is only an auxiliary, a modal or a
// negation, with no verb of its own: "did", "has not", "will".
func (x *sent) auxOnly(k int) bool {
	c := &x.an.Chunks[k]
	for i := c.From; i < c.To; i++ {
		w := x.an.Words[i]
		switch {
		case w.Tag == dateline.TagMD, w.Roles&dateline.RoleNegation != 0:
		case w.Lemma == "do" || w.Lemma == "have" || w.Lemma == "be":
		default:
			return false
		}
	}
	return true
}

// echoSubject returns the subject of the bare auxiliary at verb group k
// and the word that links its clause to the one before: the phrase before
// it after "but", "and" or "while" ("but Germany did"), or the phrase
// after it after "so", "neither", "nor" or "as" ("and so has France", "as
// did the EU"); the clause must end there ("too", "either" aside).
func (x *sent) echoSubject(k int) (int, string, bool) {
	an := x.an
	ch := an.Chunks
	if k+1 < len(ch) && ch[k+1].Kind == dateline.ChunkNP && k > 0 {
		switch w := x.s.Tokens[ch[k-1].From].Lower; w {
		case "so", "neither", "nor", "as":
			if x.clauseEnds(ch[k+1].To) {
				return k + 1, w, true
			}
		}
	}
	if k < 2 || ch[k-1].Kind != dateline.ChunkNP || !x.clauseEnds(ch[k].To) {
		return -1, "", false
	}
	switch w := x.s.Tokens[ch[k-2].From].Lower; w {
	case "but", "and", "while", "whereas":
		return k - 1, w, true
	}
	return -1, "", false
}

// clauseEnds reports whether the clause ends at token i: the sentence's
// end, punctuation, or "too" or "either" before them.
func (x *sent) clauseEnds(i int) bool {
	toks := x.s.Tokens
	if i < len(toks) && (toks[i].Lower == "too" || toks[i].Lower == "either") {
		i++
	}
	return i >= len(toks) || x.an.Words[i].Tag.IsPunct()
}

// negates reports whether chunk k holds a negation.
func (x *sent) negates(k int) bool {
	c := &x.an.Chunks[k]
	for i := c.From; i < c.To; i++ {
		if x.an.Words[i].Roles&dateline.RoleNegation != 0 {
			return true
		}
	}
	return c.Kind == dateline.ChunkVG && c.Verb.Neg
}

// chunkSpan returns the body offsets of chunk k's words.
func (x *sent) chunkSpan(k int) dateline.Span {
	c := &x.an.Chunks[k]
	return dateline.Span{Start: x.s.Tokens[c.From].Start, End: x.s.Tokens[c.To-1].End}
}
