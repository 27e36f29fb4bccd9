package pipeline

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"dateline"
	"dateline/internal/event"
)

// Story-level targets and agents: what a sentence leaves out that the
// story tells (the places a target phrase lists, the other party of the
// story's dyad, whose forces make the arrests).

// placeTargets returns the countries of the places named inside span sp,
// the target phrase of an act ("suspended flights to Doha": Qatar;
// "recalled its envoys from Rome and Madrid": Italy and Spain), each once
// and in the text's order, as their governments (as their militaries for
// force). It returns none when the span names no place, or when its first
// place is in the source's own country (from); it leaves out a place of
// the source's country after the first.
func (c *Coder) placeTargets(places []dateline.Mention, sp dateline.Span, from string, violent bool) []dateline.Mention {
	if sp.End == 0 {
		return nil
	}
	var out []dateline.Mention
	var seen []string // a handful of countries: looked through, no map
	for _, m := range places {
		if m.Start < sp.Start || m.End > sp.End || m.Place == nil {
			continue
		}
		cc := m.Place.Country
		if len(out) == 0 && (!c.isCountry(cc) || cc == from) {
			return nil
		}
		if !c.isCountry(cc) || cc == from || slices.Contains(seen, cc) {
			continue
		}
		seen = append(seen, cc)
		p, _ := c.Places.Country(cc)
		out = append(out, c.asGovernment(dateline.Mention{Span: m.Span, Text: m.Text, Kind: dateline.KindCountry, Rule: "place-target",
			Actor: dateline.Actor{Name: p.Name, Country: cc, Code: cc}}, violent))
	}
	return out
}

// counterpartTarget opens the rule note of a target the story's
// counterpart gave (Coder.counterpart); later stages read it back to tell
// such targets from named ones.
const counterpartTarget = "; target: the story's counterpart of the source's country"

// counterpart returns the government of the story's counterpart of state
// m (see scene.counterpart; for a denial, only a country m's country acted
// on), or nil: when m is no state (a country, or its government) nor a
// bloc (an IGO: "The EU imposed an arms embargo" after it accused Belarus
// acts on Belarus, as a state does on its counterpart) or the story pairs
// its country with no other. With home (policy.tsv's home), a
// story that paired m's country with no other gives its own country, when
// it told an event of it. A bloc (IGO) the story paired m's country with
// most is the counterpart as it is, of an act short of force. With forces
// (policy.tsv's forces), a state's forces showing force ("Indian troops
// crossed the border") act for their state, as its government does. With
// rival (policy.tsv's rival), in a story of a conflict at home, an arm of
// the state or an armed group acts on the other side (Coder.rival).
func (c *Coder) counterpart(sc *scene, m dateline.Mention, denial, violent, home, forces, rival bool) *dateline.Mention {
	bloc := m.Actor.Sector == "IGO" && len(m.Actor.Country) == 3 && !c.isCountry(m.Actor.Country)
	if !c.isCountry(m.Actor.Country) && !bloc {
		return nil
	}
	if !bloc && !violent && m.Actor.Sector != "" && m.Actor.Sector != "GOV" && !(forces && c.Actors.State(m.Actor.Sector)) {
		if r := c.rival(sc, m, denial, rival, violent); r != nil || denial || !c.Actors.Armed(m.Actor.Sector) {
			return r
		}
		return c.groupFoe(sc, m)
	}
	last, n := sc.counterpart(m, denial, violent)
	if r, k := c.rivalSide(sc, m, denial, rival, violent); r != nil && last != nil && k > n {
		// "Government troops pushed into Benghazi ... a ceasefire Koussa
		// announced" after American strikes: the side at home the state
		// fought more than the country it was paired with
		return r
	}
	if last == nil && !violent && !denial && home && c.isCountry(sc.home) && sc.home != m.Actor.Country && sc.told(sc.home) {
		// "Venezuela broke off diplomatic relations" in a story from Lima
		// that paired Venezuela with no one yet: a cut in relations (16)
		// falls on the story's country, whose events the story told
		return &dateline.Mention{Kind: dateline.KindCountry, Actor: c.government(sc.home), Rule: "story-counterpart: the story's country, paired with no other before"}
	}
	if last != nil && !violent && !c.isCountry(string(last.Country)) && last.Sector == "IGO" {
		// "The EU imposed sanctions on Russia. Russia banned imports": a
		// bloc the story paired the state with is its other party, as
		// itself (it has no government of its own)
		return asMention(last, fmt.Sprintf("story-counterpart: paired with the bloc %s in %d event(s) told before", last.Country, n))
	}
	if last == nil || !c.isCountry(string(last.Country)) || sc.atHome(m.Actor.Country) > n {
		// "Abashidze denounced the change of power as a coup" in a story
		// of Georgia's protests that told the State Department's praise
		// once: a story told more at home than with the other state acts
		// at home, not on the state it was paired with in passing
		return c.rival(sc, m, denial, rival, violent)
	}
	if violent {
		// force is used on the side that fought it, as the story named
		// it ("Israel launched the offensive" after Hezbollah's raid)
		return asMention(last, fmt.Sprintf("story-counterpart: paired with %s in %d event(s) told before", last.Country, n))
	}
	cc := string(last.Country)
	t := asMention(last, fmt.Sprintf("story-counterpart: paired with %s in %d event(s) told before", cc, n))
	t.Kind, t.Actor = dateline.KindCountry, c.government(cc)
	return t
}

// homeParty returns, for an act between two parties whose source is of a
// country, the first party of that country the sentence names beside its
// sources that is no arm of the state (the opposition, protesters, rebels,
// civilians), as of the source's country, or nil when the sentence names
// none or names anyone of another country: "The government withdrew the
// riot squads, saying the crowds had calmed", "asked the protesters to
// give him time" are acts at home, not acts on the story's counterpart.
// A party of no country is of the story's own country. A pronoun names no
// party, and the source's own sector is its side, nor is who reports it
// ("state media reported"); a party told in a clause
// of its own about something else (after, if, who: "vowed to retaliate
// after the rockets wounded two Israeli civilians") is not whom the act
// is aimed at (mainLine).
func (c *Coder) homeParty(sc *scene, s *dateline.Sentence, actors []dateline.Mention, f event.Found) *dateline.Mention {
	src := actors[f.Sources[0]].Actor
	if !c.isCountry(src.Country) {
		return nil
	}
	var party *dateline.Mention
	for i := range actors {
		m := &actors[i]
		if slices.Contains(f.Sources, i) {
			continue
		}
		cc := m.Actor.Country
		if cc == "" {
			cc = sc.home
		}
		if cc != src.Country {
			if len(cc) == 3 {
				return nil // another country (or bloc) named
			}
			continue
		}
		if party == nil && m.Kind != dateline.KindPronoun && m.Actor.Sector != "" && m.Actor.Sector != src.Sector &&
			!c.Actors.State(m.Actor.Sector) && !reports(s, m.Start) && mainLine(s, m.Start, f.Trigger.Start) {
			p := *m
			p.Actor.Country, p.Actor.Code = src.Country, src.Country+m.Actor.Sector
			p.Rule += "+home party"
			party = &p
		}
	}
	return party
}

// reports reports whether the words at body offset off say who reports
// what the sentence tells (", state media reported", "according to
// X"): no party to the act.
func reports(s *dateline.Sentence, off int) bool {
	an, i := s.Analysis, s.TokenAt(off)
	if an == nil || i < 0 || i >= len(an.Words) || an.Words[i].Chunk < 0 {
		return false
	}
	k := int(an.Words[i].Chunk)
	if an.Governor(k, dateline.RelAttrib) >= 0 {
		return true
	}
	cl := an.ClauseOf(i)
	return cl >= 0 && an.Clauses[cl].Kind == dateline.ClauseReport
}

// mainLine reports whether the words at body offset off are told on the
// line of the act triggered at body offset trig: in its clause or one it
// depends on, or under them in no adverbial, conditional or relative
// clause, nor in a participle about a noun ("vowed to retaliate after the
// rockets wounded two civilians", "if protesters march", "the rebels who
// fled").
func mainLine(s *dateline.Sentence, off, trig int) bool {
	an := s.Analysis
	if an == nil {
		return true
	}
	t := an.ClauseOf(s.TokenAt(trig))
	for k, n := an.ClauseOf(s.TokenAt(off)), 0; k >= 0 && n <= len(an.Clauses); k, n = an.Clauses[k].Parent, n+1 {
		if an.Within(t, k) {
			return true // the act's own clause, or one it depends on
		}
		switch an.Clauses[k].Kind {
		case dateline.ClauseAdverbial, dateline.ClauseConditional, dateline.ClauseRelative:
			return false
		case dateline.ClauseParticipial:
			if an.AboutSubject(k) {
				return false
			}
		}
	}
	return true
}

// foe returns, for an arm of the state m that takes a place by force or
// uses force in a place of its own country with no one named as target,
// in a story that paired its country with no other, who last used force
// at home of no arm of the state (sc.foeAtHome), or nil: "Chechen rebels
// stormed the town ... Special forces tried to retake the hospital".
func (c *Coder) foe(sc *scene, m dateline.Mention) *dateline.Mention {
	if !c.isCountry(m.Actor.Country) || !c.Actors.State(m.Actor.Sector) {
		return nil
	}
	if last, _ := sc.counterpart(m, false, false); last != nil {
		return nil
	}
	if sc.junta(m.Actor.Country, c.Actors.Force, c.Actors.Power, c.Lexicon.Shown) {
		// "Soldiers stormed the palace and seized the president. The
		// attackers fought the guard ... The council closed the borders":
		// those who used force took power; the rulers they made do not
		// fight them
		return nil
	}
	if f := sc.foeAtHome(m.Actor.Country, c.Actors.State); f != nil {
		return asMention(f, "story-counterpart: the last at home who used force, of no arm of the state")
	}
	return nil
}

// foeAtHome returns the source of the last event of force told (quad
// class 4) of country cc, or of none ("gunmen"), that no arm of its state
// did (state) and that fell on cc, or nil: the armed party a story of one country
// tells fighting at home (rebels, gunmen who stormed a building).
func (sc *scene) foeAtHome(cc string, state func(string) bool) *dateline.Participant {
	for _, es := range [2][]dateline.Event{sc.sentence, sc.earlier} {
		for i := len(es) - 1; i >= 0; i-- {
			e := &es[i]
			if told(e) && e.QuadClass == 4 && (string(e.Source.Country) == cc || e.Source.Country == "") && e.Source.Sector != "" && !state(string(e.Source.Sector)) &&
				e.Target != nil && string(e.Target.Country) == cc {
				return e.Source
			}
		}
	}
	return nil
}

// atHome returns the number of events told so far between two parties of
// country cc (protesters and the government, the army and rebels): how
// much the story is one of cc at home.
func (sc *scene) atHome(cc string) int {
	n := 0
	for e := range sc.events() {
		if told(e) && e.Target != nil && string(e.Source.Country) == cc && string(e.Target.Country) == cc && !sc.toll(e) {
			n++
		}
	}
	return n
}

// homeStory reports whether the story paired m's country with another
// state yet told more events between parties of m's country at home
// (atHome) than with it.
func (sc *scene) homeStory(m dateline.Mention) bool {
	last, n := sc.counterpart(m, false, false)
	return last != nil && sc.atHome(m.Actor.Country) > n
}

// events yields the events told so far, those of earlier sentences first,
// then those coded so far in this one.
func (sc *scene) events() iter.Seq[*dateline.Event] {
	return func(yield func(*dateline.Event) bool) {
		for _, es := range [2][]dateline.Event{sc.earlier, sc.sentence} {
			for i := range es {
				if !yield(&es[i]) {
					return
				}
			}
		}
	}
}

// usedForce reports whether the story told country a using force (quad
// class 4) on country b, in earlier sentences or this one.
func (sc *scene) usedForce(a, b string) bool {
	for e := range sc.events() {
		if told(e) && e.QuadClass == 4 && string(e.Source.Country) == a && e.Target != nil && string(e.Target.Country) == b {
			return true
		}
	}
	return false
}

// helped reports whether the story told countries a and b acting on each
// other short of conflict (quad class 1 or 2: help asked or given, a
// call, backing), either way, of events not given their target by the
// story's counterpart.
func (sc *scene) helped(a, b string) bool {
	for e := range sc.events() {
		if !told(e) || e.Target == nil || e.QuadClass > 2 || strings.Contains(e.Rule, counterpartTarget) {
			continue
		}
		s, t := string(e.Source.Country), string(e.Target.Country)
		if s == a && t == b || s == b && t == a {
			return true
		}
	}
	return false
}

// government returns the government of country cc, by the country's name.
func (c *Coder) government(cc string) dateline.Actor {
	p, _ := c.Places.Country(cc)
	return dateline.Actor{Name: p.Name, Country: cc, Sector: "GOV", Code: cc + "GOV"}
}

// first returns the first of ms, or nil.
func first(ms []dateline.Mention) *dateline.Mention {
	if len(ms) == 0 {
		return nil
	}
	return &ms[0]
}

// counterpart returns the story's other party for m's country, from the
// events told so far (earlier sentences, then this one) whose source and
// target are of two different countries, one of them m's: the country m's
// country acted on most, else the one that acted on it most (ties: more
// events either way, then the one paired first); with acted (for a
// denial: what one denies is what the story told one doing), only a
// country m's country acted on. It returns the last
// participant of that country and the events pairing them, or nil when m
// has no country or the story has paired it with no other: a domestic
// story gives no counterpart. With force (the act asked about is one of
// force), a country that backs m's in this sentence (an act of cooperation
// aimed at m's country: "Ethiopian troops, backed by Eritrean forces,
// captured the town") is on its side, not the one it fights.
func (sc *scene) counterpart(m dateline.Mention, acted, force bool) (last *dateline.Participant, n int) {
	if len(m.Actor.Country) != 3 {
		return nil, 0
	}
	type tally struct {
		cc       string
		n, acted int // events pairing them; those m's country did
		last     *dateline.Participant
	}
	var ts []tally // a handful of countries: looked through, no map
	count := func(es []dateline.Event, here bool) {
		for i := range es {
			e := &es[i]
			if !told(e) || e.Target == nil || len(e.Source.Country) != 3 || len(e.Target.Country) != 3 || e.Source.Country == e.Target.Country {
				continue
			}
			if here && e.QuadClass <= 2 && string(e.Target.Country) == m.Actor.Country {
				// "Ethiopian troops, backed by Eritrean forces, captured the
				// town": who backs m in its own sentence is on its side
				continue
			}
			other, acted := e.Target, 1
			switch m.Actor.Country {
			case string(e.Source.Country):
			case string(e.Target.Country):
				other, acted = e.Source, 0
			default:
				continue
			}
			k := slices.IndexFunc(ts, func(t tally) bool { return t.cc == string(other.Country) })
			if k < 0 {
				ts = append(ts, tally{string(other.Country), 0, 0, nil})
				k = len(ts) - 1
			}
			ts[k].n++
			ts[k].acted += acted
			ts[k].last = other
		}
	}
	count(sc.earlier, false)
	count(sc.sentence, force)
	best := -1
	for k, t := range ts {
		if best < 0 || t.acted > ts[best].acted || t.acted == ts[best].acted && t.n > ts[best].n {
			best = k
		}
	}
	if best < 0 || acted && ts[best].acted == 0 {
		return nil, 0
	}
	return ts[best].last, ts[best].n
}

// arrester returns the sector of the state's forces (sectors.txt's force)
// of country that the text leaves out as the agent of act code (an arrest
// told in the passive): those who did the same act earlier in the story
// ("Police ... arresting hundreds. ... The lawyers' leader was
// arrested"), else those who used force earlier in the story against those
// of its country who hold or seek power (a coup: "Soldiers surrounded the
// homes of the ministers. The premier was placed under house arrest"; the
// junta holds whom the story later tells held, as the story golds code
// it, however far down); "" when the story tells neither.
func (sc *scene) arrester(country, code string, force, power, shown func(string) bool) string {
	same := func(e *dateline.Event) bool {
		return told(e) && strings.HasPrefix(e.CAMEO, code) && string(e.Source.Country) == country && force(string(e.Source.Sector))
	}
	coup := func(e *dateline.Event) bool { return tookPower(e, country, force, power, shown) }
	last := func(kind func(*dateline.Event) bool, since int) string {
		for i := len(sc.sentence) - 1; i >= 0; i-- {
			if kind(&sc.sentence[i]) {
				return string(sc.sentence[i].Source.Sector)
			}
		}
		for i := len(sc.earlier) - 1; i >= 0 && sc.earlier[i].Sentence.Index >= since; i-- {
			if kind(&sc.earlier[i]) {
				return string(sc.earlier[i].Source.Sector)
			}
		}
		return ""
	}
	if k := last(same, 0); k != "" {
		return k
	}
	return last(coup, 0)
}

// tookPower reports whether event e, told as done, is a country's forces
// (sectors.txt's force) using force at home on those who hold or seek power
// (power): a coup. A show of force or an alert (policy.tsv's shown) uses
// none: "soldiers patrolled the streets of Chile's capital" is no junta,
// where forces moved against the government (154: "sent tanks into the
// streets of Valencia") may be one.
func tookPower(e *dateline.Event, country string, force, power, shown func(string) bool) bool {
	return told(e) && e.QuadClass == 4 && !shown(e.CAMEO) && e.Target != nil && string(e.Source.Country) == country && force(string(e.Source.Sector)) &&
		string(e.Target.Country) == country && power(string(e.Target.Sector))
}

// junta reports whether the story told, before or earlier in this
// sentence, country's forces taking power (tookPower): its forces are then
// its rulers, not an arm of its government.
func (sc *scene) junta(country string, force, power, shown func(string) bool) bool {
	for e := range sc.events() {
		if tookPower(e, country, force, power, shown) {
			return true
		}
	}
	return false
}

// parties returns the two sides a go-between m stands between (policy.tsv's
// mediation): the source and target of the last act told between two
// others, in this sentence first ("the truce, brokered by Turkey, ended the
// fighting between Armenia and Azerbaijan"), else before ("Russia
// brokered the deal" after both sides agreed a truce), as mentions; nil
// when none is told. Neither side is m's actor, nor of m's country: a
// state's own acts, and acts on it, are not another pair's. With force,
// only an act of material conflict (quad class 4) counts: the fighting
// that a call for a ceasefire or restraint is about, not a war of words,
// nor a protest ("Mexico protested the killings" is no side of them).
func (sc *scene) parties(m dateline.Mention, index int, force bool) (a, b *dateline.Mention) {
	between := func(e *dateline.Event) bool {
		if !told(e) || force && (e.QuadClass != 4 || strings.HasPrefix(e.CAMEO, "14")) || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" || e.Source.Code == e.Target.Code ||
			unknownDoer(e.Source) || sc.toll(e) {
			return false
		}
		for _, p := range [2]*dateline.Participant{e.Source, e.Target} {
			if p.Code == m.Actor.Code || m.Actor.Country != "" && string(p.Country) == m.Actor.Country {
				return false
			}
		}
		return true
	}
	if e := lastWhere(sc.sentence, between); e != nil {
		return asMention(e.Source, "a-side-mediated"), asMention(e.Target, "a-side-mediated")
	}
	for i := len(sc.earlier) - 1; i >= 0 && sc.earlier[i].Sentence.Index >= index-2; i-- {
		if e := &sc.earlier[i]; between(e) {
			return asMention(e.Source, "a-side-mediated"), asMention(e.Target, "a-side-mediated")
		}
	}
	return nil, nil
}

// doesToSomeone reports whether this sentence already tells m doing an act
// of the same kind as cameo to a target ("the envoy mediated, meeting
// each side's leaders"): one act, whom the sentence names, as dedupe
// keeps it.
func (sc *scene) doesToSomeone(m dateline.Mention, cameo string) bool {
	return slices.ContainsFunc(sc.sentence, func(e dateline.Event) bool {
		return e.Target != nil && e.Source.Name == m.Actor.Name && string(e.Source.Country) == m.Actor.Country && kind(e.CAMEO, sc.apart) == kind(cameo, sc.apart)
	})
}

// told reports whether an event told so far has a participant of country
// cc: the story is about it, not only datelined there.
func (sc *scene) told(cc string) bool {
	for e := range sc.events() {
		if e.Source != nil && string(e.Source.Country) == cc || e.Target != nil && string(e.Target.Country) == cc {
			return true
		}
	}
	return false
}

// homePeople reports whether m is of the people of a country, no arm of its
// state and no armed group (the opposition, a party, civilians, unions,
// clergy, the press), in a story that pairs its country with no other: what
// they ask naming no one is asked of their own government (policy.tsv's
// ofstate).
func (c *Coder) homePeople(sc *scene, m dateline.Mention) bool {
	sector := m.Actor.Sector
	if !c.isCountry(m.Actor.Country) || sector == "" || !c.Actors.Home(sector) || c.Actors.State(sector) || c.Actors.Armed(sector) {
		return false
	}
	last, _ := sc.counterpart(m, false, false)
	return last == nil
}

// groupFoe returns, for words of an armed group outside the state (a
// rebel movement, its spokesman), the government of the foreign state the
// story paired the group itself with in most events told ("Israeli
// warplanes struck Hamas compounds ... A Hamas spokesman vowed the
// movement would avenge the killing" threatens Israel), or nil: events of
// the group's country by others ("Palestinian civilians") do not count,
// and a tie names no one.
func (c *Coder) groupFoe(sc *scene, m dateline.Mention) *dateline.Mention {
	type tally struct {
		cc string
		n  int
	}
	var ts []tally // a handful of countries: looked through, no map
	for e := range sc.events() {
		if !told(e) || e.Target == nil || sc.toll(e) {
			continue
		}
		a, b := e.Source, e.Target
		if b.Code == m.Actor.Code && string(b.Country) == m.Actor.Country {
			a, b = b, a // a: the group
		}
		if a.Code != m.Actor.Code || string(a.Country) != m.Actor.Country || b.Country == a.Country ||
			!c.isCountry(string(b.Country)) || !(b.Sector == "" || c.Actors.State(string(b.Sector))) {
			continue
		}
		k := slices.IndexFunc(ts, func(t tally) bool { return t.cc == string(b.Country) })
		if k < 0 {
			ts = append(ts, tally{cc: string(b.Country)})
			k = len(ts) - 1
		}
		ts[k].n++
	}
	best, tie := most(ts, func(t tally) int { return t.n })
	if best < 0 || tie {
		return nil
	}
	cc := ts[best].cc
	return &dateline.Mention{Kind: dateline.KindCountry, Actor: c.government(cc),
		Rule: fmt.Sprintf("story-counterpart: the state the story paired %s with in %d event(s) told", m.Actor.Code, ts[best].n)}
}

// foeSides gives each act of the story that ends, yields or answers a
// fight (policy.tsv's foe: a surrender, a retreat, a truce declared) and
// still names no one it is done to the side its source fought: the other
// party of the nearest act of force or posture (policy.tsv's coerces and
// forces: roots 15, 17-20) told with the source's actor, the latest told
// before it (in its own sentence or an earlier one) first, else the first
// told after it, as a lede tells the surrender before the fight:
// "President Ortega surrendered at dawn" after "General Ruiz overthrew
// President Ortega" surrenders to Ruiz; "Rebel soldiers surrendered late
// on Sunday. ... Troops had surrounded the rebel soldiers" to the troops.
// The source's actor is the party of the same code, else of the same
// name; an act in which both parties are it, or neither, tells no side,
// and one done to a place tells none ("Government troops pushed into
// Benghazi": Benghazi stands for no side of its state).
// A story with no such act gives none, as before.
func (c *Coder) foeSides(sc *scene, events []dateline.Event, mentions [][]dateline.Mention) {
	for i := range events {
		e := &events[i]
		if e.Source == nil || e.Target != nil || e.Source.Country == "" || !c.Lexicon.Foe(e.CAMEO) || unknownDoer(e.Source) || jointAct(events, e) {
			continue
		}
		// force answers a fight told before it, never one told after
		// ("A gunman fired several shots. ... Police arrested the gunman"
		// is no fight the shots answered)
		violent := c.Lexicon.Violent(e.CAMEO)
		before, after := -1, -1 // the latest act told before it, the first told after it
		for k := range events {
			o := &events[k]
			if k == i || !told(o) || o.Target == nil || sc.toll(o) || !c.Lexicon.Coerces(o.CAMEO) && !c.Lexicon.Forces(o.CAMEO) ||
				foeOf(e.Source, o) == nil || placed(mentions, o) {
				continue
			}
			switch {
			case o.Sentence.Index < e.Sentence.Index || o.Sentence.Index == e.Sentence.Index && o.Trigger.Start < e.Trigger.Start:
				before = k
			case after < 0 && !violent:
				after = k
			}
		}
		best := cmp.Or(before+1, after+1) - 1
		if best < 0 {
			continue
		}
		t := *foeOf(e.Source, &events[best])
		e.Target = &t
		e.Rule += "; target: the side it fought, from sentence " + strconv.Itoa(events[best].Sentence.Index)
	}
}

// placed reports whether the target of act o is a place the sentence
// names, not an actor ("pushed into Benghazi", coded on the government
// of the place's country).
func placed(mentions [][]dateline.Mention, o *dateline.Event) bool {
	if o.Sentence.Index >= len(mentions) {
		return false
	}
	for _, m := range mentions[o.Sentence.Index] {
		if m.Kind == dateline.KindPlace && m.Start == o.Target.Start && m.End == o.Target.End {
			return true
		}
	}
	return false
}

// jointAct reports whether another source of another actor does the act
// of event e with it ("Thailand and Cambodia agreed to a ceasefire, ending
// five days of fighting"): sides that end a fight together, each other's
// party, not one that ends it alone.
func jointAct(events []dateline.Event, e *dateline.Event) bool {
	for k := range events {
		o := &events[k]
		if o.Sentence.Index == e.Sentence.Index && o.Trigger.Start == e.Trigger.Start && o.CAMEO == e.CAMEO &&
			o.Source != nil && o.Source.Code != e.Source.Code {
			return true
		}
	}
	return false
}

// foeOf returns the other party of act o when one of its parties is the
// actor of src and the other is not, or nil: by code ("troops surrounded
// the rebel soldiers": the troops, for rebels of the same country), and by
// name when both parties bear src's code ("General Rodriguez overthrew
// President Stroessner", both of the government: Rodriguez, for
// Stroessner). A country's name is no one's own: two parties named by it
// are both the source's, or neither.
func foeOf(src *dateline.Participant, o *dateline.Event) *dateline.Participant {
	s, t := o.Source.Code == src.Code, o.Target.Code == src.Code
	if s && t && src.Name != "" {
		s, t = o.Source.Name == src.Name, o.Target.Name == src.Name
	}
	switch {
	case s == t || src.Code == "":
		return nil
	case s && !unknownDoer(o.Target) && o.Target.Country != "":
		return o.Target
	case t && !unknownDoer(o.Source) && o.Source.Country != "":
		return o.Source
	}
	return nil
}
