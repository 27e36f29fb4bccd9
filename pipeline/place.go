package pipeline

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"dateline"
	"dateline/internal/event"
	"dateline/internal/when"
	"dateline/internal/where"
)

// scene is what the whole story says: the country it is about (from the
// actor tracker), when its events happen (package when follows the days it
// tells of) and where (package where keeps its dateline and the venue of
// its meetings).
type scene struct {
	home  string                  // the story's home country, from the actor tracker
	apart func(cameo string) bool // the acts dedupe's family keeps apart
	doc   string
	body  string
	when  *when.Story
	where *where.Scene
	// speakers are who said something in earlier sentences, the latest
	// last (a few): an answer ("rejected the remarks") is aimed at the
	// latest of another side than its own (speakerFor)
	speakers []dateline.Mention
	// doer is the subject of the main clause of the sentence doerAt when
	// that clause tells an act the coder found no event in ("Lithuania
	// blocked rail transit"): whose deed a judgement in the next sentence
	// speaks of ("Moscow condemned the decision")
	doer   *dateline.Mention
	doerAt int
	// earlier holds the events of earlier sentences, oldest first: the
	// story's events so far, not a copy. Those told (see told) are what
	// later acts answer: a retaliation answers the last act of material
	// conflict against its source ("the protesters hit back"); "condemned
	// the coup" is aimed at who staged the last coup
	earlier []dateline.Event
	// sentence holds the events coded so far in the sentence being coded:
	// a refusal answers an appeal made in the same sentence ("called on Rini
	// to step down, but he said he would not resign")
	sentence []dateline.Event
	// forced are the dates of the acts of force whose doer the story
	// named so far (namesForce): its unidentified attackers of a time
	// one of them may be of are the toll of that force
	forced []dateline.Null
	// instruments are the acts coded from unidentified attackers whose
	// sentence told them of a weapon ("Rockets slammed into the town"):
	// their sentence and trigger start (weaponUsers)
	instruments []answerAt
	// placeOnly are those of them that fell on no actor, aimed at the
	// country where they fell: kept only with a user (weaponUsers)
	placeOnly []answerAt
	// aside are the acts told in an adverbial clause of their sentence
	// ("The EU suspended aid, hours after the United States announced a
	// similar freeze"): background to the act the sentence tells, their
	// sentence and trigger start (lastAimedAt)
	aside []answerAt
	// sideOpen are the acts of the sentence being coded that found no
	// counterpart of their source when coded (sidesLater)
	sideOpen []sideAt
	// storyOpen are the acts of earlier sentences that found no
	// counterpart in their own sentence either (sidesInStory)
	storyOpen []sideAt
	// people are the roles of the story's people on its events' days
	// (Coder.personOn)
	people []personDay
	// tellings are the clauses of the story so far, this sentence's
	// included, whose subject names an actor: "the decree" or "the
	// proclamation" judged later names the act of one (told.go)
	tellings []telling
}

// told reports whether an event of an earlier sentence is one later acts
// may answer: asserted, with a source.
func told(e *dateline.Event) bool { return e.Modality == dateline.Asserted && e.Source != nil }

// toll reports whether event e is an attack by unidentified attackers in
// a story that has named who used force at a time e may be of (forced):
// the toll of that force, dropped from the story's events, and no doer a
// later judgement of the act can be aimed at ("American and British
// warships fired missiles at Baghdad. ... 25 civilians had been killed.
// ... Iraq called the raids a cowardly aggression": at the United States,
// not at someone unknown). Force the story recalls from another time is
// not the toll of an attack told on a day of its own: "The president-elect
// was killed on Tuesday when a bomb wrecked his party's offices. ...
// Israel's army invaded Lebanon in June". A toll of no day ("have been
// killed in the war", "since January") is that force's.
func (sc *scene) toll(e *dateline.Event) bool {
	if e.Source == nil || e.Source.Name != unidentifiedName {
		return false
	}
	t := actTime(e)
	if len(sc.forced) > 0 && len(t) < len("2006-01-02") {
		return true // "60,000 people have been killed in the war": a toll of no day of its own
	}
	for _, d := range sc.forced {
		if sameTime(d, t) {
			return true
		}
	}
	return false
}

// actTime returns when event e happened, to tell whether two acts may be
// one: its date, or only the month of it when no time expression dated
// the act (when.Untimed: "Soldiers opened fire on the crowd" is of the
// days the story tells of, not of its day alone).
func actTime(e *dateline.Event) dateline.Null {
	if k := strings.LastIndex(e.Rule, "; date: "); k >= 0 && when.Untimed(e.Rule[k+len("; date: "):]) && len(e.Date) > len("2006-01") {
		return e.Date[:len("2006-01")]
	}
	return e.Date
}

// hostile reports whether event e is an act of material conflict (CAMEO
// quad class 4) with a target.
func hostile(e *dateline.Event) bool { return e.QuadClass == 4 && e.Target != nil }

// doneBy returns the source of the last event told before that is a
// code event, as a mention, or nil: "the coup" condemned in a later
// sentence is the one staged before. A code and its narrower codes match
// ("172": "1724"), and a root's x0 code stands for the root ("the attack",
// 190: any 19x). When the code's act falls on a sector of its target
// country (aim, policy.tsv's aim=: a coup on the government), a narrower
// code matches only when it fell on that sector too: a curfew imposed on
// the people is no coup; the code itself matches on another sector only
// when no act of it on that sector was told ("the takeover" is the
// seizure of power, not the dismissal of commanders told after it). For a takeover at home (aim GOV, home: a coup),
// with no such event told, the doer is who last used force against a
// government of its own country ("Soldiers stormed the president's
// residence. The OAS condemned the coup"). A state's forces (force,
// sectors.txt's) that did the act against another country's people or
// state did it for their state: the act judged is their government's
// ("Israeli commandos raided a Turkish ship. Turkey called the raid state
// terrorism": Israel's government), and so did forces that used it on
// their own country's people ("Riot police fired on students. Tutu
// condemned the crackdown": South Africa's government), while forces who
// took power at home stay themselves (the coup is the junta's).
func (sc *scene) doneBy(code, aim string, home bool, judge string, j judged) *dateline.Mention {
	root := len(code) == 3 && code[2] == '0'
	if aim == "" && len(judge) == 3 {
		// "U.S. warships fired missiles at southern Iraq. The Kurdish
		// factions fought near Arbil. Iraq called the strikes an act of
		// aggression": a state judges the act of the code another
		// country did to it before one between others told after it
		for i := len(sc.earlier) - 1; i >= 0; i-- {
			e := &sc.earlier[i]
			if told(e) && event.Covers(code, e.CAMEO) && !sc.toll(e) && e.Target != nil && string(e.Target.Country) == judge &&
				len(e.Source.Country) == 3 && string(e.Source.Country) != judge {
				return stateAbroad(asMention(sc.earlier[firstJoint(sc.earlier, i)].Source, "done-to-them-before"), e, j)
			}
		}
	}
	off := -1 // the last act of the code itself that fell on another sector than its aim
	for i := len(sc.earlier) - 1; i >= 0; i-- {
		e := &sc.earlier[i]
		if !told(e) || !event.Covers(code, e.CAMEO) || sc.toll(e) {
			continue
		}
		if e.CAMEO != code && aim != "" && !root && (e.Target == nil || string(e.Target.Sector) != aim) {
			continue
		}
		if aim != "" && !root && e.Target != nil && e.Target.Sector != "" && string(e.Target.Sector) != aim {
			// "the takeover" is the seizure of power, not the president's
			// dismissal of his commanders told after it, though both are
			// 172: an act of the code on the sector its aim names comes
			// first, one on another only when no such act was told
			if off < 0 {
				off = i
			}
			continue
		}
		return stateAbroad(asMention(sc.earlier[firstJoint(sc.earlier, i)].Source, "done-before"), e, j)
	}
	if off >= 0 {
		return stateAbroad(asMention(sc.earlier[firstJoint(sc.earlier, off)].Source, "done-before"), &sc.earlier[off], j)
	}
	if aim != "GOV" || !home {
		return nil
	}
	for i := len(sc.earlier) - 1; i >= 0; i-- {
		e := &sc.earlier[i]
		if told(e) && e.QuadClass == 4 && e.Target != nil && e.Target.Sector == "GOV" && e.Source.Sector != "GOV" &&
			len(e.Source.Country) == 3 && e.Source.Country == e.Target.Country {
			return asMention(e.Source, "took-power-before")
		}
	}
	return nil
}

// stateAbroad returns m, the doer of event e that a judgement names, as its
// government when it is a state's forces (j.force, sectors.txt's) and e was
// aimed at another country: "Turkey called the raid state terrorism" after
// Israeli commandos raided a Turkish ship judges Israel's government; forces
// that act at home stay themselves, unless e was a crackdown (stateAtHome).
func stateAbroad(m *dateline.Mention, e *dateline.Event, j judged) *dateline.Mention {
	if j.force(m.Actor.Sector) && len(m.Actor.Country) == 3 && e.Target != nil && len(e.Target.Country) == 3 && string(e.Target.Country) != m.Actor.Country {
		m.Actor.Sector, m.Actor.Code = "GOV", m.Actor.Country+"GOV"
		m.Rule += "+state abroad"
		return m
	}
	return stateAtHome(m, e, j)
}

// stateAtHome returns m, the doer of event e that a judgement names, as its
// government when it is a state's forces (j.force) and e was a crackdown:
// force or arrests at home on people who hold no power, serve no arm of the
// state and bear no arms (j.people: protesters, students, the opposition).
// "Riot police fired on students. Tutu condemned the crackdown" judges South
// Africa's government, as the story golds code such judgements; forces that
// staged a coup or fought armed men at home stay themselves.
func stateAtHome(m *dateline.Mention, e *dateline.Event, j judged) *dateline.Mention {
	if j.force(m.Actor.Sector) && len(m.Actor.Country) == 3 && e.Target != nil && string(e.Target.Country) == m.Actor.Country && j.people(string(e.Target.Sector)) {
		m.Actor.Sector, m.Actor.Code = "GOV", m.Actor.Country+"GOV"
		m.Rule += "+state at home"
	}
	return m
}

// firstJoint returns the index of the first of the events that event i
// is one of when doers joined by "and" did its act together (the same
// trigger of the same sentence, the same code): "American and British
// warships fired missiles at Baghdad" is the Americans' act first, as the
// sentence names them first.
func firstJoint(events []dateline.Event, i int) int {
	e := &events[i]
	for i > 0 {
		p := &events[i-1]
		if p.Sentence.Index != e.Sentence.Index || p.Trigger != e.Trigger || p.CAMEO != e.CAMEO || p.Source == nil {
			break
		}
		i--
	}
	return i
}

// lastDeed returns who did the act a general noun names ("the move",
// "the measures", "the vote") that m judges, as a mention, and how it was
// found, or nil: the source of the last act of conflict (quad class 3 or
// 4) aimed at m or its country, told earlier in the story ("Britain
// expelled 23 Russian diplomats. ... The Russian embassy called the
// measures unacceptable"), else of the last act of quad class least or
// more (2: not verbal cooperation, as a statement or praise is not what a
// judgement condemns; 4 when a noun of force names it: "the ouster" is no
// condemnation) told earlier in sentence index or in the one before it,
// by an actor of another country than m's ("Russia held a referendum. Kyiv
// called the vote a sham"). For an act only a state does (state: "the
// official results"), only an act by a state's government, legislature or
// courts, or a country named as itself, counts: the police who beat
// protesters did not count the votes. When the act is named by an event
// noun (kind reports whether the noun names event e's act: "condemned the
// capture of the town", "called the emergency a coup"), the last act of
// that kind told before in the sentence or anywhere in the story, by
// another actor than m, names the doer first, before any act against m
// (the police who detained the speaker's people did not declare the
// emergency); a state's forces that did it to another country did it for
// their state, whose government is judged (stateAbroad: "Russian jets
// bombed Gori. Saakashvili condemned the bombing"); told in an earlier
// sentence, an act of that kind another country did to m's country comes
// before a later one between others
// ("Iraq called the strikes an act of aggression" after U.S. strikes on
// Iraq and a fight between Kurdish factions). An approval (approval: "welcomed the move", policy.tsv's
// answer) answers no act against m: it skips that step. An act only a
// state does, judged by the people of a country (no state body), is by no
// other actor than their state: none is returned.
func (sc *scene) lastDeed(m dateline.Mention, index, least int, state, approval bool, kind func(*dateline.Event) bool, j judged) (*dateline.Mention, string) {
	against := func(e *dateline.Event) bool {
		return e.Modality == dateline.Asserted && e.Target != nil && e.QuadClass >= 3 && (!state || stateBody(e.Source))
	}
	if kind != nil {
		named := func(e *dateline.Event) bool {
			return told(e) && e.Source.Code != m.Actor.Code && kind(e) && !sc.toll(e)
		}
		if i := lastIndexWhere(sc.sentence, named); i >= 0 {
			return stateAbroad(asMention(sc.sentence[firstJoint(sc.sentence, i)].Source, "did-that-before"), &sc.sentence[i], j), "who did the last act of the kind its noun names, told before"
		}
		// "U.S. warships fired missiles at southern Iraq. The Kurdish
		// factions fought near Arbil. Iraq called the strikes an act of
		// aggression": a state judges the act of the kind another
		// country did to it before one between others told after it
		onJudge := func(e *dateline.Event) bool {
			return named(e) && len(m.Actor.Country) == 3 && e.Target != nil && string(e.Target.Country) == m.Actor.Country &&
				len(e.Source.Country) == 3 && string(e.Source.Country) != m.Actor.Country
		}
		if i := lastIndexWhere(sc.earlier, onJudge); i >= 0 {
			return stateAbroad(asMention(sc.earlier[firstJoint(sc.earlier, i)].Source, "did-that-to-them-before"), &sc.earlier[i], j), "who did the last act of the kind its noun names to the source's country, told before"
		}
		if i := lastIndexWhere(sc.earlier, named); i >= 0 {
			return stateAbroad(asMention(sc.earlier[firstJoint(sc.earlier, i)].Source, "did-that-before"), &sc.earlier[i], j), "who did the last act of the kind its noun names, told before"
		}
	}
	if state && len(m.Actor.Country) == 3 && !stateBody(&dateline.Participant{Country: dateline.Null(m.Actor.Country), Sector: dateline.Null(m.Actor.Sector)}) {
		// an act only a state does, judged by the people of a country, is
		// their own state's, not another's that acted against them:
		// "Mousavi called for the vote to be annulled" after Britain
		// expelled Iranian diplomats (the caller falls back on the
		// story's state)
		return nil, ""
	}
	if a := sc.lastAimedAt(m, "acted-against-them-before", against, sc.sentence, sc.earlier); a != nil && !approval {
		return a, "who last acted against the source"
	}
	deed := func(e *dateline.Event) bool {
		// (words are no deed: a condemnation or a demand told just before
		// is not what "a return to constitutional order" or "the move"
		// is about; words judged are named by their noun, above)
		return e.Modality == dateline.Asserted && e.Source != nil && e.QuadClass >= least && e.QuadClass != 3 && string(e.Source.Country) != m.Actor.Country &&
			(!state || stateBody(e.Source))
	}
	if e := lastWhere(sc.sentence, deed); e != nil {
		return asMention(e.Source, "done-just-before"), "who did the act told just before"
	}
	recent := func(e *dateline.Event) bool { return e.Sentence.Index >= index-1 && deed(e) } // a deed is told: asserted, with a source
	if e := lastWhere(sc.earlier, recent); e != nil {
		return asMention(e.Source, "done-just-before"), "who did the act told just before"
	}
	return nil, ""
}

// stateDeed returns who did the act a general noun names ("the decision",
// "the move") that m judges when nothing told near it did one: the state
// body (government, legislature, courts) of another country than m's that
// did the last act of conflict (quad class 3 or 4) at home, aimed at its
// own country, told anywhere earlier in the story, as a mention, or nil.
// An act against a third country told earlier is not what m judges
// ("Britain expelled 23 Russian diplomats. Moscow denied any role. Poland
// called the measures unacceptable"). "Nigeria's military government annulled
// the election. ... The United States condemned the decision": the ruling
// judged is the state's, however far back the story told it.
func (sc *scene) stateDeed(m dateline.Mention) *dateline.Mention {
	ruling := func(e *dateline.Event) bool {
		return told(e) && e.QuadClass >= 3 && stateBody(e.Source) && string(e.Source.Country) != m.Actor.Country &&
			e.Target != nil && e.Target.Country == e.Source.Country
	}
	if e := lastWhere(sc.earlier, ruling); e != nil {
		return asMention(e.Source, "a-state's-deed-before")
	}
	return nil
}

// lastWhere returns the last of events that ok accepts, or nil.
func lastWhere(events []dateline.Event, ok func(*dateline.Event) bool) *dateline.Event {
	if i := lastIndexWhere(events, ok); i >= 0 {
		return &events[i]
	}
	return nil
}

// lastIndexWhere returns the index of the last of events that ok accepts,
// or -1.
func lastIndexWhere(events []dateline.Event, ok func(*dateline.Event) bool) int {
	for i := len(events) - 1; i >= 0; i-- {
		if ok(&events[i]) {
			return i
		}
	}
	return -1
}

// stateBody reports whether p acts as a state's civil power: its
// government, legislature or courts, or a country coded bare.
func stateBody(p *dateline.Participant) bool {
	switch p.Sector {
	case "GOV", "LEG", "JUD", "":
		return len(p.Country) == 3
	}
	return false
}

// lastTargetOf returns the target of the last act of conflict (quad class
// 3 or 4) that m's actor did, told earlier in this sentence or in the two
// before (index is this sentence's), as a mention, or nil. A country and
// its government are one actor: "Britain expelled ... The prime minister
// also froze".
func (sc *scene) lastTargetOf(m dateline.Mention, index int) *dateline.Mention {
	state := func(country, sector string) bool {
		return country == m.Actor.Country && (sector == "" || sector == "GOV")
	}
	by := func(e *dateline.Event) bool {
		return e.Modality == dateline.Asserted && e.QuadClass >= 3 && e.Target != nil && e.Source != nil && e.Target.Code != m.Actor.Code &&
			(e.Source.Code == m.Actor.Code || state(string(e.Source.Country), string(e.Source.Sector)) && state(m.Actor.Country, m.Actor.Sector))
	}
	for i := len(sc.sentence) - 1; i >= 0; i-- {
		if by(&sc.sentence[i]) {
			return asMention(sc.sentence[i].Target, "same-source-before")
		}
	}
	for i := len(sc.earlier) - 1; i >= 0 && sc.earlier[i].Sentence.Index >= index-2; i-- {
		if by(&sc.earlier[i]) { // by asks what told does: asserted, with a source
			return asMention(sc.earlier[i].Target, "same-source-before")
		}
	}
	return nil
}

// asMention turns an event's participant back into an actor mention.
func asMention(p *dateline.Participant, rule string) *dateline.Mention {
	return &dateline.Mention{Span: dateline.Span{Start: p.Start, End: p.End}, Text: p.Text, Kind: dateline.KindAgent, Rule: rule,
		Actor: dateline.Actor{Name: p.Name, Country: string(p.Country), Sector: string(p.Sector), Code: p.Code}}
}

// actedAgainst returns the source of the last hostile act against m, told
// earlier in this sentence ("The United States imposed tariffs on Chinese
// imports, and Beijing retaliated") or in an earlier one, as a mention, or
// nil: against m's own actor if any, else against m's country, by another
// actor than m.
func (sc *scene) actedAgainst(m dateline.Mention) *dateline.Mention {
	return sc.lastAimedAt(m, "acted-against-them-before", hostile, sc.sentence, sc.earlier)
}

// answered returns the source of the last event told, in this sentence
// or an earlier one, whose CAMEO root is one of roots and that was aimed
// at m, by the same actor first, else at m's country, as a mention; nil if
// none. A denial answers an accusation (root 11), a refusal an appeal or a
// demand (02, 10).
func (sc *scene) answered(m dateline.Mention, roots ...string) *dateline.Mention {
	asked := func(e *dateline.Event) bool {
		// (attackers of no known side press no one to yield: "Deuba was
		// beaten at his home" says nothing of whom a resignation answers)
		return e.Modality == dateline.Asserted && e.Target != nil && slices.Contains(roots, e.CAMEO[:2]) && !unknownForce(e) && !storyAimed(e)
	}
	return sc.lastAimedAt(m, "asked-them-before", asked, sc.sentence, sc.earlier)
}

// storyAimed reports whether e is an appeal whose target only the story
// gave (its counterpart: "Colombia called for dialogue" in a story of
// Venezuela), which presses no one in particular.
func storyAimed(e *dateline.Event) bool {
	return strings.HasPrefix(e.CAMEO, "02") && strings.Contains(e.Rule, counterpartTarget)
}

// unknownForce reports whether e is force used by attackers of no known
// side (unidentified, or armed men of no group: UAF), which presses no
// one to yield.
func unknownForce(e *dateline.Event) bool {
	return unknownDoer(e.Source) || e.QuadClass == 4 && e.Source.Sector == "UAF"
}

// askedForIt is the rule of a mention pressed gives for one who asked for
// the very act.
const askedForIt = "asked-for-it-before"

// pressed returns whom a concession or a refusal f by m answers: who last
// asked m for, or demanded of it, the very act it yields or refuses
// (policy.tsv's appeal and demand forms of it: "the army chief urged the
// president to step down" for a resignation, though the European Union
// urged him to free prisoners after), else, as answered, who last pressed
// m by an act of one of roots; nil if none.
func (c *Coder) pressed(sc *scene, m dateline.Mention, f event.Found, roots ...string) *dateline.Mention {
	act := f.Code.CAMEO
	if f.Act != "" {
		act = f.Act
	}
	appeal, demand := c.Lexicon.AskedFor(act)
	if appeal == "" && demand == "" {
		return sc.answered(m, roots...)
	}
	asked := func(e *dateline.Event) bool {
		return e.Modality == dateline.Asserted && e.Target != nil && (asks(e.CAMEO, appeal) || asks(e.CAMEO, demand))
	}
	if a := sc.lastAimedAt(m, askedForIt, asked, sc.sentence, sc.earlier); a != nil {
		return a
	}
	// an appeal or a demand for another act ("urged the government to
	// open talks") presses for that one; one that names no act still
	// presses
	pressing := func(e *dateline.Event) bool {
		root := e.CAMEO[:2]
		return e.Modality == dateline.Asserted && e.Target != nil && slices.Contains(roots, root) &&
			(root != "02" && root != "10" || e.CAMEO == root+"0") && !unknownForce(e)
	}
	return sc.lastAimedAt(m, "asked-them-before", pressing, sc.sentence, sc.earlier)
}

// asks reports whether code asks for what form does, or more broadly
// for its kind: "0241" and "024" ask for a change of leadership (0241),
// "0253" does not.
func asks(code, form string) bool {
	return form != "" && (strings.HasPrefix(code, form) || len(code) >= 3 && strings.HasPrefix(form, code))
}

// accused returns whom a denial by m answers: the source of the last
// accusation aimed at m (root 11), else of the last act of conflict short
// of force aimed at it (roots 10-17: a demand, a threat, a sanction, an
// expulsion), which tells what m is blamed for ("Britain expelled 23
// Russian diplomats. Moscow has denied any role"); nil if none. Force
// (18-20) is what is denied, not a charge.
func (sc *scene) accused(m dateline.Mention) *dateline.Mention {
	if a := sc.accusedJustBefore(m); a != nil {
		return a
	}
	if a := sc.answered(m, "11"); a != nil {
		return a
	}
	conflict := func(e *dateline.Event) bool {
		return e.Modality == dateline.Asserted && e.Target != nil && e.QuadClass >= 3 && e.CAMEO[:2] < "18"
	}
	return sc.lastAimedAt(m, "acted-against-them-before", conflict, sc.sentence, sc.earlier)
}

// accusedJustBefore returns the source of an accusation (root 11) aimed
// at m's country in m's own sentence or in the last sentence before it
// that told an event: the charge a denial answers first ("the Thai army
// accused Cambodian troops of firing. A Cambodian spokeswoman insisted that
// no shots had been fired"), before an older one aimed at m itself; nil if
// none.
func (sc *scene) accusedJustBefore(m dateline.Mention) *dateline.Mention {
	if len(sc.earlier) == 0 {
		return nil
	}
	last := sc.earlier[len(sc.earlier)-1].Sentence.Index
	just := func(e *dateline.Event) bool {
		return e.Modality == dateline.Asserted && e.Target != nil && e.CAMEO[:2] == "11" &&
			(e.Sentence.Index == last || len(sc.sentence) > 0 && e.Sentence.Index == sc.sentence[0].Sentence.Index)
	}
	return sc.lastAimedAt(m, "accused-them-just-before", just, sc.sentence, sc.earlier[len(sc.earlier)-countFrom(sc.earlier, last):])
}

// countFrom returns how many of events, from the end, belong to sentence
// index i.
func countFrom(events []dateline.Event, i int) int {
	n := 0
	for k := len(events) - 1; k >= 0 && events[k].Sentence.Index == i; k-- {
		n++
	}
	return n
}

// lastAimedAt returns, as a mention with rule, the source of the last
// event of the sentence's, else of the earlier sentences' told (each
// searched from its end), that is of the kind and was aimed at m's own
// actor, else at m's country, by another actor than m; nil if none. Of
// doers joined by "and" who did that act together, the first named
// (firstJoint): "Saudi Arabia, the UAE and Bahrain withdrew their
// ambassadors from Qatar. Qatar voiced regret at the decision" is aimed at
// Saudi Arabia.
func (sc *scene) lastAimedAt(m dateline.Mention, rule string, kind func(*dateline.Event) bool, sentence, earlier []dateline.Event) *dateline.Mention {
	if m.Actor.Country == "" {
		return nil
	}
	for _, byCountry := range [...]bool{false, true} {
		aimed := func(e *dateline.Event) bool {
			if !kind(e) || e.Source == nil || e.Source.Code == m.Actor.Code {
				return false
			}
			if byCountry {
				return string(e.Target.Country) == m.Actor.Country
			}
			return e.Target.Code == m.Actor.Code
		}
		// the first of the doers joined with the one found that is not m
		first := func(es []dateline.Event, i int) *dateline.Participant {
			for j := firstJoint(es, i); j < i; j++ {
				if aimed(&es[j]) {
					return es[j].Source
				}
			}
			return es[i].Source
		}
		for i := len(sentence) - 1; i >= 0; i-- {
			if e := &sentence[i]; aimed(e) {
				return asMention(first(sentence, i), rule)
			}
		}
		for i := len(earlier) - 1; i >= 0; i-- {
			if e := &earlier[i]; told(e) && aimed(e) {
				// "The EU suspended aid to the Palestinian government,
				// hours after the United States announced a similar
				// freeze. Haniyeh denounced the decision": the act the
				// sentence tells, not one told aside in a clause of
				// time, is the one answered
				for k := i - 1; k >= 0 && sc.isAside(e) && earlier[k].Sentence.Index == e.Sentence.Index; k-- {
					if o := &earlier[k]; told(o) && aimed(o) && !sc.isAside(o) {
						i = k
						break
					}
				}
				return asMention(first(earlier, i), rule)
			}
		}
	}
	return nil
}

// isAside reports whether event e was told in an adverbial clause of its
// sentence (sc.aside).
func (sc *scene) isAside(e *dateline.Event) bool {
	return slices.Contains(sc.aside, answerAt{e.Sentence.Index, e.Trigger.Start})
}

// victimsRule ends the rule of a victim given the country of the same
// attacker's victims before.
const victimsRule = "+victims-before"

// sameVictims gives unnamed victims of an act of force that took the
// story's country only for want of another (rule "+story-country") the
// country of the victims of the same attacker's last act in an earlier
// sentence: "Hamas gunmen stormed into Israel and killed 1,400 people.
// The militants also took 200 people hostage": Israelis, in a story from
// Gaza.
func (sc *scene) sameVictims(t, src dateline.Mention) dateline.Mention {
	if t.Kind != dateline.KindAgent || t.Marks&dateline.MarkStoryCountry == 0 {
		return t
	}
	if v := sc.lastVictim(src); v != nil {
		if cc := string(v.Country); len(cc) == 3 && cc != t.Actor.Country {
			t.Actor.Country = cc
			t.Actor.Code = cc + t.Actor.Sector
			t.Rule += victimsRule
			t.Marks |= dateline.MarkVictimsBefore
		}
	}
	return t
}

// lastVictim returns the target of the last act of material conflict
// told before by src's actor, or nil.
func (sc *scene) lastVictim(src dateline.Mention) *dateline.Participant {
	if src.Actor.Code == "" {
		return nil
	}
	for i := len(sc.earlier) - 1; i >= 0; i-- {
		if e := &sc.earlier[i]; told(e) && hostile(e) && e.Source.Code == src.Actor.Code {
			return e.Target
		}
	}
	return nil
}

// captor returns the source of the last act told earlier in this sentence
// or in the story that took the person or group m stands for (an arrest or
// detention, 173; an abduction or hostage-taking, 181), as a mention, or
// nil: "demanded the release of the journalist" is asked of whoever holds
// him. The one taken is m's actor, else, when no act took it, one of m's
// sector and of m's country or of none named: "arrested a dissident
// journalist ... demanded the release of the journalist, Roman
// Protasevich", where the name comes only with the demand.
func (sc *scene) captor(m dateline.Mention) *dateline.Mention {
	if m.Actor.Name == "" {
		return nil
	}
	took := tookCaptive
	same := func(e *dateline.Event) bool {
		return took(e) && e.Target.Name == m.Actor.Name && e.Target.Code == m.Actor.Code
	}
	like := func(e *dateline.Event) bool {
		return took(e) && m.Actor.Sector != "" && string(e.Target.Sector) == m.Actor.Sector &&
			(e.Target.Country == "" || string(e.Target.Country) == m.Actor.Country)
	}
	for _, ok := range [...]func(*dateline.Event) bool{same, like} {
		e := lastWhere(sc.sentence, ok)
		if e == nil {
			e = lastWhere(sc.earlier, ok)
		}
		if e != nil {
			return asMention(e.Source, "captor-before")
		}
	}
	return nil
}

// tookCaptive reports whether event e, told as done, took people captive:
// an arrest or detention (173), an abduction or hostage-taking (181).
func tookCaptive(e *dateline.Event) bool {
	return told(e) && e.Target != nil && (strings.HasPrefix(e.CAMEO, "173") || strings.HasPrefix(e.CAMEO, "181"))
}

// releaser returns who a release told with no doer is by: the captor of m
// (captor), else whoever the story told last taking captive people of m's
// country, or of any when m names none ("Bandits kidnapped 30 schoolgirls.
// The girls were freed on Sunday"); nil when the story tells no captive
// taken.
func (sc *scene) releaser(m dateline.Mention) *dateline.Mention {
	if k := sc.captor(m); k != nil {
		return k
	}
	like := func(e *dateline.Event) bool {
		return tookCaptive(e) && (m.Actor.Country == "" || string(e.Target.Country) == m.Actor.Country)
	}
	e := lastWhere(sc.sentence, like)
	if e == nil {
		e = lastWhere(sc.earlier, like)
	}
	if e == nil {
		return nil
	}
	return asMention(e.Source, "captor-before")
}

// noteSayings records, once a sentence is coded, the source of its last
// verbal act (statements, appeals, accusations, rejections, threats: CAMEO
// roots 01-05 and 10-13) as the speaker a later answer responds to. An act
// only alleged, denied or to come is no one's saying ("accused Rwanda of
// backing the rebels": Congo spoke, not Rwanda); a verbal act another told
// is its teller's saying.
func (sc *scene) noteSayings(s *dateline.Sentence, actors []dateline.Mention, found []event.Found) {
	said := false
	for i := range found {
		f := &found[i]
		r := f.Code.CAMEO[:2]
		switch {
		case f.Told && f.Teller >= 0 && f.Teller < len(actors):
			// "Mitsotakis said that Turkey was threatening peace", "the
			// army said rebels had attacked a police station": the saying
			// is the teller's, not the author's of what it tells
			sc.noteSpeaker(actors[f.Teller])
			said = true
		case len(f.Sources) > 0 && f.Modality == dateline.Asserted && (r <= "05" || r >= "10" && r <= "13"):
			sc.noteSpeaker(actors[f.Sources[0]])
			said = true
		}
	}
	if !said {
		// "Amnesty International said at least 12 people were killed":
		// a saying that told no event is still its speaker's
		if m := reporter(s, actors); m != nil {
			sc.noteSpeaker(*m)
		}
	}
}

// maxSpeakers is how many speakers a scene keeps: a story's sides.
const maxSpeakers = 4

func (sc *scene) noteSpeaker(m dateline.Mention) {
	if len(sc.speakers) == maxSpeakers {
		copy(sc.speakers, sc.speakers[1:])
		sc.speakers = sc.speakers[:maxSpeakers-1]
	}
	sc.speakers = append(sc.speakers, m)
}

// speakerFor returns the latest speaker of another side than src (not
// src's own actor), or nil: "A Chinese spokesman suggested the U.S. army
// brought the virus. The State Department summoned China's ambassador.
// Washington rejected the claim" answers China, not the State Department;
// a general's word is answered by his own government's ministers.
func (sc *scene) speakerFor(src dateline.Mention) *dateline.Mention {
	for k := len(sc.speakers) - 1; k >= 0; k-- {
		if m := &sc.speakers[k]; m.Actor.Code != src.Actor.Code {
			return m
		}
	}
	return nil
}

// reporter returns the actor that is the subject of the sentence's first
// main clause when its verb reports speech ("Amnesty International said
// ..."), or nil.
func reporter(s *dateline.Sentence, actors []dateline.Mention) *dateline.Mention {
	an := s.Analysis
	if an == nil {
		return nil
	}
	for _, c := range an.Clauses {
		if c.Parent >= 0 || c.Kind != dateline.ClauseMain || c.Verb < 0 {
			continue
		}
		if an.Words[an.Chunks[c.Verb].Head].Roles&dateline.RoleReport == 0 {
			return nil
		}
		k := an.Dependent(c.Verb, dateline.RelSubj)
		if k < 0 {
			return nil
		}
		from, to := s.Tokens[an.Chunks[k].From].Start, s.Tokens[an.Chunks[k].To-1].End
		for i := range actors {
			if m := actors[i]; m.Start >= from && m.End <= to && m.Actor.Code != "" {
				return &m
			}
		}
		return nil
	}
	return nil
}

// noteDoer records, once a sentence is coded, the actor its first main
// clause names as subject when that clause tells an act (a finite active
// verb that reports nothing) and the sentence told no event: a later
// judgement of "the decision" or "the move" may speak of that act. A
// sentence that told an event leaves its doer to the events (see
// lastDeed).
func (sc *scene) noteDoer(s *dateline.Sentence, actors []dateline.Mention, found []event.Found) {
	sc.doer = nil
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range found {
		if found[i].Modality == dateline.Asserted && len(found[i].Sources) > 0 {
			return
		}
	}
	for _, c := range an.Clauses {
		if c.Parent >= 0 || c.Kind != dateline.ClauseMain || c.Verb < 0 {
			continue
		}
		vg := &an.Chunks[c.Verb]
		if !vg.Verb.Finite || vg.Verb.Passive || an.Words[vg.Head].Roles&(dateline.RoleReport|dateline.RoleAllege) != 0 {
			return
		}
		k := an.Dependent(c.Verb, dateline.RelSubj)
		if k < 0 {
			return
		}
		from, to := s.Tokens[an.Chunks[k].From].Start, s.Tokens[an.Chunks[k].To-1].End
		for i := range actors {
			if m := actors[i]; m.Start >= from && m.End <= to && len(m.Actor.Country) == 3 {
				sc.doer, sc.doerAt = &m, s.Index
				return
			}
		}
		return
	}
}

// doerBefore returns the doer noteDoer recorded for the sentence just
// before index, when it is of another country than m, as a mention; else
// nil.
func (sc *scene) doerBefore(m dateline.Mention, index int) *dateline.Mention {
	if sc.doer == nil || sc.doerAt != index-1 || sc.doer.Actor.Country == m.Actor.Country {
		return nil
	}
	d := *sc.doer
	d.Rule += "+did-it-the-sentence-before"
	return &d
}

// rolesDay is the day actors' roles are read on for a story with no date:
// the last day the knowledge covers, so that everyone has the role the
// files give them last, whatever day the program runs.
var rolesDay = time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC)

// newScene reads the story's dateline.
func (c *Coder) newScene(st *dateline.Story) *scene {
	sc := &scene{doc: st.ID, body: st.Body, where: c.Places.NewScene(st.Dateline), apart: c.Lexicon.Apart}
	var ref dateline.Date
	if !st.Published.IsZero() {
		ref = dateline.DateOf(st.Published)
	}
	sc.when = when.NewStory(ref)
	if p := sc.where.Dateline; p != nil && st.Dateline.Country == "" {
		d := *st.Dateline // a copy: the caller's story may be shared
		d.Country = p.Country
		st.Dateline = &d
	}
	return sc
}

// main returns the country the story is most about, or "" (see
// actor.Tracker.Home).
func (sc *scene) main() string { return sc.home }

// dropNamedInPlaces leaves out the actor mentions that lie inside a place's
// name: "Japan" in "the Sea of Japan" is neither an actor nor a place.
func dropNamedInPlaces(actors, places []dateline.Mention) []dateline.Mention {
	out := actors[:0]
	for _, a := range actors {
		inside := false
		for _, p := range places {
			if p.Span.Contains(a.Span) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, a)
		}
	}
	return out
}

// appendNameSpans appends the spans of the mentions that are names, not
// agent nouns or pronouns: a capital there is a proper noun's, even a
// sentence's first ("Brazil, Colombia and Mexico offered").
func appendNameSpans(out []dateline.Span, actors, places []dateline.Mention) []dateline.Span {
	for _, ms := range [][]dateline.Mention{actors, places} {
		for _, m := range ms {
			switch m.Kind {
			case dateline.KindCountry, dateline.KindPerson, dateline.KindOrganization, dateline.KindPlace:
				out = append(out, m.Span)
			}
		}
	}
	return out
}

// appendAdjectiveSpans appends the spans of the actor mentions that are a
// country's adjective before a common noun ("Qatari goods", "Saudi air
// strikes"; the actor stage's rule ends in "+noun"), which the syntax stage
// reads as adjectives.
func appendAdjectiveSpans(out []dateline.Span, actors []dateline.Mention) []dateline.Span {
	for _, m := range actors {
		if m.Kind == dateline.KindCountry && strings.HasSuffix(m.Rule, "+noun") {
			out = append(out, m.Span)
		}
	}
	return out
}

// appendNamedSpans appends the spans of the actor and place mentions, in
// order, as the syntax stage takes names: as units, headed by their last
// word. A place named "X of Y" ("the Sea of Japan", "the Gulf of Mexico")
// is headed by X, so only X is given: the syntax then reads "of Y" as it
// reads any "of" phrase, and the phrase's head stays "Sea".
func appendNamedSpans(out []dateline.Span, actors, places []dateline.Mention) []dateline.Span {
	return appendMerged(out, actors, places, func(m *dateline.Mention) dateline.Span {
		sp := m.Span
		if m.Kind == dateline.KindPlace {
			if j := strings.Index(m.Text, " of "); j > 0 {
				sp.End = m.Start + j
			}
		}
		if m.Kind == dateline.KindAgent && strings.HasPrefix(m.Rule, "agent+to+") {
			// "fighters loyal to Haftar": one actor, but the phrase's head
			// is the agent noun, and "loyal to" no part of a name: the
			// syntax stage is told only the agent's words as named, and
			// tags the adjective, its preposition and the owner itself
			if j := strings.LastIndex(m.Text, " to "); j > 0 {
				if k := strings.LastIndexByte(m.Text[:j], ' '); k > 0 {
					sp.End = m.Start + k
				}
			}
		}
		return sp
	})
}

// shareScene gives an act told by a participle joined to its clause
// (", accusing Santos of ...") that found no place of its own the place of
// an act its source did in that clause ("led a march through the city's
// old town"): both happened in one scene. A participle after a
// preposition ("accused them of meddling in X") tells what is spoken of,
// and a place in the target's country is never one of an act on another
// state.
func shareScene(s *dateline.Sentence, evs []dateline.Event) {
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Place != nil || e.Source == nil {
			continue
		}
		k := an.ClauseOf(s.TokenAt(e.Trigger.Start))
		if k < 0 || an.Clauses[k].Kind != dateline.ClauseParticipial || an.Clauses[k].Parent < 0 || an.Clauses[k].Verb < 0 {
			continue
		}
		if first := an.Chunks[an.Clauses[k].Verb].From; first > 0 && an.Words[first-1].Tag == dateline.TagIN {
			continue
		}
		for j := range evs {
			o := &evs[j]
			if o.Place == nil || o.Source == nil || o.Source.Code != e.Source.Code || an.ClauseOf(s.TokenAt(o.Trigger.Start)) != an.Clauses[k].Parent {
				continue
			}
			if e.Target != nil && string(e.Target.Country) == o.Place.Country && o.Place.Country != string(e.Source.Country) {
				continue
			}
			p := *o.Place
			e.Place = &p
			e.Rule = strings.Replace(e.Rule, "; date: ", "; place: that of "+strconv.Quote(o.Trigger.Text)+", the act its participle goes with; date: ", 1)
			break
		}
	}
}

// judgeCountry returns the country of the first source of a clause, the
// judge of an act its object names, or "" when it has none.
func judgeCountry(actors []dateline.Mention, sources []int) string {
	if len(sources) == 0 {
		return ""
	}
	return actors[sources[0]].Actor.Country
}
