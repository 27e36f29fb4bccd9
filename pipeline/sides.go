package pipeline

import (
	"slices"
	"strconv"
	"strings"

	"dateline"
)

// The story's two sides. Most wire stories are about one relation: two
// countries at war, a state and a rebel group, a government and its
// opposition. The sides are read from the events told so far, who acted
// on whom, not from the names the story repeats: a story of Honduras and
// Nicaragua fighting, with the United States mediating, names the United
// States often, but its sides are Honduras and Nicaragua.

// sides are the story's two sides and how many events told so far paired
// them.
type sides struct {
	a, b     *dateline.Participant // as the story named them last, a the side paired first
	n        int                   // events that paired them
	conflict bool                  // counted among acts of conflict (quad classes 3, 4)
}

// sideKey returns the side participant p stands on: its country, for a
// country, its government or any arm of its state, and for its people too
// when their country is paired with another; for a body of no country (a
// bloc), its code; for a party of p's country that is no arm of the state
// (rebels, the opposition), its country and sector, apart from the state
// (within). It returns "" for no one and for unidentified attackers.
func (c *Coder) sideKey(p *dateline.Participant, within bool) string {
	if p == nil || unknownDoer(p) || p.Code == "" {
		return ""
	}
	cc := string(p.Country)
	switch {
	case !c.isCountry(cc):
		return p.Code
	case within && p.Sector != "" && !c.Actors.State(string(p.Sector)):
		return cc + "/" + string(p.Sector)
	}
	return cc
}

// storySides returns the story's two sides from the events told so far
// (earlier sentences, then this one): the two parties that acted on each
// other in the most acts of conflict (quad classes 3 and 4), else in the
// most events of any kind; ties go to the pair told first. Parties of two
// countries are their countries; two of one country are the state and a
// party that is no arm of it ("Ugandan troops attacked LRA rebels"). Tolls
// of unidentified attackers pair no one. It returns nil when no event paired
// two sides: a story of one party.
func (c *Coder) storySides(sc *scene) *sides {
	type tally struct {
		ka, kb   string
		a, b     *dateline.Participant
		n, fight int
	}
	var ts []tally // a handful of pairs: looked through, no map
	count := func(es []dateline.Event) {
		for i := range es {
			e := &es[i]
			if !told(e) || e.Target == nil || sc.toll(e) {
				continue
			}
			within := e.Source.Country == e.Target.Country
			ka, kb := c.sideKey(e.Source, within), c.sideKey(e.Target, within)
			if ka == "" || kb == "" || ka == kb {
				continue
			}
			a, b := e.Source, e.Target
			k := slices.IndexFunc(ts, func(t tally) bool { return t.ka == ka && t.kb == kb || t.ka == kb && t.kb == ka })
			if k < 0 {
				ts = append(ts, tally{ka: ka, kb: kb})
				k = len(ts) - 1
			}
			if ts[k].ka != ka {
				a, b = b, a
			}
			ts[k].a, ts[k].b = a, b
			ts[k].n++
			if e.QuadClass >= 3 {
				ts[k].fight++
			}
		}
	}
	count(sc.earlier)
	count(sc.sentence)
	best := -1
	for k, t := range ts {
		if best < 0 || t.fight > ts[best].fight || t.fight == ts[best].fight && ts[best].fight == 0 && t.n > ts[best].n {
			best = k
		}
	}
	if best < 0 {
		return nil
	}
	t := ts[best]
	if t.fight > 0 {
		return &sides{a: t.a, b: t.b, n: t.fight, conflict: true}
	}
	return &sides{a: t.a, b: t.b, n: t.n}
}

// describes is what a counted description of two parties ("both sides",
// "the two countries", "the rivals") was read as by the actor tracker,
// where the story's sides may read it better: the two countries the story
// names most, or two an earlier sentence joined by "and" (its why, in the
// mention's rule).
const (
	namedMost    = "the story names most"
	joinedBefore = "an earlier sentence joined by \"and\""
)

// sideMembers rewrites the members of a counted description of two
// parties in ms (one sentence's actor mentions) as the story's two sides,
// when the actor tracker read it as the two countries the story names
// most, or as two that an earlier sentence joined by "and" who are neither
// side (callers and go-betweens: "Russia, France and the United States
// called for a ceasefire. Both sides accused each other"). The sides must be
// two countries. "Each other" in the same sentence, read as the same pair,
// follows. A description the sentence itself explains ("the tests by India
// and Pakistan ... both countries") is left as it is.
func (c *Coder) sideMembers(sc *scene, ms []dateline.Mention) {
	var sd *sides
	for i := 0; i+1 < len(ms); i++ {
		m, o := &ms[i], &ms[i+1]
		if !strings.HasPrefix(m.Rule, "coref:members") || m.Span != o.Span || (i+2 < len(ms) && ms[i+2].Span == m.Span) ||
			!strings.Contains(m.Rule, " of 2: ") || m.Actor.Country == "" || o.Actor.Country == "" {
			continue
		}
		names, joined := strings.Contains(m.Rule, namedMost), strings.Contains(m.Rule, joinedBefore)
		if !names && !joined {
			continue
		}
		if sd == nil {
			if sd = c.storySides(sc); sd == nil || !c.isCountry(string(sd.a.Country)) || !c.isCountry(string(sd.b.Country)) || sd.a.Country == sd.b.Country {
				return
			}
		}
		ca, cb := string(sd.a.Country), string(sd.b.Country)
		old := [2]string{m.Actor.Country, o.Actor.Country}
		if old[0] == ca && old[1] == cb || old[0] == cb && old[1] == ca {
			continue // the tracker read them so
		}
		if slices.ContainsFunc(ms, func(x dateline.Mention) bool {
			return x.Span != m.Span && !strings.HasPrefix(x.Rule, "coref:reciprocal") && (x.Actor.Country == ca || x.Actor.Country == cb)
		}) {
			// "Egypt urged both countries": a side the sentence names
			// apart is not among those it describes
			continue
		}
		if joined && (slices.Contains(old[:], ca) || slices.Contains(old[:], cb)) || names && sc.bothWays(old[0], old[1]) {
			// "Russia and China held drills. Japan protested. The two
			// countries rejected the protest": two who acted together, or
			// on each other, are a pair the story told, whatever acts of
			// conflict others did since
			continue
		}
		why := "the story's two sides, who acted on each other in " + strconv.Itoa(sd.n) + " event(s) told so far"
		if sd.conflict {
			why = "the story's two sides, who acted against each other in " + strconv.Itoa(sd.n) + " act(s) of conflict told so far"
		}
		c.asSide(m, sd.a, "1 of 2: "+why)
		c.asSide(o, sd.b, "2 of 2: "+why)
		for k := range ms {
			// "Both sides accused each other": the same pair
			r := &ms[k]
			if strings.HasPrefix(r.Rule, "coref:reciprocal") && r.Start > m.Start {
				switch r.Actor.Country {
				case old[0]:
					c.asSide(r, sd.a, "1 of 2: the group described before, "+why)
				case old[1]:
					c.asSide(r, sd.b, "2 of 2: the group described before, "+why)
				}
			}
		}
		i++
	}
}

// asSide makes member m the side p stands for: its country, keeping m's
// kind and sector ("both governments": the government of each), or, for an
// armed group (sectors.txt's armed: "Hezbollah fired rockets at Haifa"),
// the group itself, a side of its own, not its country's state; with
// rule why.
func (c *Coder) asSide(m *dateline.Mention, p *dateline.Participant, why string) {
	kind, _, _ := strings.Cut(strings.TrimPrefix(m.Rule, "coref:"), " ")
	if c.Actors.Armed(string(p.Sector)) {
		m.Kind, m.Actor = dateline.KindAgent, dateline.Actor{Name: p.Name, Country: string(p.Country), Sector: string(p.Sector), Code: p.Code}
		m.Rule = "coref:" + kind + " -> " + p.Name + " (" + why + ")"
		return
	}
	cc := string(p.Country)
	place, _ := c.Places.Country(cc)
	sector := m.Actor.Sector
	m.Actor = dateline.Actor{Name: place.Name, Country: cc, Sector: sector, Code: cc + sector}
	m.Rule = "coref:" + kind + " -> " + place.Name + " (" + why + ")"
}

// bothWays reports whether events told so far had country a act on
// country b and b on a: the story paired them ("Egypt and Ethiopia resumed
// talks"), not only one acting on the other.
func (sc *scene) bothWays(a, b string) bool {
	var ab, ba bool
	for e := range sc.events() {
		if !told(e) || e.Target == nil {
			continue
		}
		src, tgt := string(e.Source.Country), string(e.Target.Country)
		ab = ab || src == a && tgt == b
		ba = ba || src == b && tgt == a
	}
	return ab && ba
}

// sideAt is an act that asked for the story's counterpart of its source
// and found none when it was coded: the rest of its sentence may pair the
// source's country ("Colombia agreed on Sunday to take back the migrants,
// hours after the United States imposed tariffs"). atHome marks force in
// the source's own land, aimed at its own country for want of another
// party ("Argentine troops seized the islands, and Britain broke off
// relations").
type sideAt struct {
	answerAt
	denial, atHome bool
	// asked is what the counterpart was asked with, for the rest of the
	// story (sidesInStory); unset for force at home
	asked *sideAsk
}

// sideAsk is the source an act asked the story's counterpart of, and the
// act's policy flags as Coder.counterpart reads them.
type sideAsk struct {
	src                          dateline.Mention
	violent, home, forces, rival bool
}

// sidesLater gives each act of sentence events[first:] that found no
// counterpart when it was coded (sc.sideOpen) the other party of the act
// it follows, told later in its sentence after a preposition of occasion
// ("after", "following", "amid": the syntax word table's occasion role): an
// act by another country's actor aimed at the source's country
// ("Colombia agreed on Sunday to take back the migrants, hours after the
// United States imposed tariffs on Colombian goods"), or any act of the
// source's country with another ("accepted the plan after talks with the
// French president"). Force in the source's own land aimed at its own state for want
// of another party takes any such act told after it ("Argentine troops
// seized the islands, and Britain broke off relations"). As the
// counterpart reads it, the party is its government, for force as named.
func (c *Coder) sidesLater(s *dateline.Sentence, events []dateline.Event, open []sideAt) {
	for _, a := range open {
		i := indexAt(events, a.answerAt)
		if i < 0 {
			continue
		}
		e := &events[i]
		own := string(e.Source.Country)
		if !c.isCountry(own) || a.atHome != (e.Target != nil) || a.atHome && string(e.Target.Country) != own {
			continue
		}
		for j := i + 1; j < len(events); j++ {
			o := &events[j]
			if !told(o) || o.Trigger.Start <= a.start || o.Target == nil || o.Source.Country == o.Target.Country {
				continue
			}
			other := o.Source
			switch {
			case string(o.Target.Country) == own && (o.QuadClass >= 3 || !a.atHome) && !c.Actors.Armed(string(o.Target.Sector)):
				// (not an act toward the country's armed men outside its
				// state: "extremists backed by Qatar" in Libya)
			case !a.atHome && string(o.Source.Country) == own:
				other = o.Target // "after talks in the Kremlin with the French president"
			default:
				continue
			}
			if !c.isCountry(string(other.Country)) || !a.atHome && !c.occasionBetween(s, a.start, o.Trigger.Start) {
				continue
			}
			t := *other
			if !c.Lexicon.Violent(e.CAMEO) && !c.Lexicon.Taken(e.CAMEO) && !a.atHome {
				g := c.government(string(t.Country))
				t = dateline.Participant{Text: t.Text, Name: g.Name, Country: dateline.Null(g.Country), Sector: dateline.Null(g.Sector), Code: g.Code, Start: t.Start, End: t.End}
			}
			e.Target = &t
			e.Rule += counterpartTarget + ", who acted against it later in the sentence (the act answered)"
			break
		}
	}
}

// occasionBetween reports whether a preposition of occasion ("after",
// "amid") stands in sentence s between offsets from and to.
func (c *Coder) occasionBetween(s *dateline.Sentence, from, to int) bool {
	for _, t := range s.Tokens {
		if t.Start > from && t.End <= to && c.Syntax.Roles(t.Lower).Has(dateline.RoleOccasion) {
			return true
		}
	}
	return false
}

// rival returns the other side at home of m, an arm of a state or an
// armed group (sectors.txt's state and armed), in a story of a conflict
// within one country: of the acts told so far between an arm of m's
// country's state and an armed group of that country (fighting, and talks,
// a signed truce or a deal: any act pairs them), for a group the state's
// side as the story named it last ("Tamil Tiger rebels attacked an army
// camp. The rebels vowed to fight on": the army), for the state the group
// it dealt with in the most such acts. It
// returns nil for anyone else, for a denial (what one denies is what one
// did, not a side), when the story told no such act, and when the state
// fought two groups in as many acts: no clear other side.
func (c *Coder) rival(sc *scene, m dateline.Mention, denial, ok, force bool) *dateline.Mention {
	r, _ := c.rivalSide(sc, m, denial, ok, force)
	return r
}

// rivalAsked reports whether act code by m asks for the other side at
// home (policy.tsv's rival): never a judgement by an arm of the state
// (dissent) ("Opposition leaders denounced the arrangement" judges the
// government; "the minister blamed the disaster on corruption" no side).
func (c *Coder) rivalAsked(code string, m dateline.Mention) bool {
	return c.Lexicon.Rival(code) && !(c.Lexicon.Dissent(code) && (m.Actor.Sector == "" || c.Actors.State(m.Actor.Sector)))
}

// rivalSide returns what rival does and the number of acts told between
// the two sides at home. With force (force, or a place taken), only an
// armed side counts: "Police detained dozens of protesters. Troops
// captured the hilltop village" takes nothing from the protesters.
func (c *Coder) rivalSide(sc *scene, m dateline.Mention, denial, ok, force bool) (*dateline.Mention, int) {
	cc, sector := m.Actor.Country, m.Actor.Sector
	state := sector == "" || c.Actors.State(sector)
	side := c.Actors.Rival
	if force {
		side = c.Actors.Armed
	}
	if !ok || denial || !state && !side(sector) {
		return nil, 0
	}
	type tally struct {
		code string
		n    int
		last *dateline.Participant
	}
	var ts []tally // a handful of parties: looked through, no map
	for e := range sc.events() {
		if !told(e) || e.Target == nil || sc.toll(e) || string(e.Source.Country) != cc || string(e.Target.Country) != cc {
			continue
		}
		a, b := e.Source, e.Target
		if side(string(a.Sector)) {
			a, b = b, a // a: the state's side
		}
		if !(a.Sector == "" || c.Actors.State(string(a.Sector))) || !side(string(b.Sector)) || unknownDoer(a) {
			continue
		}
		other := b
		if !state {
			if b.Code != m.Actor.Code {
				continue // another group's fight
			}
			other = a
		}
		k := slices.IndexFunc(ts, func(t tally) bool { return t.code == other.Code || !state })
		if k < 0 {
			ts = append(ts, tally{code: other.Code})
			k = len(ts) - 1
		}
		ts[k].n++
		ts[k].last = other
	}
	best, tie := most(ts, func(t tally) int { return t.n })
	if best < 0 && !force && c.Actors.Force(sector) {
		return c.ousted(sc, cc)
	}
	if best < 0 || tie {
		return nil, 0 // no clear other side: the state fought two groups as much
	}
	rule := "story-side: the other side at home, in " + strconv.Itoa(ts[best].n) + " act(s) between them told so far"
	if !state && !c.Actors.Armed(sector) {
		// "The opposition dismissed the offer" after the president made
		// it: those who contend with the state unarmed (protesters, the
		// opposition) contend with its government, whichever arm faced
		// them last
		return &dateline.Mention{Kind: dateline.KindCountry, Actor: c.government(cc), Rule: rule + ", the state's government"}, ts[best].n
	}
	return asMention(ts[best].last, rule), ts[best].n
}

// sidesInStory gives each act that asked for the story's counterpart of
// its source and found none in the story up to its own sentence's end
// (sc.storyOpen) the counterpart the whole story gives, as Coder.counterpart
// reads it from all the story's events: a lede often tells one side's act
// before the story tells the two sides dealing with each other ("Bush
// imposed tariffs on imported steel. ... EU Trade Commissioner Pascal
// Lamy accused Washington of flouting the rules": the EU; "Begin proposed
// negotiations without preconditions. The two men held two rounds of
// talks": Sadat's Egypt). A story that never pairs the source's country
// with another gives none, as before.
func (c *Coder) sidesInStory(sc *scene, events []dateline.Event) {
	if len(sc.storyOpen) == 0 {
		return
	}
	sc.sentence = nil
	var others []dateline.Event // the story's events but those of the act's own sentence
	for _, a := range sc.storyOpen {
		i := indexAt(events, a.answerAt)
		if i < 0 || a.asked.violent || events[i].Target != nil || events[i].Source == nil {
			continue
		}
		// the act's own sentence pairs it only after a word of occasion
		// (sidesLater): "Britain condemned the raid and later sanctioned
		// Iran" condemns no one it names
		others = others[:0]
		for _, o := range events {
			if o.Sentence.Index != a.sentence {
				others = append(others, o)
			}
		}
		sc.earlier = others
		e := &events[i]
		cp := c.counterpart(sc, a.asked.src, a.denial, a.asked.violent, a.asked.home, a.asked.forces, a.asked.rival)
		if cp == nil || cp.Actor.Country == string(e.Source.Country) || atHome(others, string(e.Source.Country), cp.Actor.Country) {
			continue
		}
		e.Target = participant(cp)
		e.Rule += counterpartTarget + ", told later in the story (" + cp.Rule + ")"
	}
	sc.storyOpen = sc.storyOpen[:0]
}

// atHome reports whether the story's other acts of country cc keep to
// their own country more often than they pair it with country cp: "Troops
// took up positions inside the chamber" in a story of a president and his
// legislature, where the European Union speaks once at the end, is an act
// at home, not one aimed at the Union.
func atHome(others []dateline.Event, cc, cp string) bool {
	home, abroad := 0, 0
	for _, o := range others {
		if o.Source == nil || o.Target == nil {
			continue
		}
		s, t := string(o.Source.Country), string(o.Target.Country)
		switch {
		case s == cc && t == cc:
			home++
		case s == cc && t == cp || s == cp && t == cc:
			abroad++
		}
	}
	return home > abroad
}

// ousted returns, in a story of a coup or a mutiny (both sides arms of
// the state), whom country cc's forces (sectors.txt's force) acted on
// among those at home who hold power (sectors.txt's power), as the story
// named them last, and the number of such acts told so far: "Soldiers
// detained the president. The military warned that it would step in
// again", "the general withdrew his tanks" act on the government they
// rose against. It returns nil when the story told no such act.
func (c *Coder) ousted(sc *scene, cc string) (*dateline.Mention, int) {
	var last *dateline.Participant
	n := 0
	for e := range sc.events() {
		if !told(e) || e.Target == nil || sc.toll(e) || string(e.Source.Country) != cc || string(e.Target.Country) != cc ||
			!c.Actors.Force(string(e.Source.Sector)) || !c.Actors.Power(string(e.Target.Sector)) {
			continue
		}
		last = e.Target
		n++
	}
	if last == nil {
		return nil, 0
	}
	return asMention(last, "story-side: the power at home the state's forces rose against, in "+strconv.Itoa(n)+" act(s) told so far"), n
}

// most returns the index of the tally with the largest count n gives (the
// first of equals), and whether another has as many; -1 for none.
func most[T any](ts []T, n func(T) int) (best int, tie bool) {
	best = -1
	for k, t := range ts {
		switch {
		case best < 0 || n(t) > n(ts[best]):
			best, tie = k, false
		case n(t) == n(ts[best]):
			tie = true
		}
	}
	return best, tie
}
