package actor

import (
	"slices"
	"strings"
	"time"

	"dateline"
)

// spellingYears is how long before or after a person's roles a close
// spelling of one word of the person's name is still read as the person.
const spellingYears = 10

// named returns the longest entity name at word j (a person named earlier
// by surname, or a close spelling of a known surname), or nil.
func (t *Tracker) named(j int) *hit {
	ws := t.ws
	w := &ws[j]
	if w.punct {
		return nil
	}
	if h := t.sharedCompass(j); h != nil {
		return h
	}
	var cand hit // the best so far, kept on the stack: only the one returned is allocated
	found := false
	var leads []lead
	if w.cap {
		leads = t.d.byKey[w.key]
	} else {
		// in text, a word in lower case starts only the few names that may
		// be so written: most of the key's names fail on its case
		if t.d.uncappedShapes.may(w.key) {
			leads = t.d.uncapped[w.key]
		}
	}
	for _, l := range leads {
		if !l.passes(ws, j) {
			continue
		}
		n := l.n
		if n.article && !w.article {
			continue // "Salvador Nasralla": not El Salvador
		}
		exact, ok := n.matches(ws, j, true)
		if !ok || !exact && (t.d.otherWord(ws, j, n) || t.placeWord(*w) || t.commonWord(*w)) {
			continue
		}
		l := len(n.norms)
		if found {
			bl := cand.j - cand.i
			if l < bl || l == bl && !t.better(n, exact, &cand) {
				continue
			}
		}
		cand, found = hit{n: n, ent: n.ent, i: j, j: j + l, exact: exact, rule: ruleFor(n, exact)}, true
	}
	var best *hit
	if found {
		h := cand
		best = &h
	}
	if best != nil && best.n.form == formSeat && j >= 2 && t.d.particle(ws[j-1].norm) && ws[j-2].cap {
		return nil // "Mocimboa da Praia", "Vila de Victoria": a word of a longer name, not a capital
	}
	if best != nil && best.j+1 < len(ws) && t.d.particle(ws[best.j].norm) && ws[best.j+1].cap && t.nameGoesOn(best) {
		return nil // "Crown Prince Mohammed bin Zayed": a title, then the name of another
	}
	if best != nil && !best.exact && best.j-best.i == 1 && best.isPerson() && !t.titleBefore(j) && t.bySurname(w.key) == nil {
		// (a surname the story named before is that person: below)
		if _, r, why := best.ent.actorOn(t.day); r != nil && (why == "former" && t.day-r.to > spellingYears*10000 || why == "before-roles" && r.from-t.day > spellingYears*10000) {
			// "Russian forces retook Lyman" in 2022 is no spelling of
			// Hilla Limann, Ghana's president to 1981, nor "Bedouin" of
			// King Baudouin: a close spelling of one word of a person's
			// name is the person only within spellingYears of a role
			// ("Gadhafi" in 2018, seven years after his fall, still is)
			return nil
		}
	}
	if best != nil && best.n.form == formName && best.ent != nil && best.ent.kind == kindPerson && best.j-best.i >= 2 &&
		best.j < len(ws) && ws[best.j].cap && !ws[best.j].punct && !ws[best.j].poss && !t.commonWord(ws[best.j]) && !t.placeWord(ws[best.j]) &&
		t.d.byKey[ws[best.j].key] == nil {
		// "Zia ul-Haq Amarkhil", an Afghan election official in 2014, is
		// not Pakistan's Zia ul-Haq: a known full name that goes on in
		// a name no one known starts is another person's
		return nil
	}
	if best != nil && best.n.form == formSurname {
		if j > 0 && ws[j-1].norm == "near" && !(j+1 < len(ws) && ws[j+1].poss) {
			return nil // "a village near Djibo": a place, not Salou Djibo
		}
		if tr := t.bySurname(w.key); tr != nil && spelledAs(w, tr) {
			return t.surnameHit(j, tr, best)
		}
		if t.royalBefore(j) && !t.d.heldRoyal(best.ent) {
			return nil // "King Abdullah", "Emir Abdullah": not Abdullah Abdullah, who was no monarch
		}
		// a surname alone, not a first name of someone else ("Marcus Olembe");
		// a common word only after a title ("President Bush", "Mr Major");
		// the word after the whole surname decides, for a surname of two
		// words ("Lacalle Pou", "Akufo-Addo")
		regime := best.j < len(ws) && t.d.regime[ws[best.j].norm] // "the Bush administration"
		if t.d.commonWord(w) && !t.titleBefore(j) && !regime || !best.exact && len(w.norm) < 5 || best.j < len(ws) && ws[best.j].cap && !ws[best.j].punct {
			return nil
		}
		if t.givenBefore(j, best.ent) {
			return nil // a surname after a given name of no one known: "Ivan Petrou" is not Petro
		}
		return best
	}
	if best != nil && j == 0 && best.j == 1 && (best.ent.kind == kindGroup || best.ent.kind == kindBody) && !w.upper && t.d.commonWord(w) {
		return nil // "Let us", "Will they": a capital only because the sentence starts
	}
	if best != nil || !w.cap {
		return best
	}
	if tr := t.bySurname(w.key); tr != nil && (!t.d.commonWord(w) || t.d.in(w, lexSurname)) && spelledAs(w, tr) {
		return t.surnameHit(j, tr, nil)
	}
	if j+1 < len(ws) && ws[j+1].cap && !ws[j+1].punct {
		return nil // a first name: "Ramon Ortiz" is not Ramos
	}
	if j > 0 && countryLocatives[ws[j-1].norm] {
		return nil // "in Borno state": a place, not a misspelt Borne
	}
	if c := t.d.fuzzyAt(*w); len(c) > 0 && !t.placeWord(*w) && !t.commonWord(*w) && !t.givenBefore(j, c[0].ent) { // "Asma Jahangir" is not Jahangiri
		n := c[0]
		for _, x := range c {
			if r, why := x.ent.roleOn(t.day); r != nil && why == "role" {
				n = x
				break
			}
		}
		return &hit{n: n, ent: n.ent, i: j, j: j + 1, rule: "fuzzy"}
	}
	return nil
}

// givenBefore reports whether a capitalised word of no one known, no
// title, agent or common word but a given name ("Ali", "Hassan"), stands
// right before word j: a given name, so that a surname at j is someone
// else's ("Ivan Petrou" is not Petro, "Ali Hashimi" not Tariq al-Hashimi),
// unless it is a spelling of the given name of e, the person the surname
// would be.
func (t *Tracker) givenBefore(j int, e *entity) bool {
	ws := t.ws
	if j == 0 || !ws[j-1].cap || ws[j-1].punct || ws[j-1].poss || determiners[ws[j-1].norm] || t.d.commonWord(&ws[j-1]) && !t.d.in(&ws[j-1], lexGiven) ||
		t.isAgent(j-1) || t.titleBefore(j) || t.named(j-1) != nil {
		return false
	}
	return e == nil || !slices.Contains(e.givenKeys, ws[j-1].key) // "Muhammad Mursi" is Mohamed Morsi
}

// titleBefore reports whether a title ends right before word j.
func (t *Tracker) titleBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if a, n := t.d.agentAt(t.ws, k); a != nil && k+n == j {
			return a.title
		}
	}
	return false
}

// royalBefore reports whether a monarch's or prince's title (is: royal)
// ends right before word j.
func (t *Tracker) royalBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if a, n := t.d.agentAt(t.ws, k); a != nil && k+n == j {
			return a.title && a.royal
		}
	}
	return false
}

// heldRoyal reports whether the person e held a royal office at any time.
func (d *Dictionary) heldRoyal(e *entity) bool {
	for i := range e.roles {
		if d.royal[e.roles[i].office] {
			return true
		}
	}
	return false
}

// better reports whether name n (exact or not) beats the current best of
// the same length: exact spellings, full names over surnames, of two
// countries the one the story names more, of two bodies or people the one
// whose country the story names more, and people in office on the day.
func (t *Tracker) better(n *name, exact bool, best *hit) bool {
	if exact != best.exact {
		return exact
	}
	if (n.form == formSurname) != (best.n.form == formSurname) {
		return best.n.form == formSurname
	}
	if n.ent.kind == kindCountry && best.ent.kind == kindCountry && n.ent != best.ent {
		// a name two countries share ("Congo"): the one the story is
		// about, by its dateline and the names it used so far; with
		// nothing to go by, the one the name usually meant on the day
		if c, bc := t.sc.count[n.ent.code], t.sc.count[best.ent.code]; c != bc {
			return c > bc
		}
		return n.ent.usualOn(n.text, t.day) && !best.ent.usualOn(best.n.text, t.day)
	}
	r, why := n.ent.roleOn(t.day)
	br, bwhy := best.ent.roleOn(t.day)
	if r != nil && br != nil && r.Country != br.Country {
		// one name, two people or bodies of two countries ("King
		// Abdullah"): the one of the country named right before or after
		// it ("Jordan's King Abdullah", "King Abdullah of Saudi Arabia")
		if c := t.countryAround(best.i, len(n.norms)); c != "" && (c == r.Country || c == br.Country) {
			return c == r.Country
		}
		// one name, two bodies ("RSF": the Rapid Support Forces, Reporters
		// Without Borders): the one of a country the story names
		if c, bc := t.sc.count[r.Country], t.sc.count[br.Country]; c != bc {
			return c > bc
		}
	}
	if why == "role" && bwhy == "role" && t.d.sectorIs(r.Sector, sectorPower) != t.d.sectorIs(br.Sector, sectorPower) {
		// two people of one surname in roles on the day (Heydar Aliyev,
		// president, and his son Ilham at the state oil company in 1998):
		// the one who holds power by office is the one the surname alone
		// names
		return t.d.sectorIs(r.Sector, sectorPower)
	}
	if why == "role" || bwhy == "role" {
		return why == "role" && bwhy != "role"
	}
	// two people of one name, neither in office on the day (Benigno Aquino,
	// father and son, in 1983): the one whose roles lie nearer the day
	return n.ent.gap(t.day) < best.ent.gap(t.day)
}

// gap returns how far day (yyyymmdd) lies from the nearest of e's roles,
// in the same units: 0 inside one.
func (e *entity) gap(day int) int {
	g := -1
	for i := range e.roles {
		r, d := &e.roles[i], 0
		switch {
		case day < r.from:
			d = r.from - day
		case r.to > 0 && day >= r.to:
			d = day - r.to
		}
		if g < 0 || d < g {
			g = d
		}
	}
	return g
}

// usualOn reports whether the country e is what its shared name text
// usually meant on day.
func (e *entity) usualOn(text string, day int) bool {
	if len(e.usual) == 0 {
		return false
	}
	f := fold(text)
	for _, u := range e.usual {
		if u.name == f && u.from <= day && day < u.to {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether a known name that starts inside the hit h,
// which a name particle ("bin", "ibn", "de") and a capitalised word follow,
// runs past its end: the name at h is cut short ("Crown Prince Mohammed"
// of "Crown Prince Mohammed bin Salman").
func (t *Tracker) nameGoesOn(h *hit) bool {
	for k := h.i + 1; k < h.j; k++ {
		if g := t.named(k); g != nil && g.j > h.j {
			return true
		}
	}
	return false
}

// countryAround returns the code of the country whose name, adjective or
// possessive stands right before the name of l words at word i, or whose
// "of [the] COUNTRY" follows it, or "".
func (t *Tracker) countryAround(i, l int) string {
	ws := t.ws
	k := i - 1
	if k >= 0 && ws[k].poss {
		k--
	}
	for s := k; s >= 0 && s >= k-2; s-- {
		if h := t.named(s); h != nil && h.j == k+1 && h.ent != nil && h.ent.kind == kindCountry && h.n.form != formSeat {
			return h.ent.code
		}
	}
	if _, c := t.ofCountry(i + l); c != nil {
		return c.ent.code
	}
	return ""
}

// sharedCompass returns the country a compass word at j names when "and"
// and another compass word with the rest of a country's name follow:
// "North" of "North and South Korea" is North Korea, as "East" of "East
// and West Germany" is East Germany; or nil.
func (t *Tracker) sharedCompass(j int) *hit {
	ws := t.ws
	if j+3 >= len(ws) || !ws[j].cap || len(t.d.compassOf[ws[j].norm]) == 0 || ws[j+1].norm != "and" ||
		!ws[j+2].cap || len(t.d.compassOf[ws[j+2].norm]) == 0 {
		return nil
	}
	h := t.named(j + 2)
	if h == nil || h.n == nil || h.ent == nil || h.ent.kind != kindCountry || h.i != j+2 || len(h.n.norms) < 2 {
		return nil
	}
	for _, l := range t.d.byKey[ws[j].key] {
		n := l.n
		if n.ent == nil || n.ent.kind != kindCountry || len(n.norms) != len(h.n.norms) || n.norms[0] != ws[j].norm ||
			!slices.Equal(n.norms[1:], h.n.norms[1:]) {
			continue
		}
		return &hit{n: n, ent: n.ent, i: j, j: j + 1, exact: true, rule: ruleFor(n, true)}
	}
	return nil
}

// spelledAs reports whether word w may be a spelling of the family name of
// tr, the person its phonetic key found: a word of one or two letters
// only as written in the person's name ("Un" of Kim Jong Un, not "On" at a
// sentence's start, whose key is the same).
func spelledAs(w *word, tr *tracked) bool {
	if len(w.norm) > 2 || tr.ent == nil {
		return true
	}
	for _, n := range nameWords(tr.ent.Name) {
		if n.norm == w.norm {
			return true
		}
	}
	return false
}

func (t *Tracker) surnameHit(j int, tr *tracked, h *hit) *hit {
	if h == nil {
		h = &hit{i: j, j: j + 1}
	}
	h.ent, h.coref, h.rule = tr.ent, tr, "coref:surname (named before)"
	return h
}

// ownerPart makes the country part of a possessive ("Italy's",
// "Hiftar's") ending at end.
func (t *Tracker) ownerPart(h *hit, end int) part {
	pt := part{i: h.i, j: end, owner: true, ent: h.ent, rule: "possessive"}
	if h.isPerson() {
		pt.actor = t.personActor(h, "")
		return pt
	}
	pt.actor = t.countryOf(h)
	if h.ent != nil && (h.ent.kind == kindGroup || h.ent.kind == kindBody) {
		t.trackEntity(h.ent, pt.actor, "") // "Hamas's media office ... the group"
	}
	return pt
}

// basedPart makes the country part of "Tripoli-based".
func (t *Tracker) basedPart(h *hit, end int) part {
	a := t.countryOf(h)
	a.Sector = ""
	a.Code = code(a.Country, "")
	return part{i: h.i, j: end, actor: a, ent: h.ent, rule: "based"}
}

// ownedPart makes the owner part of "Taiwanese-owned": the country's
// business, as "Japanese investors" are.
func (t *Tracker) ownedPart(h *hit, end int) part {
	a := t.countryOf(h)
	a.Sector = "BUS"
	a.Code = code(a.Country, a.Sector)
	return part{i: h.i, j: end, owner: true, actor: a, ent: h.ent, rule: "owned"}
}

// countryOf returns the actor a country, seat, body or group name stands
// for; a seat stands for the government.
func (t *Tracker) countryOf(h *hit) dateline.Actor {
	a, _, _ := h.ent.actorOn(t.day)
	if h.n != nil && h.n.form == formSeat {
		a.Sector = "GOV"
		a.Code = code(a.Country, a.Sector)
	}
	return a
}

// personActor codes a person hit and records the person.
func (t *Tracker) personActor(h *hit, office string) dateline.Actor {
	if h.coref != nil {
		h.coref.addOffice(office)
		t.notePerson(h.coref)
		return h.coref.actor
	}
	a, _, why := h.ent.actorOn(t.day)
	h.rule += ":" + why
	t.trackEntity(h.ent, a, office)
	return a
}

// seizedDays is how many days after a role of power of the state began
// its holder, named by a rank of the state's forces, is still coded as
// those forces (resolve's "+rank-in-power"): the story of the takeover
// and of the days right after it.
const seizedDays = 3

// inSeizedPower reports whether a, the actor of person e on the story's
// day, holds a role of power of the state (sectors.txt's power and state)
// that began less than seizedDays days before, with no role of the
// forces ending as it began (the knowledge then tells the junta's days
// itself, and the office is the one taken after them: "General Brice
// Oligui Nguema" sworn in as president), and s, the sector of the rank
// the text names e by, is of the state's forces (sectors.txt's force).
func (t *Tracker) inSeizedPower(e *entity, a dateline.Actor, s string) bool {
	if a.Sector == "" || a.Sector == s || !t.d.sectorIs(s, sectorForce) || !t.d.sectorIs(a.Sector, sectorPower) || !t.d.sectorIs(a.Sector, sectorState) {
		return false
	}
	r, why := e.roleOn(t.day)
	if why != "role" || r.From.IsZero() || r.Sector != a.Sector || dayOf(t.day).Sub(dayOf(r.from)) >= seizedDays*24*time.Hour {
		return false
	}
	for i := range e.roles {
		if o := &e.roles[i]; o.to == r.from && o.Country == r.Country && t.d.sectorIs(o.Sector, sectorForce) {
			return false
		}
	}
	return true
}

// dayOf returns the time of day d, yyyymmdd.
func dayOf(d int) time.Time {
	return time.Date(d/10000, time.Month(d/100%100), d%100, 0, 0, 0, 0, time.UTC)
}

// titleSector is the sector a title before a name gives its bearer
// ("Prime Minister" GOV, "General" MIL, "opposition leader" OPP), or "" when
// there is no title or it takes its sector from whom it belongs to.
func titleSector(ag *agent) string {
	if ag == nil || !ag.title || ag.Sector == "*" || ag.Sector == "=" || ag.Sector == "-" {
		return ""
	}
	return ag.Sector
}

// formerTitle reports whether a word of words [i, k) before a person's
// name, or one of the two before them, says the title is no longer held
// ("former", "the ex-"): the phrase read may begin after it.
func (t *Tracker) formerTitle(i, k int) bool {
	for i = max(i-2, 0); i < k && i < len(t.ws); i++ {
		if t.d.former[t.ws[i].norm] {
			return true
		}
	}
	return false
}

// seatMates reports whether the seat at words i..j is listed with another
// seat: a comma, "and" or "or" joins it to a seat that follows ("raided
// Harare, Lusaka and Gaborone") or one that ends just before it ("Lusaka
// and Gaborone."). Not "Tripoli, Libya": a country after the comma says
// where the city is.
func (t *Tracker) seatMates(i, j int) bool {
	ws := t.ws
	joiner := func(k int) bool {
		return k >= 0 && k < len(ws) && coordinators[ws[k].norm]
	}
	seat := func(h *hit) bool { return h != nil && h.n != nil && h.n.form == formSeat }
	k := j
	for n := 0; n < 2 && joiner(k); n++ {
		k++ // ", and"
	}
	if k > j && k < len(ws) && ws[k].cap && seat(t.named(k)) {
		return true
	}
	k = i - 1
	for n := 0; n < 2 && joiner(k); n++ {
		k-- // ", and"
	}
	if k == i-1 || k < 0 || !ws[k].cap || ws[k].punct {
		return false
	}
	s := k
	for s > 0 && ws[s-1].cap && !ws[s-1].punct {
		s--
	}
	h := t.named(s)
	return seat(h) && h.j == k+1
}

// listedPlace reports whether the name at words i..j is a later member of
// a list of names after a locative ("from Rome and Madrid on Monday",
// "to Doha, Tehran and Ankara"): a place like the first. A comma joins it
// only inside the list, where "and", "or" or another comma follows ("after
// talks in Moscow, Kyiv said" is the subject).
func (t *Tracker) listedPlace(i, j int) bool {
	ws := t.ws
	joined := func(k int) bool {
		return k >= 0 && k < len(ws) && (ws[k].norm == "and" || ws[k].norm == "or")
	}
	comma := func(k int) bool { return k >= 0 && k < len(ws) && ws[k].text == "," }
	k := i - 1
	if !joined(k) && !(comma(k) && (joined(j) || comma(j))) {
		return false
	}
	for n := 0; n < 8 && k >= 0; n++ {
		if !joined(k) && !comma(k) {
			return false
		}
		k--
		if k < 0 || !ws[k].cap || ws[k].punct {
			return false // a list of names only
		}
		for k >= 0 && ws[k].cap && !ws[k].punct {
			k--
		}
		if k >= 0 && locatives[ws[k].norm] {
			return true
		}
	}
	return false
}

// resolve turns a read phrase into mentions. i is where the phrase began
// (its determiner), j where it ended.
func (t *Tracker) resolve(p *np, i, j int) (int, []dateline.Mention) {
	office := ""
	switch {
	case p.agent != nil && p.agent.title && p.lesser:
		// "Iran's deputy foreign minister": another office, whose holder
		// the knowledge does not list by the title; "the vice president"
		// later is the one called so
		office = t.lesserOffice(p)
	case p.agent != nil && p.agent.title:
		office = p.agent.Name
	}
	switch {
	case p.thing != nil:
		return t.standalone(p, i)
	case p.person != nil:
		h := p.person
		a := t.personActor(h, office)
		rule := "person:" + h.rule
		if h.ent != nil {
			rule = "person:" + h.ent.Name + ":" + h.rule
		}
		var marks dateline.MentionMarks
		if strings.HasSuffix(h.rule, "between-roles") {
			marks = dateline.MarkBetweenRoles
		}
		if p.agent != nil {
			rule += "+title"
			marks |= dateline.MarkTitle
		}
		if h.coref != nil && h.coref.marks != 0 {
			marks |= h.coref.marks // "Rawlings ordered" after "Flight Lieutenant Jerry Rawlings"
			rule += "+rank-in-power"
		}
		if h.coref == nil && h.ent != nil && t.formerTitle(p.first, h.i) {
			if r, why := h.ent.roleOn(t.day); why == "former" && r.after != "" && a.Sector == r.Sector && t.day-r.to >= formerAfter {
				// "former Kyrgyz President Almazbek Atambayev" detained two
				// years after his rule: the text says the office is past,
				// and the last role, a state office, ended over a year
				// before: an elite, as an unknown "former President X" is
				a.Sector, a.Code = r.after, code(a.Country, r.after)
				t.trackEntity(h.ent, a, office)
				rule += "+former-told"
				marks = dateline.MarkFormerTold // a past title is no title held
			}
		}
		if e, c := t.ofCountry(j); c != nil && a.Country != "" && a.Country == t.countryOf(c).Country {
			j = e // "King Hussein of Jordan"
		}
		if ws := t.ws; a.Sector == "" && h.coref == nil && j+1 < len(ws) && ws[j].norm == "," && t.speakerAt(j+1) {
			// "Madhav Kumar Nepal, the general secretary of the Communist
			// Party,": a known person who holds no role the knowledge
			// lists on the date is what the text says they are
			next, ms := t.phrase(j + 1)
			if len(ms) > 0 && ms[0].Kind != dateline.KindPronoun && ms[0].Kind != dateline.KindPerson && ms[0].Actor.Sector != "" &&
				(ms[0].Actor.Country == "" || ms[0].Actor.Country == a.Country) && t.closesSoon(next) {
				a.Sector, a.Code = ms[0].Actor.Sector, code(a.Country, ms[0].Actor.Sector)
				if h.ent != nil {
					t.trackEntity(h.ent, a, "") // "he", "his" later are of the role told
				}
				pm := t.mention(p.first, j, dateline.KindPerson, a, rule+"+role-told")
				pm.Marks = dateline.MarkRoleTold
				return next, append([]dateline.Mention{pm}, ms...)
			}
		}
		if ws := t.ws; a.Sector == "" && a.Country != "" && h.coref == nil && h.ent != nil && j+1 < len(ws) && ws[j].norm == "," {
			// "Gallant, Israel's defence minister, threatened", "Noboa,
			// Ecuador's president and a former businessman, imposed": a
			// known person who holds no role the knowledge lists on the
			// date holds the office of the agent of the same country in
			// apposition (the agent stays a mention of its own, as before)
			if k, ta, _, _ := t.agentNounAt(j+1, false); k > j+1 && (k == len(ws) || ws[t.pastPost(k)].punct || t.secondDescription(t.pastPost(k))) &&
				ta.Country == a.Country && ta.Sector != "" {
				a.Sector, a.Code = ta.Sector, code(a.Country, ta.Sector)
				t.trackEntity(h.ent, a, "")
				rule += "+role-told"
				marks = dateline.MarkRoleTold
			}
		}
		if s := titleSector(p.agent); (a.Sector == "" || strings.HasSuffix(h.rule, "between-roles") && s != a.Sector && !t.formerTitle(p.first, h.i)) &&
			a.Country != "" && h.coref == nil && h.ent != nil && s != "" {
			// "Kyrgyz Prime Minister X" on a date before the first role the
			// knowledge lists for X: the title the text gives is the office
			// held, as a role told in apposition is; so between two roles
			// ("Opposition leader George Papandreou" in 2008, between his
			// foreign ministry and his premiership), not a former one
			// ("former foreign minister X")
			if t.d.sectorIs(s, sectorState) && t.d.sectorIs(s, sectorOffice) && t.formerTitle(p.first, h.i) {
				s = t.d.exOffice // "former Prime Minister X" before the first role listed: an elite, as after the last
			}
			a.Sector, a.Code = s, code(a.Country, s)
			t.trackEntity(h.ent, a, office)
			rule += "-told"
			if marks&dateline.MarkTitle != 0 { // "+title-told"
				marks = marks&dateline.MarkBetweenRoles | dateline.MarkTitleTold
			} else {
				marks = 0
			}
		}
		if s := titleSector(p.agent); s != "" && h.coref == nil && h.ent != nil && t.inSeizedPower(h.ent, a, s) {
			// "Flight Lieutenant Jerry Rawlings overthrew the elected
			// government", "General Andres Rodriguez ... promised free
			// elections" the day after: in the first days of power taken,
			// an officer the text names by his rank is still the forces
			// that took it, as the news codes a coup's makers, and so is
			// his surname later in the story; the office is his after
			a.Sector, a.Code = s, code(a.Country, s)
			if tr := t.seen.byEnt[h.ent]; tr != nil {
				tr.actor, tr.marks = a, dateline.MarkRankInPower
			}
			rule += "+rank-in-power"
			marks |= dateline.MarkRankInPower
		}
		if marks&dateline.MarkTitleTold == 0 && marks != dateline.MarkBetweenRoles {
			marks &^= dateline.MarkBetweenRoles // "between-roles+title": told of no role held
		}
		pm := t.mention(p.first, j, dateline.KindPerson, a, rule)
		pm.Marks = marks
		return j, []dateline.Mention{pm}
	case p.unknownJ > p.unknownI:
		if e, c := t.ofCountry(j); c != nil && len(p.parts) == 0 {
			// "Prime Minister X of Fiji": the country follows the name
			p.parts = append(p.parts, part{i: c.i, j: e, actor: t.countryOf(c), ent: c.ent, rule: "of"})
			j = e
		}
		return j, t.unknownPerson(p, j, office)
	}
	return t.agents(p, i, j, office)
}

// stateAfter reads "of|in [the] [compass] COUNTRY" at word j, where a
// people lives, and returns its end and the country, or nil.
func (t *Tracker) stateAfter(j int) (int, *hit) {
	ws := t.ws
	if j+1 >= len(ws) || ws[j].norm != "of" && ws[j].norm != "in" {
		return j, nil
	}
	k := j + 1
	if ws[k].norm == "the" && k+1 < len(ws) {
		k++
	}
	if t.d.compass[ws[k].norm] && k+1 < len(ws) {
		k++
	}
	h := t.named(k)
	if h == nil || h.ent == nil || h.ent.kind != kindCountry || h.n.form != formName || h.j < len(ws) && ws[h.j].poss {
		return j, nil
	}
	return h.j, h
}

// ofCountry reads "of [the] COUNTRY" at word j and returns its end and the
// country, or nil.
func (t *Tracker) ofCountry(j int) (int, *hit) {
	ws := t.ws
	if j+1 >= len(ws) || ws[j].norm != "of" {
		return j, nil
	}
	k := j + 1
	if ws[k].norm == "the" && k+1 < len(ws) {
		k++
	}
	h := t.named(k)
	if h == nil || h.ent == nil || h.ent.kind != kindCountry || h.n.form != formName || h.j < len(ws) && (ws[h.j].poss || ws[h.j].hyph) {
		return j, nil
	}
	return h.j, h
}

// standalone codes a name read alone: a country, seat, body or group.
func (t *Tracker) standalone(p *np, i int) (int, []dateline.Mention) {
	h := p.thing
	ws := t.ws
	prev := ""
	if i > 0 {
		prev = ws[i-1].norm
	}
	a := t.countryOf(h)
	k := h.ent.kind.mention()
	if ka, ok := t.kinOf(ws[h.i].norm); ok && h.n.form == formAdj && h.j == h.i+1 && prev != "ethnic" {
		a = ka // "the Serbs" after "Bosnian Serb forces"
	}
	if h.ent.kind == kindCountry && h.j < len(ws) && h.n.form != formSeat && !ws[h.j].punct {
		h2 := t.named(h.j)
		if h2 != nil && isPeople(h.ent, h2) && t.d.pluralWord(&ws[h2.j-1]) {
			t.markKin(ws[h2.i].norm, a)
			return h2.j, []dateline.Mention{t.mention(h.i, h2.j, k, a, h.rule+"+people")}
		}
		if h2 != nil && h2.ent != nil && h2.ent.national {
			// "the Egyptian Red Crescent": the country's own society
			b := t.countryOf(h2)
			b.Country, b.Code = a.Country, code(a.Country, b.Sector)
			t.trackEntity(h2.ent, b, "")
			return h2.j, []dateline.Mention{t.mention(h.i, h2.j, dateline.KindOrganization, b, h.rule+"+national")}
		}
	}
	switch h.n.form {
	case formSeat:
		// a seat is the government only where it acts: not "in Tripoli",
		// not "through central Cairo",
		// not "Tripoli, Libya", not "visited Vienna."; at the end of the
		// sentence it is a party after "with" ("cut ties with
		// Islamabad.") and the agent after "by" ("were lifted by
		// Washington."), not after "against" ("a strike against Seoul.")
		last := h.j >= len(ws) || ws[h.j].punct && sentenceEnd(ws[h.j].text)
		if last && (prev == "with" || prev == "by") {
			break
		}
		if h.i >= 2 && t.d.addressing[ws[h.i-2].norm+" "+prev] && !(h.j < len(ws) && ws[h.j].cap) {
			break // "called on Pretoria to lift", "appealed to Moscow": the party spoken to
		}
		if prev == "from" && h.i >= 2 && t.d.responding[ws[h.i-2].norm] && !(h.j < len(ws) && ws[h.j].cap) {
			// "drew condemnation from Caracas", "a sharp rebuke from
			// Beijing.": the seat after a noun of an act is the one that
			// did it, as it is its subject ("Caracas condemned"); not
			// "flew in from Caracas", "refugees from Kabul"
			break
		}
		described := h.j+1 < len(ws) && ws[h.j].text == "," && (ws[h.j+1].norm == "which" || ws[h.j+1].norm == "whose")
		// ("raided Harare, Lusaka and Gaborone.": a seat listed with
		// other seats is read as they are, whatever punctuation follows)
		if locatives[prev] || t.d.compass[prev] || p.det == "a" || h.j >= len(ws) || ws[h.j].punct && !described && !t.seatMates(h.i, h.j) || ws[h.j].cap || t.listedPlace(i, h.j) {
			// ("Moscow, which brought the case, welcomed the ruling": a
			// seat a relative clause tells acting is the government)
			return h.j, nil
		}
	case formAdj:
		if prev == "ethnic" {
			return h.j, nil
		}
		if !strings.HasSuffix(h.n.norms[len(h.n.norms)-1], "s") {
			if h.ent.kind == kindCountry && a.Sector == "" && prev == "of" && h.i >= 2 && (t.d.quantities[ws[h.i-2].norm] || isSize(ws, h.i-2)) {
				// "thousands of Vietnamese", "hundreds of Chinese": a
				// demonym whose plural is its adjective, counted, is people
				a.Sector, a.Code = "CVL", a.Country+"CVL"
				m := t.mention(h.i, h.j, k, a, h.rule+"+civilians")
				t.notePeople(m)
				return h.j, []dateline.Mention{m}
			}
			if h.ent.kind == kindCountry && t.commonNounAt(h.j) {
				// "against German goods", "proposed Israeli changes",
				// "French mediation": the adjective names the country.
				m := t.mention(h.i, h.j, dateline.KindCountry, a, h.rule+"+noun")
				t.noteHead(ws[h.j].norm, m.Text+" "+ws[h.j].text, m)
				return h.j, []dateline.Mention{m}
			}
			if h.ent.kind == kindCountry && h.j < len(ws) && ws[h.j].cap {
				if h2 := t.named(h.j); h2 != nil && h2.n != nil && h2.n.form == formAdj && h2.ent != nil && h2.ent.kind == kindCountry &&
					h2.ent != h.ent && h2.j == h.j+1 && t.commonNounAt(h2.j) {
					// "Bosnian Serb positions", "a Turkish Cypriot
					// village": a state's people of another nation's
					// name; the first adjective is the country
					m := t.mention(h.i, h2.j, dateline.KindCountry, a, h.rule+"+people+noun")
					t.noteHead(ws[h2.j].norm, m.Text+" "+ws[h2.j].text, m)
					return h2.j, []dateline.Mention{m}
				}
			}
			return h.j, nil
		}
		if e, c := t.stateAfter(h.j); c != nil && c.ent != h.ent {
			// "the Albanians of southern Serbia" live in Serbia
			return e, []dateline.Mention{t.mention(h.i, e, k, t.countryOf(c), h.rule+"+people+"+ws[h.j].norm)}
		}
	case formName:
		if h.ent.kind == kindCountry && (countryLocatives[prev] || t.d.compass[prev]) {
			if h.j == h.i+1 && t.commonNounAt(h.j) && t.d.adjectiveOf(ws[h.i], h.ent) {
				// "killed in Saudi air strikes": a name that is also the
				// country's adjective, before a noun, names the country
				return h.j, []dateline.Mention{t.mention(h.i, h.j, dateline.KindCountry, a, h.rule+"+noun")}
			}
			return h.j, nil // "in Libya", "eastern Libya": places
		}
	}
	if h.ent.generic {
		if c := t.countryAround(h.i, h.j-h.i); c != "" {
			// "the Nigerian Labour Party", "Israel's Labour Party": the
			// country named with it says whose
			a.Country, a.Code = c, code(c, a.Sector)
		} else {
			// "the Labour Party", "the Conservatives": Settle decides whose
			t.markGeneric(ws[h.i].start, a.Country)
			a.Country, a.Code = "", code("", a.Sector)
		}
	}
	if h.ent.kind == kindGroup || h.ent.kind == kindBody {
		t.trackEntity(h.ent, a, "")
		if h.n.form == formName && h.j-h.i > 1 {
			t.noteAcronym(h.i, h.j, a, true) // "European Community": "EC" later
			if h.ent.kind == kindGroup {
				t.noteShortName(h.i, h.j, a) // "the Liberation Tigers of Tamil Eelam": "the Tigers" later
			}
		}
	}
	if h.n.form == formAdj && h.ent.kind == kindCountry && (h.i == 0 || ws[h.i-1].norm != "the") && a.Sector == "" {
		// "urged Bolivians to refrain", "thousands of Iraqis": a people
		// named by its plural, with no article, is its civilians ("the
		// Americans" may be the country's side in talks, and stays bare)
		a.Sector = "CVL"
		a.Code = a.Country + "CVL"
		m := t.mention(h.i, h.j, k, a, h.rule+"+civilians")
		t.notePeople(m)
		return h.j, []dateline.Mention{m}
	}
	return h.j, []dateline.Mention{t.mention(h.i, h.j, k, a, h.rule)}
}

// secondDescription reports whether word i, after an agent in apposition
// to a name, joins a second description of the same person that runs to a
// comma: "Prince Faisal, the Saudi foreign minister and a veteran
// diplomat, met", "Gallant, Israel's defence minister or a deputy of his,
// said". The words after "and" or "or" name no one else: none is
// capitalised but a possessor's ("and Mali's main ally"); "X, the Saudi
// foreign minister and Prince Bandar," lists two people.
func (t *Tracker) secondDescription(i int) bool {
	ws := t.ws
	if i+1 >= len(ws) || !coordinators[ws[i].norm] || ws[i].punct {
		return false
	}
	for k := i + 1; k < len(ws); k++ {
		switch w := ws[k]; {
		case w.punct:
			return k > i+1 && w.norm == ","
		case w.cap && !(k+1 < len(ws) && ws[k+1].poss):
			return false
		}
	}
	return false
}

// sentenceEnd reports whether a punctuation word ends a sentence.
func sentenceEnd(w string) bool {
	return w == "." || w == "!" || w == "?"
}

// commonNounAt reports whether word j is a plain lower-case word that an
// adjective can modify: not punctuation, a name, a conjunction or a verb-like
// function word.
func (t *Tracker) commonNounAt(j int) bool {
	if j >= len(t.ws) {
		return false
	}
	w := t.ws[j]
	if w.punct || w.cap || w.hyph {
		return false
	}
	switch w.norm {
	case "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are", "was", "were", "has", "have", "had", "said", "says",
		"against", "after", "before", "amid", "despite", "during", "between", "among", "under", "about", "without", "since", "until", "than":
		// (a preposition after a noun opens its phrase: "their attacks
		// against government forces" is no portfolio)
		return false
	}
	return !locatives[w.norm]
}

// unknownPerson codes a name that the knowledge lacks by its title and
// nationality: "Egyptian President X" is EGYGOV.
func (t *Tracker) unknownPerson(p *np, j int, office string) []dateline.Mention {
	ws := t.ws
	last := ws[p.unknownJ-1]
	if tr := t.bySurname(last.key); tr != nil && p.unknownJ-p.unknownI == 1 {
		t.notePerson(tr)
		return []dateline.Mention{t.mention(p.first, j, dateline.KindPerson, tr.actor, link("surname+title", tr.actor.Name, "named before"))}
	}
	var out []dateline.Mention
	first := p.first
	if n := len(p.parts); n > 1 && !p.parts[0].owner {
		// "Israel and Jordan's foreign minister X": the name is the last one's
		for _, pt := range p.parts[:n-1] {
			k := dateline.KindCountry
			if pt.ent != nil {
				k = pt.ent.kind.mention()
			}
			out = append(out, t.mention(pt.i, pt.j, k, pt.actor, pt.rule))
		}
		p.parts = p.parts[n-1:]
		first = p.parts[0].i
	}
	a, rule, _ := t.partsActor(p)
	a.Name = t.text(p.unknownI, p.unknownJ)
	if t.d.sectorIs(a.Sector, sectorState) && t.d.sectorIs(a.Sector, sectorOffice) && t.formerTitle(p.first, p.unknownI) {
		// "former Zambian President X", "ex-minister X": a past holder of
		// a state office is an elite, as a known person so called is a
		// year after the last role (the "+former-told" above)
		a.Sector, a.Code = t.d.exOffice, code(a.Country, t.d.exOffice)
		rule += "+former"
	}
	if a.Country == "" && a.Sector == "" && p.agent == nil {
		return out
	}
	if a.Country == "" && j+1 < len(ws) && ws[j].norm == "," {
		// "General Abdou Karim, the army chief of Chad,", "Colonel Mamadou
		// Sy, Senegal's army spokesman,": the country the agent in
		// apposition names
		if k, ta, _, _ := t.agentNounAt(j+1, false); k > j+1 && (k == len(ws) || ws[t.pastPost(k)].punct || t.secondDescription(t.pastPost(k))) && ta.Country != "" {
			a.Country, a.Code = ta.Country, code(ta.Country, a.Sector)
			rule += "+apposition-country"
		}
	}
	if d, ok := t.describedBefore(first); a.Country == "" && ok {
		// "a spokesman for the U.S.-led coalition, Col. Ryan Dillon,", "the
		// top U.S. commander, Gen. John Nicholson,": the country of the
		// agent the name stands in apposition to
		a = titledAs(a, d.Actor)
		rule += "+apposition-country"
	}
	if a.Country == "" && p.agent != nil && len(p.parts) == 0 {
		if s, why, ok := t.titleSeen(p.agent); ok {
			// "expelled the U.S. envoy ... declared Ambassador Philip
			// Goldberg persona non grata", "a Russian general ... Gen.
			// Igor Petrov": whose the title was when the story named it
			// without a name
			a = titledAs(a, s.actor)
			rule += "+" + why
		} else if b := t.bareTitle; b.text == ws[p.unknownI-1].norm && t.n-b.sent <= 2 && b.actor.Sector != a.Sector {
			// "a rebel commander threatened ... Commander X": of the
			// sector the title had when the story named it alone; Settle
			// gives the country, as it gave that one's
			a.Sector, a.Code = b.actor.Sector, code("", b.actor.Sector)
			rule += "+title-sector-before"
		} else if p.agent.other && p.agent.abroad {
			// "Ambassador Philip Goldberg" with no envoy named before:
			// Settle gives him the story's other state (envoyCountry)
			t.markEnvoy(ws[first].start)
		}
	}
	if a.Country == "" && a.Sector == "" {
		return out
	}
	if p.agent != nil && p.agent.body {
		// "the opposition party Fuerza Nueva": the body's name
		return append(out, t.mention(first, j, dateline.KindOrganization, a, "body+name"+rule))
	}
	t.notePerson(&tracked{actor: a, surnames: t.storySurnames(p.unknownI, p.unknownJ), offices: []string{office}})
	return append(out, t.mention(first, j, dateline.KindPerson, a, "title+name"+rule))
}

// pastPost returns where a phrase of the place an agent serves in ends,
// at word j: "in Afghanistan", "to the United Nations", "in the Gulf" of
// "the top U.S. commander in Afghanistan," ends at the comma; else j.
func (t *Tracker) pastPost(j int) int {
	ws := t.ws
	if j+1 >= len(ws) || ws[j].norm != "in" && ws[j].norm != "to" {
		return j
	}
	k := j + 1
	if ws[k].norm == "the" {
		k++
	}
	e := k
	for e < len(ws) && e < k+4 && ws[e].cap && !ws[e].punct {
		e++
	}
	if e == k || e < len(ws) && !ws[e].punct {
		return j
	}
	return e
}

// describedBefore returns the agent with a country whose mention ends
// right before a comma at word i-1, which a name at i stands in
// apposition to: "a Marine spokesman, Col. Fred Peck".
func (t *Tracker) describedBefore(i int) (dateline.Mention, bool) {
	ws := t.ws
	if i < 2 || ws[i-1].norm != "," || len(t.out) == 0 {
		return dateline.Mention{}, false
	}
	m := t.out[len(t.out)-1]
	if m.Kind != dateline.KindAgent || m.End != ws[i-2].end || len(m.Actor.Country) != 3 || t.d.pluralWord(&ws[i-2]) {
		return dateline.Mention{}, false
	}
	return m, true
}

// text returns the text of words [i, j).
func (t *Tracker) text(i, j int) string {
	return t.s.Text[t.ws[i].start-t.s.Start : t.ws[j-1].end-t.s.Start]
}

// partsActor codes the country parts and agent of p, with the rule's words
// and the marks they tell (dateline.MarkArmedMen).
func (t *Tracker) partsActor(p *np) (dateline.Actor, string, dateline.MentionMarks) {
	sector := p.sector
	if len(p.parts) == 0 {
		if sector == "*" || sector == "=" {
			sector = ""
		}
		return dateline.Actor{Sector: sector, Code: sector}, "", 0
	}
	pt := p.parts[0]
	a := pt.actor
	switch {
	case pt.ent != nil && pt.ent.kind != kindCountry && pt.ent.kind != kindPerson && pt.rule != "based":
		// "Hamas's leader", "the U.N.'s envoy", "Boko Haram militants": the group speaks;
		// but armed men of a group that was once armed and is on that day a
		// party out of the state are armed men ("FARC rebels" after the FARC
		// became a party; "former FARC rebels" are not, nor are a party's
		// militias: "ZANU-PF militias")
		formerly := pt.i > 0 && t.d.former[t.ws[pt.i-1].norm]
		if t.d.Armed(sector) && t.d.Power(a.Sector) && !t.d.State(a.Sector) && !formerly && t.d.onceArmed(pt.ent) {
			a.Sector = sector
			a.Code = code(a.Country, a.Sector)
			return a, "+" + pt.rule + "+armed-men", dateline.MarkArmedMen
		}
	case pt.owner && (pt.ent == nil || pt.ent.kind == kindPerson):
		if sector != "*" && sector != "=" && sector != "" {
			a.Sector = sector
		}
	case sector == "=":
		// "the Turkish side" is Turkey; "the Tripoli side" its government
	case sector == "*":
		if a.Sector == "" {
			a.Sector = "GOV"
		}
	default:
		a.Sector = sector
	}
	if pt.ent != nil && pt.ent.kind == kindCountry && (pt.owner || pt.rule != "based" && pt.rule != "ethnic") {
		a.Name = pt.ent.Name
	}
	a.Code = code(a.Country, a.Sector)
	if pt.ent != nil && pt.ent.code != "" && pt.ent.kind != kindCountry && a.Sector == pt.actor.Sector {
		a.Code = pt.ent.code
	}
	return a, "+" + pt.rule, 0
}

// onceArmed reports whether any of a group's roles is of an armed sector.
func (d *Dictionary) onceArmed(e *entity) bool {
	for _, r := range e.roles {
		if d.Armed(r.Sector) {
			return true
		}
	}
	return false
}

// otherWord reports whether a word that n matches only by sound is a word of
// a country's, body's or group's name: "Korea" is not a spelling of Correa.
func (d *Dictionary) otherWord(ws []word, j int, n *name) bool {
	for k := range n.norms {
		if w := ws[j+k].norm; w != n.norms[k] && d.other[w] {
			return true
		}
	}
	return false
}

// adjectiveOf reports whether word w is written as an adjective of entity
// e ("Saudi" of Saudi Arabia), as well as being one of its names.
func (d *Dictionary) adjectiveOf(w word, e *entity) bool {
	for _, l := range d.byKey[w.key] {
		if n := l.n; n.ent == e && n.form == formAdj && len(n.norms) == 1 && n.norms[0] == w.norm {
			return true
		}
	}
	return false
}
