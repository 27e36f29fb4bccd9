package actor

import (
	"strings"

	"dateline"
)

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// agents codes a phrase whose head is an agent noun: "Italy's premier",
// "Hungarian and Romanian officials", "the premier", "rebels".
func (t *Tracker) agents(p *np, i, j int, office string) (int, []dateline.Mention) {
	if p.agent == nil || p.agent.national && len(p.parts) > 0 && p.parts[0].owner {
		// "Israel's prisoners": those it holds, not its people
		return t.ownerAlone(p, i, j)
	}
	if p.agent.informant {
		// "military sources said", "a source close to the president said":
		// they only tell, and whom they are close to does not speak
		if k := t.ofWhom(p, j); k > j && len(p.parts) == 0 {
			next, _ := t.phrase(pastSize(t.ws, k))
			return next, nil
		}
		return j, nil
	}
	if p.agent.other {
		t.markOther(t.ws[p.first].start) // "his Ethiopian counterpart"
	}
	if len(p.parts) > 1 && !p.parts[0].owner {
		return j, t.compound(p, j)
	}
	if len(p.parts) == 0 {
		return t.bareAgent(p, j, office)
	}
	a, rule, marks := t.partsActor(p)
	if office != "" && p.det != "a" && p.det != "an" && !t.d.pluralWord(&t.ws[j-1]) && !p.agent.abroad && !t.apposedToPerson(i) {
		// (a country has many envoys: "the Russian ambassador" in The Hague
		// is not the one ambassador the knowledge lists, at the UN)
		if e := t.d.holder(a.Country, office, t.day); e != nil {
			a.Name = e.Name
			t.trackEntity(e, a, office)
			rule += "+office"
			marks = 0
		}
	}
	if pt := p.parts[0]; pt.ent != nil && pt.ent.generic && len(a.Country) == 3 {
		// "the Socialist Party chairman": a party whose name parties of
		// many countries bear is the story's, as the name alone is (Settle)
		t.markGeneric(t.ws[p.first].start, a.Country)
		a.Country, a.Code = "", code("", a.Sector)
	}
	m := t.mention(p.first, j, dateline.KindAgent, a, "agent"+rule)
	m.Marks = marks
	t.noteAgent(p.agent, m)
	return t.apposition(j, m, office)
}

// apposedToPerson reports whether the phrase at word i stands in
// apposition to a person the sentence named right before it: "Gen. John
// Nicholson, the top U.S. commander in Afghanistan," is that person, not
// the holder of the office the knowledge lists.
func (t *Tracker) apposedToPerson(i int) bool {
	ws := t.ws
	if i < 2 || ws[i-1].norm != "," || len(t.out) == 0 {
		return false
	}
	m := t.out[len(t.out)-1]
	return m.Kind == dateline.KindPerson && m.End == ws[i-2].end
}

// plural reports whether a noun is plural: it ends in "s" (not "ss") or
// "men", or the knowledge lists it ("police", "people").
func (d *Dictionary) plural(norm string) bool {
	return strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ss") || strings.HasSuffix(norm, "men") || d.plurals[norm]
}

// Plural reports whether a noun (lower case) is plural, as plural does:
// "gunmen", "attackers", "police".
func (d *Dictionary) Plural(norm string) bool { return d != nil && d.plural(norm) }

// ownerAlone codes a possessive with no agent after it: "Libya's east".
func (t *Tracker) ownerAlone(p *np, i, j int) (int, []dateline.Mention) {
	pt := p.parts[0]
	if pt.rule == "led" && pt.ent != nil && !pt.owner {
		// "Saudi-led air strikes": the leader, before a thing
		return j, []dateline.Mention{t.mention(pt.i, pt.j-1, pt.ent.kind.mention(), pt.actor, "led+noun")}
	}
	if !pt.owner || pt.ent == nil {
		return j, nil
	}
	if pt.ent.kind == kindCountry && i > 0 && countryLocatives[t.ws[i-1].norm] {
		return j, nil
	}
	if pt.ent.kind == kindCountry && j < len(t.ws) && (t.d.compass[t.ws[j].norm] || t.d.placeNouns[t.ws[j].norm]) {
		return j, nil // "Libya's east", "Sudan's capital": places
	}
	a := pt.actor
	if pt.ent.generic && len(a.Country) == 3 && t.countryAround(pt.i, pt.j-1-pt.i) == "" {
		// "the Communist Party's Central Committee": a party whose name
		// parties of many countries bear is the story's, as the name
		// alone is (Settle)
		t.markGeneric(t.ws[pt.i].start, a.Country)
		a.Country, a.Code = "", code("", a.Sector)
	}
	k := pt.ent.kind.mention()
	return j, []dateline.Mention{t.mention(pt.i, pt.j-1, k, a, "possessive")}
}

// compound splits "Hungarian and Romanian officials" into one mention for
// each country, all taking the head noun's sector.
func (t *Tracker) compound(p *np, j int) []dateline.Mention {
	var out []dateline.Mention
	for k, pt := range p.parts {
		q := *p
		q.parts = []part{pt}
		a, rule, marks := t.partsActor(&q)
		end := pt.j
		if k == len(p.parts)-1 {
			end = j
		}
		cm := t.mention(pt.i, end, dateline.KindAgent, a, "compound"+rule)
		cm.Marks = marks
		out = append(out, cm)
	}
	return out
}

// ofBody reports whether "of" at word j names a body the office is of, a
// run of capitalised words that is no country's name alone: "the president
// of the Fiji Law Society" is its president, not the country's president
// named before, and so is a body or group the knowledge has ("the chairman
// of the Kuomintang"); "the president of Fiji", "the president of South
// Africa" and "the president of the country" still name the one named
// before.
func (t *Tracker) ofBody(j int) bool {
	ws := t.ws
	k := j + 1
	if j >= len(ws) || ws[j].norm != "of" || k >= len(ws) {
		return false
	}
	if ws[k].norm == "the" {
		k++
	}
	if k >= len(ws) || !ws[k].cap || ws[k].punct {
		return false
	}
	if h := t.named(k); h != nil && h.ent != nil && (h.ent.kind == kindBody || h.ent.kind == kindGroup) {
		return true // "the chairman of the Kuomintang"
	}
	if k+1 >= len(ws) || !ws[k+1].cap || ws[k+1].punct {
		return false
	}
	h := t.named(k)
	return h == nil || h.j < k+2 || h.ent == nil || h.ent.kind != kindCountry
}

// restrictedAfter reports whether a relative clause with no comma before
// it starts at word j: "the soldiers who ousted the president" are those
// the clause tells of, not the soldiers named before.
func (t *Tracker) restrictedAfter(j int) bool {
	if j >= len(t.ws) {
		return false
	}
	w := t.ws[j].norm
	return w == "who" || w == "that"
}

// bareAgent codes an agent with no country: "the premier" names the last
// person with that title; "a spokesman for X" speaks for X; "rebels" has
// only a sector.
func (t *Tracker) bareAgent(p *np, j int, office string) (int, []dateline.Mention) {
	ws := t.ws
	if p.det == "the" && p.lesser && !t.d.pluralWord(&ws[j-1]) && !t.namedAfter(j) && !t.ofBody(j) && office != "" {
		// "the vice president", "the deputy minister": the one called so
		// last, never the head or the holder of the office it is lesser to
		if tr := t.byOffice(office); tr != nil {
			t.notePerson(tr)
			return j, []dateline.Mention{t.mention(p.first, j, dateline.KindAgent, tr.actor, link("title", tr.actor.Name, "last person called "+office))}
		}
	}
	if p.det == "the" && !p.lesser && !t.d.pluralWord(&ws[j-1]) && !t.namedAfter(j) && !t.ofBody(j) {
		if h, why, ok := t.unnamedHead(p.agent); ok {
			return j, []dateline.Mention{t.mention(p.first, j, dateline.KindAgent, h.actor, link("title", h.actor.Name, why))}
		}
		if tr := t.formerHolder(p, j, office); tr != nil {
			// "Lula ..., who led Brazil from 2003 to 2010. Police arrested
			// the former president": who held the office before, not who
			// holds it
			t.notePerson(tr)
			return j, []dateline.Mention{t.mention(p.first, j, dateline.KindAgent, tr.actor, link("title", tr.actor.Name, "last person who held the office of "+office+" before"))}
		}
		if tr, why := t.titled(p.agent, office); tr != nil {
			t.notePerson(tr)
			return j, []dateline.Mention{t.mention(p.first, j, dateline.KindAgent, tr.actor, link("title", tr.actor.Name, why))}
		}
	}
	if p.det == "the" && len(p.parts) == 0 && t.ofWhom(p, j) == j && !t.restrictedAfter(j) && t.doerNoun(p.first, j) {
		if d, why, ok := t.doneBy(); ok {
			// "Rebels seized Ajdabiya. The attackers burned the police
			// station": whoever did the act the story told
			m := t.mention(p.first, j, dateline.KindAgent, d.actor, link("doer", d.actor.Name, why))
			switch {
			case d.actor.Country == "" && t.armedAbroad:
				t.markAbroad(m.Start) // "gunmen": of no country, as they are
			case d.actor.Country == "":
				t.markFollows(m.Start) // Settle gives it the country it gives them
			}
			return t.apposition(j, m, office)
		}
	}
	if p.det == "the" && len(p.parts) == 0 && t.ofWhom(p, j) == j && !t.restrictedAfter(j) {
		if d, why, ok := t.described(p.agent, ws[j-1].norm, t.d.pluralWord(&ws[j-1])); ok && !t.bodyElsewhere(p, j, d.actor.Country) && !t.envoyOfAfter(j, d.actor.Country) {
			// "the ministry" after "Armenia's defence ministry"; not "the
			// foreign ministry in Baku": Settle gives it the place's country
			return t.apposition(j, t.mention(p.first, j, dateline.KindAgent, d.actor, link("description", d.actor.Name, why)), office)
		}
	}
	if d, why, ok := t.forceAgain(p, j); ok {
		bare, _, _ := t.partsActor(p)
		bare.Name = p.agent.Name
		t.forces = append(t.forces, forceRef{start: t.ws[p.first].start, bare: bare})
		return t.apposition(j, t.mention(p.first, j, dateline.KindAgent, d.actor, link("description", d.actor.Name, why)), office)
	}
	if p.agent.Name == "peoples" || p.agent.ethnic {
		if e, c := t.stateAfter(j); c != nil {
			// "Kurds in northern Iraq" live in Iraq; "ethnic Russians in
			// Latvia" are its civilians
			a := t.countryOf(c)
			if p.sector != "" {
				a.Sector, a.Code = p.sector, code(a.Country, p.sector)
			}
			return e, []dateline.Mention{t.mention(p.first, e, dateline.KindAgent, a, "people+"+ws[j].norm)}
		}
	}
	if k := t.ofWhom(p, j); k > j {
		if next, ms, ok := t.belongsTo(p, j, k); ok {
			return next, ms
		}
		if w := ws[j].norm; (w == "for" || w == "from") && p.det == "the" && len(p.parts) == 0 && !t.restrictedAfter(j) && t.d.pluralWord(&ws[j-1]) {
			// "blamed the migrants for rising crime", "praised the troops
			// for their courage": a "for" or "from" phrase that names no
			// one they belong to leaves them those the same head noun named
			// in this sentence or the two before (not another noun of their
			// kind: "cut its military links and barred members of the armed
			// forces from entering")
			if d, why, ok := t.sameHead(ws[j-1].norm); ok && !t.followsBare(p.agent, ws[j-1].norm) && !t.bodyElsewhere(p, j, d.actor.Country) && !t.envoyOfAfter(j, d.actor.Country) {
				return t.apposition(j, t.mention(p.first, j, dateline.KindAgent, d.actor, link("description", d.actor.Name, why)), office)
			}
			if d, why, ok := t.described(p.agent, ws[j-1].norm, true); ok && t.d.sectorIs(p.agent.Sector, sectorUnarmed) && d.actor.Sector == p.agent.Sector &&
				!t.bodyElsewhere(p, j, d.actor.Country) && !t.envoyOfAfter(j, d.actor.Country) {
				// "Thousands of Ghanaians crowded the docks ... blamed the
				// migrants for rising crime": people who bear no arms are
				// those of their kind the story named last, as "the
				// migrants" alone would be
				return t.apposition(j, t.mention(p.first, j, dateline.KindAgent, d.actor, link("description", d.actor.Name, why)), office)
			}
		}
	}
	a, _, _ := t.partsActor(p)
	if a.Sector == "" && p.sector == "*" {
		t.noteSpeaker(p, j) // "A spokesman said": the body told of before may own it (speaker.go)
	}
	if a.Sector == "" || p.agent.national && !p.agent.held {
		return j, nil // "the prisoners": whose people they are is not told
	}
	if p.agent.national {
		// "Inmates rioted": people held, no one but as the subject of
		// their own act (Settle)
		a.Name = p.agent.Name
		m := t.mention(p.first, j, dateline.KindAgent, dateline.Actor{}, "agent+held")
		t.markInmates(m.Start, a)
		return j, []dateline.Mention{m}
	}
	first, rule := p.first, "agent"
	if a.Sector == "COP" && p.agent.weak && t.rulingAfter(j) {
		// "the officers now running Niger": its military rulers
		a.Sector, a.Code, rule = "MIL", "MIL", "agent+ruling"
	} else if f := t.forceSeen; p.agent.weak && t.d.sectorIs(a.Sector, sectorForce) && f.sector != "" && f.sector != a.Sector && t.n-f.sent <= 2 {
		// "the soldiers who seized power ... unless the officers": a rank
		// both of the state's forces have is of the force named last, in
		// this sentence or the two before
		a.Sector, a.Code, rule = f.sector, f.sector, "agent+force-named-last"
	}
	if t.d.sectorIs(a.Sector, sectorForce) {
		t.forceSeen = forceSeen{sector: a.Sector, sent: t.n}
	}
	if e, k := t.regionBefore(p.first); e != nil && p.sector == "GOV" {
		// "West African leaders": the bloc's, if the story names it (Settle)
		first, rule = k, "agent+region"
		t.markRegion(ws[k].start, e)
	}
	if p.agent.abroad && (t.d.pluralWord(&ws[j-1]) || !p.agent.title) || p.foreign || p.regional {
		// "leaders", "envoys", "a gunman": of anywhere (a title only in the
		// plural: "the envoy" is someone's); "foreign troops": not of
		// where they are; "Latin American governments": of no one state
		t.markAbroad(ws[first].start)
	}
	if p.agent.abroad && p.agent.other && p.agent.title && p.det == "the" && !t.d.pluralWord(&ws[j-1]) && !p.regional {
		// "Morales expelled the ambassador, accusing Washington": an envoy
		// the story named no one's before; Settle gives him the story's
		// other state (envoyCountry)
		t.markEnvoy(ws[first].start)
	}
	if p.foreign {
		if t.sc.foreign == nil {
			t.sc.foreign = map[int]bool{}
		}
		t.sc.foreign[ws[first].start] = true
	}
	a.Name = p.agent.Name
	m := t.mention(first, j, dateline.KindAgent, a, rule)
	if p.agent.title && a.Sector != "" && !t.d.pluralWord(&ws[j-1]) {
		t.bareTitle = seenAgent{actor: a, text: ws[j-1].norm, sent: t.n}
	}
	if p.det != "a" && p.det != "an" {
		t.noteHeadAgent(p.agent, m)
	}
	switch {
	case p.det == "the" && t.followsBare(p.agent, ws[j-1].norm):
		t.markFollows(m.Start)
	case p.det != "the" && a.Country == "":
		t.noteBare(ws[j-1].norm)
	}
	return t.apposition(j, m, office)
}

// rulingAfter reports whether words that make unnamed officers a
// country's military rulers (ruling: in agents.txt) follow at j, past
// "now", "who" or "that": "officers now running Niger", "officers who
// ousted the president".
func (t *Tracker) rulingAfter(j int) bool {
	ws := t.ws
	for j < len(ws) && (ws[j].norm == "now" || ws[j].norm == "who" || ws[j].norm == "that" || ws[j].norm == "currently") {
		j++
	}
	return matchAt(ws, j, t.d.ruling, &t.d.rulingFirst) > 0
}

// regionBefore returns the bloc whose region's adjective ("West African",
// "Southeast Asian") ends right before word i, the longest, and where it
// starts.
func (t *Tracker) regionBefore(i int) (*entity, int) {
	ws := t.ws
	if len(t.d.regions) == 0 || i == 0 || !ws[i-1].cap {
		return nil, i
	}
	for k := max(i-3, 0); k < i; k++ {
		key := ws[k].norm
		for _, w := range ws[k+1 : i] {
			key += " " + w.norm
		}
		if e := t.d.regions[key]; e != nil {
			return e, k
		}
	}
	return nil, i
}

// titled returns the person "the" and a title refers to, and why: the
// person named last who held or was called by the office ("the
// minister"), or for "the leader" the head of state or government named
// last before this sentence.
func (t *Tracker) titled(ag *agent, office string) (*tracked, string) {
	if ag.heads {
		if tr := t.lastHead(); tr != nil {
			return tr, "head of state or government named last before this sentence"
		}
	}
	if office == "" {
		return nil, ""
	}
	return t.byOffice(office), "last person called " + office
}

// formerHolder returns the person "the former" and a title ("the former
// president", "the ex-minister") refers to: the person named last who held
// the office before the story's day, or nil.
func (t *Tracker) formerHolder(p *np, j int, office string) *tracked {
	if office == "" {
		return nil
	}
	// "former" is a modifier, before where the phrase's agent starts:
	// look back to its determiner
	for k := j - 1; k >= 0 && k >= p.first-3; k-- {
		switch w := t.ws[k].norm; {
		case t.d.former[w]:
			return t.byFormer(office)
		case w == "the" || t.ws[k].punct:
			return nil
		}
	}
	return nil
}

// ofWhom returns where the phrase an agent belongs to starts after the
// agent ending at j ("a spokesman for", "doctors from", "forces loyal
// to", "a force led by"), or j.
func (t *Tracker) ofWhom(p *np, j int) int {
	ws := t.ws
	if j+1 >= len(ws) {
		return j
	}
	if t.d.in(&ws[j], lexFleeing) && ws[j+1].cap {
		return j + 1 // "refugees fleeing Sudan" come from it, as "refugees from Sudan"
	}
	switch ws[j].norm {
	case "of":
		if n := ws[j+1]; !n.cap && strings.HasSuffix(n.norm, "ing") {
			return j // "accused the army of violating": what it did, not whose it is
		}
		return j + 1
	case "for", "from", "aboard":
		// ("the passengers aboard the Indian airliner": the craft's)
		return j + 1
	case "to":
		if p.sector == "*" { // "an adviser to"
			return j + 1
		}
	case "loyal", "allied", "close":
		if j+2 < len(ws) && (ws[j+1].norm == "to" || ws[j+1].norm == "with") {
			return j + 2
		}
	case "led":
		if j+2 < len(ws) && ws[j+1].norm == "by" {
			return j + 2 // "an international force led by Australia", as "an Australian-led force"
		}
	case ",":
		if j+3 < len(ws) && ws[j+1].norm == "led" && ws[j+2].norm == "by" {
			return j + 3 // "the fighters, led by the rebel commander X,": his, as without the commas
		}
	}
	return j
}

// belongsTo codes an agent by the phrase at k that it belongs to: "a
// spokesman for the Afghan army" is AFGMIL, "doctors from two American
// aid groups" USACVL, "forces loyal to X" X's country as MIL. The head's
// own sector wins unless it is weak or inherits, or the owner is loyal to
// or leads it and keeps its sector for what it owns ("forces loyal to the
// rebel leader" are rebels); a person owns only through "loyal to", "led
// by" or an inheriting head ("an aide to X").
func (t *Tracker) belongsTo(p *np, j, k int) (int, []dateline.Mention, bool) {
	ws := t.ws
	prep := ws[k-1].norm
	if k = pastSize(ws, k); k >= len(ws) {
		return j, nil, false // "leaders of 0": a size with nothing after it
	}
	next, ms := t.phrase(k)
	if len(ms) == 1 && ms[0].Kind == dateline.KindPronoun && possessives[ws[k].norm] && next == k+1 && next < len(ws) && ws[next].cap {
		// "a spokesman for his Movement for Democratic Change": a body
		// named right after the possessive is the owner, the pronoun only
		// says whose side the body is (as "its campaigners" does not)
		if e, bs := t.phrase(next); len(bs) > 0 && bs[0].Kind == dateline.KindOrganization && bs[0].Start == ws[next].start {
			next, ms = e, bs
		}
	}
	direct := len(ms) > 0 // the owner right after the preposition
	for n := 0; len(ms) == 0 && (p.sector == "*" || p.agent.weak || prep == "by" && p.agent.abroad) && n < 3 && next < len(ws) && next > k && (!ws[next-1].punct || quotes[ws[next-1].text]) &&
		(!ws[next-1].cap || next-2 >= k && ws[next-2].norm == "the"); n++ {
		// "a spokesman for the striking miners", "leaders of the "red
		// shirt" movement": words the phrase reader does not know, and
		// quotation marks, may stand before the group; so may a name it
		// does not know right after "the" ("a leader of the Madhesi
		// alliance"), not one that stands alone ("the leader of Abkhazia
		// accused Georgia")
		next, ms = t.phrase(next)
	}
	if len(ms) == 0 && p.sector != "*" && p.sector != "=" && p.sector != "" && !(p.agent.grouping && prep == "of") {
		return j, nil, false // "leaders of neighboring countries": the head alone
	}
	if prep == "from" && possessives[ws[k].norm] {
		return j, nil, false // "suspended the rebels from its terrorist list": from a thing of its, not from a body
	}
	// "forces loyal to rebel commander X": a leader the knowledge lacks
	// has a sector now and a country only when Settle gives it one
	leader := (prep == "to" || prep == "by") && len(ms) > 0 && ms[0].Kind == dateline.KindPerson && t.d.sectorIs(ms[0].Actor.Sector, sectorOwn)
	led := prep == "by" && p.agent.abroad && t.d.sectorIs(p.sector, sectorArmed) && len(ms) > 0 &&
		(ms[0].Kind == dateline.KindPerson || ms[0].Kind == dateline.KindAgent && len(ms) > 1 && ms[1].Kind == dateline.KindPerson)
	if led {
		// "armed men led by a failed businessman, George Speight": armed
		// men whose leader the story names are his, of no country only
		// when he is (Settle: ledArmed)
		t.sc.led, leader = true, true
	}
	if t.speaksFor(p, ms, prep) {
		// "a spokesman for the rebels", "the head of the bar association":
		// one who speaks for, heads or serves a group of no country yet is
		// of the group, and takes the country Settle gives it
		leader = true
		if t.sc.abroad[ms[0].Start] {
			t.markAbroad(t.ws[p.first].start) // "a spokesman for the gunmen": of no country either
		}
	}
	// "a spokesman for Human Rights Watch", "the head of the Red Cross":
	// one who speaks for or heads a named body of no country (an
	// international aid or rights group) is the body's, of no country as
	// it is, as one of the UN is the UN's
	// (a body the knowledge has by that name, not one read from a name or
	// told of before, whose country Settle gives: "the head of the council")
	body := p.sector == "*" && len(ms) == 1 && ms[0].Kind == dateline.KindOrganization && ms[0].Actor.Country == "" && ms[0].Actor.Sector != "" &&
		t.sc.generic[ms[0].Start] == "" && (ms[0].Rule == "name" || strings.HasPrefix(ms[0].Rule, "name+"))
	if body {
		t.markAbroad(t.ws[p.first].start) // and "X, a spokesman for Amnesty International,": of no country either
	}
	if len(ms) == 0 || ms[0].Kind == dateline.KindPronoun || ms[0].Actor.Country == "" && !leader && !body && ms[0].Actor.Sector != "IGO" || !t.near(k, ms[0].Span.Start) {
		if p.sector == "*" || p.sector == "=" || p.agent.weak || p.agent.grouping && prep == "of" {
			// "officials of both sides": only what follows; "a coalition
			// of youth groups": no one, and not the head's sector
			return next, ms, true
		}
		return j, nil, false
	}
	inherits := p.sector == "*" || p.sector == "="
	if ms[0].Kind == dateline.KindPerson && !inherits && k-j != 2 && !(k-j == 3 && ws[j].norm == ",") && !(prep == "of" && direct && t.d.sectorIs(p.sector, sectorState)) {
		// a person owns an arm of the state through "of" ("the government
		// of Nicolas Maduro", "the forces of Khalifa Haftar"), other
		// agents only through "loyal to" or "led by"
		return j, nil, false
	}
	if prep == "to" && ms[0].Kind == dateline.KindCountry && inherits {
		// "sent a delegation to Vietnam", "a representative to Kenya": one
		// sent to a country is the sender's, not the country's (but "an
		// adviser to the president" is the president's)
		return j, nil, false
	}
	if prep == "for" && ms[0].Kind == dateline.KindCountry && (p.sector == "=" || !inherits && !p.agent.weak && p.sector != "") {
		// "a multinational force for Haiti", "a mission for Mali": a body
		// of its own kind, or of no one in particular, is sent for the
		// country, not the country's ("a spokesman for Kenya" is Kenya's)
		return j, nil, false
	}
	a := ms[0].Actor
	if led {
		a.Name = p.agent.Name // the armed men, not their leader's trade
	}
	switch {
	case a.Sector == "IGO":
	case inherits || p.sector == "":
	case p.agent.weak && a.Sector != "" && !(p.sector != "" && !t.d.sectorIs(p.sector, sectorState) && t.d.sectorIs(a.Sector, sectorState)):
		// "officials of the Malian army", "supporters of the opposition":
		// the inner sector; but people of no state sector who back a
		// state's man ("supporters of the ousted president") keep their own
	case (prep == "to" || prep == "by" || prep == "of") && t.d.sectorIs(a.Sector, sectorOwn):
		// "forces loyal to the rebel leader", "a commander of the rebels"
	case prep == "from" && t.d.sectorIs(p.sector, sectorArmed) && t.d.sectorIs(a.Sector, sectorArmed):
		// "four gunmen from the Islamist group al-Shabaab", "fighters from
		// the Free Syrian Army": armed men from an armed group are its
		// own, as "al-Shabaab gunmen" are ("troops from Kenya", "gunmen
		// from the village" keep their own sector)
	default:
		a.Sector = p.sector
		a.Code = code(a.Country, a.Sector)
	}
	if g := sameSpan(ms); g > 1 {
		// "the leaders of the two countries": the leaders of each
		out := make([]dateline.Mention, g)
		for x := range out {
			b := ms[x].Actor
			b.Sector, b.Code = a.Sector, code(b.Country, a.Sector)
			out[x] = t.mention(p.first, next, dateline.KindAgent, b, "agent+"+prep+"+"+ms[x].Rule)
		}
		return next, out, true
	}
	rule := "agent+" + prep + "+" + ms[0].Rule
	if prep == "of" && ms[0].Kind == dateline.KindCountry && p.det == "the" && p.agent.title && !p.lesser && !p.agent.abroad && !t.d.pluralWord(&ws[j-1]) {
		// "the president of Kenya" holds the office as "Kenya's
		// president" does: its holder of the day, whom "the two leaders"
		// and "he" may stand for later
		if e := t.d.holder(a.Country, p.agent.Name, t.day); e != nil {
			a.Name = e.Name
			t.trackEntity(e, a, p.agent.Name)
			rule += "+office"
		}
	}
	m := t.mention(p.first, next, dateline.KindAgent, a, rule)
	if g := t.sc.generic[ms[0].Start]; g != "" && leader {
		t.markGeneric(m.Start, g) // of the party's country, as Settle finds it
	}
	if ms[0].Span.End < m.Span.End || len(ms) > 1 {
		// the inner phrase went on past its first mention: keep them apart
		m.Span.End = ms[0].Span.End
		m.Text = t.s.Text[m.Span.Start-t.s.Start : m.Span.End-t.s.Start]
	}
	if prep == "from" || prep == "by" || prep == "aboard" {
		// "troops from Sri Lanka": the place stays a mention of its own,
		// so that a verb may take the "from" phrase ("withdrew troops
		// from Sri Lanka") while the agent keeps its origin as its actor
		// ("journalists from Britain were expelled"); so does the leader
		// of "a force led by Australia", the force keeping its head noun
		m.Span.End = ws[j-1].end
		m.Text = t.s.Text[m.Span.Start-t.s.Start : m.Span.End-t.s.Start]
		t.noteAgent(p.agent, m)
		return next, append([]dateline.Mention{m}, ms...), true
	}
	if len(ms) > 1 {
		return next, append([]dateline.Mention{m}, ms[1:]...), true
	}
	t.noteAgent(p.agent, m)
	next, out := t.appositionOf(next, m, "", p.agentJ-1)
	return next, out, true
}

// sameSpan returns how many of ms, from the first, share its words: the
// members of a group ("the two countries").
func sameSpan(ms []dateline.Mention) int {
	n := 0
	for n < len(ms) && ms[n].Span == ms[0].Span {
		n++
	}
	return n
}

// near reports whether a mention starting at byte offset start begins
// within the first three words from k ("from two American aid groups"),
// a size before the name not counting ("of the 15-member Economic
// Community of West African States", "of the 27-nation bloc"), nor the
// later words of a hyphenated modifier, one word as written
// ("negotiators for the communist-led National Democratic Front", "a
// spokesman for the Iranian-backed Houthi movement").
func (t *Tracker) near(k, start int) bool {
	for i, n := k, 0; i < len(t.ws) && n < 3; i++ {
		if t.ws[i].start == start {
			return true
		}
		if !isSize(t.ws, i) && !(t.ws[i].hyph && i > k) {
			n++
		}
	}
	return false
}

// pastSize returns the word after "the" and a size at k ("the 15-member
// Economic Community"), or k when there is no size.
func pastSize(ws []word, k int) int {
	i := k
	if i < len(ws) && ws[i].norm == "the" {
		i++
	}
	if i >= len(ws) || !isSize(ws, i) {
		return k
	}
	for i < len(ws) && isSize(ws, i) {
		i++
	}
	return i
}

// isSize reports whether word i is part of a size: a number, or a word
// joined by a hyphen to one ("15-member", "27-nation").
func isSize(ws []word, i int) bool {
	num := func(w word) bool { return w.norm != "" && w.norm[0] >= '0' && w.norm[0] <= '9' }
	return num(ws[i]) || ws[i].hyph && i > 0 && num(ws[i-1])
}

// apposition adds the unknown name set off by commas after an agent
// mention: "a spokesman for the army, Ahmed al-Mesmari," is that actor,
// known thereafter by the office of the agent, if it is a title.
func (t *Tracker) apposition(j int, m dateline.Mention, office string) (int, []dateline.Mention) {
	return t.appositionOf(j, m, office, j-1)
}

// appositionOf is apposition for a mention whose agent noun ends at word
// head, before the end of the mention: "the head of the rebels, Karim
// Sadeq," is one person, though "rebels" is plural.
func (t *Tracker) appositionOf(j int, m dateline.Mention, office string, head int) (int, []dateline.Mention) {
	ws := t.ws
	out := []dateline.Mention{m}
	if office != "" && head == j-1 {
		// "the governor of Guerrero state, Angel Aguirre,": a title's "of"
		// phrase that names no actor (a place) stands between
		if k := t.pastOfPlace(j); k > j && k+2 < len(ws) && ws[k+1].cap && t.named(k+1) == nil {
			if e, ms := t.appositionOf(k, m, office, head); e > k {
				return e, ms
			}
		}
	}
	if next, pm, ok := t.knownInApposition(j, m, office, head); ok {
		return next, append(out, pm)
	}
	if j+2 >= len(ws) || ws[j].norm != "," || !ws[j+1].cap || t.named(j+1) != nil || m.Actor.Country == "" && m.Actor.Sector == "" {
		return j, out
	}
	e := t.unknownName(j + 1)
	if e-(j+1) < 2 || e < len(ws) && !ws[e].punct {
		return j, out
	}
	if m.Actor.Country == "" {
		// "the new interior minister, Arjun Thapa,", "the opposition
		// journalist, Roman Protasevich,": an agent of no country says who
		// a name is only when the name is one (nameRun); Settle gives the
		// country
		if n, ok := t.nameRun(j + 1); !ok || n != e || t.d.pluralWord(&ws[head]) {
			return j, out
		}
	}
	a := m.Actor
	a.Name = t.text(j+1, e)
	t.notePerson(&tracked{actor: a, surnames: t.storySurnames(j+1, e), offices: []string{office}})
	return e, append(out, t.mention(j+1, e, dateline.KindPerson, a, "apposition"))
}

// knownInApposition reads a known person set off by commas after an agent
// mention of one holder, on a date the knowledge lists no role for the
// person: "the interior minister, Vano Merabishvili," before the first role
// listed for him is what the text says he is, as "Vano Merabishvili, the
// interior minister," is (resolve's role told in apposition); so between two
// roles, unless the agent is a former one. A person the knowledge gives a
// role on the day keeps it.
func (t *Tracker) knownInApposition(j int, m dateline.Mention, office string, head int) (int, dateline.Mention, bool) {
	ws := t.ws
	if j+2 >= len(ws) || ws[j].norm != "," || !ws[j+1].cap || m.Kind != dateline.KindAgent || m.Actor.Sector == "" ||
		head < 0 || t.d.pluralWord(&ws[head]) {
		return j, dateline.Mention{}, false
	}
	h := t.named(j + 1)
	if h == nil || h.ent == nil || h.ent.kind != kindPerson || h.coref != nil {
		return j, dateline.Mention{}, false
	}
	a, _, why := h.ent.actorOn(t.day)
	if a.Country == "" || m.Actor.Country != "" && m.Actor.Country != a.Country {
		return j, dateline.Mention{}, false
	}
	// between two roles, a title the text gives is the role held ("the
	// opposition leader, George Papandreou," in 2008, between his foreign
	// ministry and his premiership), as a title before the name is; not a
	// former one ("the former foreign minister, X,")
	between := why == "between-roles" && office != "" && a.Sector != m.Actor.Sector && !t.formerTitle(max(t.wordAt(m.Span.Start, head+1), 0), head+1)
	if a.Sector != "" && !between {
		return j, dateline.Mention{}, false
	}
	next, ms := t.phrase(j + 1)
	if len(ms) != 1 || ms[0].Kind != dateline.KindPerson || ms[0].Actor.Sector != a.Sector || next < len(ws) && !ws[next].punct {
		return j, dateline.Mention{}, false
	}
	pm := ms[0]
	pm.Actor.Sector, pm.Actor.Code = m.Actor.Sector, code(pm.Actor.Country, m.Actor.Sector)
	if between {
		pm.Rule += "+title-told" // kept on the event's day as a title before the name is (pipeline's atDate)
		pm.Marks = dateline.MarkTitleTold
		if ms[0].Marks == dateline.MarkBetweenRoles { // "between-roles+title-told"
			pm.Marks |= dateline.MarkBetweenRoles
		}
	} else {
		pm.Rule += "+role-told"
		pm.Marks = dateline.MarkRoleTold
	}
	t.trackEntity(h.ent, pm.Actor, office) // "he", "his" later are of the role told
	return next, pm, true
}

// namedAfter reports whether a name the knowledge lacks stands in
// apposition at j: ", Arjun Thapa," after "the new interior minister" is
// a new holder of the office, not the one named before.
func (t *Tracker) namedAfter(j int) bool {
	ws := t.ws
	j = t.pastOfPlace(j) // "the governor of Guerrero state, Angel Aguirre,"
	if j+2 >= len(ws) || ws[j].norm != "," {
		return false
	}
	e, ok := t.nameRun(j + 1)
	return ok && e-(j+1) >= 2 && (e == len(ws) || ws[e].punct && !ws[e].poss)
}

// holder returns the one person who held office in country on day.
func (d *Dictionary) holder(country, office string, day int) *entity {
	var found *entity
	for _, e := range d.offices[country+"|"+office] {
		for _, r := range e.roles {
			if r.office == office && r.Country == country && r.from <= day && day < r.to {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// speaksFor reports whether an agent that takes whom it belongs to ("a
// spokesman", "an aide", "the head"), a weak one ("the leader", "officials")
// or any agent of a group that keeps its sector for its own ("a commander
// of the rebels") belongs to ms[0], a single group or person the sentence
// names by sector alone, its country left to Settle: "the miners", "the
// rebels", a new name with a title. A pronoun, a group
// of many ("both sides"), or one whose country Settle reads apart (an
// ethnic people, a party name many countries bear, a region's leaders) is
// not.
func (t *Tracker) speaksFor(p *np, ms []dateline.Mention, prep string) bool {
	if len(ms) != 1 {
		return false
	}
	m := ms[0]
	if p.sector != "*" && !p.agent.weak && (prep != "of" || !t.d.sectorIs(m.Actor.Sector, sectorOwn)) {
		return false
	}
	if m.Actor.Country != "" || m.Actor.Sector == "" {
		return false
	}
	if t.sc.generic[m.Start] != "" {
		// "the head of the Labour Party": a party many countries' parties
		// bear names whose it is (markGeneric on the agent)
		return m.Kind == dateline.KindOrganization
	}
	if m.Kind != dateline.KindAgent && m.Kind != dateline.KindPerson {
		return false
	}
	return t.sc.ethnic[m.Start] == "" && t.sc.region[m.Start] == nil
}

// pastOfPlace returns the comma that ends an "of" phrase at j of one to
// four words naming no actor ("of Guerrero state", "of the northern
// province"), or j.
func (t *Tracker) pastOfPlace(j int) int {
	ws := t.ws
	if j >= len(ws) || ws[j].norm != "of" {
		return j
	}
	for k := j + 1; k < len(ws) && k <= j+5; k++ {
		switch {
		case ws[k].norm == "," && k > j+1:
			return k
		case ws[k].punct || t.named(k) != nil || t.isAgent(k):
			return j
		}
	}
	return j
}

// bodyElsewhere reports whether the singular body of government p ends
// before "in [the] COUNTRY" or "in SEAT" at word j, of another country
// than the one given ("the foreign ministry in Beijing" after Taiwan's
// ministry): a body sits where it is said to be, so it is not the one
// named before. People are where they are taken ("police detained the
// officers in Baku": the foreign officers named before), and keep their
// reference.
func (t *Tracker) bodyElsewhere(p *np, j int, country string) bool {
	ws := t.ws
	if country == "" || j+1 >= len(ws) || ws[j].norm != "in" || p.agent.Sector != "GOV" || t.d.pluralWord(&ws[j-1]) {
		return false
	}
	k := j + 1
	if ws[k].norm == "the" && k+1 < len(ws) {
		k++
	}
	h := t.named(k)
	if h == nil || h.ent == nil || h.ent.kind != kindCountry || h.n.form != formName && h.n.form != formSeat || h.j < len(ws) && ws[h.j].poss {
		return false
	}
	return h.ent.code != country
}

// envoyOfAfter reports whether the rest of the sentence after word j names
// an envoy of country, by its name's possessive or its demonym ("summoned
// Myanmar's ambassador", "met the Burmese envoy"): a body that deals with
// a country's envoy is the host's, not that country's, so "the foreign
// ministry" there does not refer back to the country's government.
func (t *Tracker) envoyOfAfter(j int, country string) bool {
	ws := t.ws
	if country == "" {
		return false
	}
	for k := j; k < len(ws); k++ {
		if !ws[k].cap {
			continue
		}
		h := t.named(k)
		if h == nil || h.ent == nil || h.ent.kind != kindCountry || h.ent.code != country {
			continue
		}
		e := h.j
		if e < len(ws) && ws[e].poss {
			e++
		}
		if a, _ := t.d.agentAt(ws, e); a != nil && a.other {
			return true
		}
	}
	return false
}

// OpponentStarts reports whether word (lower case) is the first word of
// an opponent noun (Opponent): a text's other words need no look-up of
// the two-word phrase they start.
func (d *Dictionary) OpponentStarts(word string) bool {
	return d != nil && d.opponentShape.may(word) && d.opponentStart[word]
}

// Opponent reports whether a phrase in lower case ("enemy", "occupation
// forces") names the party the speaker's side fights by that role
// (agents.txt's opponents and opposite): "the enemy shelled the city";
// and, with argument, whether it does so only as a verb's subject or
// object ("accused the other side", not "waiting on the other side").
func (d *Dictionary) Opponent(phrase string) (ok, argument bool) {
	if d == nil {
		return false, false
	}
	if d.opposite[phrase] {
		return true, true
	}
	return d.opponents[phrase], false
}
