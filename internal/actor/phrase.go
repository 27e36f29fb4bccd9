package actor

import (
	"strings"

	"dateline"
)

var (
	determiners = map[string]bool{"the": true, "a": true, "an": true}
	pronouns    = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true, "hers": true}
	locatives   = map[string]bool{"in": true, "at": true, "near": true, "via": true, "inside": true, "within": true,
		"throughout": true, "across": true, "around": true, "into": true, "outside": true, "through": true, "to": true,
		"from": true, "of": true, "toward": true, "towards": true, "on": true, "over": true, "for": true}
	countryLocatives = map[string]bool{"in": true, "near": true, "off": true, "via": true, "inside": true, "within": true,
		"throughout": true, "across": true, "around": true, "into": true, "outside": true, "through": true}
	againstFor   = map[string]bool{"anti": true, "pro": true, "counter": true, "non": true, "post": true, "pre": true}
	plurals      = map[string]bool{"they": true, "their": true, "them": true, "theirs": true}
	neuters      = map[string]bool{"it": true, "its": true}
	possessives  = map[string]bool{"his": true, "her": true, "their": true, "its": true, "whose": true}
	dummyVerbs   = map[string]bool{"is": true, "was": true, "'s": true, "seems": true, "seemed": true, "appears": true, "appeared": true, "remains": true, "remained": true}
	coordinators = map[string]bool{"and": true, "or": true, ",": true}
	quotes       = map[string]bool{"\"": true, "“": true, "”": true, "``": true, "''": true}
)

// hit is a named entity matched at a word.
type hit struct {
	n     *name
	ent   *entity
	i, j  int // words [i, j)
	exact bool
	coref *tracked // for a surname: the person named earlier
	rule  string
}

// part is one country-giving word of a noun phrase: "Hungarian", "Italy's",
// "Tripoli-based".
type part struct {
	i, j  int
	actor dateline.Actor // the country (and sector, for a seat or an owner)
	ent   *entity
	owner bool // a possessive: "Italy's", "Hiftar's"
	rule  string
}

// np is a noun phrase being read: determiner, country parts, modifiers,
// agent nouns and a name.
type np struct {
	det      string
	start    int
	parts    []part
	agent    *agent
	agentJ   int // end of the last agent noun
	sector   string
	person   *hit // a person's name
	thing    *hit // a name that stands alone: "Libya", "Hamas"
	first    int  // the first word of a country part, agent or name
	unknownI int  // an unknown name after a title: words [unknownI, unknownJ)
	unknownJ int
	model    bool // a model's designation was read: "a MiG-29 fighter"
	foreign  bool // a word that says it is of another country was read: "foreign troops"
	// staffed: a noun of a body made of people (is: staffed) was read before
	// the agent noun, whose members the agent noun names: "union extremists"
	staffed  bool
	regional bool // a region's adjective with no bloc was read: "Latin American governments"
	// lesser: a word that makes the title another office was read before
	// it or first in its name: "Iran's deputy foreign minister", "the vice
	// president" hold no office the knowledge lists by the title; lesserI
	// is that word's index (the first such)
	lesser  bool
	lesserI int
}

// setLesser notes that word k makes the phrase's title another office
// when lesser: lists it ("deputy", "vice").
func (t *Tracker) setLesser(p *np, k int) {
	if !p.lesser && t.d.lesser[t.ws[k].norm] {
		p.lesser, p.lesserI = true, k
	}
}

// lesserOffice is the office a lesser title names, its words from the
// lesser word to the title's end: "vice president", "deputy foreign
// minister".
func (t *Tracker) lesserOffice(p *np) string {
	var b strings.Builder
	for k := p.lesserI; k < p.agentJ && k < len(t.ws); k++ {
		if k > p.lesserI {
			b.WriteByte(' ')
		}
		b.WriteString(t.ws[k].norm)
	}
	return b.String()
}

// phraseWords holds pronouns, plurals and neuters (wordPersonal) and
// determiners (wordDeterminer) in one map: phrase asks of every word which
// it is, and one look-up costs what each of four did.
var phraseWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []map[string]bool{pronouns, plurals, neuters} {
		for w, ok := range set {
			if ok {
				m[w] |= wordPersonal
			}
		}
	}
	for w, ok := range determiners {
		if ok {
			m[w] |= wordDeterminer
		}
	}
	return m
}()

// phraseShapes are the shapes of phraseWords: a word of no such shape is
// not looked up.
var phraseShapes = shapesOf(phraseWords)

// particle reports whether w is a name particle ("de", "bin": common.txt's
// particles).
func (d *Dictionary) particle(w string) bool { return d.particleShapes.may(w) && d.particles[w] }

const (
	wordPersonal uint8 = 1 << iota
	wordDeterminer
)

// phrase reads the noun phrase that starts at word i and returns where
// reading goes on and the mentions found.
func (t *Tracker) phrase(i int) (int, []dateline.Mention) {
	ws := t.ws
	w := ws[i]
	if w.punct || i == t.verb {
		return i + 1, nil // t.verb: an agent noun read as the verb of the phrase before ("Police patrol the streets")
	}
	if w.cap && i >= 2 && ws[i-1].norm == "of" && t.d.placeKinds[ws[i-2].norm] != nil {
		if h := t.named(i); h != nil && h.isPerson() {
			return h.j, nil // "the town of Mahama", "the village of Djibo": a place's name, not its namesake's
		}
	}
	if w.norm == "whose" {
		return t.whose(i)
	}
	cls := uint8(0)
	if phraseShapes.may(w.norm) {
		cls = phraseWords[w.norm]
	}
	if cls&wordPersonal != 0 {
		return t.pronoun(i)
	}
	if j, ms := t.describe(i); j > i {
		return j, ms
	}
	if j, ms := t.reciprocal(i); j > i {
		return j, ms
	}
	if j, ms := t.selfNamed(i); j > i {
		return j, ms
	}
	p := np{start: i, first: -1}
	j := i
	if cls&wordDeterminer != 0 {
		p.det = w.norm
		j++
		p.start = j
	}
	if e, k := t.regionBody(j); e != nil {
		// "the West African bloc", "the Gulf council": a region's
		// adjective and the noun its body is known by name the body
		a, _, _ := e.actorOn(t.day)
		t.trackEntity(e, a, "")
		rule := "region+" + ws[k-1].norm
		if k < len(ws) && t.measureAt(k) {
			rule = "region+measure"
		}
		return k, []dateline.Mention{t.mention(j, k, dateline.KindOrganization, a, rule)}
	}
	if j < len(ws) && p.det == "the" {
		if org := t.byRef(ws[j].norm); org != nil && (j+1 == len(ws) || !t.isAgent(j+1)) && !t.longerName(j) {
			// "the party's former leader": its own, as "its leader" is
			if org.told {
				// "a council of officers ... the council": Settle gives it
				// the country it gave them
				k, ms := t.refersTo(j, j+1, dateline.KindOrganization, org.actor, link(ws[j].norm, org.actor.Name, "body told of last as a "+ws[j].norm))
				for _, m := range ms {
					t.markTold(m.Start, org.at)
				}
				return k, ms
			}
			return t.refersTo(j, j+1, dateline.KindOrganization, org.actor, link(ws[j].norm, org.actor.Name, "organisation named last that is a "+ws[j].norm))
		}
	}
	if j+1 < len(ws) && p.det == "the" {
		if org, k := t.armedRef(j); org != nil {
			// "the Islamist group", "the militant movement" after Hamas:
			// the group named last that is one, as "the group" is
			return t.refersTo(j, k, dateline.KindOrganization, org.actor, link(ws[k-1].norm, org.actor.Name, "armed group named last that is a "+ws[k-1].norm+", described by its kind of arms"))
		}
	}
	if j+2 < len(ws) && p.det == "the" && ws[j+1].poss && !ws[j].cap && !t.isAgent(j) {
		if ag := t.d.kindAt(ws, j); ag != nil {
			// "the union's leader", "the movement's spokesman": a noun that
			// names a body only in a capitalised name or after whom it is
			// made of (is: named, staffed) still tells the kind of the body
			// that owns the agent after it, of the sentence's or story's
			// country (Settle) as other unnamed owners are
			m := t.mention(j, j+1, dateline.KindAgent, dateline.Actor{Sector: ag.Sector, Name: ag.Name}, "agent+kind")
			if k, o, ok := t.ownedBy(m, j+2); ok {
				return k, []dateline.Mention{o}
			}
		}
	}
	if e, ms := t.newBody(j); e > j {
		// before the agent nouns inside it: "the Socialist Forces Front";
		// what it owns is its own: "the Patriotic Alliance's leader"
		if e+1 < len(ws) && ws[e].poss {
			if k, m, ok := t.ownedBy(ms[0], e+1); ok {
				return k, []dateline.Mention{m}
			}
		}
		return e, ms
	}
	j = t.readPhrase(&p, j)
	if j == p.start && p.person == nil && p.thing == nil {
		if j == i {
			if e, ms := t.newPerson(i); e > i {
				return e, ms
			}
		}
		return i + 1, nil
	}
	next, ms := t.resolve(&p, i, j)
	if i > 0 && ws[i-1].poss && p.start == i && len(ms) == 1 && ms[0].Kind == dateline.KindAgent && p.agent != nil && p.agent.heads && p.agent.weak && len(p.parts) == 0 && (i < 2 || !t.d.states[ws[i-2].norm]) {
		// "the rubber tappers' leader", "the group's leader": leaders of an
		// owner that names no one and no kind (a known owner takes its
		// leader with it, ownedBy) are no government's; "the country's
		// leader" is the government of the country the story is about
		// (Settle)
		ms[0].Actor.Sector, ms[0].Actor.Code = "", ""
		ms[0].Rule += "+unknown-owner"
	}
	if next == j && len(ms) == 1 && ms[0].Kind == dateline.KindAgent && p.person == nil && p.thing == nil {
		if k, m, ok := t.staffedBody(ms[0], j); ok {
			return k, []dateline.Mention{m}
		}
	}
	if next == j && len(ms) == 1 && ms[0].Kind == dateline.KindAgent && (!p.agent.title || t.d.sectorIs(ms[0].Actor.Sector, sectorOwn)) && j+1 < len(ws) && ws[j].poss && len(p.parts) == 0 && p.person == nil && p.thing == nil {
		if k, m, ok := t.ownedBy(ms[0], j+1); ok {
			return k, []dateline.Mention{m}
		}
		if k, m, ok := t.ownedBody(ms[0], j+1); ok {
			return k, []dateline.Mention{m}
		}
	}
	if next == j && len(ms) == 1 && ms[0].Kind == dateline.KindAgent && p.agent.title && j+1 < len(ws) && ws[j].poss && len(p.parts) <= 1 && p.person == nil && p.thing == nil {
		if k, pm, ok := t.ownedTitleName(ms[0], i, j+1); ok {
			return k, append(ms, pm...)
		}
	}
	return next, ms
}

// ownedTitleName reads a name the knowledge lacks right after a title or
// agent noun that the title m, from word i to its possessive before word
// k, owns: "the president's spokesman Edwin Lacierda said" is a person of
// the president's country and of the noun's sector (the president's for a
// noun of sector *), as "its spokeswoman Nupur Sharma" is (refersTo); the
// owner keeps its own mention. Not a relation's ("the president's deputy
// X") nor a name the knowledge has.
func (t *Tracker) ownedTitleName(m dateline.Mention, i, k int) (int, []dateline.Mention, bool) {
	p := np{start: k, first: k}
	p.parts = []part{{i: i, j: k, actor: m.Actor, owner: true, rule: "possessive"}}
	j := t.readPhrase(&p, k)
	if p.agent == nil || p.agent.relation || p.agent.body || p.person != nil || p.thing != nil || p.unknownJ <= p.unknownI || len(p.parts) != 1 || t.named(p.unknownI) != nil {
		return k, nil, false
	}
	e, ms := t.resolve(&p, k, j)
	if len(ms) != 1 || ms[0].Kind != dateline.KindPerson {
		return k, nil, false
	}
	return e, ms, true
}

// staffedBody reads a body named by whom it is made of: the unnamed people
// of mention m, which ends at word j, of no arm of the state, in the plural,
// owning it or as its modifier, and a noun of such bodies (is: staffed in
// agents.txt): "the teachers' union", "Kenya's doctors' union", "the
// transport workers union". One mention from the people to the noun, of
// the people's country and the body's sector (a labour union); "the union"
// after it refers back to it (noteCollective).
func (t *Tracker) staffedBody(m dateline.Mention, j int) (int, dateline.Mention, bool) {
	ws := t.ws
	if j < 1 || j >= len(ws) || !t.d.pluralWord(&ws[j-1]) || !t.d.sectorIs(m.Actor.Sector, sectorUnarmed) || t.d.sectorIs(m.Actor.Sector, sectorState) {
		return j, dateline.Mention{}, false
	}
	k := j
	if ws[k].poss && (ws[k].text == "'" || ws[k].text == "’") {
		k++ // "the teachers' union"
	}
	ag, n := t.d.staffedAt(ws, k)
	if ag == nil {
		return j, dateline.Mention{}, false
	}
	a := m.Actor
	a.Sector, a.Code, a.Name = ag.Sector, code(a.Country, ag.Sector), ag.Name
	o := t.mention(k, k+n, dateline.KindAgent, a, m.Rule+"+staffed")
	o.Span.Start = m.Span.Start
	o.Text = t.s.Text[o.Span.Start-t.s.Start : o.Span.End-t.s.Start]
	t.noteAgent(ag, o)
	if h := k + n - 1; t.d.collective[ws[h].norm] {
		t.tellAs(o, h) // "... The union said": the union named last
	}
	return k + n, o, true
}

// ownedBody reads a body the knowledge lacks owned by the unnamed agent m
// before the possessive at k ("the rebels' National Council"): one
// mention from the owner to the body, of the owner's sector when the owner
// keeps it for what it owns (rebels, parties), else of the body's.
func (t *Tracker) ownedBody(m dateline.Mention, k int) (int, dateline.Mention, bool) {
	e, bs := t.newBody(k)
	if e == k {
		return k, dateline.Mention{}, false
	}
	b := bs[0].Actor
	if t.d.sectorIs(m.Actor.Sector, sectorOwn) {
		b.Sector = m.Actor.Sector
	}
	if b.Country == "" {
		b.Country = m.Actor.Country
	}
	b.Code = ""
	if b.Country != "" {
		b.Code = code(b.Country, b.Sector)
	}
	o := t.mention(k, e, dateline.KindAgent, b, bs[0].Rule+"+owner")
	o.Span.Start = m.Span.Start
	o.Text = t.s.Text[o.Span.Start-t.s.Start : o.Span.End-t.s.Start]
	t.markNewBody(o.Start)
	return e, o, true
}

// ownedBy reads the agent owned by the unnamed agent m before the
// possessive at k ("the rebels' leader", "the ministry's spokeswoman", "the
// workers' leaders"): one mention from the owner to the owned, of the
// owner's actor when the owned noun is weak or takes whom it belongs to, or
// the owner keeps its sector for what it owns; else of the owner's
// country, left to Settle, and the owned noun's sector ("the government's
// troops").
func (t *Tracker) ownedBy(m dateline.Mention, k int) (int, dateline.Mention, bool) {
	q := np{start: k, first: -1}
	e := t.readPhrase(&q, k)
	if q.agent == nil || q.person != nil || q.thing != nil || len(q.parts) > 0 || q.unknownJ > q.unknownI || e != q.agentJ || q.agent.informant ||
		t.d.in(&t.ws[e-1], lexKind) { // "the prime minister's official residence": a kind, not an agent
		return k, dateline.Mention{}, false
	}
	a := m.Actor
	if !q.agent.weak && q.sector != "*" && q.sector != "=" && q.sector != "" && !t.d.sectorIs(a.Sector, sectorOwn) {
		a.Sector, a.Code = q.sector, code(a.Country, q.sector)
	}
	o := t.mention(e-1, e, dateline.KindAgent, a, m.Rule+"+owner")
	o.Span.Start = m.Span.Start
	o.Text = t.s.Text[o.Span.Start-t.s.Start : o.Span.End-t.s.Start]
	t.noteAgent(q.agent, o)
	return e, o, true
}

// readPhrase reads words from j into p and returns the end of the phrase.
func (t *Tracker) readPhrase(p *np, j int) int {
	ws := t.ws
	lastGood := j
	for j < len(ws) {
		w := &ws[j]
		h := t.named(j) // looked up once: the tests below all ask about the name at j
		if w.hyph && j > 0 && ws[j-1].tok == w.tok && againstFor[ws[j-1].norm] && h != nil {
			// "pro-Russian separatists", "anti-American protesters": whom
			// they are for or against, not whose they are
			j = h.j
			continue
		}
		if h != nil && h.n != nil && h.n.form == formAdj && j > 0 && t.d.regional[ws[j-1].norm+" "+ws[j].norm] {
			// "Latin American leaders": a region's adjective, not the
			// United States'; of no one country of the region (bareAgent)
			p.regional = true
			j = h.j
			continue
		}
		if h != nil {
			after := h.j
			if after < len(ws) && ws[after].poss {
				p.mark(h.i)
				p.parts = append(p.parts, t.ownerPart(h, after+1))
				j, lastGood = after+1, after+1
				continue
			}
			if after < len(ws) && ws[after].hyph && ws[after].tok == ws[after-1].tok {
				led := false
				switch {
				case ws[after].norm == "led" && h.isPerson():
					// "Haftar-led forces" are his, as "Haftar's forces"
					p.mark(h.i)
					p.parts = append(p.parts, t.ownerPart(h, after+1))
					led = true
				case (ws[after].norm == "based" || ws[after].norm == "led") && !h.isPerson():
					// "a Tripoli-based militia"; "the Saudi-led coalition",
					// "officers of the Australian-led mission": who leads a
					// force or mission owns it
					p.mark(h.i)
					pt := t.basedPart(h, after+1)
					if pt.rule = ws[after].norm; pt.rule == "led" && h.ent.kind != kindCountry {
						pt.actor = t.countryOf(h) // "NATO-led troops" are NATO's: the body speaks
					}
					p.parts = append(p.parts, pt)
					led = pt.rule == "led"
				case t.d.owning[ws[after].norm] && !h.isPerson() && h.ent != nil && h.ent.kind == kindCountry:
					// "a Taiwanese-owned plant", "a Chinese-owned mine", "a
					// British-flagged tanker": its owners are that country's
					// business, wherever it stands or sails
					p.mark(h.i)
					p.parts = append(p.parts, t.ownedPart(h, after+1))
					lastGood = after + 1 // the owner alone, before a thing ("a Taiwanese-owned plant")
				}
				if t.d.holding[ws[after].norm] && !h.isPerson() && h.ent != nil && h.ent.kind == kindCountry {
					t.markHeld(ws[h.i].start, t.countryOf(h).Country) // "Russian-controlled Crimea" (locatedIn)
				}
				j = after + 1 // any other suffix is a modifier: "U.N.-backed"
				if a, n := t.d.ledAt(ws, j); led && a != nil {
					// "the Australian-led force": a noun that names a
					// force only after who leads it
					t.addAgent(p, a)
					j += n
					p.agentJ, lastGood = j, j
				} else if led && len(p.parts) == 1 && !t.agentAhead(j) && t.commonNounAt(j) {
					// "Saudi-led air strikes", "U.S.-led talks": who leads
					// them, as "Saudi air strikes" names the country
					lastGood = j
				}
				continue
			}
			if h.isPerson() && h.ent != nil && after < len(ws) && t.d.regime[ws[after].norm] && t.isAgent(after) {
				// "the Obama administration", "the Putin government": the
				// person's country with the noun's sector.
				p.mark(h.i)
				p.parts = append(p.parts, t.ownerPart(h, after))
				j, lastGood = after, after
				continue
			}
			if h.isPerson() {
				p.mark(h.i)
				p.person = h
				return after
			}
			if p.agent == nil && len(p.parts) == 0 && j == p.start && t.verbBeforeTitle(h, after) {
				// "Soldiers in Niger detained President Bazoum": a
				// country's name, then a participle and a title, is the
				// subject of a verb, not the title's nationality
				p.thing = h
				return after
			}
			if p.agent == nil && t.agentAhead(after) && !t.d.counts[ws[after].norm] && !(h.n.form != formAdj && t.splitPast(after)) { // (not "gave Somalia two patrol boats")
				if n := len(p.parts); n > 0 && p.parts[n-1].j == h.i && isPeople(p.parts[n-1].ent, h) {
					t.markKin(ws[h.i].norm, p.parts[n-1].actor)
					j = after // "Bosnian Serb leaders": the state before the people
					continue
				}
				p.mark(h.i)
				pt := part{i: h.i, j: after, actor: t.countryOf(h), ent: h.ent, rule: ruleFor(h.n, h.exact)}
				if ka, ok := t.kinOf(ws[h.i].norm); ok && h.n.form == formAdj && h.j == h.i+1 {
					pt.actor, pt.rule = ka, "people-named-before" // "Serb tanks" after "Bosnian Serb forces"
				}
				if h.ent != nil && h.ent.generic && h.i == p.start {
					// "the Socialist Party chairman": Settle decides whose,
					// as for the party's name alone
					t.markGeneric(ws[h.i].start, pt.actor.Country)
					pt.actor.Country, pt.actor.Code = "", code("", pt.actor.Sector)
				}
				if h.ent != nil && (h.ent.kind == kindGroup || h.ent.kind == kindBody) {
					t.trackEntity(h.ent, pt.actor, "") // "Boko Haram militants ... the group"
				}
				if h.n.form == formAdj && h.i > 0 && ws[h.i-1].norm == "ethnic" {
					t.ledePeople(pt.actor.Country)
					pt.actor, pt.rule = dateline.Actor{}, "ethnic" // a people, not a state
				}
				p.parts = append(p.parts, pt)
				j = after
				if t.joins(j) {
					j++
				}
				continue
			}
			if p.agent == nil && len(p.parts) == 0 && j == p.start {
				p.thing = h
				return after
			}
			if p.agent != nil && len(p.parts) == 0 && p.person == nil && p.unknownI == p.unknownJ && j == p.start+1 &&
				h.ent != nil && h.ent.kind == kindGroup {
				// "the rebel Kurdistan Workers' Party": a sector word
				// before a group's name describes the group
				h.i = p.start // the mention spans the word
				p.agent, p.sector, p.thing = nil, "", h
				return after
			}
			break
		}
		if w.hyph && j > 0 && ws[j-1].tok == w.tok && againstFor[ws[j-1].norm] {
			j++ // "anti-aircraft", "pro-government militias": what they are for or against
			continue
		}
		if p.agent == nil && len(p.parts) == 0 && t.d.modifierWord(w) && j+1 < len(ws) {
			// "an official Syrian newspaper": an agent word that is also a
			// modifier, before a nationality and its agent, modifies them
			if h := t.named(j + 1); h != nil && !h.isPerson() && t.agentAhead(h.j) {
				j++
				continue
			}
		}
		if a, n := t.d.agentAt(ws, j); a != nil && a.relation && t.d.modifierWord(w) && t.titleAhead(j+n) {
			// "Deputy Assistant Secretary", "Associate Justice Minister": a
			// relation that is also a modifier, before a title, is the
			// title's rank, not someone tied to the phrase's owner
			t.setLesser(p, j)
			j += n
			continue
		}
		if a, n := t.d.staffedAt(ws, j); a != nil && p.agent == nil && t.isAgent(j+n) {
			// "a union official", "union extremists": the union's people
			p.mark(j)
			t.addAgent(p, a)
			p.staffed = true
			j += n
			continue
		}
		if a, n := t.d.agentAt(ws, j); a != nil && !(a.relation && stateOwned(p)) && !(a.national && w.hyph) {
			// (a people's noun joined by a hyphen is a size, not people:
			// "a three-man junta")
			if p.agent != nil && j == p.agentJ && p.det != "a" && p.det != "an" && t.d.pluralWord(&ws[j-1]) && !t.d.pluralWord(&ws[j+n-1]) &&
				(a.informant || t.nameEnd(a, j+n) == j+n) {
				// "Police patrol the streets", "the rebels head north": a
				// singular noun after a plural one is its verb; not a
				// title before a name ("Police spokesman Charles Owino",
				// "Rebels commander Ali Musa"): the body's, one phrase
				t.verb = j
				break
			}
			if p.agent != nil && j == p.agentJ && t.namedAs(p, j, n) {
				break // "called the protesters terrorists": two phrases
			}
			p.mark(j)
			t.addAgent(p, a)
			t.craftSector(p, a)
			if n > 1 {
				t.setLesser(p, j) // "vice president", "deputy minister"
			}
			j += n
			p.agentJ, lastGood = j, j
			if j < len(ws) && (a.title || !a.informant && !t.d.pluralWord(&ws[j-1])) {
				// "President X"; "spokesman Zhao Lijian"
				if e := t.nameEnd(a, j); e > j {
					p.unknownI, p.unknownJ = j, e
					return e
				}
			}
			continue
		}
		if w.norm == "ethnic" && p.agent == nil && t.d.ethnic != nil && j+1 < len(ws) {
			// "ethnic Armenians", "Azerbaijan's ethnic Armenians", "the
			// ethnic Chinese in Jakarta": a people living outside the state
			// the demonym names, civilians of where they live
			if h := t.named(j + 1); h != nil && h.n.form == formAdj && h.j == j+2 && h.ent != nil && h.ent.kind == kindCountry &&
				(t.d.pluralWord(&ws[j+1]) || !t.commonNounAt(h.j) && !t.agentAhead(h.j)) {
				p.mark(j)
				t.addAgent(p, t.d.ethnic)
				t.markEthnic(w.start, h.ent.code)
				t.ledePeople(h.ent.code)
				j = h.j
				p.agentJ, lastGood = j, j
				continue
			}
		}
		if k := t.portfolio(j, len(p.parts) > 0); p.agent == nil && k > j {
			p.mark(j)
			for ; j < k; j++ {
				t.setLesser(p, j) // "Japan's vice defence minister"
			}
			continue
		}
		if p.agent == nil && (t.d.modifierWord(w) || w.hyph && j > 0 && ws[j-1].tok == w.tok ||
			j+1 < len(ws) && ws[j+1].hyph && ws[j+1].tok == w.tok) {
			p.model = p.model || isModel(ws, j)
			// (not as a compound's first part: a "Western-backed government"
			// is backed from abroad, not of it)
			p.foreign = p.foreign || t.d.in(w, lexForeign) && !(j+1 < len(ws) && ws[j+1].hyph && ws[j+1].tok == w.tok)
			t.setLesser(p, j)
			j++
			continue
		}
		break
	}
	if p.agent == nil && len(p.parts) == 0 {
		return p.start
	}
	return lastGood
}

// regionBody returns the body whose region's adjective starts at word j
// and is followed by a noun the body is known by (its kind: "West African
// bloc", "Southeast Asian grouping"), and the end of that noun; or, followed
// by an act or measure of a body (measures: "the European offer", "West
// African sanctions"), the body and the end of the adjective; or nil.
func (t *Tracker) regionBody(j int) (*entity, int) {
	ws := t.ws
	if j >= len(ws) || !ws[j].cap || !t.d.in(&ws[j], lexRegionHead) {
		return nil, j // (most words: no key is built)
	}
	key := ""
	for k := j; k < len(ws) && k < j+3 && ws[k].cap; k++ {
		if k > j {
			key += " "
		}
		key += ws[k].norm
		e := t.d.regions[key]
		if e == nil || k+1 >= len(ws) {
			continue
		}
		if t.measureAt(k+1) && !ws[k].poss {
			return e, k + 1 // "the European offer", "Arab sanctions": the body's act, the adjective naming it
		}
		for _, r := range e.refs {
			if ws[k+1].norm == r {
				if h := t.named(j); h != nil && h.j >= k+2 {
					return nil, j // "European Union": the body's own name
				}
				return e, k + 2
			}
		}
	}
	return nil, j
}

// measureAt reports whether word j, or the word after a common noun at j
// ("the European peace plan", "West African trade sanctions"), is an act or
// measure of a body of states (measures:).
func (t *Tracker) measureAt(j int) bool {
	ws := t.ws
	if t.d.measures[ws[j].norm] {
		return true
	}
	return j+1 < len(ws) && !ws[j].cap && !ws[j].poss && !ws[j].punct && t.d.measures[ws[j+1].norm]
}

// isPeople reports whether h, right after a country state, names a people
// living there: an adjective of another country ("Bosnian Serbs", "Kosovo
// Albanians"). CAMEO codes an ethnic group by the state it lives in.
func isPeople(state *entity, h *hit) bool {
	return state != nil && state.kind == kindCountry && h.ent != nil && h.ent.kind == kindCountry &&
		h.ent != state && h.n.form == formAdj
}

func (t *Tracker) isAgent(j int) bool {
	a, _ := t.d.agentAt(t.ws, j)
	return a != nil
}

// agentAhead reports whether an agent noun follows at j, past modifiers,
// coordinated countries and hyphenated suffixes.
func (t *Tracker) agentAhead(j int) bool {
	ws := t.ws
	for steps := 0; j < len(ws) && steps < 8; steps++ {
		w := &ws[j]
		switch {
		case t.isAgent(j):
			return true
		case coordinators[w.norm]:
			if !t.joins(j) {
				return false
			}
			j++
		case w.cap && beyond(&j, t.longName(j), j+1):
			// "Australian and New Zealand troops", "French and Central
			// African troops": past a name of two words or more whose
			// first is also a modifier ("New", "Central"); not an owner
			// ("the Lithuanian Communist Party's headquarters")
		case t.d.modifierWord(w) || w.hyph || isModel(ws, j):
			j++
		case t.portfolio(j, false) > j:
			j = t.portfolio(j, false)
		default:
			h := t.named(j)
			if h == nil || h.isPerson() {
				return false
			}
			j = h.j
		}
	}
	return false
}

// beyond moves *j to end when end lies beyond past, and reports whether it
// did: a case of a switch that looks a name up once.
func beyond(j *int, end, past int) bool {
	if end <= past {
		return false
	}
	*j = end
	return true
}

// longName returns the end of the name of no person that starts at word j
// and owns nothing ("the Lithuanian Communist Party's headquarters"), or j.
func (t *Tracker) longName(j int) int {
	if h := t.named(j); h != nil && !h.isPerson() && !(h.j < len(t.ws) && t.ws[h.j].poss) {
		return h.j
	}
	return j
}

// joins reports whether a coordinator at j joins two countries: "and" or
// a comma followed by another country, group or body name, not by a title
// ("in Haiti, Foreign Minister X said").
func (t *Tracker) joins(j int) bool {
	ws := t.ws
	if j+1 >= len(ws) || !coordinators[ws[j].norm] {
		return false
	}
	h := t.named(j + 1)
	if h == nil || h.isPerson() {
		return false
	}
	if ws[j].norm == "," && t.titleAhead(h.j) {
		return false // "In Kabul, Afghan President Ashraf Ghani said": a place, then the speaker
	}
	return true
}

// titleAhead reports whether a person's title follows at j, past a
// portfolio and modifiers: "President", "Foreign Minister".
func (t *Tracker) titleAhead(j int) bool {
	ws := t.ws
	for steps := 0; j < len(ws) && steps < 4; steps++ {
		if a, _ := t.d.agentAt(ws, j); a != nil {
			return a.title
		}
		switch {
		case t.portfolio(j, false) > j:
			j = t.portfolio(j, false)
		case t.d.modifierWord(&ws[j]):
			j++
		default:
			return false
		}
	}
	return false
}

// stateOwned reports whether the phrase read so far ends in a state as
// owner: "Russia's", "its" for a country. A state's ally or predecessor is
// another state, not someone of its own ("Russia's closest ally, Belarus").
func stateOwned(p *np) bool {
	n := len(p.parts)
	if n == 0 {
		return false
	}
	pt := p.parts[n-1]
	return pt.owner && pt.actor.Country != "" && (pt.ent != nil && pt.ent.kind == kindCountry || pt.rule == "pronoun" && pt.actor.Sector == "")
}

// craftSector gives an agent noun just read its sector as a craft of war
// (agents.txt's craft: and state:): after a model's designation ("a
// MiG-29 fighter", "B-52 bombers"), or after a state's name or adjective
// or a pronoun for a state ("Russian bombers", "its air defences"; "the
// bomber" alone is a person).
func (t *Tracker) craftSector(p *np, a *agent) {
	if a.craft != "" && p.model {
		p.sector = a.craft
	}
	if n := len(p.parts); a.state != "" && n > 0 {
		if pt := p.parts[n-1]; pt.actor.Country != "" && (pt.ent != nil && pt.ent.kind == kindCountry || pt.rule == "pronoun" && pt.actor.Sector == "") {
			p.sector = a.state // ("Iran said its air defences": a pronoun for a state)
		}
	}
	if n := len(p.parts); a.inner != "" && n > 0 {
		if pt := p.parts[n-1]; pt.ent != nil && pt.ent.kind == kindCountry && !pt.owner && t.d.inner[t.normsOf(pt.i, pt.j)] {
			p.sector = a.inner // "Chechen gunmen" are rebels, "Russian gunmen" armed men of no side
		}
	}
}

// normsOf returns the folded words [i, j) joined by spaces.
func (t *Tracker) normsOf(i, j int) string {
	var b strings.Builder
	for k := i; k < j && k < len(t.ws); k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(t.ws[k].norm)
	}
	return b.String()
}

// isModel reports whether word j starts a model's designation: a short
// name joined by a hyphen to a number ("MiG-29", "B-52", "Su-24").
func isModel(ws []word, j int) bool {
	if j+1 >= len(ws) || !ws[j].cap || len(ws[j].norm) > 4 || !ws[j+1].hyph || ws[j+1].tok != ws[j].tok {
		return false
	}
	c := ws[j+1].norm
	return c != "" && c[0] >= '0' && c[0] <= '9'
}

func (t *Tracker) addAgent(p *np, a *agent) {
	s := a.Sector
	switch {
	case p.agent == nil:
		p.sector = s
	case p.staffed && !t.d.sectorIs(s, sectorState):
		// "union extremists", "union activists": the union's members, as
		// "union leaders" are
	case a.weak && p.sector != "" && (a.state != "" || !(s != "*" && s != "=" && !t.d.sectorIs(s, sectorState) && !t.d.sectorIs(s, sectorOwn) && t.d.sectorIs(p.sector, sectorState))):
		// "military officials", "police snipers": the specific noun before
		// wins; but people of no state sector and no sector of their own,
		// who back a state's body, keep theirs ("junta supporters", as
		// "supporters of the junta"); a thing that is a state's only after
		// its name is whose the noun before says ("the police barracks")
	case t.d.sectorIs(s, sectorForce) && (t.d.sectorIs(p.sector, sectorForce) || !t.d.sectorIs(p.sector, sectorState) && t.d.sectorIs(p.sector, sectorArmed)):
		// a force noun after another force's or an armed group's names
		// their men: "police forces", "rebel forces", "insurgent troops"
	case s != "*" && s != "=":
		p.sector = s
	}
	if p.agent == nil || !a.weak || a.title {
		p.agent = a
	}
}

// unknownName returns the end of a capitalised name that starts at j.
func (t *Tracker) unknownName(j int) int {
	ws := t.ws
	e := j
	for e < len(ws) {
		w := ws[e]
		if w.cap && !w.punct && !calendarWords[w.norm] && (!t.isAgent(e) || t.surnameAgent(j, e)) || t.d.particle(w.norm) && e+1 < len(ws) && ws[e+1].cap {
			e++
			continue
		}
		break
	}
	for e > j && t.d.particle(ws[e-1].norm) {
		e--
	}
	return e
}

// portfolio reports whether the capitalised word at j names a minister's
// portfolio: a run of capitalised words (and "and") ending in a title
// that ends in "minister" or "secretary" ("Information Minister",
// "Planning and Investment Minister", "Trade Secretary"), and returns the
// title's first word, or j. After a country (owned set), one or two
// lower-case nouns before any agent noun name its office too: "Eritrea's
// information minister", "India's external affairs ministry".
func (t *Tracker) portfolio(j int, owned bool) int {
	ws := t.ws
	if !ws[j].cap && !owned || ws[j].punct || calendarWords[ws[j].norm] || t.d.openers[ws[j].norm] {
		return j // (nor does "If Indian Prime Minister" name one: "if" opens a condition)
	}
	if !ws[j].cap && !t.commonNounAt(j) {
		return j
	}
	for k := j + 1; k < len(ws) && k < j+5; k++ {
		w := ws[k]
		if a, n := t.d.agentAt(ws, k); a != nil {
			last := ws[k+n-1].norm
			if a.title && (last == "minister" || last == "secretary") || owned && !ws[j].cap && k-j <= 2 {
				return k
			}
			return j
		}
		if !(w.cap && !w.punct && !calendarWords[w.norm] || owned && !w.cap && t.commonNounAt(k) || w.norm == "and" || w.norm == "&") {
			return j
		}
	}
	return j
}

// nameEnd returns the end of a person's name the knowledge lacks that
// follows agent noun a at word k as a name follows a title, or k when none
// does: after a title any name ("President X"), after another agent noun a
// full name of two or three words ("spokesman Zhao Lijian", "business
// leader Pedro Carmona", "Police spokesman Charles Owino").
func (t *Tracker) nameEnd(a *agent, k int) int {
	if k >= len(t.ws) || !t.ws[k].cap || !t.nameAfterTitle(k) {
		return k
	}
	if e := t.unknownName(k); e > k && (a.title || e-k >= 2 && e-k <= 3) {
		return e
	}
	return k
}

// nameAfterTitle reports whether an unknown person's name starts at j,
// after a title: a word the knowledge lacks, or a place name followed by
// an unknown capitalised word ("Foreign Secretary Douglas Hurd").
func (t *Tracker) nameAfterTitle(j int) bool {
	h := t.named(j)
	if h == nil {
		return true
	}
	if h.isPerson() || h.j >= len(t.ws) {
		return false
	}
	n := t.ws[h.j]
	return n.cap && !n.punct && !n.poss && !n.hyph && t.named(h.j) == nil && !t.isAgent(h.j) && !calendarWords[n.norm]
}

// surnameAgent reports whether the agent noun at e, inside a name that
// starts at j, is a surname: "Tom King", "John Major", not the start of a
// new title ("... Smith, General Secretary").
func (t *Tracker) surnameAgent(j, e int) bool {
	ws := t.ws
	if e == j {
		return false
	}
	if _, n := t.d.agentAt(ws, e); n != 1 {
		return false
	}
	return e+1 == len(ws) || !ws[e+1].cap || ws[e+1].punct
}

func (p *np) mark(i int) {
	if p.first < 0 {
		p.first = i
	}
}

func (h *hit) isPerson() bool { return h.ent == nil || h.ent.kind == kindPerson }

// PersonPronoun reports whether w is a pronoun that stands for one
// person ("he", "her"), not for a group ("they") or a thing ("it"): only
// such a pronoun takes a person's role on another day.
func PersonPronoun(w string) bool { return pronouns[strings.ToLower(w)] }

// armedRef reads "AGENT NOUN" at word j, an agent word of armed men
// outside the state ("Islamist", "militant", "rebel") and a noun that
// refers back to the organisation named last ("group", "movement"), of
// such a sector too; it returns that organisation and the end, or nil.
// A group of another kind ("Human Rights Watch ... the rebel group") is
// not meant, nor one the phrase goes on to own ("the militant group's
// leader" is read as its own).
func (t *Tracker) armedRef(j int) (*tracked, int) {
	ws := t.ws
	a, n := t.d.agentAt(ws, j)
	if a == nil || n > 2 || !t.d.sectorIs(a.Sector, sectorArmed) || t.d.pluralWord(&ws[j+1]) {
		return nil, j
	}
	org := t.byRef(ws[j+1].norm)
	if org == nil || !t.d.sectorIs(org.actor.Sector, sectorArmed) || j+2 < len(ws) && (t.isAgent(j+2) || ws[j+2].cap) {
		return nil, j
	}
	return org, j + 2
}

// verbBeforeTitle reports whether the country named by h, by its name
// (not a demonym, not a possessive), is followed at word k, with no hyphen,
// by a modifier that is a past form ("detained", "ousted", "armed"): "Niger
// detained President Bazoum", "Britain detained Kurdish fighters", "Russia
// armed separatist fighters" are clauses, where "Nigerien ousted
// President", "Niger's ousted president" or "Russian-armed fighters" would
// be one phrase.
func (t *Tracker) verbBeforeTitle(h *hit, k int) bool {
	ws := t.ws
	return h.ent != nil && h.ent.kind == kindCountry && h.n.form == formName && k+1 < len(ws) && !ws[k].hyph &&
		t.d.modifierWord(&ws[k]) && strings.HasSuffix(ws[k].norm, "ed")
}

// reflexive reports whether w is a reflexive pronoun of a group:
// "itself", "themselves".
func reflexive(w string) bool { return w == "itself" || w == "themselves" }

// selfNamedNew reads the name after "a group calling itself" at word m
// when it is no body the knowledge or the story knows, nor one its last
// noun names ("the National Salvation Committee"): two or more
// capitalised words, the name of a body because the text says so. The
// group is of the country Settle gives a body read from its name (its
// sentence's places, else the story's), with no sector: the name says
// nothing of what it is. It returns i when no such name follows.
func (t *Tracker) selfNamedNew(i, m int) (int, []dateline.Mention) {
	ws := t.ws
	k := m
	if k < len(ws) && ws[k].norm == "the" {
		k++
	}
	e := t.bodyRun(k)
	if e-k < 2 || !ws[e-1].cap {
		return i, nil
	}
	name := t.mention(k, e, dateline.KindAgent, dateline.Actor{}, "").Text
	g := t.mention(i, e, dateline.KindAgent, dateline.Actor{Name: name}, "named+self")
	t.markNewBody(g.Start)
	return e, []dateline.Mention{g}
}

// selfNamed reads "a|an [words] NOUN calling itself|known as|... BODY" at
// word i (the naming: words of agents.txt): a group named by its own name
// is that body ("a pro-Moscow group calling itself the National Salvation
// Front"). It returns i when the words are not so, or the name after them
// is no body the knowledge or the story knows.
func (t *Tracker) selfNamed(i int) (int, []dateline.Mention) {
	ws := t.ws
	if ws[i].norm != "a" && ws[i].norm != "an" {
		return i, nil
	}
	for k := i + 2; k < len(ws) && k <= i+4; k++ {
		if ws[k-1].punct || ws[k-1].cap && !ws[k-1].hyph && k-1 > i+1 {
			return i, nil
		}
		n := t.namingWords(ws, k)
		if n == 0 {
			continue
		}
		m := k + n
		if m >= len(ws) {
			return i, nil
		}
		next, ms := t.phrase(m)
		if len(ms) == 0 && reflexive(ws[m-1].norm) {
			return t.selfNamedNew(i, m) // "calling itself", not "a man named"
		}
		if len(ms) != 1 {
			return i, nil
		}
		named := ms[0].Kind == dateline.KindAgent && strings.HasPrefix(ms[0].Rule, "named+") // "the Islamic Liberation Army"
		if ms[0].Kind != dateline.KindOrganization && !named || ms[0].Actor.Sector == "" {
			return i, nil
		}
		// one mention of the whole, with the name's rule, so that what the
		// story says of the name (its country) is said of the group
		g := t.mention(i, next, ms[0].Kind, ms[0].Actor, ms[0].Rule)
		if own := t.sc.generic[ms[0].Start]; own != "" {
			t.markGeneric(g.Start, own) // a party name many countries' parties bear
		}
		if named {
			t.markNewBody(g.Start) // of where it is, as its name alone is
			if t.d.sectorIs(g.Actor.Sector, sectorState) {
				// "a group calling itself the Islamic Army for the
				// Liberation of Holy Places" is no state's army: its
				// country alone
				g.Actor.Sector, g.Actor.Code = "", ""
			}
		}
		return next, []dateline.Mention{g}
	}
	return i, nil
}

// namedAs reports whether the agent noun at j to j+n, right after the
// phrase's agent noun, is what the object of a verb of naming is called:
// "called the protesters terrorists", "branded the Taliban fighters
// criminals". The verb's object ends at the first plural; the bare plural
// after it, the last noun of its phrase, is a name given, a phrase of its
// own (the syntax stage's chunks read it so: namedAs there).
func (t *Tracker) namedAs(p *np, j, n int) bool {
	ws := t.ws
	if t.naming == nil || !t.d.pluralWord(&ws[j-1]) || !t.d.pluralWord(&ws[j+n-1]) || ws[j].cap || ws[j-1].poss {
		return false
	}
	if e := j + n; e < len(ws) && (ws[e].poss || t.isAgent(e) || t.commonNounAt(e)) {
		return false // "called the protesters terrorist sympathisers": one noun after another
	}
	v := p.start - 1
	if p.det != "" {
		v--
	}
	return v >= 0 && !ws[v].punct && t.naming(ws[v].norm)
}

// splitPast reports whether word j, right after a name, is a past form
// ending in -ed written apart from it and followed by a count: "Moscow
// jailed two activists", "the court in Nairobi jailed two activists" tell
// what the name did, not whose the activists are, as "Moscow-backed
// rebels" and "Iranian backed militias" (an adjective before it) do.
func (t *Tracker) splitPast(j int) bool {
	ws := t.ws
	return j > 0 && j+1 < len(ws) && strings.HasSuffix(ws[j].norm, "ed") && ws[j].tok != ws[j-1].tok && !ws[j].cap && t.d.counts[ws[j+1].norm]
}

// longerName reports whether the capitalised body noun at word j begins a
// longer name rather than refers back to a body named before: a name the
// knowledge has ("the Council of Europe" after the Security Council, "the
// Union of Comoros" after the African Union), or the noun followed by "of"
// or "for" and a capitalised word ("the Union of Banana Growers", "the Front
// for Democracy" after the National Front), a body the story names now.
func (t *Tracker) longerName(j int) bool {
	ws := t.ws
	if !ws[j].cap {
		return false
	}
	if h := t.named(j); h != nil && h.j > j+1 {
		return true
	}
	return j+2 < len(ws) && (ws[j+1].norm == "of" || ws[j+1].norm == "for") && ws[j+2].cap && !ws[j+2].punct
}
