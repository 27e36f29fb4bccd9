package actor

import (
	"slices"
	"sort"
	"strings"

	"dateline"
)

// Speakers: a noun of one who speaks for or chairs a body (speakers: in
// agents.txt: "spokesman", "chairman") that names no owner in its phrase
// ("A spokesman said", "the chairwoman accused") speaks for the body the
// story told of just before. Deterministic, in this order; the mention's
// rule says which step chose ("coref:speaker -> Kenya (the only body
// named before it in this sentence)"):
//
//   - the bodies named before it in its own sentence, when they are one
//     actor ("Kenya's government denied the report, and a spokeswoman
//     accused Somalia");
//   - else the bodies named in the sentence before, when they are one
//     actor, or when all but one of them are named again after the noun
//     in its own sentence (the other party: "Police arrested opposition
//     supporters. A spokesman accused the opposition");
//   - else, when the sentence before named none, the body the story named
//     most so far, when one leads.
//
// A body here is any actor a spokesman may speak for: a country (its
// government), a body, a party, an armed group, a firm, a person of
// office; never a crowd (sectors.txt's crowd), a pronoun or a place. Two
// or more left at a step leave the noun no one's: the word does not say
// which party it is of.

// speakerAt is a speaker noun with no owner, words [first, end), that
// this sentence's mentions are still to resolve.
type speakerAt struct{ first, end int }

// ownerOf reports whether mention m may own a speaker, and its actor as
// owner: a country owns one as its government.
func (t *Tracker) ownerOf(m dateline.Mention) (dateline.Actor, bool) {
	a := m.Actor
	if a.Code == "" || m.Kind == dateline.KindPronoun || m.Kind == dateline.KindPlace || t.d.sectorIs(a.Sector, sectorCrowd) || a.Sector == "REF" {
		return a, false
	}
	if a.Sector == "" {
		if a.Country == "" {
			return a, false
		}
		a.Sector, a.Code = "GOV", t.govCode(a.Country)
	}
	return a, true
}

// govCode returns the code of country's government, made once a story
// for each country: every sentence asks it of every country it names.
func (t *Tracker) govCode(country string) string {
	for _, g := range t.govCodes {
		if g[0] == country {
			return g[1]
		}
	}
	if t.govCodes == nil {
		t.govCodes = make([][2]string, 0, 4) // a story names a few countries
	}
	c := code(country, "GOV")
	t.govCodes = append(t.govCodes, [2]string{country, c})
	return c
}

// owners returns the distinct owners among ms, in order, leaving out the
// speakers this rule gave an owner; at is where each was first named
// among them.
func (t *Tracker) owners(ms []dateline.Mention) []owner {
	return t.appendOwners(nil, ms)
}

// appendOwners appends to out the owners owners returns.
func (t *Tracker) appendOwners(out []owner, ms []dateline.Mention) []owner {
	for _, m := range ms {
		a, ok := t.ownerOf(m)
		if !ok || strings.HasPrefix(m.Rule, "coref:speaker") {
			continue
		}
		if !slices.ContainsFunc(out, func(o owner) bool { return o.Code == a.Code }) {
			out = append(out, owner{a, m.Start})
		}
	}
	return out
}

// owner is a body that may own a speaker, and the byte offset of its
// mention.
type owner struct {
	dateline.Actor
	at int
}

// noteSpeaker records a speaker noun with no owner at words [first, end)
// for speakers.
func (t *Tracker) noteSpeaker(p *np, j int) {
	if t.d.speakers[t.ws[j-1].norm] && t.ofWhom(p, j) == j && !t.namedAfter(j) {
		t.speakers = append(t.speakers, speakerAt{first: p.first, end: j})
	}
}

// resolveSpeakers gives this sentence's speaker nouns with no owner the
// body they speak for (see above), and returns out with their mentions in
// order.
func (t *Tracker) resolveSpeakers(out []dateline.Mention) []dateline.Mention {
	added := false
	for _, sp := range t.speakers {
		start, end := t.ws[sp.first].start, t.ws[sp.end-1].end
		taken := false
		var before, after []dateline.Mention
		for _, m := range out {
			switch {
			case m.End > start && m.Start < end:
				taken = true
			case m.End <= start:
				before = append(before, m)
			default:
				after = append(after, m)
			}
		}
		if taken {
			continue
		}
		o, why, ok := t.speakerOwner(before, after)
		if !ok {
			continue
		}
		a := o.Actor
		m := t.mention(sp.first, sp.end, dateline.KindAgent, a, link("speaker", a.Name, why))
		if a.Country == "" && a.Sector != "IGO" && a.Sector != "NGO" {
			// "Police in Uganda arrested ... A spokesman": Settle gives it
			// the actor it gives them (toldActor)
			if t.sc.toldAs == nil {
				t.sc.toldAs = map[int]dateline.Actor{}
			}
			if _, ok := t.sc.toldAs[o.at]; !ok {
				t.sc.toldAs[o.at] = a
			}
			t.markTold(m.Start, o.at)
		}
		out = append(out, m)
		added = true
	}
	t.speakers = t.speakers[:0]
	if added {
		sort.SliceStable(out, func(x, y int) bool { return out[x].Start < out[y].Start })
	}
	return out
}

// speakerOwner returns the owner of a speaker noun with mentions before
// and after it in its sentence, and why. A body its sentence names after
// it is the other party, never the owner ("A spokesman accused the
// opposition").
func (t *Tracker) speakerOwner(before, after []dateline.Mention) (owner, string, bool) {
	later := t.owners(after)
	if os := t.owners(before); len(os) > 0 {
		if os = notIn(os, later); len(os) == 1 {
			return os[0], "the only body named before it in this sentence", true
		}
		return owner{}, "", false
	}
	if len(t.prevOwners) > 0 {
		if os := notIn(t.prevOwners, later); len(os) == 1 {
			return os[0], "the only body of the sentence before that this one does not name after it", true
		}
		return owner{}, "", false
	}
	best, n, tie := -1, 0, false
	for i, o := range t.bodies {
		if len(notIn([]owner{o.owner}, later)) == 0 {
			continue
		}
		switch {
		case o.n > n:
			best, n, tie = i, o.n, false
		case o.n == n:
			tie = true
		}
	}
	if best < 0 || tie {
		return owner{}, "", false
	}
	return t.bodies[best].owner, "the body the story named most so far", true
}

// ownerSeen is a body the story named that may own a speaker, as named
// last, and how many times the story named it.
type ownerSeen struct {
	owner
	n int
}

// notIn returns the owners of as that none of bs is: the same code, or
// the same sector when either has no country yet (Settle gives it one:
// "the ruling party" after "Zimbabwe's ruling party").
func notIn(as, bs []owner) []owner {
	var out []owner
	for _, a := range as {
		same := false
		for _, b := range bs {
			if a.Code == b.Code || (a.Country == "" || b.Country == "") && a.Sector == b.Sector {
				same = true
			}
		}
		if !same {
			out = append(out, a)
		}
	}
	return out
}

// noteOwners records the owners sentence out named, for the speakers of
// the sentence after it and of the story.
func (t *Tracker) noteOwners(out []dateline.Mention) {
	if t.prevOwners == nil {
		t.prevOwners = make([]owner, 0, 8) // a sentence names a few bodies; the buffer is reused
	}
	t.prevOwners = t.appendOwners(t.prevOwners[:0], out)
	for _, m := range out {
		a, ok := t.ownerOf(m)
		if !ok || strings.HasPrefix(m.Rule, "coref:speaker") {
			continue
		}
		i := slices.IndexFunc(t.bodies, func(o ownerSeen) bool { return o.Code == a.Code })
		if i < 0 {
			if t.bodies == nil {
				t.bodies = make([]ownerSeen, 0, 16) // a story names a dozen bodies or so
			}
			t.bodies = append(t.bodies, ownerSeen{})
			i = len(t.bodies) - 1
		}
		t.bodies[i] = ownerSeen{owner{a, m.Start}, t.bodies[i].n + 1}
	}
}
