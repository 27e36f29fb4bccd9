package actor

import (
	"strings"

	"dateline"
)

// People the knowledge lacks are found by what the sentence says of them,
// never by a capital alone. A run of one to three capitalised words that
// name nothing the knowledge has (no country, body, group, person, agent
// noun, major place, month, common word or word of a thing's name:
// thing: in common.txt) is a person's name when:
//
//   - a title stands in apposition after it: "Snyder Rini, the new prime
//     minister," or "X, a senior commander,"; the title gives the sector
//     and any country it names ("X, Fiji's army chief");
//   - "as" and a title follow it: "parliament chose X as prime minister";
//   - an agent that takes whom it belongs to stands in apposition after it
//     ("X, a spokesman for the miners,", "X, the head of the rebels,"), or
//     a relative clause says it heads or speaks for a body ("X, who chairs
//     the bar association,", "X, who leads the rebels,"): the person is of
//     the group or body, of its country or, when it has none, the story's;
//   - it has two or three words and stands in apposition after what the
//     person is, described with "a" ("led by a failed businessman, George
//     Speight,");
//   - a reporting verb follows or precedes it and it has two or three
//     words, the first a given name the knowledge has seen among its
//     people: "Ahmed Salah said", "said Maria Gonzalez". It has no sector.
//
// A single word that starts the sentence or follows "in" is not read so
// ("Later, the president", "in Malaita, the governor"). The person is
// tracked like any other: a later surname ("Rini"), the full name again,
// "he" and the title ("the prime minister") refer back to them. The country
// is left to Settle: the sentence's or the story's (Tracker.Settle).

// KnowReporting tells the tracker which words are reporting verbs ("said",
// "told"), from the one word table of the syntax stage; without it, no
// person is read from a reporting verb alone.
func (t *Tracker) KnowReporting(is func(word string) bool) { t.reporting = is }

// KnowHeading tells the tracker which words are verbs of heading a body or
// speaking for it ("chairs", "leads", "represents"), from the one word
// table of the syntax stage; without it, "X, who chairs Y," says nothing
// of X.
func (t *Tracker) KnowHeading(is func(word string) bool) { t.heading = is }

// KnowNaming tells the tracker which words are verbs of naming ("called",
// "branded", "labelled"), whose object is followed by what it is called,
// from the one word table of the syntax stage; without it, "called the
// protesters terrorists" is one phrase.
func (t *Tracker) KnowNaming(is func(word string) bool) { t.naming = is }

// newPerson reads a person the knowledge lacks at word i, by the cues
// above, and returns where reading goes on and the mention, or i.
func (t *Tracker) newPerson(i int) (int, []dateline.Mention) {
	ws := t.ws
	e, ok := t.nameRun(i)
	if !ok {
		return i, nil
	}
	if tr := t.seen.byName[t.text(i, e)]; tr != nil {
		// the full name again: "Snyder Rini" after "Snyder Rini, the ..."
		t.notePerson(tr)
		return e, []dateline.Mention{t.mention(i, e, dateline.KindPerson, tr.actor, link("name", tr.actor.Name, "named before"))}
	}
	if e-i == 1 && (i == 0 || ws[i-1].punct) || i > 0 && countryLocatives[ws[i-1].norm] {
		return i, nil
	}
	if d := t.pastAge(e); d > e && e-i >= 2 {
		// "Benjamin Briere, 37, a French tourist who": past the age, the
		// description or title; a relative clause may follow it
		if k, a, office, rule := t.titleAt(d + 1); k > d+1 && (k == len(ws) || ws[k].punct || personRelative(ws[k].norm)) {
			return k, t.notePersonNamed(i, e, a, office, "name+,-age+,-title"+rule)
		}
		if ws[d+1].norm == "a" || ws[d+1].norm == "an" {
			if k, a, rule := t.describedAt(d + 1); k > d+1 && (k == len(ws) || ws[k].punct || personRelative(ws[k].norm)) {
				return k, t.notePersonNamed(i, e, a, "", "name+,-age+,-description"+rule)
			}
		}
	}
	if e+1 < len(ws) && (ws[e].norm == "," || ws[e].norm == "as") {
		k, a, office, rule := t.titleAt(e + 1)
		if k > e+1 && ws[e].norm == "," && k < len(ws) && ws[k].norm == "and" {
			// "X, Iran's deputy foreign minister and chief nuclear
			// negotiator,": a second title joined to the first, which
			// says whose the person is
			if c := t.setOffEnd(k + 1); c > k+1 {
				k = c
			}
		}
		if k > e+1 && (ws[e].norm == "as" || k == len(ws) || ws[k].punct || ws[e].norm == "," && personRelative(ws[k].norm)) {
			// (a relative clause may follow the title: "Behzad Nabavi, the
			// Iranian cabinet minister who led Tehran's side,")
			return k, t.notePersonNamed(i, e, a, office, "name+"+ws[e].norm+"-title"+rule)
		}
		if e-i >= 2 && ws[e].norm == "," && (ws[e+1].norm == "a" || ws[e+1].norm == "an") {
			// "Roman Protasevich, a dissident journalist,": a person of no
			// title described by what they are; a relative clause may
			// follow ("X, a Syrian lawyer who defends detainees,")
			if k, a, rule := t.describedAt(e + 1); k > e+1 && (k == len(ws) || ws[k].punct || personRelative(ws[k].norm)) {
				return k, t.notePersonNamed(i, e, a, "", "name+,-description"+rule)
			} else if k > e+1 && t.placedAt(k) {
				// "Musa Danjuma, a local official in Kano,": the
				// description says what they are; the place is read on
				// its own
				return k, t.notePersonNamed(i, e, a, "", "name+,-description"+rule+"+place")
			} else if k > e+1 && t.employerAt(k) {
				// "Moses Kato, a journalist with the Daily Monitor,": the
				// description says what they are; whom they work for is
				// read on its own
				return k, t.notePersonNamed(i, e, a, "", "name+,-description"+rule+"+employer")
			}
		}
		if e-i >= 2 && ws[e].norm == "," && e+3 < len(ws) && ws[e+1].norm == "one" && ws[e+2].norm == "of" {
			// "Chameera Dedduwage, one of the organisers (of the march),":
			// one of a group of people is of that group
			if next, ms := t.phrase(e + 3); len(ms) == 1 && ms[0].Kind == dateline.KindAgent && ms[0].Actor.Sector != "" &&
				t.near(e+3, ms[0].Start) && (next < len(ws) && ws[next].norm == "who" || t.closesSoon(next)) {
				return next, append(t.notePersonNamed(i, e, ms[0].Actor, "", "name+,-one-of+"+ms[0].Rule), ms...)
			}
		}
		if e-i >= 2 && ws[e].norm == "," && t.speakerAt(e+1) {
			return t.speaker(i, e)
		}
		if e-i >= 2 && ws[e].norm == "," && ws[e+1].norm != "who" && t.ownedAhead(e+1) {
			// (not "X, who heads Amnesty International's office,": that is
			// read below as whom X heads)
			return t.ownedPerson(i, e)
		}
		if e-i >= 2 && e+3 < len(ws) && ws[e].norm == "," && ws[e+1].norm == "who" && t.heading != nil && t.heading(ws[e+2].norm) {
			if k, ms := t.heads(i, e, e+3); k > i {
				return k, ms
			}
		}
		if e-i >= 2 && e+2 < len(ws) && ws[e].norm == "," && ws[e+1].norm == "whose" {
			// "Hocine Ait Ahmed, whose Socialist Forces Front finished
			// second,": the person is of the body that is theirs
			if next, ms := t.phrase(e + 2); len(ms) == 1 && (ms[0].Kind == dateline.KindOrganization || ms[0].Kind == dateline.KindAgent) &&
				ms[0].Actor.Sector != "" && t.near(e+2, ms[0].Start) {
				return next, append(t.notePersonNamed(i, e, ms[0].Actor, "", "name+whose+"+ms[0].Rule), ms...)
			}
		}
	}
	if e-i >= 2 && i >= 3 && ws[i-1].norm == "," && (e == len(ws) || ws[e].punct && !ws[e].poss) {
		// a name set off after what the person is
		if a, rule, ok := t.ownedAgentBefore(i); ok {
			// "the rebels' chief of international relations, Selvarasa
			// Pathmanathan,": the name is whose agent it is
			return e, t.notePersonNamed(i, e, a, "", "owned+,-name+"+rule)
		}
		if a, rule, ok := t.ownedTitleBefore(i); ok {
			// "the president's spokesman, Edwin Lacierda,", "Kiram's
			// spokesman, Abraham Idjirani,": the title's holder is of
			// the owner
			return e, t.notePersonNamed(i, e, a, "", "owned-title+,-name+"+rule)
		}
		// "led by a failed businessman, George Speight,": a name in
		// apposition after what the person is, described with "a"
		for j := i - 2; j >= 0 && j >= i-6 && !ws[j].punct; j-- {
			if ws[j].norm == "a" || ws[j].norm == "an" {
				if k, a, rule := t.describedAt(j); k == i-1 {
					return e, t.notePersonNamed(i, e, a, "", "description+,-name"+rule)
				}
				break
			}
		}
	}
	if e-i >= 2 && t.d.in(&ws[i], lexGiven) && t.reporting != nil &&
		(e < len(ws) && t.reporting(ws[e].norm) || i > 0 && t.reporting(ws[i-1].norm) && (e == len(ws) || ws[e].punct && !ws[e].poss)) {
		return e, t.notePersonNamed(i, e, dateline.Actor{}, "", "name+reporting")
	}
	return i, nil
}

// ownedAgentBefore reports whether the name at word i follows, after a
// comma, the sentence's last mention when that is a singular agent another
// owns ("the rebels' chief,", "Kenya's envoy,"), maybe with an "of" phrase
// of a few words that names no one ("the group's head of media
// relations,"), and returns that agent's actor and rule.
func (t *Tracker) ownedAgentBefore(i int) (dateline.Actor, string, bool) {
	if len(t.out) == 0 {
		return dateline.Actor{}, "", false
	}
	m := t.out[len(t.out)-1]
	if m.Kind != dateline.KindAgent || m.Actor.Sector == "" ||
		!strings.Contains(m.Rule, "+owner") && !strings.HasSuffix(m.Rule, "+possessive") {
		return dateline.Actor{}, "", false
	}
	ws := t.ws
	a := i - 2
	for a > 0 && a > i-8 && ws[a].end > m.End {
		a--
	}
	if ws[a].end != m.End || t.d.pluralWord(&ws[a]) || a+1 < i-1 && ws[a+1].norm != "of" {
		return dateline.Actor{}, "", false
	}
	for k := a + 1; k < i-1; k++ {
		if ws[k].punct {
			return dateline.Actor{}, "", false
		}
	}
	return m.Actor, m.Rule, true
}

// ownedTitleBefore reports whether the name at word i follows, after a
// comma, a singular title or noun of one who speaks for another ("the
// president's spokesman,", "Kiram's chief adviser,") right after the
// possessive of the sentence's last mention, one the title itself did not
// take in (as ownedBy does "the ministry's spokeswoman"), and returns the
// holder's actor: the owner's country and sector, or the title's own
// sector when it has one and the owner does not keep its own.
func (t *Tracker) ownedTitleBefore(i int) (dateline.Actor, string, bool) {
	ws := t.ws
	if len(t.out) == 0 {
		return dateline.Actor{}, "", false
	}
	p := i - 2
	for p > 0 && p > i-5 && !ws[p].punct {
		p--
	}
	if !ws[p].poss || p < 1 || p+1 >= i-1 {
		return dateline.Actor{}, "", false
	}
	k := p + 1
	for k < i-2 && t.d.modifierWord(&ws[k]) {
		k++ // "the president's chief spokesman"
	}
	ag, n := t.d.agentAt(ws, k)
	if ag == nil || k+n != i-1 || t.d.pluralWord(&ws[i-2]) || !ag.title && ag.Sector != "*" ||
		ag.body || ag.informant || ag.against || ag.other || ag.national || ag.led || ag.named || ag.staffed {
		return dateline.Actor{}, "", false
	}
	m := t.out[len(t.out)-1]
	if m.End != ws[p-1].end || m.Actor.Country == "" && m.Actor.Sector == "" ||
		m.Kind != dateline.KindPerson && m.Kind != dateline.KindAgent && m.Kind != dateline.KindOrganization && m.Kind != dateline.KindCountry {
		return dateline.Actor{}, "", false
	}
	a := dateline.Actor{Country: m.Actor.Country, Sector: m.Actor.Sector}
	if m.Kind == dateline.KindCountry && a.Sector == "" {
		a.Sector = "GOV" // "Kenya's envoy, X,": the state's
	}
	if s := ag.Sector; !ag.weak && s != "*" && s != "=" && s != "" && s != "-" && !t.d.sectorIs(a.Sector, sectorOwn) {
		a.Sector = s
	}
	if a.Country != "" {
		a.Code = code(a.Country, a.Sector)
	}
	return a, m.Rule, true
}

// employerAt reports whether words from k are "with" or "at" and a
// phrase of a few words up to a comma or the end of the sentence: whom a
// person described at k-1 works for ("a journalist with the Daily
// Monitor,", "a lawyer at the bar association.").
func (t *Tracker) employerAt(k int) bool {
	ws := t.ws
	if k >= len(ws) || ws[k].norm != "with" && ws[k].norm != "at" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+7; j++ {
		if ws[j].punct && !ws[j].poss && !ws[j].hyph {
			return j > k+1
		}
	}
	return false
}

// placedAt reports whether words from k are "in" or "from" and a name of
// one to three capitalised words up to a comma or the end of the
// sentence: where a person described at k-1 is or comes from ("a local
// official in Kano,", "a farmer from Bunia.").
func (t *Tracker) placedAt(k int) bool {
	ws := t.ws
	if k >= len(ws) || ws[k].norm != "in" && ws[k].norm != "from" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if ws[j].punct && !ws[j].hyph {
			return j > k+1
		}
		if !ws[j].cap {
			return false
		}
	}
	return k+4 >= len(ws)
}

// notePersonNamed makes the mention of a new person named by words [i, e),
// and tracks them by surname and office.
func (t *Tracker) notePersonNamed(i, e int, a dateline.Actor, office, rule string) []dateline.Mention {
	a.Name = t.text(i, e)
	t.notePerson(&tracked{actor: a, surnames: t.storySurnames(i, e), offices: []string{office}})
	return []dateline.Mention{t.mention(i, e, dateline.KindPerson, a, rule)}
}

// storySurnames returns the keys of the words that name again a person
// the knowledge lacks, named by words [i, e): the last word's and, in a
// name of three words whose middle one is no given name nor common word, a
// double surname, the middle word's too ("Col. Alberto Natusch Busch ...
// Natusch ousted", as "Busch"; not "George Herbert Walker").
func (t *Tracker) storySurnames(i, e int) []string {
	ws := t.ws
	keys := []string{ws[e-1].key}
	if e-i != 3 {
		return keys
	}
	if m := &ws[i+1]; m.cap && !m.punct && !m.upper && len(m.norm) > 2 && !t.d.particle(m.norm) &&
		!t.d.in(m, lexGiven) && !t.d.commonWord(m) && t.d.in(&ws[i], lexGiven) {
		keys = append(keys, m.key)
	}
	return keys
}

// nameRun returns the end of the run of capitalised words at i and
// whether it may be the name of a person the knowledge lacks: one to three
// words (particles aside), none of them a name, agent noun, major place,
// month, thing word or, unless a given name before the last, a common word
// or a word of a country's, body's or group's name ("Jose" of San Jose).
func (t *Tracker) nameRun(i int) (int, bool) {
	ws := t.ws
	e, n := i, 0
	for ; e < len(ws) && (ws[e].cap && !ws[e].punct || t.d.particle(ws[e].norm) && e > i && e+1 < len(ws) && ws[e+1].cap); e++ {
		if !t.d.particle(ws[e].norm) {
			n++
		}
	}
	if n == 0 || n > 3 || t.d.particle(ws[e-1].norm) || ws[i].hyph || e < len(ws) && ws[e].hyph {
		return e, false
	}
	for k := i; k < e; k++ {
		w := ws[k]
		if t.d.particle(w.norm) {
			continue
		}
		// a common last word that is a given name ends a name whose first
		// word is a given name and no common word: "Claude Joseph", "Leon
		// Charles"
		givenLast := k == e-1 && k > i && t.d.in(&w, lexGiven) && !t.d.in(&w, lexOther) && t.d.in(&ws[i], lexGiven) && !t.d.commonWord(&ws[i])
		// a given name that is also a place's ("George", "Florence")
		// opens a name of two or three words all the same, and a place's
		// name ends one that a given name opens ("Rolando Mendoza",
		// "Carlos Cordoba")
		placeOnly := t.placeWord(w) && !(k == i && e-i >= 2 && t.d.in(&w, lexGiven)) &&
			!(k == e-1 && k > i && t.d.in(&ws[i], lexGiven) && !t.d.commonWord(&ws[i]))
		if w.upper && len(w.norm) > 1 || calendarWords[w.norm] || t.d.in(&w, lexThing) || t.isAgent(k) || placeOnly ||
			(t.d.commonWord(&w) || t.d.in(&w, lexOther)) && (k == e-1 && !givenLast || !t.d.in(&w, lexGiven)) || t.named(k) != nil {
			return e, false
		}
	}
	return e, true
}

// describedAt reads "a|an [country parts] [modifiers] AGENT" at word k, a
// singular agent noun that says what the name before it is ("a dissident
// journalist", "an Iranian lawyer"), and returns its end, the actor it
// gives and the rule; the end is k when there is none.
func (t *Tracker) describedAt(k int) (int, dateline.Actor, string) {
	ws := t.ws
	p := np{start: k + 1, first: -1, det: ws[k].norm}
	if p.start >= len(ws) {
		return k, dateline.Actor{}, ""
	}
	j := t.readPhrase(&p, p.start)
	if p.agent == nil || p.person != nil || p.thing != nil || p.unknownJ > p.unknownI || len(p.parts) > 1 ||
		j != p.agentJ || t.d.pluralWord(&ws[j-1]) || t.d.in(&ws[j-1], lexThing) {
		return k, dateline.Actor{}, ""
	}
	a, rule, _ := t.partsActor(&p)
	if a.Sector == "" {
		return k, dateline.Actor{}, ""
	}
	return j, a, rule
}

// titleAt reads "[a|the] [country parts] [modifiers] TITLE [of COUNTRY]" at
// word k, a title that says who the name before it is, and returns its
// end, the actor it gives, the office and the rule; the end is k when
// there is none. A plural or a body's noun ("the parliament") is none.
func (t *Tracker) titleAt(k int) (int, dateline.Actor, string, string) {
	return t.agentNounAt(k, true)
}

// agentNounAt is titleAt for any agent noun when title is false: "Senegal's
// army spokesman" says whose a titled name before it is.
func (t *Tracker) agentNounAt(k int, title bool) (int, dateline.Actor, string, string) {
	ws := t.ws
	p := np{start: k, first: -1}
	if determiners[ws[k].norm] {
		p.det = ws[k].norm
		p.start = k + 1
	}
	if p.start+2 < len(ws) && ws[p.start+1].poss && t.d.states[ws[p.start].norm] && !t.d.pluralWord(&ws[p.start]) {
		// "X, the country's former deputy prime minister,": the state the
		// story tells of, whose country Settle gives
		p.start += 2
	}
	if p.start >= len(ws) {
		return k, dateline.Actor{}, "", ""
	}
	j := t.readPhrase(&p, p.start)
	if p.agent == nil || title && !p.agent.title || p.person != nil || p.thing != nil || p.unknownJ > p.unknownI || len(p.parts) > 1 ||
		j != p.agentJ || t.d.pluralWord(&ws[j-1]) || t.d.in(&ws[j-1], lexThing) {
		return k, dateline.Actor{}, "", ""
	}
	if e, c := t.ofCountry(j); c != nil && len(p.parts) == 0 {
		p.parts = append(p.parts, part{i: c.i, j: e, actor: t.countryOf(c), ent: c.ent, rule: "of"})
		j = e
	}
	a, rule, _ := t.partsActor(&p)
	if p.lesser {
		// "X, Iran's deputy foreign minister,": "the deputy foreign
		// minister" later, never "the foreign minister"
		return j, a, t.lesserOffice(&p), rule
	}
	return j, a, p.agent.Name, rule
}

// speakerAt reports whether "[a|an|the] [modifiers] AGENT for|of|to" starts
// at word k, a singular agent that takes the actor of whom it belongs to
// (sector "*" in agents.txt: "a spokesman for", "the head of", "an aide
// to"), a weak one ("the leader of") or any agent of something ("a
// commander of"), so that the name before it is one who speaks for, heads
// or serves what follows.
func (t *Tracker) speakerAt(k int) bool {
	ws := t.ws
	p := np{start: k, first: -1}
	if k < len(ws) && determiners[ws[k].norm] {
		p.det = ws[k].norm
		p.start = k + 1
	}
	if p.start >= len(ws) {
		return false
	}
	j := t.readPhrase(&p, p.start)
	return p.agent != nil && j < len(ws) && (p.sector == "*" || p.agent.weak || ws[j].norm == "of") && len(p.parts) == 0 && p.person == nil && p.thing == nil &&
		p.unknownJ <= p.unknownI && j == p.agentJ && !t.d.pluralWord(&ws[j-1]) && t.ofWhom(&p, j) > j
}

// setOffEnd returns where a short phrase at word k that ends at a comma
// or the sentence's end ends (the comma's index), within four words with
// no other mark, name or agent's possessive in it ("chief nuclear
// negotiator,"), or k.
func (t *Tracker) setOffEnd(k int) int {
	ws := t.ws
	for n := 0; n <= 4 && k+n <= len(ws); n++ {
		if k+n == len(ws) || ws[k+n].norm == "," {
			if n == 0 {
				return k
			}
			return k + n
		}
		if w := ws[k+n]; w.punct || w.cap || t.reporting != nil && t.reporting(w.norm) {
			return k
		}
	}
	return k
}

// personRelative reports whether w opens a relative clause about a person
// ("X, a former rebel commander who fought", "whom investigators want to
// question", "whose brother was killed"): the description before it is
// whole.
func personRelative(w string) bool { return w == "who" || w == "whom" || w == "whose" }

// closesSoon reports whether the apposition whose reading stopped at word
// k ends there or within a few more words ("the head of Hamas's armed
// wing,", "a spokesman for the teachers union,"): at a mark right away,
// else at a comma or the sentence's end, with no other mark and no
// reporting verb before it.
func (t *Tracker) closesSoon(k int) bool {
	ws := t.ws
	for n := 0; n <= 4; n, k = n+1, k+1 {
		if k < len(ws) && ws[k].text == "(" {
			// "the Communist Party of Nepal (Unified Marxist-Leninist),":
			// a name's gloss in brackets is part of it
			for k < len(ws) && ws[k].text != ")" && ws[k].text != "," {
				k++
			}
			if k >= len(ws) || ws[k].text != ")" {
				return false
			}
			continue
		}
		switch {
		case k >= len(ws) || ws[k].punct && !ws[k].poss && (n == 0 || ws[k].text == ","):
			return true
		case ws[k].punct && !ws[k].poss || t.reporting != nil && t.reporting(ws[k].norm):
			return false
		}
	}
	return false
}

// speaker reads the agent after the name [i, e) and its comma ("Juan
// Ortega, a spokesman for the miners,") and makes the name a person with
// the agent's actor when the agent phrase names whom it belongs to and
// ends the apposition; the agent's mentions are kept either way.
func (t *Tracker) speaker(i, e int) (int, []dateline.Mention) {
	ws := t.ws
	next, ms := t.phrase(e + 1)
	if len(ms) == 0 || ms[0].Kind != dateline.KindAgent || ms[0].Start != ws[e+1].start && ms[0].Start != ws[min(e+2, len(ws)-1)].start ||
		!strings.HasPrefix(ms[0].Rule, "agent+") || !t.closesSoon(next) {
		return next, ms
	}
	pm := t.notePersonNamed(i, e, ms[0].Actor, "", "name+,-"+ms[0].Rule)
	if t.sc.abroad[ms[0].Start] {
		t.markAbroad(pm[0].Start)
	}
	if g := t.sc.generic[ms[0].Start]; g != "" {
		t.markGeneric(pm[0].Start, g) // "X, the leader of the Labour Party,": of the party's country
	}
	return next, append(pm, ms...)
}

// ownedAhead reports whether a possessive stands within a few words from
// k before any other mark: "the rebels' commander,", "the group's
// spokesman,".
func (t *Tracker) ownedAhead(k int) bool {
	ws := t.ws
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if ws[j].poss {
			return j+1 < len(ws) && !ws[j+1].punct
		}
		if ws[j].punct {
			return false
		}
	}
	return false
}

// ownedPerson reads the agent owned by another after the name [i, e) and
// its comma ("Karim Haddad, the rebels' commander,", "X, the group's
// spokesman,") and makes the name a person of the agent's actor when the
// agent is one of a person and ends the apposition; the agent's mentions
// are kept either way.
func (t *Tracker) ownedPerson(i, e int) (int, []dateline.Mention) {
	ws := t.ws
	next, ms := t.phrase(e + 1)
	if len(ms) != 1 || ms[0].Kind != dateline.KindAgent || ms[0].Start != ws[e+1].start && ms[0].Start != ws[min(e+2, len(ws)-1)].start ||
		!strings.Contains(ms[0].Rule, "+owner") && !strings.HasSuffix(ms[0].Rule, "+possessive") ||
		t.d.pluralWord(&ws[next-1]) || next < len(ws) && (!ws[next].punct || ws[next].poss) {
		return next, ms
	}
	pm := t.notePersonNamed(i, e, ms[0].Actor, "", "name+,-"+ms[0].Rule)
	return next, append(pm, ms...)
}

// heads reads the body after "NAME, who chairs" (the name [i, e), the body
// from word k, past up to three words of no actor: "the independent") and
// makes the name a person of it: one who heads a country governs it. It
// returns i when no actor follows.
func (t *Tracker) heads(i, e, k int) (int, []dateline.Mention) {
	ws := t.ws
	next, ms := t.phrase(k)
	for n := 0; len(ms) == 0 && n < 3 && next < len(ws) && next > k && !ws[next-1].punct; n++ {
		next, ms = t.phrase(next)
	}
	if len(ms) == 0 {
		return i, nil
	}
	a := ms[0].Actor
	if ms[0].Kind == dateline.KindPronoun || a.Country == "" && a.Sector == "" || !t.near(k, ms[0].Start) {
		return next, ms
	}
	if ms[0].Kind == dateline.KindCountry && a.Sector == "" {
		a.Sector, a.Code = "GOV", code(a.Country, "GOV") // "who leads Nepal"
	}
	pm := t.notePersonNamed(i, e, a, "", "name+who-"+ws[e+2].norm+"+"+ms[0].Rule)
	if t.sc.abroad[ms[0].Start] {
		t.markAbroad(pm[0].Start)
	}
	return next, append(pm, ms...)
}

// newBody reads a body the knowledge lacks at word i: two to six
// capitalised words (with "of", "for", "the", "and" or a plural's
// apostrophe inside) whose last is a noun that names a body only so ("the
// National Salvation Front", "the Free Officers' Council"), or whose first
// is, before "for" or "of" ("the Union for Renewal"): an agent of that
// noun's sector (is: named in agents.txt), whose country is one its name
// holds, else the one Settle gives any unnamed agent. A name the
// knowledge has, or an agent noun of more than one word that ends it ("the
// Republican Guard"), is read as before; so is a country's adjective and
// the noun alone ("the Soviet Union") and a name with a word of a thing's
// name (thing: in common.txt) that is no agent noun, or a day's: "the
// Times Union", "the May Day Rally". It returns where reading goes on and
// the mention, or i.
func (t *Tracker) newBody(i int) (int, []dateline.Mention) {
	ws := t.ws
	if i >= len(ws) || !ws[i].cap || ws[i].punct || i > 0 && ws[i-1].cap && !ws[i-1].punct && ws[i-1].norm != "the" || grammarWord(ws[i].norm) || t.d.clause[ws[i].norm] {
		return i, nil // nor a grammar word capitalised to open a sentence: "In Benghazi the ..."
	}
	e := t.bodyRun(i)
	a, h0, h1 := t.bodyNoun(i, e) // looked for before any name lookup, as most capitalised runs have none
	if a == nil {
		return i, nil
	}
	b, ok := t.bodyActor(i, e, h0, h1, a)
	if !ok {
		return i, nil
	}
	m := t.mention(i, e, dateline.KindAgent, b, "named+"+a.Name)
	t.markNewBody(m.Start)
	t.noteAcronym(i, e, m.Actor, false)
	if !t.d.sectorIs(a.Sector, sectorForce) {
		t.noteNewBody(ws[h0].norm, b) // "the league" after it; "the army" stays the state's
		if h1-1 > h0 {
			// "the front" after "the Liberation Front", not "the army"
			// after "the Liberation Army": the state's
			if ag, _ := t.d.agentAt(ws, h1-1); ag == nil || !t.d.sectorIs(ag.Sector, sectorForce) {
				t.noteNewBody(ws[h1-1].norm, b)
			}
		}
	}
	return e, []dateline.Mention{m}
}

// bodyRun returns the end of the run of up to six capitalised words at i
// that may name a body, with "of", "for", "the", "and" or a plural's
// apostrophe inside.
func (t *Tracker) bodyRun(i int) int {
	ws := t.ws
	e, n := i, 0
	for e < len(ws) && n < 6 {
		w := ws[e]
		switch {
		case w.cap && !w.punct && !w.poss:
			n++
		case e > i && innerWord(w.norm) && (e+1 < len(ws) && ws[e+1].cap || e+2 < len(ws) && innerWord(ws[e+1].norm) && ws[e+2].cap):
		case e > i && t.pluralApostrophe(e):
		default:
			return e
		}
		e++
	}
	return e
}

// bodyNoun returns the noun that names the body the run [i, e) may name
// and its words [h0, h1): the one before the first "for" or "of" ("the
// Union for Renewal", "the Rally of Progressive Forces"), else the last;
// nil if none.
func (t *Tracker) bodyNoun(i, e int) (*agent, int, int) {
	ws := t.ws
	if e-i >= 3 {
		k := i + 1
		for k < e-1 && ws[k].norm != "for" && ws[k].norm != "of" {
			k++
		}
		if k < e-1 {
			if a, h0 := t.namedEnding(i, k); a != nil {
				return a, h0, k
			}
		}
	}
	if e-1 > i {
		if a, h0 := t.namedEnding(i, e); a != nil {
			return a, h0, e
		}
	}
	return nil, e, e
}

// bodyActor returns the actor of the body the run [i, e) names, its noun
// a at [h0, h1), and whether it is a new body at all: the noun's sector or
// that of an agent noun inside the name, and a country the name holds as
// an adjective or after "of", or whose possessive stands before it.
func (t *Tracker) bodyActor(i, e, h0, h1 int, a *agent) (dateline.Actor, bool) {
	ws := t.ws
	country, sector, own, inner := "", a.Sector, false, false
	in := i // the end of the last name the knowledge has: its later words are its own, not the body's
	for k := i; k < e; k++ {
		if ag, m := t.d.agentAt(ws, k); ag != nil && k < h0 && k+m > h0 {
			return dateline.Actor{}, false // an agent noun the knowledge has: "the Republican Guard"
		}
		if k < h0 || k >= h1 {
			if w := ws[k].norm; calendarWords[w] || t.d.things[w] && !t.isAgent(k) {
				return dateline.Actor{}, false // a thing's name: "the Times Union", "the May Day Rally"
			}
		}
		if s := t.namedSector(k, h0); s != "" && !inner {
			sector, inner = s, true // the first: "the Supreme Court Bar Association"
		}
		h := t.named(k)
		if h == nil {
			own = own || k >= in && ws[k].cap && !ws[k].punct && (k < h0 || k >= h1) // a word of its own: not "the Soviet Union", "the United States and the Soviet Union"
			continue
		}
		in = max(in, h.j)
		if h.j >= e && (h.ent == nil || h.ent.kind != kindCountry || h.i == i) || h.ent != nil && (h.ent.kind == kindGroup || h.ent.kind == kindBody || h.ent.kind == kindPerson) {
			return dateline.Actor{}, false // a name the knowledge has: "the Polisario Front"; not "the Liberation Front of Cameroon"
		}
		if country == "" && h.ent != nil && h.ent.kind == kindCountry && (h.n.form == formAdj || k > i && (ws[k-1].norm == "of" || ws[k-1].norm == "for") || h.i == i && t.civilBody(sector)) {
			country = h.ent.code // "the Kenyan Patriotic Front", "the Liberation Front of Kenya"; not "the Niger Delta Army"
			if h.n.form == formAdj && t.d.sectorIs(a.Sector, sectorForce) {
				return dateline.Actor{}, false // a state's force by its adjective, as before: "the Afghan National Army"
			}
		}
	}
	if !own {
		return dateline.Actor{}, false
	}
	if country == "" {
		country = t.ownerCountry(i) // "Kenya's Patriotic Alliance"
	}
	b := dateline.Actor{Country: country, Name: t.text(i, e), Sector: sector}
	if country != "" {
		b.Code = code(country, sector)
	}
	return b, true
}

// civilBody reports whether a new body of the sector may take the country
// whose name opens its own: a civil body is named by its state ("the Ghana
// Bar Association", "the Zimbabwe Farmers Union"), an armed one by the land
// it fights for, whose name may hold a state's ("the Niger Delta Liberation
// Army" is not Niger's), and a state's force by its adjective.
func (t *Tracker) civilBody(sector string) bool {
	return !t.d.sectorIs(sector, sectorArmed) && !t.d.sectorIs(sector, sectorForce)
}

// namedEnding returns the noun that names a body ending before word j, of
// one word or two ("the Ogoni Liberation Front" is REB before it is a
// front), none before word i, and where it starts; nil if none.
func (t *Tracker) namedEnding(i, j int) (*agent, int) {
	if j-2 >= i {
		if h, m := t.d.namedAt(t.ws, j-2); h != nil && m == 2 {
			return h, j - 2
		}
	}
	if h, m := t.d.namedAt(t.ws, j-1); h != nil && m == 1 && j-1 >= i {
		return h, j - 1
	}
	return nil, j - 1
}

// ownerCountry returns the country whose possessive stands before word i
// ("Kenya's", "North Korea's"), or "".
func (t *Tracker) ownerCountry(i int) string {
	ws := t.ws
	if i < 2 || !ws[i-1].poss || ws[i-1].text == "'" || ws[i-1].text == "’" {
		return ""
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if h := t.named(j); h != nil && h.j == i-1 && h.ent != nil && h.ent.kind == kindCountry {
			return h.ent.code
		}
	}
	return ""
}

// namedSector returns the sector an agent noun at word k inside a new
// body's name, before its noun at h, gives the body, or "": a singular
// one ("the Military Council", "the Supreme Court Bar Association") or a
// plural one before an apostrophe ("the Kurdish Workers' Union"), of a
// sector of its own.
func (t *Tracker) namedSector(k, h int) string {
	ws := t.ws
	if k >= h {
		return ""
	}
	ag, m := t.d.agentAt(ws, k)
	if ag == nil || k+m > h || ag.weak || ag.Sector == "" || ag.Sector == "*" || ag.Sector == "=" || ag.Sector == "-" ||
		t.d.pluralWord(&ws[k+m-1]) && !t.pluralApostrophe(k+m) {
		return ""
	}
	return ag.Sector
}

// pluralApostrophe reports whether word k is the bare apostrophe of a
// plural's possessive inside a name, a capitalised word after it: "the
// Free Officers' Council".
func (t *Tracker) pluralApostrophe(k int) bool {
	ws := t.ws
	return k > 0 && k+1 < len(ws) && ws[k].poss && (ws[k].text == "'" || ws[k].text == "’") &&
		strings.HasSuffix(ws[k-1].norm, "s") && ws[k+1].cap && !ws[k+1].punct
}

// grammarWord reports whether w is a closed-class word that no body's
// name opens with: an article, preposition, conjunction or pronoun.
func grammarWord(w string) bool { return grammarWords[w] }

// grammarWords is the union of the word sets grammarWord asks about, made
// once: one look-up where there were nine.
var grammarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{determiners, locatives, coordinators, pronouns, possessives, plurals, neuters} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	for _, w := range [...]string{"of", "for", "the", "and"} {
		if innerWord(w) {
			m[w] = true
		}
	}
	return m
}()

// innerWord reports the small words a body's name may hold between its
// capitalised words: "Front for the Liberation of Azawad".
func innerWord(w string) bool { return w == "of" || w == "for" || w == "the" || w == "and" }

// pastAge returns the comma after a person's age set off by commas at word
// e (", 37,"), or e: a bare number of one to three digits, below 120.
func (t *Tracker) pastAge(e int) int {
	ws := t.ws
	if e+3 >= len(ws) || ws[e].norm != "," || ws[e+2].norm != "," {
		return e
	}
	n := 0
	for _, r := range ws[e+1].norm {
		if r < '0' || r > '9' {
			return e
		}
		n = n*10 + int(r-'0')
	}
	if n == 0 || n >= 120 || len(ws[e+1].norm) > 3 {
		return e
	}
	return e + 2
}
