package pipeline

import (
	"cmp"
	"slices"
	"strconv"

	"dateline"
)

// Opponents named by their role: "the enemy", "the invaders", "the
// occupation forces", "enemy positions" (agents.txt's opponents) name no
// one by what they are, but the story tells whom: the party the speaker's
// side has been fighting. "Russian troops attacked Ukrainian positions
// near Kharkiv. The enemy shelled the city overnight, the governor said":
// the governor's side is Ukraine's, and the party Ukraine fought is
// Russia, so the enemy is Russia's forces.

// opponents adds to ms (one sentence's actor mentions, after the
// tracker settled them) a mention for each phrase of sentence s that
// names an opponent by its role, standing for the party its side fought
// in the events told before (earlier). The side is the sentence's one
// other party ("the governor said"; one in apposition to another is the
// same); with none, the source of the latest act of force or posture
// told (policy.tsv's coerces and forces: roots 15, 17-20), whose enemy
// is that act's target, unless the sentence names a party of no country
// ("militia leaders vowed to fight the invaders"), whose enemy is that
// act's source. A side the story told in no fight fights the last arm of
// a state or armed group told using force. The opponent of a state
// is its forces (MIL); an armed group or a party at home that is no arm
// of the state keeps its own actor. It leaves out a phrase that names
// its actor ("the Russian invaders"), is owned ("its enemies": the
// tracker's others), is no one in particular ("an enemy", "any enemy",
// "a common enemy"), is the complement of "of" ("enemies of reform",
// "the other side of the border", but not "accused the other side of
// crossing"), follows "as" ("treated them as enemies") or a naming or
// linking verb ("called the press the enemy", "Russia is the enemy");
// and every phrase of a sentence that names two sides itself, or of a
// story that told no fight of its side. It reports whether it added any.
func (c *Coder) opponents(s *dateline.Sentence, ms *[]dateline.Mention, earlier []dateline.Event) bool {
	an := s.Analysis
	if an == nil || len(an.Words) != len(s.Tokens) {
		return false
	}
	added := false
	for k := 0; k < len(s.Tokens); k++ {
		e := c.opponentAt(s, k)
		if e == 0 {
			continue
		}
		sp, ok := c.opponentPhrase(s, k, e)
		if !ok || namesOwn(s, *ms, sp) {
			k = e - 1
			continue
		}
		a, why := c.opponentOf(s, *ms, sp, earlier)
		if why == "" {
			k = e - 1
			continue
		}
		m := dateline.Mention{Span: sp, Kind: dateline.KindAgent, Actor: a,
			Rule: "coref:opponent -> " + a.Name + " (" + why + ")"}
		if o, p := sp.Start-s.Start, sp.End-s.Start; o >= 0 && p <= len(s.Text) {
			m.Text = s.Text[o:p]
		}
		// a mention within the same words ("the occupiers": forces of
		// no one; "enemy aircraft": the story country's, for want of
		// another) gives way
		*ms = slices.DeleteFunc(*ms, func(o dateline.Mention) bool { return o.Start < sp.End && sp.Start < o.End })
		at, _ := slices.BinarySearchFunc(*ms, sp.Start, func(o dateline.Mention, off int) int { return o.Start - off })
		*ms = slices.Insert(*ms, at, m)
		added = true
		k = s.TokenAt(sp.End - 1) // past the phrase
	}
	return added
}

// opponentAt returns the token after the opponent noun (agents.txt's
// opponents, of one or two words) that starts at token k, or 0.
// One that names it only as a verb's subject or object (agents.txt's
// opposite: "the other side") counts only so: "waiting on the other side"
// is a place.
func (c *Coder) opponentAt(s *dateline.Sentence, k int) int {
	ts := s.Tokens
	if !c.Actors.OpponentStarts(ts[k].Lower) {
		return 0 // one look-up for most words, not three and a two-word phrase
	}
	e := 0
	ok, argument := false, false
	if k+1 < len(ts) {
		if ok, argument = c.Actors.Opponent(ts[k].Lower + " " + ts[k+1].Lower); ok {
			e = k + 2
		}
	}
	if !ok {
		if ok, argument = c.Actors.Opponent(ts[k].Lower); ok {
			e = k + 1
		}
	}
	if argument {
		an := s.Analysis
		if ch := int(an.Words[k].Chunk); ch < 0 || an.Governor(ch, dateline.RelSubj) < 0 && an.Governor(ch, dateline.RelObj) < 0 {
			return 0
		}
	}
	return e
}

// opponentPhrase returns the span of the phrase whose opponent noun is
// tokens [k, e): the noun and the nouns after a one-word opponent that
// it modifies ("enemy positions"), and whether it
// stands for a party (see opponents for those that do not).
func (c *Coder) opponentPhrase(s *dateline.Sentence, k, e int) (dateline.Span, bool) {
	ts, a := s.Tokens, s.Analysis
	ws := a.Words
	first := k
	d := k - 1
	for d >= 0 && ws[d].Tag.IsAdjective() {
		d-- // "a common enemy", "the old foes"
	}
	if d >= 0 {
		switch ts[d].Lower {
		case "the", "our":
			first = d
		case "a", "an", "any", "every", "no", "its", "their", "his", "her", "my", "your", "'s", "’s":
			return dateline.Span{}, false
		}
	}
	if e == k+1 {
		for e < len(ts) && (ws[e].Tag == dateline.TagNN || ws[e].Tag == dateline.TagNNS) && ws[e].Chunk == ws[k].Chunk {
			e++ // "enemy positions", "enemy aircraft"
		}
	}
	if e < len(ts) && ts[e].Lower == "of" && (e+1 == len(ts) || ws[e+1].Tag != dateline.TagVBG) {
		// "enemies of reform", "the other side of the border"; not the
		// charge a verb lays ("accused the other side of violating")
		return dateline.Span{}, false
	}
	// the verb it follows in its clause, and "as" before it
	cl := a.ClauseOf(first)
	for j := first - 1; j >= 0 && a.ClauseOf(j) == cl; j-- {
		if ts[j].Lower == "as" && j == first-1 {
			return dateline.Span{}, false // "treated them as enemies"
		}
		if ws[j].Tag.IsVerb() {
			if ws[j].Roles.Has(dateline.RoleCopula) || c.naming(ts[j].Lower) {
				return dateline.Span{}, false // "called the press the enemy"
			}
			break
		}
	}
	return dateline.Span{Start: ts[k].Start, End: ts[e-1].End}, true
}

// opponentOf returns whom an opponent phrase at sp stands for and why, or
// why "" for no one: the party the sentence's one other side fought in
// the latest act of force or posture told before, else the target of
// that latest act itself, its source taken as the side that speaks.
func (c *Coder) opponentOf(s *dateline.Sentence, ms []dateline.Mention, sp dateline.Span, earlier []dateline.Event) (dateline.Actor, string) {
	side := ""
	var by, other *dateline.Mention // the side's mention; a party of no country
	for i := range ms {
		m := &ms[i]
		if m.Kind == dateline.KindPlace || m.Start < sp.End && sp.Start < m.End || m.Actor.Code == "" || i > 0 && apposed(s, ms[i-1], *m) {
			continue
		}
		if m.Actor.Country == "" {
			other = cmp.Or(other, m)
			continue
		}
		k := c.sideKey(&dateline.Participant{Name: m.Actor.Name, Country: dateline.Null(m.Actor.Country), Sector: dateline.Null(m.Actor.Sector), Code: m.Actor.Code}, true)
		switch {
		case k == "" || k == side:
		case side != "":
			return dateline.Actor{}, "" // the sentence names both sides itself
		default:
			side, by = k, m
		}
	}
	for i := len(earlier) - 1; i >= 0; i-- {
		o := &earlier[i]
		if !told(o) || o.Target == nil || unknownDoer(o.Source) || !c.Lexicon.Coerces(o.CAMEO) && !c.Lexicon.Forces(o.CAMEO) {
			continue
		}
		ks, kt := c.sideKey(o.Source, true), c.sideKey(o.Target, true)
		if ks == "" || kt == "" || ks == kt {
			continue
		}
		var foe *dateline.Participant
		why := ""
		switch {
		case side == "" && other != nil && other.Actor.Code != o.Source.Code:
			// a party the story places nowhere ("militia leaders vowed to
			// fight the invaders") is not the one that used force
			foe, why = o.Source, "the side that used force on "+o.Target.Name+", from sentence "
		case side == "":
			foe, why = o.Target, "the side "+o.Source.Name+" fought, from sentence "
		case side == ks:
			foe, why = o.Target, "the side "+by.Actor.Name+" fought, from sentence "
		case side == kt:
			foe, why = o.Source, "the side "+by.Actor.Name+" fought, from sentence "
		default:
			continue
		}
		return c.opponentActor(foe), why + strconv.Itoa(o.Sentence.Index)
	}
	if side == "" {
		return dateline.Actor{}, ""
	}
	// a side the story told in no fight: its opponent is the last arm of
	// a state or armed group told using force or posture, not itself
	// ("Russian columns pressed into Chechnya ... Dudayev, the Chechen
	// leader, vowed to wage a holy war against the invaders")
	for i := len(earlier) - 1; i >= 0; i-- {
		o := &earlier[i]
		if !told(o) || unknownDoer(o.Source) || !c.Lexicon.Coerces(o.CAMEO) && !c.Lexicon.Forces(o.CAMEO) {
			continue
		}
		sec := string(o.Source.Sector)
		if ks := c.sideKey(o.Source, true); ks != "" && ks != side && (c.Actors.State(sec) && sec != "GOV" || c.Actors.Armed(sec)) {
			return c.opponentActor(o.Source), "the last force told, that of " + o.Source.Name + ", from sentence " + strconv.Itoa(o.Sentence.Index)
		}
	}
	return dateline.Actor{}, ""
}

// opponentActor is the actor an opponent phrase takes of party p: a
// state's forces, or the party itself when it is no arm of a state
// (rebels, an armed group).
func (c *Coder) opponentActor(p *dateline.Participant) dateline.Actor {
	cc, sec := string(p.Country), string(p.Sector)
	if sec != "" && !c.Actors.State(sec) || !c.isCountry(cc) {
		return dateline.Actor{Name: p.Name, Country: cc, Sector: sec, Code: p.Code}
	}
	place, _ := c.Places.Country(cc)
	return dateline.Actor{Name: place.Name, Country: cc, Sector: "MIL", Code: cc + "MIL"}
}

// namesOwn reports whether the opponent phrase at sp names its actor
// itself: a mention with a country reaches past it ("the Russian
// occupation forces") or ends right before it ("the Israeli enemy").
func namesOwn(s *dateline.Sentence, ms []dateline.Mention, sp dateline.Span) bool {
	k := s.TokenAt(sp.Start)
	if k > 0 && (s.Tokens[k-1].Lower == "the" || s.Tokens[k-1].Lower == "our") {
		k--
	}
	before := -1
	if k > 0 {
		before = s.Tokens[k-1].Start
	}
	return slices.ContainsFunc(ms, func(m dateline.Mention) bool {
		return m.Actor.Country != "" && (m.Start < sp.End && sp.Start < m.End && (m.Start < sp.Start || m.End > sp.End) ||
			m.Start <= before && before < m.End)
	})
}

// apposed reports whether mention m stands in apposition to the mention
// before it, with only a comma and an article between: "Dzhokhar
// Dudayev, the Chechen leader," names one party, however the two read.
func apposed(s *dateline.Sentence, prev, m dateline.Mention) bool {
	comma := false
	for k := s.TokenAt(prev.End-1) + 1; k < len(s.Tokens) && s.Tokens[k].Start < m.Start; k++ {
		switch s.Tokens[k].Lower {
		case ",":
			comma = true
		case "the", "a", "an":
		default:
			return false
		}
	}
	return comma
}
