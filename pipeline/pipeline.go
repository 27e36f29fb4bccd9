// Package pipeline codes a story into events. It is the one place that
// knows the order of the stages: sentences and tokens, actor mentions,
// place mentions, time expressions, the clause analysis, events; then it
// asks package when for each event's date and package where for its place.
package pipeline

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"dateline"
	"dateline/internal/actor"
	"dateline/internal/event"
	"dateline/internal/segment"
	"dateline/internal/syntax"
	"dateline/internal/when"
	"dateline/internal/where"
)

// Coder codes stories. Its knowledge is read-only, so one Coder may code
// many stories at once.
type Coder struct {
	Actors  *actor.Dictionary
	Lexicon *event.Lexicon
	Places  *where.Gazetteer
	Syntax  *syntax.Analyzer
	// Times finds a sentence's time expressions; the embedded word list
	// (when.Default) if nil.
	Times *when.Lexicon
	// All keeps negated, future and hypothetical events, marked by their
	// modality; by default only asserted events are returned.
	All bool
	// Statements keeps plain statements and comments (CAMEO 010-014, "X
	// said", "expressed hope": policy.tsv's plain flag), which carry no
	// action and no PLOVER type; by default they are left out.
	Statements bool
	// OwnTarget gives an event whose text names no target, and whose
	// source has a country, that country as target ("police arrested 12":
	// EGYCOP -> EGY), as PLOVER's annotators code domestic acts. By default
	// the target stays empty: the text names none.
	OwnTarget bool
	// CountryBare codes a country named as an actor by CAMEO's bare code
	// ("India summoned Pakistan's envoy": IND -> PAKGOV), as PETRARCH does.
	// By default a country named as an actor is its government (INDGOV),
	// as ICEWS-style coders and the news evaluation sets code it.
	CountryBare bool
	// Dropped, when set, is told of each event the lexicon gave that a
	// later stage left out, and why: what 'explain' and 'eval --why' show.
	// It is called on the goroutine that codes the story.
	Dropped func(sentence int, cameo, why string)
}

// drop tells Dropped, if set, that the event of code cameo in sentence s
// was left out, and why.
func (c *Coder) drop(s int, cameo, why string) {
	if c.Dropped != nil {
		c.Dropped(s, cameo, why)
	}
}

// New returns a Coder with the embedded knowledge. The knowledge files
// (actors, lexicon, gazetteer, sentence model) load at once, each on its
// own goroutine: start-up is the slowest of them, not their sum.
func New() (*Coder, error) {
	var (
		c                            Coder
		wg                           sync.WaitGroup
		errA, errL, errG, errS, errY error
	)
	// The knowledge is built once from many small allocations that all
	// stay live; collecting garbage meanwhile only costs time.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	wg.Add(5)
	go func() { defer wg.Done(); c.Actors, errA = actor.Default() }()
	go func() { defer wg.Done(); c.Lexicon, errL = event.Default() }()
	go func() { defer wg.Done(); c.Places, errG = where.Default() }()
	go func() { defer wg.Done(); errS = segment.Load() }()
	go func() { defer wg.Done(); c.Syntax, errY = syntax.Default() }()
	wg.Wait()
	switch {
	case errA != nil:
		return nil, fmt.Errorf("load actors: %w", errA)
	case errL != nil:
		return nil, fmt.Errorf("load event lexicon: %w", errL)
	case errG != nil:
		return nil, fmt.Errorf("load gazetteer: %w", errG)
	case errS != nil:
		return nil, errS
	case errY != nil:
		return nil, fmt.Errorf("load word table: %w", errY)
	}
	c.Lexicon = c.Lexicon.WithSectors(c.Actors) // the event stage asks the actor dictionary which sectors are the state's
	// the actor and event stages find a sentence's words by the word
	// table's ids (Code identifies each sentence's tokens first)
	c.Actors = c.Actors.WithWords(c.Syntax)
	c.Lexicon = c.Lexicon.WithWords(c.Syntax)
	if c.Times, errL = when.Default(); errL != nil {
		return nil, fmt.Errorf("load time words: %w", errL)
	}
	c.Times = c.Times.WithWords(c.Syntax)
	return &c, nil
}

// Code codes one story. The story's Published time is the reference date for
// time expressions. A story without one is coded all the same: its
// relative dates ("Friday", "last week") stay unknown, and its actors'
// roles are read as the knowledge gives them last. Code fills in the
// dateline's country when the gazetteer knows its place.
func (c *Coder) Code(ctx context.Context, st *dateline.Story) (*dateline.Coded, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sents, err := segment.Split(st.Body, st.Paragraphs)
	if err != nil {
		return nil, fmt.Errorf("code story %s: %w", st.ID, err)
	}
	for i := range sents {
		c.Syntax.Identify(&sents[i]) // each token's form looked up once, for every stage
	}
	res := &dateline.Coded{Sentences: sents, Mentions: make([][]dateline.Mention, len(sents))}
	ref, roles := st.Published, st.Published
	if roles.IsZero() {
		roles = rolesDay
	}

	// Actors first, over the whole story: coreference runs forward, and the
	// countries the story is about steer the reading of place names.
	sc := c.newScene(st)
	tracker := c.Actors.NewTracker(roles)
	tracker.KnowPlaces(c.Places.Major)
	tracker.KnowWords(c.Syntax.Common)
	tracker.KnowReporting(c.reporting)
	tracker.KnowHeading(c.heading)
	tracker.KnowNaming(c.naming)
	if sc.where.Dateline != nil {
		tracker.Dateline(sc.where.Dateline.Country)
	}
	if st.Headline != "" {
		// the bodies a headline names ("West African bloc suspends ...")
		if hs, err := segment.Split(st.Headline, nil); err == nil && len(hs) > 0 {
			tracker.Headline(&hs[0])
		}
	}
	actors := make([][]dateline.Mention, len(sents))
	for i := range sents {
		actors[i] = tracker.Mentions(&sents[i])
	}
	tracker.NamedLater(sents, actors) // "John Okello denounced ... John Okello, an opposition lawmaker,"
	sc.where.Hint.Countries = tracker.Countries()

	// Places next: the venue of a meeting may be named after the sentence
	// that reports it.
	places := make([][]dateline.Mention, len(sents))
	var skip, named, names, adjs, timed []dateline.Span // reused sentence to sentence: the stages only read them
	for i := range sents {
		skip = appendSpans(skip[:0], actors[i])
		places[i] = c.Places.Mentions(sents[i], sc.where.Hint, skip)
		actors[i] = dropNamedInPlaces(actors[i], places[i])
		actors[i] = tracker.DescribePlaces(&sents[i], actors[i], places[i]) // "the strip": needs the places named before
		sc.where.Note(&sents[i], places[i], actors[i])
		tracker.NotePlaces(places[i])
	}
	sc.home = tracker.Home()
	res.Home = sc.home

	buf := eventBufs.Get().(*[]dateline.Event)
	events := (*buf)[:0]
	var open []answerAt // denials and answers with no target yet
	var found []event.Found
	for i := range sents {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := &sents[i]
		times := c.findTimes(s, ref)
		named = appendNamedSpans(named[:0], actors[i], places[i])
		names = appendNameSpans(names[:0], actors[i], places[i])
		adjs = appendAdjectiveSpans(adjs[:0], actors[i])
		timed = appendTimeSpans(timed[:0], times)
		c.Syntax.Analyze(s, syntax.Hints{Named: named, Names: names, Adjectives: adjs, Times: timed, Identified: true})
		// The story's context settles who the unnamed agents are, once the
		// sentence's structure is known.
		tracker.Settle(s, actors[i], places[i])
		first := len(events)
		sc.earlier = events[:first] // never changed: dedupe and the sentence's events write after first
		// "Both sides", "the two countries": the story's two sides, from
		// its events so far (sides.go)
		c.sideMembers(sc, actors[i])
		if c.opponents(s, &actors[i], events[:first]) {
			// read again with the opponent named: "The enemy shelled the
			// city overnight, the governor said"
			named = appendNamedSpans(named[:0], actors[i], places[i])
			names = appendNameSpans(names[:0], actors[i], places[i])
			adjs = appendAdjectiveSpans(adjs[:0], actors[i])
			c.Syntax.Analyze(s, syntax.Hints{Named: named, Names: names, Adjectives: adjs, Times: timed, Identified: true})
		}
		res.Mentions[i] = merge(actors[i], places[i])
		found = c.Lexicon.FindReusing(found, s, actors[i]) // the last sentence's are done with
		c.noteTellings(sc, s, actors[i], found)
		// A concession that names no one it yields to is coded after the
		// sentence's other acts: "resigned after thousands of protesters
		// surrounded parliament" yields to those the later clause names.
		// Restrictions eased on a population (policy.tsv's restriction:
		// "lifted the curfew two days after protesters stormed the
		// palace") go to those they restricted, and keep their order.
		deferred := false
		for pass := 0; pass < 2; pass++ {
			for _, f := range found {
				if f.Modality != dateline.Asserted && !c.All || c.Lexicon.Plain(f.Code.CAMEO) && !c.Statements {
					continue
				}
				// A go-between's act that names no sides is coded after the
				// acts between them: "the truce, brokered by Turkey, ended the
				// fighting between Armenia and Azerbaijan"; a release asked
				// for, after the holding the sentence tells ("demanded the
				// release of the soldiers held by Rwanda").
				late := f.Concession && len(f.Targets) == 0 && !c.Lexicon.Restriction(f.Code.CAMEO) ||
					len(f.Targets) == 0 && !f.Reciprocal && c.between(f) ||
					len(f.Targets) > 0 && releaseAsked(f)
				if late != (pass == 1) {
					deferred = deferred || late
					continue
				}
				sc.sentence = events[first:]
				n := len(events)
				events = c.appendEvents(events, sc, s, actors[i], places[i], times, f)
				if f.Passing {
					events = c.dropToldBefore(events, n, first)
				}
				if namesForce(f) {
					for k := n; k < len(events); k++ {
						sc.forced = append(sc.forced, actTime(&events[k]))
					}
				}
				if f.Denial || f.Response {
					for _, e := range events[n:] {
						if e.Target == nil {
							open = append(open, answerAt{e.Sentence.Index, e.Trigger.Start}) // its charge may come later (lede.go)
						}
					}
				}
			}
			if !deferred {
				break
			}
		}
		if deferred {
			slices.SortStableFunc(events[first:], func(a, b dateline.Event) int { return a.Trigger.Start - b.Trigger.Start })
		}
		sc.sentence = nil
		events = c.dedupe(events, first)
		for k := first; k < len(events); k++ {
			if adverbial(s, events[k].Trigger.Start) {
				sc.aside = append(sc.aside, answerAt{s.Index, events[k].Trigger.Start})
			}
		}
		c.sidesLater(s, events[first:], sc.sideOpen)
		for _, a := range sc.sideOpen {
			if k := indexAt(events[first:], a.answerAt); a.asked != nil && k >= 0 && events[first+k].Target == nil {
				sc.storyOpen = append(sc.storyOpen, a)
			}
		}
		sc.sideOpen = sc.sideOpen[:0]
		shareScene(s, events[first:])
		sc.when.Next(s, times)
		sc.noteSayings(s, actors[i], found)
		sc.noteDoer(s, actors[i], found)
	}
	chargeLater(events, open)
	c.sidesInStory(sc, events)
	c.foeSides(sc, events, res.Mentions)
	c.weaponUsers(sc, events)
	c.claimedAttacks(events)
	events = slices.DeleteFunc(events, func(e dateline.Event) bool { return e.Source == nil })
	if len(sc.forced) > 0 {
		events = c.dropUnidentified(sc, events)
	}
	if len(events) > 0 {
		res.Events = slices.Clone(events)
	}
	// Each event's id, once: no stage changes an event after this
	// (TestEventIDFinal), and an id taken after every change hashed most
	// events two or three times.
	for i := range res.Events {
		res.Events[i].ID = eventID(&res.Events[i])
	}
	clear(events[:cap(events)]) // the buffer keeps no story's participants alive
	*buf = events[:0]
	eventBufs.Put(buf)
	res.Story = *st
	return res, nil
}

// adverbial reports whether the words at body offset off are in an
// adverbial clause or one under it: "hours after the United States
// announced a similar freeze".
func adverbial(s *dateline.Sentence, off int) bool {
	an := s.Analysis
	if an == nil {
		return false
	}
	for k, n := an.ClauseOf(s.TokenAt(off)), 0; k >= 0 && n <= len(an.Clauses); k, n = an.Clauses[k].Parent, n+1 {
		if an.Clauses[k].Kind == dateline.ClauseAdverbial {
			return true
		}
	}
	return false
}

// eventBufs hold the events of a story while it is coded, from story to
// story; the result gets a copy exactly as long. An event is 264 bytes,
// and a slice grown event by event for each story allocated three times
// what it kept.
var eventBufs = sync.Pool{New: func() any { return new([]dateline.Event) }}

// reporting reports whether a word is a form of a reporting verb ("said",
// "says", "told", "added") in the syntax stage's word table: the table gives
// roles by lemma, and a form, irregular ones included, is undone to it here.
func (c *Coder) reporting(w string) bool {
	r := c.Syntax.Roles
	return r(w).Has(dateline.RoleReport) || r(c.Syntax.VerbLemma(w)).Has(dateline.RoleReport)
}

// naming reports whether a word is a form of a verb of naming ("called",
// "branded", "labelled") in the syntax stage's word table.
func (c *Coder) naming(w string) bool {
	r := c.Syntax.Roles
	return r(w).Has(dateline.RoleNaming) || r(c.Syntax.VerbLemma(w)).Has(dateline.RoleNaming)
}

// heading reports whether a word is a form of a verb of heading a body or
// speaking for it ("chairs", "led", "represents") in the syntax stage's
// word table.
func (c *Coder) heading(w string) bool {
	r := c.Syntax.Roles
	return r(w).Has(dateline.RoleHead) || r(c.Syntax.VerbLemma(w)).Has(dateline.RoleHead)
}

// namesForce reports whether a found event is an act of force (PLOVER's
// ASSAULT: roots 18-20 but blockades and occupations, violent repression,
// destruction of property) by a doer the text names, told as done or
// alleged: "rebels attacked the town", "police fired on demonstrators",
// "Azerbaijani troops had opened fire". An agent a passive only implies
// ("were arrested": police), an unidentified attacker, coercion short of
// force and an act foreseen or denied name no one who used force.
func namesForce(f event.Found) bool {
	return len(f.Sources) > 0 && !f.Unidentified && f.Implied == "" && f.Code.Type == "ASSAULT" &&
		(f.Modality == dateline.Asserted || f.Modality == dateline.Alleged)
}

// weaponUsers gives each act a weapon did with no user named (the
// scene's instruments: "Rockets slammed into the town", "A car bomb
// ripped through the checkpoint") the one side the story tells using
// force on its target's side, before or after it: "Russian forces
// attacked Ukraine. Missiles hit Ukrainian command posts" is Russia's.
// A side is a state (its country, whatever arm of it acted) or an armed
// body of no state; the target's side is its country, and a side of that
// country counts only when it is no state (rebels at home); attackers the
// story does not know ("gunmen", "unknown attackers": UAF) are no side,
// and the act stays theirs as before. With two
// sides told using force on each other, the one aimed at the target's
// country is the user. With no such side, or more than one, the act
// keeps its unidentified attackers.
func (c *Coder) weaponUsers(sc *scene, events []dateline.Event) {
	if len(sc.instruments) == 0 {
		return
	}
	for i := range events {
		e := &events[i]
		if e.Source == nil || e.Source.Name != unidentifiedName || !slices.Contains(sc.instruments, answerAt{e.Sentence.Index, e.Trigger.Start}) {
			continue
		}
		placeOnly := slices.Contains(sc.placeOnly, answerAt{e.Sentence.Index, e.Trigger.Start})
		if e.Target == nil || !c.isCountry(string(e.Target.Country)) {
			if placeOnly {
				e.Source = nil // dropped below: a weapon's act on no one and nowhere known
				c.drop(e.Sentence.Index, e.CAMEO, "a weapon's act with no user named, on no one and in no country known")
			}
			continue
		}
		var user *dateline.Participant
		var sides []string
		for j := range events {
			o := &events[j]
			if j == i || !told(o) || unknownDoer(o.Source) || o.Source.Sector == "UAF" || o.Target == nil || o.Target.Country != e.Target.Country ||
				!c.forceUsed(o.CAMEO) || o.Source.Code == o.Target.Code {
				continue
			}
			k := string(o.Source.Country)
			if c.Actors.State(string(o.Source.Sector)) {
				if !c.isCountry(k) || o.Source.Country == e.Target.Country {
					continue // a state's own forces on its own land are no side against it
				}
			} else {
				k = o.Source.Code + "/" + o.Source.Name
			}
			if !slices.Contains(sides, k) {
				sides = append(sides, k)
			}
			if user == nil {
				user = o.Source
			}
		}
		if len(sides) != 1 {
			if placeOnly {
				e.Source = nil // dropped below: a weapon's act on no one, whose user the story never tells
				c.drop(e.Sentence.Index, e.CAMEO, "a weapon's act with no user named, on no one, and the story tells no one side using force there")
			}
			continue
		}
		u := *user
		e.Source = &u
		e.Rule += "; source: the one side the story told using force on the target's side (" + u.Code + "), the weapon's user"
	}
}

// claimedAttacks gives the attacks the story told of attackers it did
// not know ("Islamist gunmen stormed the mall ... The attackers killed 62
// people", "A hotel was attacked": UAF) to the one armed body of no state
// that claims responsibility in the story (015: "Al-Shabaab claimed
// responsibility for the attack", "claimed the bombing", "the Taliban
// said it was behind the attack"). Only attacks told before the
// claim or in its sentence are its own, and only those of armed men told
// as a band (plural: "a gunman" is one man, whom a claim may own as a
// sympathiser, not as its fighters); "other gunmen" after it, and a
// story where two bodies claim, keep their attackers unknown. A state
// that is said to be behind an attack is an accusation, not a claim.
func (c *Coder) claimedAttacks(events []dateline.Event) {
	var by *dateline.Participant
	last := -1
	for i := range events {
		o := &events[i]
		if !told(o) || o.CAMEO != "015" || unknownDoer(o.Source) || o.Source.Sector == "UAF" ||
			!c.Actors.Armed(string(o.Source.Sector)) || c.Actors.State(string(o.Source.Sector)) {
			continue
		}
		if by != nil && (by.Code != o.Source.Code || by.Name != o.Source.Name) {
			return // two bodies claim: which did what is not told
		}
		by, last = o.Source, o.Sentence.Index
	}
	if by == nil {
		return
	}
	for i := range events {
		e := &events[i]
		if !told(e) || e.Source.Sector != "UAF" || e.Sentence.Index > last || !c.forceUsed(e.CAMEO) {
			continue
		}
		if f := strings.Fields(strings.ToLower(e.Source.Text)); e.Source.Name != unidentifiedName && (len(f) == 0 || !c.Actors.Plural(f[len(f)-1])) {
			continue // "a gunman shot two officers ... the Taliban claimed the killing, saying one of their sympathisers": one man's act
		}
		u := *by
		u.Text, u.Start, u.End = e.Source.Text, e.Source.Start, e.Source.End
		e.Source = &u
		e.Rule += "; source: the armed body that claimed the attack (" + u.Code + ")"
	}
}

// dropUnidentified leaves out the attacks coded from unidentified
// attackers, for a story that names who used force elsewhere (namesForce)
// at a time they may be of (scene.toll): "at least 40 people were killed
// in clashes" after the story told who fired on whom is the toll of those
// attacks, not an attack by someone unknown. A story that only tells of
// arrests or a show of force keeps its unidentified attackers ("Five
// soldiers were killed. Two journalists were arrested."), and so does one
// whose named force is of another time ("Rebels attacked the town in
// 2019").
func (c *Coder) dropUnidentified(sc *scene, events []dateline.Event) []dateline.Event {
	out := events[:0]
	for _, e := range events {
		if !sc.toll(&e) {
			out = append(out, e)
		} else {
			c.drop(e.Sentence.Index, e.CAMEO, "an unidentified attacker, in a story that names who used force")
		}
	}
	return out
}

// dedupe drops, among the events from first on (one sentence's), an event
// that repeats an earlier one's CAMEO family, source, target and modality
// ("arrived in Amman on a visit" is one visit), and an event with no target
// when the same source (code and name: Sargsyan resigning is not the
// authorities freeing a leader) does something of the same kind to a
// target ("Predator attacks ... have killed eight leaders" is one attack).
// The lexicon's Apart tells the acts that are never another act's words (family).
func (c *Coder) dedupe(events []dateline.Event, first int) []dateline.Event {
	apart := c.Lexicon.Apart
	out := events[:first]
	for _, e := range events[first:] {
		dup := false
		for _, o := range out[first:] {
			if family(o.CAMEO, apart) == family(e.CAMEO, apart) && o.Modality == e.Modality && code(o.Source) == code(e.Source) &&
				code(o.Target) == code(e.Target) && name(o.Source) == name(e.Source) && name(o.Target) == name(e.Target) {
				dup = true
				break
			}
		}
		if !dup && e.Target == nil {
			for _, o := range events[first:] {
				if o.Target != nil && kind(o.CAMEO, apart) == kind(e.CAMEO, apart) && o.Modality == e.Modality && code(o.Source) == code(e.Source) &&
					name(o.Source) == name(e.Source) {
					dup = true
					break
				}
			}
		}
		if !dup {
			out = append(out, e)
		} else {
			c.drop(e.Sentence.Index, e.CAMEO, "the same act as another event of its sentence")
		}
	}
	return out
}

// dropToldBefore drops, among events[n:] (the events of an act told in
// passing: see event.Found.Passing), those that an earlier sentence's event
// (events[:first]) already tells: one of the same three-digit code by the
// same source country, on the same target country when both name one, at
// a time that does not differ ("Russian police arrested Navalny on Sunday.
// ... Protests spread after Navalny's arrest by police" is one arrest;
// "recalled Israel's 1981 strike" is not a strike told that day, and
// "Eritrean shelling of Adigrat" not the air raid on Mekele told before).
func (c *Coder) dropToldBefore(events []dateline.Event, n, first int) []dateline.Event {
	out := events[:n]
	for _, e := range events[n:] {
		told := false
		for _, o := range events[:first] {
			if o.CAMEO[:min(3, len(o.CAMEO))] == e.CAMEO[:min(3, len(e.CAMEO))] && country(o.Source) == country(e.Source) && country(e.Source) != "" &&
				(o.Target == nil || e.Target == nil || country(o.Target) == country(e.Target)) && sameTime(o.Date, e.Date) {
				told = true
				break
			}
		}
		if !told {
			out = append(out, e)
		} else {
			c.drop(e.Sentence.Index, e.CAMEO, "an act told in passing that an earlier sentence told")
		}
	}
	return out
}

// sameTime reports whether two event dates ("2021-01-17", "2021-01",
// "1981", or none) may name the same time: one is a prefix of the other.
func sameTime(a, b dateline.Null) bool {
	return strings.HasPrefix(string(a), string(b)) || strings.HasPrefix(string(b), string(a))
}

// family returns a CAMEO code's root, with the roots of violence (18
// assault, 19 fight, 20 mass violence) as one: news names one attack with
// several of their words. An act apart (policy.tsv: a siege, a
// kidnapping) is its own family: "surrounded the site and launched an
// assault", "killed 1,200 people and took 240 hostages" are two acts.
func family(cameo string, apart func(string) bool) string {
	switch r := cameo[:2]; r {
	case "18", "19", "20":
		if len(cameo) >= 3 && apart(cameo) {
			return cameo[:3]
		}
		return "violence"
	default:
		if len(cameo) >= 3 {
			return cameo[:3] // an arrest and a crackdown in one sentence are two acts
		}
		return r
	}
}

// kind returns a CAMEO code's root, with the roots of violence as one:
// "urged the generals to hand back power" (0253) and "called on the
// world to press them" (020) are one appeal when only the first names
// whom it asks.
func kind(cameo string, apart func(string) bool) string {
	if f := family(cameo, apart); f == "violence" {
		return f
	}
	return cameo[:2]
}

func name(p *dateline.Participant) string {
	if p == nil {
		return ""
	}
	return p.Name
}

// findTimes returns the time expressions of s, resolved against ref.
func (c *Coder) findTimes(s *dateline.Sentence, ref time.Time) []when.Expr {
	if c.Times == nil {
		return when.Find(*s, ref)
	}
	return c.Times.Find(*s, ref)
}

func appendTimeSpans(out []dateline.Span, ts []when.Expr) []dateline.Span {
	for _, t := range ts {
		out = append(out, t.Span)
	}
	return out
}

func appendSpans(out []dateline.Span, ms []dateline.Mention) []dateline.Span {
	for _, m := range ms {
		out = append(out, m.Span)
	}
	return out
}

// merge returns actor and place mentions in one list ordered by Start.
func merge(a, b []dateline.Mention) []dateline.Mention {
	return mergeBy(a, b, func(m *dateline.Mention) dateline.Mention { return *m })
}

// mergeBy returns f of actor and place mentions in one list ordered by
// Start.
func mergeBy[T any](a, b []dateline.Mention, f func(*dateline.Mention) T) []T {
	return appendMerged(make([]T, 0, len(a)+len(b)), a, b, f)
}

// appendMerged appends mergeBy(a, b, f) to out.
func appendMerged[T any](out []T, a, b []dateline.Mention, f func(*dateline.Mention) T) []T {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && a[i].Start <= b[j].Start) {
			out = append(out, f(&a[i]))
			i++
		} else {
			out = append(out, f(&b[j]))
			j++
		}
	}
	return out
}
