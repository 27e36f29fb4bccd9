package where

import (
	"slices"
	"strings"

	"dateline"
)

// Scene is what a story says about where its events happen: the place of
// its dateline, the venue of the meetings it reports and the countries it
// is about. Make one per story with NewScene, show it each sentence's
// places with NoteVenue, then ask Place where each event happened.
type Scene struct {
	Dateline *dateline.Place // the dateline's place; nil when there is none or it is not known
	Venue    *dateline.Place // the first place named as the venue of a gathering; nil if none
	Hint     Hint            // the story's countries, most named first; set by the caller
	g        *Gazetteer
	named    []named // the places the story names, in order; see Note
	fronted  []named // the places sentences open with ("In the town of Bunia, ..."), at the paragraph
}

// named is a place a story names: in which sentence, where in the text.
type named struct {
	sent, at int
	place    dateline.Place
}

// NewScene starts the scene of a story with dateline d (nil if none).
func (g *Gazetteer) NewScene(d *dateline.Dateline) *Scene {
	sc := &Scene{g: g}
	if d != nil {
		if p, ok := g.Dateline(*d); ok {
			sc.Dateline = &p
		}
	}
	sc.Hint.Near = sc.Dateline
	sc.Hint.pinned = map[string]int32{}
	return sc
}

// Note records the places sentence s names, for "the city" and "the strip"
// in later sentences, and the first it names as the venue of a gathering:
// "the Palermo conference", "talks in Geneva". A place named as an actor
// ("Israel besieged the Gaza Strip") is noted when its name has a word
// that a later description may refer back by ("the strip"). Give it every
// sentence in story order before asking Place.
func (sc *Scene) Note(s *dateline.Sentence, places, actors []dateline.Mention) {
	for _, m := range places {
		if m.Place != nil {
			sc.named = append(sc.named, named{sent: s.Index, at: m.Start, place: *m.Place})
		}
	}
	for _, m := range actors {
		if m.Kind == dateline.KindCountry && sc.g.refersBack(m.Text) {
			if p, ok := sc.g.Resolve(m.Text, sc.Hint); ok {
				sc.named = append(sc.named, named{sent: s.Index, at: m.Start, place: p})
			}
		}
	}
	sc.noteVenue(s, places)
	sc.noteFronted(s, places)
}

// noteFronted records the place a sentence opens with: "In Bunia, ...",
// "In the northeastern town of Bunia, ...", as the setting of what the
// paragraph tells after it.
func (sc *Scene) noteFronted(s *dateline.Sentence, places []dateline.Mention) {
	if len(s.Tokens) == 0 || !sc.g.is(s.Tokens[0].Lower, wLocative) {
		return
	}
	for i := range s.Tokens {
		if s.Tokens[i].Text == "," {
			for _, m := range places {
				if m.Place != nil && m.End <= s.Tokens[i].Start && (m.Place.Feature == "city" || m.Place.Feature == "admin1") {
					sc.fronted = append(sc.fronted, named{sent: s.Index, at: s.Paragraph, place: *m.Place})
				}
			}
			return
		}
	}
}

// frontedBefore returns the place the sentence before sent opened with,
// when it is of the same paragraph.
func (sc *Scene) frontedBefore(sent, para int) (dateline.Place, bool) {
	for i := len(sc.fronted) - 1; i >= 0; i-- {
		if f := &sc.fronted[i]; f.sent == sent-1 && f.at == para {
			return f.place, true
		}
	}
	return dateline.Place{}, false
}

// refersBack reports whether a name has a word a description refers back
// to it by: "strip" in "the Gaza Strip".
func (g *Gazetteer) refersBack(name string) bool {
	for f := range strings.FieldsSeq(name) {
		if g.is(strings.ToLower(f), wBackRef) {
			return true
		}
	}
	return false
}

// lastNamed returns the last place that fits, named before offset at in
// sentence sent (whose places are given) or in an earlier sentence.
func (sc *Scene) lastNamed(sent, at int, places []dateline.Mention, fits func(*named) bool) (named, bool) {
	for i := len(places) - 1; i >= 0; i-- {
		if m := &places[i]; m.Place != nil && m.Start < at {
			if n := (named{sent: sent, at: m.Start, place: *m.Place}); fits(&n) {
				return n, true
			}
		}
	}
	for i := len(sc.named) - 1; i >= 0; i-- {
		if n := &sc.named[i]; n.sent < sent && fits(n) {
			return *n, true
		}
	}
	return named{}, false
}

// namedNear reports whether the story names place p in sentence sent
// (whose places are given) or the one before.
func (sc *Scene) namedNear(p *dateline.Place, sent int, places []dateline.Mention) bool {
	same := func(q *dateline.Place) bool { return q.Name == p.Name && q.Country == p.Country }
	for i := range places {
		if q := places[i].Place; q != nil && same(q) {
			return true
		}
	}
	for i := len(sc.named) - 1; i >= 0 && sc.named[i].sent >= sent-1; i-- {
		if n := &sc.named[i]; n.sent == sent-1 && same(&n.place) {
			return true
		}
	}
	return false
}

func (sc *Scene) noteVenue(s *dateline.Sentence, places []dateline.Mention) {
	if sc.Venue != nil {
		return
	}
	for _, m := range places {
		if m.Place == nil || m.Place.Feature == "country" || m.Place.Feature == "region" {
			continue
		}
		after, before := tokenAfter(s, m.End), tokenBefore(s, m.Start)
		if sc.g.is(after, wGathering) || before == "in" && sc.g.is(tokenBefore(s, startOfToken(s, m.Start)), wGathering) {
			p := *m.Place
			sc.Venue = &p
			return
		}
	}
}

// Destination returns the place an act with no actor as its target goes
// to or happens in ("arrived in Amman", "exercises in Alaska", "forces in
// Lebanon"), read from the places and the countries named after "in",
// "into", "inside", "across" or "throughout" in the act's clause: the
// first after the trigger, else the last before it. The act is then aimed
// at the place's country. A place in no country (a sea) is none. With
// away (an act that sends something: troops, aid; or a measure taken at
// home), a place after "from" is where it leaves or where its doer speaks,
// no destination ("sent paratroopers aloft from North Carolina", "declared
// a state of emergency from New York"); a withdrawal "from Lebanon"
// happens there.
func (g *Gazetteer) Destination(s *dateline.Sentence, places, actors []dateline.Mention, trig dateline.Span, away bool) (dateline.Mention, bool) {
	var best *dateline.Mention
	consider := func(m *dateline.Mention) bool {
		if m.Place == nil || m.Place.Country == "" || !sameClause(s, trig, m.Span) || (away || m.End <= trig.Start) && tokenBefore(s, m.Start) == "from" {
			// (a place "from" which one speaks, before the act, is not
			// where it happens: "From Geneva, the president declared a state
			// of emergency")
			return false
		}
		if best == nil || m.Start >= trig.End && best.Start < trig.End {
			best = m // a place after the trigger ("arrived in Amman") before one ahead of it
		}
		return m.Start >= trig.End
	}
	var named []dateline.Mention
	for _, m := range actors {
		if m.Kind != dateline.KindCountry || len(m.Actor.Country) != 3 {
			continue
		}
		in := false
		switch tokenBefore(s, m.Start) {
		case "in", "into", "inside", "across", "throughout":
			in = true
		case "of": // "off the coast of Japan", "the outskirts of Kabul"
			in = g.is(tokenBefore(s, startOfToken(s, m.Start)), wPlaceOf)
		}
		// a site of a capital named before it, within the act's words:
		// "seized Tripoli airport", "left Kabul airport"
		site := m.Rule == "seat" && m.Start >= trig.Start && m.End <= trig.End && g.is(tokenAfter(s, m.End), wLandmark|wPlaceHead)
		if !in && !site && (m.Rule != "seat" || m.Start < trig.End || subjectAt(s, m.Start)) {
			// but a capital named as its government, after the act:
			// "bombed the airport in the Eritrean capital Asmara"; not one
			// that is a clause's subject, the government itself: "Before
			// Turkish jets bombed the camps, Ankara warned Iraq"
			continue
		}
		p := dateline.Place{Name: m.Actor.Name, Country: m.Actor.Country, Feature: "country"}
		m.Place = &p
		named = append(named, m)
	}
	for i, j := 0, 0; i < len(places) || j < len(named); {
		var m *dateline.Mention
		if j == len(named) || i < len(places) && places[i].Start <= named[j].Start {
			m, i = &places[i], i+1
		} else {
			m, j = &named[j], j+1
		}
		if consider(m) {
			break
		}
	}
	if best == nil {
		return dateline.Mention{}, false
	}
	return *best, true
}

// Site reports whether the act at trigger trig happens at a site its
// clause names by a common noun only, with no place the gazetteer knows:
// "the Marines landed at the airport", "the jets struck the airstrip at
// Baledogle", "the areas they had occupied". Such a site lies in the
// country the story is about; the caller knows which. The site is the
// act's object (of a passive, its subject) or the object of a locative
// word on its verb, headed by a landmark or place word (words.txt); a bare
// singular ("in prison", "in court") is a state, not a site.
func (g *Gazetteer) Site(s *dateline.Sentence, places, actors []dateline.Mention, trig dateline.Span) bool {
	an := s.Analysis
	if an == nil {
		return false
	}
	ti := s.TokenAt(trig.Start)
	if ti < 0 || ti >= len(an.Words) || an.Words[ti].Chunk < 0 {
		return false
	}
	vg := int(an.Words[ti].Chunk)
	if an.Chunks[vg].Kind != dateline.ChunkVG {
		return false
	}
	obj := dateline.RelObj
	if an.Chunks[vg].Verb.Passive {
		obj = dateline.RelSubj
	}
	for o := range an.Dependents(vg, obj) {
		if g.site(s, o, places, actors) {
			return true
		}
	}
	for pp := range an.Dependents(vg, dateline.RelObl) {
		if o := an.Dependent(pp, dateline.RelPObj); o >= 0 && g.is(s.Tokens[an.Chunks[pp].Head].Lower, wLocative) && g.site(s, o, places, actors) {
			return true
		}
	}
	return false
}

// There returns the place an adverb of place that refers back ("there")
// after the verb of the act at trigger trig, or after its object, names: the last place or
// country named before it in the sentence, else the last place named in an
// earlier one, else the dateline's place ("four officers arrested there",
// "troops deployed there since 2014").
func (sc *Scene) There(s *dateline.Sentence, places, actors []dateline.Mention, trig dateline.Span) (dateline.Place, bool) {
	an := s.Analysis
	if an == nil {
		return dateline.Place{}, false
	}
	ti := s.TokenAt(trig.Start)
	if ti < 0 || ti >= len(an.Words) || an.Words[ti].Chunk < 0 {
		return dateline.Place{}, false
	}
	vg := &an.Chunks[an.Words[ti].Chunk]
	if vg.Kind != dateline.ChunkVG {
		return dateline.Place{}, false
	}
	at := -1
	for i := vg.To; i < len(an.Words); i++ {
		w := &an.Words[i]
		if w.Tag == dateline.TagRB && sc.g.is(s.Tokens[i].Lower, wAnaphor) {
			at = s.Tokens[i].Start
			break
		}
		if w.Tag == dateline.TagRB || w.Tag == dateline.TagRP {
			continue
		}
		if w.Chunk < 0 || an.Chunks[w.Chunk].Kind != dateline.ChunkNP {
			break // only the verb's adverbs and its object before it: "fought them there"
		}
	}
	if at < 0 {
		return dateline.Place{}, false
	}
	best, p := -1, dateline.Place{}
	for i := range places {
		if m := &places[i]; m.Place != nil && m.Start < at && m.Start > best {
			best, p = m.Start, *m.Place
		}
	}
	for i := range actors {
		if m := &actors[i]; m.Kind == dateline.KindCountry && m.Start < at && m.Start > best {
			if q, ok := sc.g.Country(m.Actor.Country); ok {
				best, p = m.Start, q
			}
		}
	}
	if best >= 0 {
		return p, true
	}
	if n, ok := sc.lastNamed(s.Index, at, nil, func(*named) bool { return true }); ok {
		return n.place, true
	}
	if sc.Dateline != nil {
		return *sc.Dateline, true
	}
	return dateline.Place{}, false
}

// Here reports whether the act at trigger trig happens at a place its
// clause names only as the one the story is filed from: its object (of a
// passive, its subject) or the object of a locative word on its verb opens
// with a deictic word and is headed by a place, site or landmark word
// ("seized this colonial city", "landed at this air base"). The caller
// takes the dateline's place.
func (g *Gazetteer) Here(s *dateline.Sentence, trig dateline.Span) bool {
	an := s.Analysis
	if an == nil {
		return false
	}
	ti := s.TokenAt(trig.Start)
	if ti < 0 || ti >= len(an.Words) || an.Words[ti].Chunk < 0 {
		return false
	}
	vg := int(an.Words[ti].Chunk)
	if an.Chunks[vg].Kind != dateline.ChunkVG {
		return false
	}
	here := func(np int) bool {
		ch := &an.Chunks[np]
		return ch.From < ch.Head && g.is(s.Tokens[ch.From].Lower, wDeictic) && g.is(an.Words[ch.Head].Lemma, wLandmark|wSite|wPlaceHead)
	}
	obj := dateline.RelObj
	if an.Chunks[vg].Verb.Passive {
		obj = dateline.RelSubj
	}
	for o := range an.Dependents(vg, obj) {
		if here(o) {
			return true
		}
	}
	for pp := range an.Dependents(vg, dateline.RelObl) {
		if o := an.Dependent(pp, dateline.RelPObj); o >= 0 && g.is(s.Tokens[an.Chunks[pp].Head].Lower, wLocative) && here(o) {
			return true
		}
	}
	return false
}

// site reports whether noun phrase np names a site by a common noun: its
// head a landmark or site word, with a determiner, a possessor, a modifier or the
// plural, and no place or country named in it.
func (g *Gazetteer) site(s *dateline.Sentence, np int, places, actors []dateline.Mention) bool {
	an := s.Analysis
	ch := &an.Chunks[np]
	h := &an.Words[ch.Head]
	if !g.is(h.Lemma, wLandmark|wSite) {
		return false
	}
	from, to := s.Tokens[ch.From].Start, s.Tokens[ch.To-1].End
	if ch.From == ch.Head && h.Tag != dateline.TagNNS {
		// a bare singular is a state ("in prison"), unless a possessor
		// chunk of its own stands for its determiner: "the country's
		// north", whose owner must then name no place either
		poss := an.Dependent(np, dateline.RelPoss)
		if poss < 0 {
			return false
		}
		from = s.Tokens[an.Chunks[poss].From].Start
	}
	for _, ms := range [...][]dateline.Mention{places, actors} {
		for i := range ms {
			if ms[i].Start < to && ms[i].End > from {
				return false
			}
		}
	}
	return true
}

// sameClause reports whether nothing that opens a new clause (a relative
// pronoun, a subordinator, a semicolon, a reporting verb) lies between a
// trigger and a place: in "a handshake between A and B, commander of the army
// that is based in Libya's east", the handshake did not happen in the east.
func sameClause(s *dateline.Sentence, trig, place dateline.Span) bool {
	if an := s.Analysis; an != nil {
		// the clause analysis decides: "the president who was ousted in a
		// coup thanked Clinton from his exile in Washington" places the
		// thanks, not the ouster
		a, b := s.TokenAt(trig.Start), s.TokenAt(place.Start)
		if a >= 0 && b >= 0 && a < len(an.Words) && b < len(an.Words) && an.Words[a].Chunk >= 0 && an.Words[b].Chunk >= 0 {
			ca, cb := an.Chunks[an.Words[a].Chunk].Clause, an.Chunks[an.Words[b].Chunk].Clause
			if ca >= 0 && cb >= 0 && relativeClause(an, ca) && ca != cb {
				// an act told in a relative clause happened where that
				// clause says; a place of the main clause is not its
				// (infinitives and participles share their verb's place,
				// and a place inside a relative clause on the object may
				// still say whose it is: "the prisoners it had captured in
				// Gaza")
				return false
			}
		}
	}
	from, to := trig.End, place.Start
	if place.Start < trig.Start {
		from, to = place.End, trig.Start
	}
	for _, t := range s.Tokens {
		if t.Start < from || t.End > to {
			continue
		}
		switch t.Lower {
		case "that", "which", "who", "whom", "whose", "where", ";", "said", "says", "because", "after", "before",
			"while", "when", "although", "though", "since", "but", "—", "--":
			return false
		}
	}
	return true
}

func tokenAfter(s *dateline.Sentence, off int) string {
	for _, t := range s.Tokens {
		if t.Start >= off {
			return t.Lower
		}
	}
	return ""
}

func tokenBefore(s *dateline.Sentence, off int) string {
	w := ""
	for _, t := range s.Tokens {
		if t.End > off {
			break
		}
		w = t.Lower
	}
	return w
}

// startOfToken returns the start of the token before off.
func startOfToken(s *dateline.Sentence, off int) int {
	start := off
	for _, t := range s.Tokens {
		if t.End > off {
			break
		}
		start = t.Start
	}
	return start
}

// subjectAt reports whether the token at offset off heads or opens a
// noun phrase that is a verb's subject in the sentence's analysis.
func subjectAt(s *dateline.Sentence, off int) bool {
	an := s.Analysis
	i := s.TokenAt(off)
	if an == nil || i < 0 || i >= len(an.Words) || an.Words[i].Chunk < 0 {
		return false
	}
	return an.Governor(int(an.Words[i].Chunk), dateline.RelSubj) >= 0
}

// relativeClause reports whether clause ci is a relative clause.
func relativeClause(an *dateline.Analysis, ci int) bool {
	return ci < len(an.Clauses) && an.Clauses[ci].Kind == dateline.ClauseRelative
}

// Joined returns the places and countries joined by "and" or a comma to
// place m, the destination Destination chose ("struck targets in Lebanon
// and Syria", "bombed positions in Syria, Iraq and Iran"): the act goes to
// each of them too. Each is read as Destination reads a country named
// after "in". Nil when none is joined, m is not after a word that says
// where it is (words.txt's incountry: "in", "into", "across") or the
// sentence has no analysis.
func (g *Gazetteer) Joined(s *dateline.Sentence, m dateline.Mention, places, actors []dateline.Mention) []dateline.Mention {
	an := s.Analysis
	if an == nil {
		return nil
	}
	chunkAt := func(off int) int {
		i := s.TokenAt(off)
		if i < 0 || i >= len(an.Words) {
			return -1
		}
		return int(an.Words[i].Chunk)
	}
	k := chunkAt(m.Start)
	if k < 0 || !g.is(tokenBefore(s, m.Start), wInCountry) {
		// where it happens (words.txt's incountry), not a way through
		// ("through Hungary and Austria")
		return nil
	}
	var out []dateline.Mention
	var joined []int
	for q := []int{k}; len(q) > 0; q = q[1:] {
		for j := range an.Dependents(q[0], dateline.RelConj) {
			if j > q[0] && !slices.Contains(joined, j) {
				joined = append(joined, j)
				q = append(q, j) // "Syria, Iraq and Iran": each joined to the one before
			}
		}
	}
	for _, j := range joined {
		c := &an.Chunks[j]
		from, to := s.Tokens[c.From].Start, s.Tokens[c.To-1].End
		for _, p := range places {
			if p.Place != nil && p.Place.Country != "" && p.Start >= from && p.End <= to {
				out = append(out, p)
			}
		}
		for _, a := range actors {
			if a.Kind == dateline.KindCountry && len(a.Actor.Country) == 3 && a.Start >= from && a.End <= to {
				p := dateline.Place{Name: a.Actor.Name, Country: a.Actor.Country, Feature: "country"}
				a.Place = &p
				out = append(out, a)
			}
		}
	}
	return out
}
