package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"dateline"
	"dateline/internal/actor"
	"dateline/internal/event"
	"dateline/internal/when"
	"dateline/internal/where"
)

// deedKind returns whether an event is of the act a judgement's target
// names (f.TargetNoun, or any act of force for a noun of force), or nil.
func (c *Coder) deedKind(f event.Found) func(*dateline.Event) bool {
	if f.TargetNoun != "" {
		hostile := c.Lexicon.InSet("hostilities", f.TargetNoun)
		return func(e *dateline.Event) bool {
			sector := ""
			if e.Target != nil {
				sector = string(e.Target.Sector)
			}
			// "condemned the violence", "the bloodshed": a noun of
			// hostilities (sets.txt) names any act of force
			return c.Lexicon.Names(f.TargetNoun, e.CAMEO, sector) || hostile && c.forceUsed(e.CAMEO)
		}
	}
	if f.TargetDeed == 4 {
		return func(e *dateline.Event) bool { return c.forceUsed(e.CAMEO) }
	}
	return nil
}

// appendEvents turns one found event into records: one per source and
// target pair ("Hungarian and Romanian officials agreed" gives two), each
// dated and placed.
func (c *Coder) appendEvents(out []dateline.Event, sc *scene, s *dateline.Sentence, actors, places []dateline.Mention,
	times []when.Expr, f event.Found) []dateline.Event {
	if len(f.Targets) == 0 && !f.Reciprocal && c.Lexicon.Partner(f.Code.CAMEO) {
		c.drop(s.Index, f.Code.CAMEO, "an act done with someone that names no one") // "Speaking by telephone from Bangui, Aristide told reporters": a call with no one
		return out
	}
	if f.Struck && len(f.Sources) > 0 {
		// "Protesters stormed the consulate. Iran condemned the attack on
		// the consulate": at who did the act of the kind judged, told
		// before, not at whom it struck; with none told, the victims
		by, _ := sc.lastDeed(actors[f.Sources[0]], s.Index, f.TargetDeed, false, false, c.deedKind(f), c.judgesForces(f.Code.CAMEO))
		if by != nil && strings.HasPrefix(by.Rule, "did-that") {
			f.Targets = nil
		}
	}
	date, dateRule := sc.when.EventDate(s, times, f.Trigger)
	if f.Passing {
		date, dateRule = sc.when.PassingDate(s, times, f.Trigger)
	}
	if why, ok := sc.when.Standing(s, times, f.Trigger); ok && !f.Timed && f.Modality == dateline.Asserted {
		// "the rebels have fought for independence since 1976": history,
		// as the event stage reads a perfect progressive, not news
		if !c.All {
			c.drop(s.Index, f.Code.CAMEO, why)
			return out
		}
		f.Modality = dateline.Hypothetical
		dateRule += " (" + why + ")"
	}
	type pair struct {
		src, tgt int
		place    *dateline.Mention // a further place the target phrase names
		side     bool              // place is the other side a go-between stands between
	}
	var buf [4]pair // most acts have a pair or two: kept on the stack
	pairs := buf[:0]
	switch {
	case f.Reciprocal && len(f.Targets) > 0:
		// "expelled each other's diplomats": each on the other's own,
		// the one of another country than its source
		for _, a := range f.Sources {
			for _, b := range f.Targets {
				if actors[a].Actor.Country != actors[b].Actor.Country {
					pairs = append(pairs, pair{a, b, nil, false})
				}
			}
		}
	case f.Respective:
		// "Britain and France summoned the Iranian and Russian
		// ambassadors, respectively": the first with the first
		for i, a := range f.Sources {
			pairs = append(pairs, pair{a, f.Targets[i], nil, false})
		}
	case len(f.Targets) > 0:
		for _, a := range f.Sources {
			for _, b := range f.Targets {
				pairs = append(pairs, pair{a, b, nil, false})
			}
		}
	case f.Reciprocal:
		for _, a := range f.Sources {
			for _, b := range f.Sources {
				if a != b {
					pairs = append(pairs, pair{a, b, nil, false})
				}
			}
		}
	default:
		for _, a := range f.Sources {
			pairs = append(pairs, pair{a, -1, nil, false})
		}
	}
	n0 := len(out)
	var unknown *dateline.Mention
	if f.Unidentified {
		if unknown = c.unidentified(sc, s, actors, places, f); unknown == nil {
			c.drop(s.Index, f.Code.CAMEO, "no unidentified doer could be made")
			return out
		}
		if f.Instrument && f.Someone.End == 0 {
			sc.instruments = append(sc.instruments, answerAt{s.Index, f.Trigger.Start})
		}
		if f.Instrument && len(f.Targets) == 0 {
			pairs = append(pairs, pair{-1, -1, nil, false}) // "Missiles hit airfields across Ukraine": where they fell (weaponUsers)
			sc.placeOnly = append(sc.placeOnly, answerAt{s.Index, f.Trigger.Start})
		}
		for _, b := range f.Targets {
			pairs = append(pairs, pair{-1, b, nil, false})
		}
	}
	if f.Implied != "" {
		if unknown = c.implied(sc, s, actors, places, f); unknown == nil {
			c.drop(s.Index, f.Code.CAMEO, "no agent the passive implies could be found")
			return out
		}
		for _, b := range f.Targets {
			pairs = append(pairs, pair{-1, b, nil, false})
		}
		if len(f.Targets) == 0 {
			pairs = append(pairs, pair{-1, -1, nil, false}) // "thousands took to the streets": a crowd, aimed where it happens
		}
	}
	var placeTo []dateline.Mention
	if len(f.Sources) > 0 {
		placeTo = c.placeTargets(places, f.TargetPlace, actors[f.Sources[0]].Actor.Country, c.Lexicon.Violent(f.Code.CAMEO))
	}
	var dest *dateline.Mention
	destRule, placed := "", false
	var deedBy *dateline.Mention
	deedWhy := ""
	if f.TargetDeed > 0 && len(f.Sources) > 0 {
		kind := c.deedKind(f)
		deedBy, deedWhy = sc.lastDeed(actors[f.Sources[0]], s.Index, f.TargetDeed, f.TargetState, c.Lexicon.Answer(f.Code.CAMEO) && f.Code.QuadClass == 1, kind, c.judgesForces(f.Code.CAMEO))
		if f.TargetTold != "" && (deedBy == nil || strings.HasPrefix(deedBy.Rule, "acted-against-them-before") || strings.HasPrefix(deedBy.Rule, "done-just-before")) {
			// "Romania's government approved an emergency decree. ...
			// Iohannis condemned the decree": no act found names who made
			// it, the clause that told it does; so it does when told after
			// the act found, which no noun of its kind named ("Vietnam
			// detained Chinese fishermen. The Philippine congress passed a
			// law on its sea zones. China condemned the law")
			if t := c.toldBy(sc, f.TargetTold, s.Index, f.Trigger.Start, actors[f.Sources[0]]); t != nil && (deedBy == nil || t.Start > deedBy.Start) {
				deedBy, deedWhy = t, "the subject of the last clause that told of the "+f.TargetTold
			}
		}
		if deedBy == nil && f.TargetState {
			// "lodged a complaint against the official results": the
			// state's, the one the story is about
			deedBy, deedWhy = c.storyState(sc, actors[f.Sources[0]]), "the government of the story's country, who alone does such an act"
		}
	}
	switch {
	case len(f.Targets) > 0:
	case len(f.Against) > 0:
		// a victim's claim: the act was aimed at the speaker's country
		m := actors[f.Against[0]]
		m.Actor = dateline.Actor{Name: m.Actor.Country, Country: m.Actor.Country, Code: m.Actor.Country}
		if p, ok := c.Places.Country(m.Actor.Country); ok {
			m.Actor.Name = p.Name
		}
		m.Rule += "+speaker's country"
		dest = &m
	case f.Rebuttal && len(f.Sources) > 0 && into(&dest, sc.accusedJustBefore(actors[f.Sources[0]])):
		// "Ethiopia accused Eritrea of arming the rebels and said Sudan
		// had done nothing. Asmara rejected the charge": the charge
		// answered is the one laid against the source, not the last word
		destRule = "; target: who accused the source just before (an answer to the charge)"
	case f.Rebuttal && len(f.Sources) > 0 && into(&dest, sc.answered(actors[f.Sources[0]], "11")):
		// "India accused Pakistan of sheltering the attackers. ... The
		// United States urged restraint. Islamabad denied the
		// allegations": the charge answered is the last one laid against
		// the source, however many spoke since
		destRule = "; target: who last accused the source (an answer to the charge)"
	case f.Censure && len(f.Sources) > 0 && into(&dest, sc.answered(actors[f.Sources[0]], "02", "10", "11")):
		// "Britain urged Harare to halt the evictions. ... The information
		// minister dismissed the criticism": whoever last criticised, urged
		// or made demands of the source, though others spoke since
		destRule = "; target: who last criticised, urged or made demands of the source (an answer to criticism)"
	case f.Response && f.TargetTold != "" && len(f.Sources) > 0 && into(&dest, c.toldBy(sc, f.TargetTold, s.Index, f.Trigger.Start, actors[f.Sources[0]])):
		// "Egypt put forward a plan for Gaza. Hamas said it would study
		// it. Israel rejected the plan": who told it, not the last to
		// speak
		destRule = "; target: the subject of the last clause that told of the " + f.TargetTold + " (an answer to it)"
	case f.Response && len(f.Sources) > 0 && sc.speakerFor(actors[f.Sources[0]]) != nil:
		// "Turkey's foreign ministry rejected the remarks": of the one
		// of another side who spoke before
		m := c.asGovernment(*sc.speakerFor(actors[f.Sources[0]]), false) // a state that said it: its government, as when it is a source
		m.Rule += "+said-before"
		dest = &m
	case f.Response && len(f.Sources) > 0 && into(&dest, sc.doerBefore(actors[f.Sources[0]], s.Index)):
		// "The U.S. president called Kim a madman. North Korea condemned
		// the remarks": no one said anything the coder found before, but
		// the sentence before told someone of another country doing
		// something, in words no event was found in
		g := c.asGovernment(*dest, false)
		dest = &g
		destRule = "; target: who did what the sentence before told (its main clause's subject), the words answered"
	case f.Retaliation && len(f.Sources) > 0 && into(&dest, sc.actedAgainst(actors[f.Sources[0]])):
		// "the protesters hit back": at whoever last acted against them
		destRule = "; target: who last acted against the source (a retaliation)"
		if f.Redress {
			destRule = "; target: who last acted against the source (redress sought)"
		}
		if f.Code.QuadClass == 4 && !c.Lexicon.Violent(f.Code.CAMEO) && c.Actors.Force(string(dest.Actor.Sector)) && c.isCountry(dest.Actor.Country) &&
			dest.Actor.Country != actors[f.Sources[0]].Actor.Country {
			// "Turkey shot down a Russian warplane. Russia responded by
			// imposing sanctions": a measure short of force answers the
			// forces' state, as a judgement of their act does (a threat
			// of force keeps the forces: "would respond militarily")
			g := *dest
			g.Actor.Sector, g.Actor.Code = "GOV", g.Actor.Country+"GOV"
			dest, destRule = &g, destRule+", a measure on another state's forces: their government"
		}
	case f.Denial && len(f.Sources) > 0 && into(&dest, sc.accused(actors[f.Sources[0]])):
		// "Moscow has denied any role": the one who accused it, or acted
		// against it over what it denies
		destRule = "; target: who last accused or acted against the source (a denial)"
	case f.Refusal && len(f.Sources) > 0 && into(&dest, c.measureRefused(actors[f.Sources[0]], f)):
		// "police refused to enforce the curfew": the state's forces
		// refuse their own government's measure, whoever protested it
		destRule = "; target: the government whose measure the state's forces refuse to carry out"
		if f.Orders {
			destRule = "; target: the government whose orders the state's forces refuse"
		}
	case f.Refusal && len(f.Sources) > 0 && into(&dest, c.pressed(sc, actors[f.Sources[0]], f, "02", "10", "14")):
		// "called on Rini to step down, but he said he would not resign":
		// the one who asked
		destRule = "; target: who last asked, demanded or protested it of the source (a refusal)"
		if dest.Rule == askedForIt {
			destRule = "; target: who last asked for or demanded the very act of the source (a refusal)"
		}
	case f.Concession && len(f.Sources) > 0 && into(&dest, c.pressed(sc, actors[f.Sources[0]], f, "02", "10", "13", "14", "17", "18", "19")):
		// "Sargsyan resigned" after days of protests against him: to
		// those who pressed for it
		destRule = "; target: who last pressed the source: asked, demanded, protested, threatened or used force (a concession)"
		if dest.Rule == askedForIt {
			destRule = "; target: who last asked for or demanded the very act of the source (a concession)"
		}
	case f.TargetAct != "" && into(&dest, sc.doneBy(f.TargetAct, c.Lexicon.Aim(f.TargetAct), c.Lexicon.Domestic(f.TargetAct), judgeCountry(actors, f.Sources), c.judgesForces(f.Code.CAMEO))):
		// "the coup has drawn condemnation": at who staged it before
		destRule = "; target: who did the " + f.TargetAct + " event told before" + c.forcesAsked(sc, f, &dest)
		if strings.HasSuffix(dest.Rule, "+state abroad") {
			destRule += ", a state's forces abroad: their government"
		}
		if strings.HasSuffix(dest.Rule, "+state at home") {
			destRule += ", a state's forces on its people: their government"
		}
		if dest.Rule == "took-power-before" {
			destRule = "; target: who last used force against its own country's government (the " + f.TargetAct + " event judged)"
		}
	case deedBy != nil:
		// "Kyiv called the vote a sham": at who held it, just before
		dest, destRule = deedBy, "; target: "+deedWhy+", the act judged"
		destRule += c.forcesAsked(sc, f, &dest)
		if deedBy.Rule == "acted-against-them-before" && len(f.Sources) > 0 && deedBy.Actor.Country != actors[f.Sources[0]].Actor.Country &&
			len(actors[f.Sources[0]].Actor.Country) == 3 && c.judgesForces(f.Code.CAMEO).force(deedBy.Actor.Sector) && len(deedBy.Actor.Country) == 3 {
			// "Qatar called the measures unjustified" after the Saudi-led
			// coalition expelled it: a state's forces that acted against
			// another country did it for their state, as a judgement of
			// their act by its name finds (stateAbroad)
			g := *deedBy
			g.Actor.Sector, g.Actor.Code = "GOV", g.Actor.Country+"GOV"
			dest, destRule = &g, destRule+", a state's forces abroad: their government"
		}
		if strings.HasSuffix(deedBy.Rule, "+state abroad") {
			destRule += ", a state's forces abroad: their government"
		}
		if strings.HasSuffix(deedBy.Rule, "+state at home") {
			destRule += ", a state's forces on its people: their government"
		}
	case f.TargetDeed > 0 && len(f.Sources) > 0 && into(&dest, sc.doerBefore(actors[f.Sources[0]], s.Index)):
		// "Lithuania blocked rail transit. Moscow condemned the decision":
		// an act the sentence before told and no event coded; a state
		// that did it, its government, as when it is a source
		g := c.asGovernment(*dest, false)
		dest = &g
		destRule = "; target: who did what the sentence before told (its main clause's subject), the act judged"
	case f.TargetDeed > 0 && f.TargetNoun == "" && len(f.Sources) > 0 && into(&dest, sc.stateDeed(actors[f.Sources[0]])):
		// "Nigeria's military government annulled the election" some
		// sentences before "Washington condemned the decision"
		destRule = "; target: the state that did the last act of conflict told before, the act judged"
	case !c.Lexicon.Located(f.Code.CAMEO) && !(f.Act != "" && c.Lexicon.Located(f.Act)) && len(f.Sources) > 0 &&
		into(&dest, first(placeTo)):
		// "suspended flights to Doha": the target phrase names a place,
		// which stands for its country
		destRule = "; target: the country of the place the target phrase names"
	case c.Lexicon.Located(f.Code.CAMEO) || f.Act != "" && c.Lexicon.Located(f.Act):
		// an act aimed at the country where it happens, or a refusal,
		// promise or threat of one ("refused to allow aid into Gaza")
		var from dateline.Actor
		if len(f.Sources) > 0 {
			from = actors[f.Sources[0]].Actor
		}
		if dest = c.destination(s, actors, places, f); dest != nil {
			destRule = c.aim(dest, f, from)
			placed = true
			if len(placeTo) == 0 && len(f.Sources) > 0 && c.Lexicon.Violent(f.Code.CAMEO) {
				// "struck targets in Lebanon and Syria": the places joined
				// to where an act of force happens are aimed at too, one
				// event each (not a march or a journey: "left for the West
				// through Hungary and Czechoslovakia")
				placeTo = c.joinedPlaces(s, actors, places, dest)
			}
			if to := first(placeTo); to != nil && to.Actor.Country != dest.Actor.Country {
				// "marched through Tetouan, chanting slogans against
				// Madrid", "flew to Miami" after "a plan to export gas
				// through Chile": the target phrase names a place of
				// another country, which stands for its country; the
				// place the act is told at is then not aimed at too
				dest, destRule = to, "; target: the country of the place the target phrase names"+c.aim(to, f, from)
			}
		} else if dest = c.here(sc, s, f); dest != nil {
			destRule = "; target: the dateline's country, where \"this\" place is" + c.aim(dest, f, from)
			placed = true
		} else if dest = c.site(sc, s, actors, places, f); dest != nil {
			destRule = "; target: the story's country, where the act happens" + c.aim(dest, f, from)
			placed = true
		}
	}
	if placed && f.Person.End > 0 && dest.Actor.Sector == "" && c.isCountry(dest.Actor.Country) {
		// "police detained Jorge Glas in Quito": a person of the place
		dest = c.personOf(sc, f.Person, dest.Actor.Country)
		destRule += "; target: a person the text names, of the country where it happens"
	}
	if placed && f.Crowd != "" && dest.Actor.Sector == "" && c.isCountry(dest.Actor.Country) {
		// "police arrested dozens in Nairobi": the people of the place
		crowdOf(dest, f.Crowd)
		destRule += "; target's sector: " + f.Crowd + ", a bare number of people"
	}
	if placed {
		dest = c.stateWhere(dest)
	}
	if dest == nil && len(f.Targets) == 0 && !f.Reciprocal && f.Code.QuadClass >= 3 && len(f.Sources) > 0 && also(s, f.Trigger) &&
		!(c.Lexicon.Domestic(f.Code.CAMEO) || f.Act != "" && c.Lexicon.Domestic(f.Act)) &&
		into(&dest, sc.lastTargetOf(actors[f.Sources[0]], s.Index)) {
		// "May expelled 23 Russian diplomats. She also froze contacts":
		// one more act against the same party; not a measure taken at
		// home ("Azerbaijan also imposed martial law": as the other side
		// did, on its own country)
		destRule = "; target: the same source's last target, as \"also\" says"
	}
	if dest == nil && len(f.Targets) == 0 && !f.Reciprocal && len(f.Sources) > 0 && c.between(f) &&
		!sc.doesToSomeone(actors[f.Sources[0]], f.Code.CAMEO) {
		// "Russia brokered the deal", "the truce, brokered by Turkey, ended
		// the fighting between Armenia and Azerbaijan": the go-between to
		// each side of the last act told between two others
		if one, other := sc.parties(actors[f.Sources[0]], s.Index, !c.Lexicon.Mediation(f.Code.CAMEO)); one != nil {
			dest, destRule = one, "; target: a side of the last act told between two others (a go-between's act)"
			if !c.Lexicon.Mediation(f.Code.CAMEO) {
				destRule = "; target: a side of the last act told between two others (asked of both sides)"
			}
			for _, a := range f.Sources {
				pairs = append(pairs, pair{a, -1, other, true})
			}
		}
	}
	counterpartOf := -1 // the source whose counterpart dest is
	sideAsked := dest == nil && len(f.Targets) == 0 && !f.Reciprocal && len(f.Sources) > 0 && !f.Unidentified && f.Implied == "" &&
		c.Lexicon.Counterpart(f.Code.CAMEO)
	if sideAsked && (into(&dest, c.counterpart(sc, actors[f.Sources[0]], f.Denial, c.Lexicon.Violent(f.Code.CAMEO) || c.Lexicon.Taken(f.Code.CAMEO), c.Lexicon.HomeCounterpart(f.Code.CAMEO), c.Lexicon.Forces(f.Code.CAMEO), c.rivalAsked(f.Code.CAMEO, actors[f.Sources[0]]))) ||
		c.Lexicon.Taken(f.Code.CAMEO) && into(&dest, c.foe(sc, actors[f.Sources[0]]))) {
		// "Moscow recalled its ambassador", "Seoul demanded an apology": an
		// act between two parties, in a story of two countries
		destRule = counterpartTarget + " (" + dest.Rule + ")"
		counterpartOf = f.Sources[0]
		for _, a := range f.Sources[1:] {
			if actors[a].Actor.Country == dest.Actor.Country {
				// "Both men criticised Western sanctions": those who act
				// together do not act on each other
				dest, destRule, counterpartOf = nil, "", -1
				break
			}
		}
		if dest != nil && dest.Actor.Country != actors[f.Sources[0]].Actor.Country && c.Lexicon.AtHome(f.Code.CAMEO) &&
			into(&dest, c.homeParty(sc, s, actors, f)) {
			// "Urcuyo refused to step aside and called on the guerrillas to
			// lay down their arms" in a story that paired Nicaragua with
			// the United States: an act at home, on the party of its own
			// country the sentence names, not on the other state
			destRule, counterpartOf = "; target: the party of the source's own country the sentence names, which names no other country (an act at home)", -1
		}
	}
	if sideAsked && dest == nil && c.Lexicon.AtHome(f.Code.CAMEO) && sc.homeStory(actors[f.Sources[0]]) &&
		into(&dest, c.homeParty(sc, s, actors, f)) {
		// "The government withdrew the riot squads, saying the crowds had
		// calmed" in a story told more at home than with the state it was
		// paired with in passing: on the party at home the sentence names
		destRule = "; target: the party of the source's own country the sentence names, which names no other country (an act at home)"
	}
	if len(placeTo) > 0 && dest != nil && (dest == first(placeTo) || placed) {
		// "recalled its envoys from Rome and Madrid", "flights to Doha,
		// Dubai and Manama": one event for each further place the target
		// phrase names
		for i := range placeTo {
			if placeTo[i].Actor.Country == dest.Actor.Country {
				continue
			}
			if placed {
				c.aim(&placeTo[i], f, actors[f.Sources[0]].Actor) // as the first place's
				if placeTo[i].Rule == joinedRule {
					placeTo[i] = *c.stateWhere(&placeTo[i]) // as the place where it happens is
				}
			}
			for _, a := range f.Sources {
				pairs = append(pairs, pair{a, -1, &placeTo[i], false})
			}
		}
	}
	skipped := "" // why the last pair was left out
	for _, p := range pairs {
		captorRule, pairRule := "", ""
		var src dateline.Mention
		if p.src >= 0 {
			src = c.asState(c.atDate(sc, actors[p.src], date), c.stateSector(f.Code.CAMEO))
		} else {
			src = *unknown
		}
		tgt := dest
		if p.place != nil {
			tgt = p.place
		}
		if counterpartOf >= 0 && p.src >= 0 && p.src != counterpartOf && tgt == dest &&
			actors[p.src].Actor.Country != actors[counterpartOf].Actor.Country {
			// "Sudan and South Sudan rejected the plan": each source's own
			// counterpart, never its own country
			tgt = c.counterpart(sc, actors[p.src], f.Denial, c.Lexicon.Violent(f.Code.CAMEO), c.Lexicon.HomeCounterpart(f.Code.CAMEO), c.Lexicon.Forces(f.Code.CAMEO), c.rivalAsked(f.Code.CAMEO, actors[p.src]))
			if tgt != nil {
				pairRule = counterpartTarget + " (" + tgt.Rule + ")"
			}
		}
		if f.Response && tgt != nil && sameActor(src.Actor, tgt.Actor) {
			tgt = nil // one answering what they said themselves
		}
		if f.ByAnother && tgt != nil && tgt.Actor.Sector != "" &&
			(tgt.Actor.Sector == src.Actor.Sector && (c.Actors.Force(tgt.Actor.Sector) || tgt.Actor.Sector == "GOV") && (src.Actor.Country == "" || src.Actor.Country == tgt.Actor.Country) ||
				src.Actor.Sector == "" && src.Actor.Country != "" && src.Actor.Country == tgt.Actor.Country) {
			// "an army spokesman said the raids had inflicted heavy
			// casualties", of its own forces' raids: what its own side's act
			// did, reported; so a government of its state's act ("Israel
			// said the strike avenged three Israelis"), and a country named
			// bare, its state ("the raid had targeted criminals", said for
			// Gabon of its own forces'). A
			// state's organs judge each other's acts ("the attorney general
			// said the rulings violated the constitution")
			skipped = "the act judged is the source's own side's"
			continue
		}
		if p.tgt >= 0 {
			t := c.cityTarget(c.atDate(sc, actors[p.tgt], date), f.Code.CAMEO)
			if strings.HasPrefix(t.Rule, "coref:place ->") {
				// "imposed a curfew on the capital", "on the city" after
				// Dakar: the place named before, as when named itself ("a
				// curfew on Dakar"), takes the sector the act falls on
				// (aim=: its people), not its government
				pairRule = c.aim(&t, f, src.Actor)
			}
			if r := c.siteOwner(&t, f); r != "" {
				pairRule = r
			}
			if f.Reciprocal && len(f.Targets) == 0 || f.Joint {
				// "India and China clashed", "India clashed with China": each
				// acts on the other, a doer as its source is, of the sector a
				// doer of the act is
				t = c.asState(t, c.stateSector(f.Code.CAMEO))
			} else {
				t = c.asGovernment(t, false) // "India summoned Pakistan's envoy", "the Islamists attacked Ethiopia"
			}
			if f.Doer && t.Kind == dateline.KindAgent && c.Actors.Force(t.Actor.Sector) && len(t.Actor.Country) == 3 &&
				!sc.junta(t.Actor.Country, c.Actors.Force, c.Actors.Power, c.Lexicon.Shown) {
				// "demanded that Argentine forces withdraw", "called for the
				// withdrawal of Chinese troops": what a state's forces are asked
				// to do is asked of their state; asked of the forces themselves
				// ("urged the army to stop the killing"), or of forces that took
				// power (a junta), it stays theirs
				t.Actor.Sector, t.Actor.Code = "GOV", t.Actor.Country+"GOV"
				t.Rule += "+their state asked"
			}
			if c.Lexicon.Between(f.Code.CAMEO) && t.Kind == dateline.KindAgent && c.Actors.Force(t.Actor.Sector) && len(t.Actor.Country) == 3 &&
				src.Actor.Country != "" && src.Actor.Country != t.Actor.Country && !sc.junta(t.Actor.Country, c.Actors.Force, c.Actors.Power, c.Lexicon.Shown) {
				// "refused to let the U.S. Air Force planes land", "barred
				// French aircraft": a refusal or a ban between states falls on
				// the state whose forces it names, not on a junta's
				t.Actor.Sector, t.Actor.Code = "GOV", t.Actor.Country+"GOV"
				t.Rule += "+their state, between states"
			}
			if f.Harmed && len(t.Actor.Country) == 3 {
				// "pressed for an investigation into the deaths of civilians
				// in Sri Lanka": asked of the state responsible, not of them
				t.Actor.Sector, t.Actor.Code = "GOV", t.Actor.Country+"GOV"
				t.Rule += "+the state where the harm was done"
			}
			if c.Lexicon.Violent(f.Code.CAMEO) {
				t = sc.sameVictims(t, src)
			}
			if c.coercersOwn(t, src, f) {
				t.Actor.Country, t.Actor.Code = src.Actor.Country, src.Actor.Country+t.Actor.Sector
				t.Rule += "+coercer's country"
			}
			tgt = &t
			if releaseAsked(f) {
				// "demanded the release of the journalist": asked of whoever
				// holds him, when the story told who took him
				if k := sc.captor(t); k != nil && !sameActor(src.Actor, k.Actor) {
					if (c.Actors.Custody(k.Actor.Sector) || c.Actors.Force(k.Actor.Sector) && t.Actor.Country != k.Actor.Country) &&
						len(k.Actor.Country) == 3 {
						// a state's police or courts (sectors.txt's custody) hold
						// them for its government, and so do its forces (force)
						// another country's people ("Chinese soldiers took the
						// crew into custody"); its forces holding their own
						// country's leaders are a junta, not the state
						k.Actor.Sector, k.Actor.Code = "GOV", k.Actor.Country+"GOV"
					}
					tgt, captorRule = k, "; target: who took them, told before (a release asked for)"
				} else if len(t.Actor.Country) == 3 && t.Actor.Country == src.Actor.Country && src.Kind == dateline.KindCountry {
					// "Israel pressed its demand for the return of the captured
					// soldiers": a state asks its own people back from whoever
					// holds them, whom the story does not name
					tgt, captorRule = nil, "; target: none, its own people held by someone the story does not name (a release asked for)"
				}
			}
			if t.Kind == dateline.KindCountry && strings.HasPrefix(t.Rule, "coref:members") && t.Actor.Country != "" && t.Actor.Country == src.Actor.Country {
				// "Kishida said the two countries should build ties": of a
				// counted group, the source's own country is no target; the
				// other member is
				skipped = "the source's own country, one of a counted group, is no target"
				continue
			}
			if sameActor(src.Actor, t.Actor) && captorRule == "" && !(src.Kind == dateline.KindAgent && t.Kind == dateline.KindAgent) {
				// (a release of one's own people is asked of who holds them:
				// "Britain demanded the return of the crew" of a British tanker)
				// (two agents of one country and sector are two bodies: "the
				// junta dissolved the government")
				skipped = "the target is the source itself"
				continue
			}
		}
		if tgt != nil && (placed && tgt == dest || tgt.Kind == dateline.KindCountry) && c.Lexicon.Away(f.Code.CAMEO) &&
			src.Actor.Country != "" && tgt.Actor.Country == src.Actor.Country {
			skipped = "a trip at home is no visit"
			continue // "Gorbachev flew back to Moscow", "Karimov flew to the city"
		}
		ownForces := false
		if placed && tgt == dest && src.Kind == dateline.KindAgent && src.Marks&dateline.MarkSentenceCountry != 0 && c.Actors.Force(src.Actor.Sector) &&
			c.Lexicon.Violent(f.Code.CAMEO) && tgt.Actor.Country == src.Actor.Country {
			if m := sc.main(); c.isCountry(m) && m != src.Actor.Country && sc.where.Dateline != nil && sc.where.Dateline.Country == m {
				// "The army said its aircraft struck 160 targets in the Gaza
				// Strip" in a story filed from Jerusalem about Israel: unnamed
				// forces striking a place of another country are the story's
				// own, not the country of the place they strike
				src.Actor.Country, src.Actor.Code, ownForces = m, m+src.Actor.Sector, true
			}
		}
		atHome := false
		if placed && tgt == dest && (f.Code.CAMEO[:2] >= "18" || len(f.Act) >= 2 && f.Act[:2] >= "18") && (tgt.Actor.Sector == "" || tgt.Actor.Sector == "GOV") &&
			tgt.Actor.Country == src.Actor.Country && (src.Actor.Sector == "" || c.Actors.State(src.Actor.Sector)) {
			// "Azerbaijan said its forces had captured Shusha", "began an
			// offensive to regain the enclave": a state's force in its own
			// land is not aimed at its own state, but at the story's other
			// party when there is one; so is a vow or threat of it ("vowed
			// to retake the occupied districts")
			if cp := c.counterpart(sc, src, false, true, false, false, c.rivalAsked(f.Code.CAMEO, src)); cp != nil {
				tgt, atHome = cp, true
			} else if cp := c.foe(sc, src); cp != nil {
				tgt, atHome = cp, true // "fighting to regain control of Palma" after insurgents took it
			} else if len(f.Sources) == 1 {
				// the sentence may pair the source's country later
				sc.sideOpen = append(sc.sideOpen, sideAt{answerAt{s.Index, f.Trigger.Start}, false, true, nil})
			}
		}
		victimsAtHome := false
		if !atHome && placed && tgt == dest && (tgt.Actor.Sector == "" || c.Lexicon.Victims(f.Code.CAMEO)) {
			// "Troops broke through barricades" after "Thai soldiers stormed
			// the camp of protesters": force at home, aimed only at the place,
			// falls on whom the same forces acted against before there
			if v := c.victimsBefore(sc, src, f, tgt.Actor.Country); v != nil {
				tgt, victimsAtHome = v, true
			}
		}
		place, placeRule := sc.where.Place(s, places, actors, where.Act{Trigger: f.Trigger, CAMEO: f.Code.CAMEO, Source: &src, Target: tgt})
		homeFight := false
		if tgt != nil && (tgt == dest && counterpartOf >= 0 || atHome) && (c.Lexicon.Violent(f.Code.CAMEO) || c.Lexicon.Taken(f.Code.CAMEO)) && place != nil &&
			src.Actor.Country != "" && place.Country == src.Actor.Country && tgt.Actor.Country != src.Actor.Country &&
			sc.usedForce(tgt.Actor.Country, src.Actor.Country) && !sc.usedForce(src.Actor.Country, tgt.Actor.Country) &&
			sc.helped(tgt.Actor.Country, src.Actor.Country) {
			// "Malian soldiers, backed by the French air strikes, retook
			// Konna" after Mali asked Paris for help: force in one's own
			// land by a country the story told using none on its
			// counterpart, which came with force into it and dealt with it
			// short of conflict (help asked or given), is a fight at home,
			// not aimed at that state. A counterpart that used no force
			// there, or only force ("Armenian troops shelled Azerbaijani
			// villages"), is the other side.
			p, _ := c.Places.Country(place.Country)
			tgt, atHome, homeFight = &dateline.Mention{Kind: dateline.KindCountry, Actor: dateline.Actor{Name: p.Name, Country: place.Country, Code: place.Country}}, false, true
		}
		rule := f.Rule
		if ownForces {
			rule += "; source's country: the story's, filed from there, as unnamed forces striking another country's place are not that country's"
		}
		if homeFight {
			rule += "; target: the country where it happens, as force at home by a country the story told using none on its counterpart, which came with force and help, is a fight at home"
		}
		if why := c.ofThePlace(place, src, tgt, f); why != "" {
			src.Actor.Country, src.Actor.Code = place.Country, place.Country+src.Actor.Sector
			rule += "; " + why + ": where it happens"
		}
		if victimsAtHome {
			rule += "; target: the same source's victims before, in its own country"
		}
		if atHome {
			rule += counterpartTarget + ", as force at home is not aimed at one's own state (" + tgt.Rule + ")"
		}
		if tgt != nil && tgt.Marks&dateline.MarkVictimsBefore != 0 {
			rule += "; target's country: the same attacker's victims before"
		}
		if tgt != nil && (tgt == dest || p.side) && !atHome {
			rule += destRule
		} else if p.place != nil {
			rule += "; target: the country of a place the target phrase names"
		}
		rule += captorRule + pairRule
		if tgt == nil && f.Person.End > 0 && (c.isCountry(sc.main()) || c.isCountry(src.Actor.Country)) {
			// "officers detained Jorge Glas": a person of the story's
			// country, else of the source's
			cc := sc.main()
			if !c.isCountry(cc) {
				cc = src.Actor.Country
			}
			tgt = c.personOf(sc, f.Person, cc)
			rule += "; target: a person the text names, of the story's country"
		}
		if tgt == nil && f.Crowd != "" && c.isCountry(src.Actor.Country) {
			// "hundreds were detained", "police arrested dozens": people of
			// the source's own country, where the clause names no place
			own := c.ownCountry(src)
			crowdOf(&own, f.Crowd)
			tgt = &own
			rule += "; target: the source's own people, a bare number (" + f.Crowd + ")"
		}
		if tgt == nil && c.isCountry(src.Actor.Country) && (c.Lexicon.Domestic(f.Code.CAMEO) || f.Act != "" && c.Lexicon.Domestic(f.Act)) {
			// "the authorities imposed a state of siege": a measure taken
			// at home, where the clause names no place (a bloc has none)
			own, from := c.ownCountry(src), src.Actor
			if src.Marks&dateline.MarkRoleBegun != 0 && c.Lexicon.Coerces(f.Code.CAMEO) {
				// "Park seized power in a military coup in May 1961": who
				// took office by the act was not yet the government it
				// fell on
				from.Sector, from.Code = "", from.Country
			}
			aim := c.aim(&own, f, from)
			if _, sector := c.aimOf(f); own.Actor.Code != from.Code && (sector == "" || sector != from.Sector) {
				// never a body aimed at itself: "Germany summoned Iran's
				// envoy to protest" is no protest against Germany, and
				// activists calling for reform (which yields to the
				// opposition) aim at no one of their own
				tgt = &own
				rule += "; target: the source's own country (a domestic measure)" + aim
			}
		}
		if (tgt == nil && len(f.Targets) == 0 || placed && tgt == dest && tgt.Actor.Country == src.Actor.Country && (tgt.Actor.Sector == "" || tgt.Actor.Sector == "GOV")) &&
			!f.Reciprocal && !f.Unidentified && f.Implied == "" && p.src >= 0 && c.Lexicon.Forces(f.Code.CAMEO) && c.Actors.Force(src.Actor.Sector) {
			// "Protesters stormed the party's headquarters. Troops patrolled
			// the streets", "Army tanks took up positions around the
			// compound", "Soldiers were put on alert in Maiduguri": a show
			// of force by a state's forces, in a story of their country
			// alone, that names no one it is aimed at, or only a place at
			// home, is aimed at whom the story told last using force at
			// home (foe), not at no one or its own state. Force and coercion
			// are not read so: "officers shot several of the wounded" names
			// whom it fell on by a noun of no actor (tried: pool A found
			// 2012 -> 2010, B 1554 -> 1551).
			if fo := c.foe(sc, src); fo != nil {
				tgt = fo
				rule += "; target: the story's foe at home (" + fo.Rule + ")"
			}
		}
		if tgt == nil && c.Lexicon.OfState(f.Code.CAMEO) && c.homePeople(sc, src) {
			// "the opposition demanded a recount", "protest organisers
			// demanded a cabinet of experts": asked of their own government
			g := c.government(src.Actor.Country)
			tgt = &dateline.Mention{Span: src.Span, Kind: dateline.KindCountry, Actor: g, Rule: "people-of-state"}
			rule += "; target: the source's own government, asked by its people naming no one"
		}
		if tgt == nil && c.OwnTarget && len(src.Actor.Country) == 3 {
			own := c.ownCountry(src)
			tgt = &own
			rule += "; target: the source's own country (--own-target), as the text names none"
		}
		if placeRule != "" {
			rule += "; " + placeRule
		}
		rule += c.crowdAbroad(s, &src, tgt)
		rule += c.workforce(s, &src, f.Code.CAMEO, f.Act)
		code := f.Code
		if f.Reported.CAMEO != "" {
			code = f.Reported // "charged the five men with murder": placed as an arrest (173), reported as an accusation (1121)
		}
		if tgt != nil && c.Actors.Unarmed(string(tgt.Actor.Sector)) && tgt.Marks&dateline.MarkSite == 0 {
			// "gunmen killed 12 villagers", "soldiers fired on the
			// marchers": force of a battle used on people who bear no
			// arms is violence against civilians (policy.tsv's unarmed=)
			if u, ok := c.Lexicon.UnarmedForm(code.CAMEO); ok {
				code = u
				rule += "; code: " + u.CAMEO + ", force on people who bear no arms (" + string(tgt.Actor.Sector) + ")"
			}
		}
		source, target := participants(&src, tgt)
		e := dateline.Event{
			Doc:        sc.doc,
			Sentence:   dateline.SentenceRef{Index: s.Index, Text: s.Text, Start: s.Start, End: s.End},
			Type:       code.Type,
			Mode:       code.Mode,
			CAMEO:      code.CAMEO,
			Goldstein:  code.Goldstein,
			QuadClass:  code.QuadClass,
			Modality:   f.Modality,
			Source:     source,
			Target:     target,
			Trigger:    dateline.Trigger{Text: sc.body[f.Trigger.Start:f.Trigger.End], Start: f.Trigger.Start, End: f.Trigger.End},
			Place:      place,
			Confidence: f.Confidence,
			Rule:       rule + "; date: " + dateRule,
		}
		e.Date, e.DatePrecision = dateline.Null(date.String()), dateline.Null(date.Precision.String())
		if date.IsZero() {
			e.DatePrecision = unknownPrecision
		}
		out = append(out, e)
	}
	if len(out) == n0 {
		c.drop(s.Index, f.Code.CAMEO, cmp.Or(skipped, "no source and target to pair"))
	}
	if sideAsked && dest == nil && len(f.Sources) == 1 && len(out) > n0 && out[n0].Target == nil {
		// "Colombia agreed to take back the migrants, hours after the
		// United States imposed tariffs": the sentence may pair the
		// source's country after the act (sidesLater)
		sc.sideOpen = append(sc.sideOpen, sideAt{answerAt{s.Index, f.Trigger.Start}, f.Denial, false, &sideAsk{actors[f.Sources[0]],
			c.Lexicon.Violent(f.Code.CAMEO) || c.Lexicon.Taken(f.Code.CAMEO), c.Lexicon.HomeCounterpart(f.Code.CAMEO), c.Lexicon.Forces(f.Code.CAMEO), c.Lexicon.Rival(f.Code.CAMEO)}})
	}
	return out
}

func sameActor(a, b dateline.Actor) bool {
	return a.Name != "" && a.Name == b.Name && a.Code == b.Code
}

// participants returns an event's source and target (nil when tgt is),
// both in one allocation.
func participants(src, tgt *dateline.Mention) (*dateline.Participant, *dateline.Participant) {
	if tgt == nil {
		return participant(src), nil
	}
	pair := new([2]dateline.Participant)
	pair[0], pair[1] = participantOf(src), participantOf(tgt)
	return &pair[0], &pair[1]
}

func participant(m *dateline.Mention) *dateline.Participant {
	if m == nil {
		return nil
	}
	p := participantOf(m)
	return &p
}

func participantOf(m *dateline.Mention) dateline.Participant {
	return dateline.Participant{
		Text: m.Text, Name: m.Actor.Name,
		Country: dateline.Null(m.Actor.Country), Sector: dateline.Null(m.Actor.Sector), Code: m.Actor.Code,
		Start: m.Start, End: m.End,
	}
}

// cityTarget returns target m of an act of force as the country when it
// names a capital as a city ("Russian missiles struck Kyiv"): force falls
// on the city and its people, not on the government the city stands for
// in diplomacy ("Washington warned Beijing"). Seats that are buildings
// ("the Kremlin") stay the government. Which acts are force is the
// policy's violent flag.
func (c *Coder) cityTarget(m dateline.Mention, cameo string) dateline.Mention {
	if !strings.HasPrefix(m.Rule, "seat") || m.Actor.Country == "" || !c.Lexicon.Violent(cameo) {
		return m
	}
	for _, p := range c.Places.Lookup(m.Text) {
		if p.Feature == "city" && p.Country == m.Actor.Country {
			cc := m.Actor.Country
			m.Actor = dateline.Actor{Name: m.Actor.Name, Country: cc, Code: cc}
			m.Rule += "+city under force"
			return m
		}
	}
	return m
}

// asGovernment codes a country named as an actor as its government (unless
// CountryBare is set), as ICEWS-style coders and the evaluation sets do:
// "India summoned Pakistan's envoy" is INDGOV, "Israel and Egypt had agreed"
// ISRGOV and EGYGOV. Only a country the text names by its name, capital, a
// pronoun ("the Dominican Republic announced that it was closing") or an
// adjective before a noun ("Russian missiles") changes. A people named by
// its plural ("Kenyans demanded", "the Albanians of southern Serbia") is not
// its government and keeps the bare code; so does the country of an
// attack's victims, and a bloc. The country where an act happens, as its
// target, is its government too (asState, after aim= and the people the
// act falls on). A country that uses force
// ("Azerbaijan began an offensive", "Russian missiles struck") is its
// military (violent says the act is force: CAMEO's violent codes; a
// blockade or a border closure stays the government's). Countries that
// do an act to each other ("India and China clashed") are each a doer of
// it, as target too (stateSector).
func (c *Coder) asGovernment(m dateline.Mention, violent bool) dateline.Mention {
	if violent {
		return c.asState(m, "MIL")
	}
	return c.asState(m, "GOV")
}

// stateSector is the sector of a state named as the doer of an act of
// code: policy.tsv's doer= ("Iran hanged two men": GOV), else its military
// for force, its government for anything else.
func (c *Coder) stateSector(code string) string {
	if s := c.Lexicon.Doer(code); s != "" {
		return s
	}
	if c.Lexicon.Violent(code) {
		return "MIL"
	}
	return "GOV"
}

// asState returns m, a country or a pronoun for one named as an actor,
// as its arm of sector sector (GOV, MIL), unless c.CountryBare or m is no
// such mention (see asGovernment); a pronoun for a person told of unnamed
// ("a Chinese engineer ... He was freed") stays that country's person.
func (c *Coder) asState(m dateline.Mention, sector string) dateline.Mention {
	if c.CountryBare || m.Kind != dateline.KindCountry && m.Kind != dateline.KindPronoun || m.Actor.Sector != "" || m.Actor.Code != m.Actor.Country || !c.isCountry(m.Actor.Country) {
		return m
	}
	if m.Rule == "adjective" || strings.HasPrefix(m.Rule, "adjective+people") || strings.HasPrefix(m.Rule, "coref:unnamed") {
		return m
	}
	m.Actor.Sector = sector
	m.Actor.Code = m.Actor.Country + sector
	if sector == "MIL" {
		m.Rule += "+as-military"
	} else {
		m.Rule += "+as-government"
	}
	return m
}

// isCountry reports whether cc is a country's code, not a bloc's ("EUR").
func (c *Coder) isCountry(cc string) bool {
	_, ok := c.Places.Country(cc)
	return len(cc) == 3 && ok
}

// ownCountry is the country of mention m as a target, with no text and
// m's offsets: a domestic act's own country, when the text names no target.
func (c *Coder) ownCountry(m dateline.Mention) dateline.Mention {
	cc := m.Actor.Country
	m.Text = "" // no words name it; the offsets are the source's, whose country it is
	m.Actor = dateline.Actor{Name: cc, Country: cc, Code: cc}
	if p, ok := c.Places.Country(cc); ok {
		m.Actor.Name = p.Name
	}
	m.Kind = dateline.KindCountry
	m.Rule += "+own-country target"
	return m
}

// aimOf returns the code whose policy.tsv aim act f takes, and that aim:
// its own code's, else the act it speaks of ("threatened to declare a
// state of emergency").
func (c *Coder) aimOf(f event.Found) (code, sector string) {
	code, sector = f.Code.CAMEO, c.Lexicon.Aim(f.Code.CAMEO)
	if sector == "" && f.Act != "" {
		code, sector = f.Act, c.Lexicon.Aim(f.Act)
	}
	return code, sector
}

// victimsBefore returns whom src last acted against in country cc, its own,
// for an act of coercion or force (roots 17-20) there, or nil.
func (c *Coder) victimsBefore(sc *scene, src dateline.Mention, f event.Found, cc string) *dateline.Mention {
	if f.Code.QuadClass != 4 || f.Code.CAMEO[:2] < "17" || cc != src.Actor.Country {
		return nil
	}
	if v := sc.lastVictim(src); v != nil && string(v.Country) == cc && v.Sector != "" && v.Code != src.Actor.Code {
		return asMention(v, "victims-before")
	}
	return nil
}

// aim gives country m, aimed at only as the place where act f happens or
// as its source's own country, the sector the act falls on (policy.tsv's
// aim=S: a curfew on the people, a coup on the government), and returns
// what the rule says of it, or "". from is the source's country: an act
// whose aim holds only abroad (a show of force) gives its own country none.
func (c *Coder) aim(m *dateline.Mention, f event.Found, from dateline.Actor) string {
	code, sector := c.aimOf(f)
	if sector != "" && f.Business {
		sector = "BUS" // "gangs looted shops": business, not the government
	}
	if sector == "" && f.Military && c.Lexicon.Violent(code) {
		sector = "MIL" // "destroyed tanks outside Benghazi": Libya's forces
	}
	site := c.siteHit(f)
	if site == "CVL" || site != "" && sector == "" {
		// "shelled homes in Benghazi", "bulldozed shacks in Harare": the
		// civilians, whatever the code's aim; "destroyed tanks near
		// Sirte": the forces, when the code names no aim ("seized an air
		// base" stays aim=GOV: a base taken is its state's loss)
		sector = site
	} else {
		site = ""
	}
	if sector == "" || m.Actor.Sector != "" || !c.isCountry(m.Actor.Country) || m.Actor.Country == from.Country && c.Lexicon.Abroad(code) {
		return ""
	}
	if m.Actor.Country == from.Country && sector == from.Sector {
		// "activists called for political reform in Jordan": a reform
		// yields to the opposition, and the opposition asking for one is
		// not aimed at itself
		return ""
	}
	m.Actor.Sector = sector
	m.Actor.Code = m.Actor.Country + sector
	m.Rule += "+aim"
	if site != "" {
		m.Rule += siteRule
		m.Marks |= dateline.MarkSite
	}
	return "; target's sector: " + sector + ", on whom the act falls"
}

// siteHit returns the sector the thing act f falls on implies
// (Found.Site: homes, a village, a hospital; tanks, an air base) when f
// is an act of coercion or force (roots 17-20), else "".
func (c *Coder) siteHit(f event.Found) string {
	if f.Site == "" || f.Code.CAMEO < "17" || f.Code.CAMEO >= "21" {
		return ""
	}
	return f.Site
}

// siteOwner gives country t, a target the act's phrase names as the owner
// of the homes or places of everyday life act f falls on ("burned Serb
// villages", "shelled Palestinian homes"), their civilians (CVL) instead
// of its government, and returns what the rule says of it, or "". A
// state's military things keep its government ("struck Syrian bases"):
// measured, the pool's golds code those as the state.
func (c *Coder) siteOwner(t *dateline.Mention, f event.Found) string {
	if c.siteHit(f) != "CVL" || t.Kind != dateline.KindCountry || t.Actor.Sector != "" || t.Actor.Code != t.Actor.Country || !c.isCountry(t.Actor.Country) {
		return ""
	}
	t.Actor.Sector, t.Actor.Code = "CVL", t.Actor.Country+"CVL"
	t.Rule += siteRule
	t.Marks |= dateline.MarkSite
	return "; target's sector: CVL, the people whose homes or places the act falls on"
}

// siteRule marks a target whose sector the thing the act falls on gave
// (siteHit): the act keeps its code, as homes shelled are no people
// fired on (no unarmed= form).
const siteRule = "+site"

// stateWhere returns country m, aimed at only as the place where act f
// happens and given no sector by aim or by the people the act falls on,
// as its government, as a country named as the target is (asGovernment):
// "Taliban fighters swept into Kabul", "India struck nine sites in
// Pakistan", "the general sent tanks into the streets of Valencia".
// Measured against keeping a deployment at home bare (policy.tsv's abroad,
// which still holds with --country-bare): the owned sets' golds aim such
// force at the government or at the rebels, never at no one.
func (c *Coder) stateWhere(m *dateline.Mention) *dateline.Mention {
	if m.Actor.Sector != "" {
		return m
	}
	g := c.asState(*m, "GOV")
	return &g
}

// personOf returns a person of country cc whom the text names at span sp
// and the actor knowledge does not know.
func (c *Coder) personOf(sc *scene, sp dateline.Span, cc string) *dateline.Mention {
	text := sc.body[sp.Start:sp.End]
	return &dateline.Mention{Span: sp, Text: text, Kind: dateline.KindPerson, Rule: "unknown-person",
		Actor: dateline.Actor{Name: text, Country: cc, Code: cc}}
}

// measureRefused returns, for a refusal by a state's forces (sectors.txt's
// force) of a measure their state takes (policy.tsv's measure=: a curfew,
// a state of emergency), their country's arm that takes it, or nil: "an
// elite police unit refused to enforce the curfew" refuses the
// government's order, not the protesters who defied it. Orders refused
// with no one named as giving them (Found.Orders: "soldiers refused orders
// to fire on protesters") are their government's.
func (c *Coder) measureRefused(src dateline.Mention, f event.Found) *dateline.Mention {
	if f.Act == "" && !f.Orders || !c.Actors.Force(string(src.Actor.Sector)) || !c.isCountry(src.Actor.Country) {
		return nil
	}
	sector := "GOV"
	if !f.Orders {
		sector = c.Lexicon.Measure(f.Act)
	}
	if sector == "" || sector == string(src.Actor.Sector) {
		return nil
	}
	a := c.government(src.Actor.Country)
	a.Sector, a.Code = sector, src.Actor.Country+sector
	return &dateline.Mention{Span: src.Span, Kind: dateline.KindCountry, Actor: a, Rule: "measure-refused"}
}

// crowdOf makes country m the people of sector sector that a bare number
// the act is done to stands for.
func crowdOf(m *dateline.Mention, sector string) {
	m.Actor.Sector = sector
	m.Actor.Code = m.Actor.Country + sector
	m.Rule += "+crowd"
}

// into sets *dest to m and reports whether m is a mention: a switch case
// that finds a target keeps what it found.
func into(dest **dateline.Mention, m *dateline.Mention) bool {
	if m == nil {
		return false
	}
	*dest = m
	return true
}

// destination returns the country of the place an event goes to or
// happens in ("arrived in Amman", "exercises in Alaska") as a target
// actor, or nil.
func (c *Coder) destination(s *dateline.Sentence, actors, places []dateline.Mention, f event.Found) *dateline.Mention {
	away := c.Lexicon.Sent(f.Code.CAMEO) || f.Act != "" && c.Lexicon.Sent(f.Act) ||
		c.Lexicon.Domestic(f.Code.CAMEO) || f.Act != "" && c.Lexicon.Domestic(f.Act) // "declared an emergency from New York"
	m, ok := c.Places.Destination(s, places, actors, f.Trigger, away)
	if !ok {
		return nil
	}
	name := m.Place.Name
	if p, ok := c.Places.Country(m.Place.Country); ok {
		name = p.Name
	}
	return &dateline.Mention{Span: m.Span, Text: m.Text, Kind: dateline.KindCountry, Rule: "located-target",
		Actor: dateline.Actor{Name: name, Country: m.Place.Country, Code: m.Place.Country}}
}

// joinedRule is the rule of a place joined to where an act happens.
const joinedRule = "located-target+joined"

// joinedPlaces returns, as destination returns one, the places and
// countries joined to destination dest by "and" or a comma ("in Lebanon
// and Syria"), dest first, or nil when none is.
func (c *Coder) joinedPlaces(s *dateline.Sentence, actors, places []dateline.Mention, dest *dateline.Mention) []dateline.Mention {
	more := c.Places.Joined(s, *dest, places, actors)
	if len(more) == 0 {
		return nil
	}
	out := []dateline.Mention{*dest}
	for _, m := range more {
		name := m.Place.Name
		if p, ok := c.Places.Country(m.Place.Country); ok {
			name = p.Name
		}
		out = append(out, dateline.Mention{Span: m.Span, Text: m.Text, Kind: dateline.KindCountry, Rule: joinedRule,
			Actor: dateline.Actor{Name: name, Country: m.Place.Country, Code: m.Place.Country}})
	}
	return out
}

// site returns the story's country (the one it names most, when it is
// filed from there) as the target of act f by another country's actor
// whose clause names no target and no place: an act of material conflict
// at a site named by a common noun only ("the Marines landed at the
// airport", "the jets struck the airstrip at Baledogle" in a story from
// Haiti or Somalia), and aid or an offer of it, wherever it is told ("said
// Washington was ready to assist", "Russia offered humanitarian aid" in a
// story from Haiti or Kyrgyzstan: aid goes where the story is), and so
// does a deployment ("New Zealand said it would also send soldiers":
// policy.tsv's sent flag). Nil
// otherwise: the story's own actors there name no one they act on.
func (c *Coder) site(sc *scene, s *dateline.Sentence, actors, places []dateline.Mention, f event.Found) *dateline.Mention {
	aid := c.Lexicon.Sent(f.Code.CAMEO) || f.Act != "" && c.Lexicon.Sent(f.Act)
	if f.Code.QuadClass != 4 && !aid || len(f.Sources) == 0 {
		return nil
	}
	cc := sc.main()
	if d := sc.where.Dateline; d != nil && d.Country != cc {
		return nil // "WASHINGTON — Syrian troops shelled the city": filed from elsewhere
	}
	if !c.isCountry(cc) || !aid && !c.Places.Site(s, places, actors, f.Trigger) {
		return nil
	}
	for _, k := range f.Sources {
		if sc := actors[k].Actor.Country; sc == "" || sc == cc {
			return nil
		}
	}
	p, _ := c.Places.Country(cc)
	// (no MarkSite: this "+site" is where the act happens, and the target
	// has no sector the site gave)
	return &dateline.Mention{Span: f.Trigger, Kind: dateline.KindCountry, Rule: "located-target+site",
		Actor: dateline.Actor{Name: p.Name, Country: cc, Code: cc}}
}

// here returns the country of the dateline's place as the target of act f
// when its clause names where it happens only as that place ("Mayan rebels
// seized this colonial city", in a story from San Cristobal de las Casas:
// MEXGOV), or nil.
func (c *Coder) here(sc *scene, s *dateline.Sentence, f event.Found) *dateline.Mention {
	d := sc.where.Dateline
	if d == nil || !c.isCountry(d.Country) || !c.Places.Here(s, f.Trigger) {
		return nil
	}
	p, _ := c.Places.Country(d.Country)
	return &dateline.Mention{Span: f.Trigger, Kind: dateline.KindCountry, Rule: "located-target+here",
		Actor: dateline.Actor{Name: p.Name, Country: d.Country, Code: d.Country}}
}

// also reports whether the adverb "also" stands in the verb group of the
// trigger or right before it: "she also froze contacts", "has also
// expelled".
func also(s *dateline.Sentence, trig dateline.Span) bool {
	for i, t := range s.Tokens {
		if t.Start >= trig.End {
			break
		}
		if t.Lower == "also" && (t.Start >= trig.Start || i+1 < len(s.Tokens) && s.Tokens[i+1].Start >= trig.Start) {
			return true
		}
	}
	return false
}

// storyState returns the government of the country the story is about, as
// the doer of an act only a state does that judge m judges, or nil: when
// the story has no country, or m is that government itself (a state's own
// vote is no act against it).
func (c *Coder) storyState(sc *scene, m dateline.Mention) *dateline.Mention {
	cc := sc.main()
	if !c.isCountry(cc) || m.Actor.Country == cc && (m.Actor.Sector == "GOV" || m.Actor.Sector == "") {
		return nil
	}
	p, _ := c.Places.Country(cc)
	return &dateline.Mention{Span: m.Span, Kind: dateline.KindAgent, Rule: "story-state",
		Actor: dateline.Actor{Name: p.Name, Country: cc, Sector: "GOV", Code: cc + "GOV"}}
}

// unidentifiedName names the attacker of an attack whose perpetrator the
// story does not name.
const unidentifiedName = "unidentified attackers"

// unnamedName names the attackers a sentence names by no more than sex or
// number ("a man shot dead two teachers"): unknown as unidentified
// attackers are, but the attack's own doers, never the toll of force the
// story names elsewhere.
const unnamedName = "unnamed attackers"

// unknownDoer reports whether participant p is an attacker no one knows:
// unidentified or unnamed.
func unknownDoer(p *dateline.Participant) bool {
	return p.Name == unidentifiedName || p.Name == unnamedName
}

// unidentified makes the source of an attack the sentence names no
// perpetrator for: unidentified attackers (UAF) of the country where it
// happened (the place in the clause, else the story's country, else the
// target's), spanning the trigger; with none known, of no country. This is
// how ICEWS codes "unidentified gunmen"; the name says the attacker is not
// known.
func (c *Coder) unidentified(sc *scene, s *dateline.Sentence, actors, places []dateline.Mention, f event.Found) *dateline.Mention {
	country := ""
	if d := c.destination(s, actors, places, f); d != nil {
		country = d.Actor.Country
	} else {
		country = sc.main()
	}
	if country == "" && len(f.Targets) > 0 && len(actors[f.Targets[0]].Actor.Country) == 3 {
		// "the Argentine vice president survived an assassination
		// attempt", in a story that names no country: the target's
		country = actors[f.Targets[0]].Actor.Country
	}
	// with no country anywhere ("the mayor was assassinated"), the
	// attackers are still unidentified: their sector alone
	span, name := f.Trigger, unidentifiedName
	if f.Someone.End > 0 {
		span, name = f.Someone, unnamedName // "a man shot dead two teachers": the man
	}
	return &dateline.Mention{Span: span, Text: sc.body[span.Start:span.End], Kind: dateline.KindAgent,
		Rule: "unidentified", Actor: dateline.Actor{Name: name, Country: country, Sector: "UAF", Code: country + "UAF"}}
}

// tellingState returns the arm of a state that tells act f ("Pakistan's
// military spokesman said ..."), when it has a country, or nil.
func (c *Coder) tellingState(actors []dateline.Mention, f event.Found) *dateline.Actor {
	if f.Teller < 0 || f.Teller >= len(actors) {
		return nil
	}
	if a := &actors[f.Teller].Actor; c.Actors.State(a.Sector) && c.isCountry(a.Country) {
		return a
	}
	return nil
}

// implied codes the agent a passive act with no agent implies: that
// sector of the country where the clause says it happened ("an American
// journalist was arrested in Moscow": RUSCOP; "arrested there": the place
// named last), else of the target's
// country unless an arm of another state tells of it (then of that
// state: "Pakistan's military said an Indian soldier had been captured")
// or, in a story filed from the country it is about, the target is
// described by another nationality (then of the story's: "A Canadian
// businessman was detained" from Beijing is CHNCOP), else of the
// story's ("Opposition leader Ousmane Sonko was
// arrested" in a story from Dakar: SENCOP).
func (c *Coder) implied(sc *scene, s *dateline.Sentence, actors, places []dateline.Mention, f event.Found) *dateline.Mention {
	if len(f.Targets) > 0 && c.Lexicon.Freeing(f.Code.CAMEO) {
		t := actors[f.Targets[0]]
		if k := sc.releaser(t); k != nil && !sameActor(t.Actor, k.Actor) {
			return &dateline.Mention{Span: f.Trigger, Text: sc.body[f.Trigger.Start:f.Trigger.End], Kind: dateline.KindAgent,
				Rule: "implied agent: the captors the story told taking them", Actor: k.Actor}
		}
		if t.Actor.Country == "" {
			return nil // "the hostages were released": by no one the story tells
		}
	}
	country, host, outOf := "", c.Lexicon.Host(f.Code.CAMEO), c.Lexicon.OutOf(f.Code.CAMEO)
	if outOf {
		country = c.fromCountry(s, actors, places, f.Trigger.End) // "were expelled from Nigeria": NGAGOV
		if !c.isCountry(country) && len(f.Targets) > 0 {
			// "Police arrested a British student in Johannesburg. He was
			// deported": by the state of those who held them, another
			// country's, not by their own
			t := actors[f.Targets[0]]
			if k := sc.releaser(t); k != nil && c.isCountry(k.Actor.Country) && k.Actor.Country != t.Actor.Country {
				country = k.Actor.Country
			}
		}
	}
	if c.isCountry(country) {
		// who put them out, named by the land they were put out of
	} else if d := c.destination(s, actors, places, f); d != nil && (locativeAt(s, d.Start) && !host || len(f.Targets) == 0) {
		// not "detained on their return from Crimea"; a crowd is of the
		// place it fills ("thousands took to the streets of Minsk")
		country = d.Actor.Country
	} else if p, ok := sc.where.There(s, places, actors, f.Trigger); ok && len(p.Country) == 3 && !host {
		// (not for a host's act, here or above: "diplomats were
		// expelled over the poisoning of a spy in Britain" from Warsaw is
		// Poland's, the story's country)
		country = p.Country // "four Russian officers arrested there"
	}
	var teller *dateline.Actor // the arm of another state that tells of it, and took them
	if !c.isCountry(country) && len(f.Targets) > 0 && !host {
		t := actors[f.Targets[0]]
		country = t.Actor.Country
		if k := c.tellingState(actors, f); k != nil && c.isCountry(country) && k.Country != country {
			// "Pakistan's military said an Indian soldier had been
			// captured": a state that tells of people of another country
			// taken, by no one named, took them itself
			country, teller = k.Country, k
		} else if m := sc.main(); k == nil && c.isCountry(m) && m != country && sc.where.Dateline != nil && sc.where.Dateline.Country == m &&
			t.Kind != dateline.KindPerson && t.Kind != dateline.KindPronoun {
			// "A Canadian businessman was detained", "an American was
			// captured" in a story filed from Beijing or Managua about its
			// own country: people described by another nationality are
			// foreigners there, held by the state the story is filed from;
			// a person named (or "he") is of the country the knowledge or
			// the story gave him, whose own state acts on him ("Raif
			// Badawi was sentenced" in a story from Ottawa), and a state
			// that tells of it took them itself
			country = m
		}
		if m := sc.main(); outOf && c.isCountry(m) && country != m {
			// "Three American journalists were deported" from Beijing:
			// a state puts out of its land people of another, so not
			// their own state but the story's; their own only for its
			// own people ("Solzhenitsyn was deported" from Moscow)
			country = m
		}
	}
	if !c.isCountry(country) {
		country = sc.main() // (not a body's: "two U.N. peacekeepers were detained" is no U.N. police's act)
	}
	if host && len(f.Targets) > 0 && country == actors[f.Targets[0]].Actor.Country {
		// "Four Russian diplomats were expelled" in a story from Moscow:
		// Russia expels no Russians; who did is not told: no event
		return nil
	}
	if !c.isCountry(country) {
		country = ""
	}
	// with no country anywhere ("the opposition leader was detained"), the
	// agent is still the sector the act implies
	sector, rule := f.Implied, "implied agent"
	if teller != nil && c.Actors.Force(teller.Sector) && c.Actors.Force(sector) {
		sector, rule = teller.Sector, "implied agent: the forces of the state that tells it" // "the army said two soldiers were captured"
	}
	if country != "" && c.Actors.Force(sector) && len(f.Code.CAMEO) >= 3 {
		if k := sc.arrester(country, f.Code.CAMEO[:3], c.Actors.Force, c.Actors.Power, c.Lexicon.Shown); k != "" && k != sector {
			// "Soldiers surrounded the homes of opposition leaders. The
			// former premier was placed under house arrest": by the forces
			// the story told doing it, or using force on those in or
			// seeking power (a coup), not the police
			sector, rule = k, "implied agent: the forces the story told doing the act, or staging a coup"
		}
	}
	name := c.Actors.Implied(sector) // sectors.txt's implied
	if name == "" {
		name = sector
	}
	return &dateline.Mention{Span: f.Trigger, Text: sc.body[f.Trigger.Start:f.Trigger.End], Kind: dateline.KindAgent,
		Rule: rule, Actor: dateline.Actor{Name: name, Country: country, Sector: sector, Code: country + sector}}
}

// fromCountry returns the country of the first country or place named
// after "from" at or after offset off in sentence s, or "": "Ghanaian
// migrants were expelled from Nigeria", "deported from the Dominican
// Republic", "four Russian diplomats were expelled from Warsaw" (a place's
// country).
func (c *Coder) fromCountry(s *dateline.Sentence, actors, places []dateline.Mention, off int) string {
	best, country := -1, ""
	for _, ms := range [2][]dateline.Mention{actors, places} {
		for _, m := range ms {
			k := m.Actor.Country
			if k == "" && m.Place != nil {
				k = m.Place.Country
			}
			if m.Start < off || best >= 0 && m.Start >= best || !c.isCountry(k) {
				continue
			}
			if i := s.TokenAt(m.Start); i > 0 && (s.Tokens[i-1].Lower == "from" || i > 1 && s.Tokens[i-1].Lower == "the" && s.Tokens[i-2].Lower == "from") {
				best, country = m.Start, k
			}
		}
	}
	return country
}

// locativeAt reports whether the word before offset off says where
// something happens: "in" or "at", or either with "the" between ("in the
// United Arab Emirates", "in the Philippines").
func locativeAt(s *dateline.Sentence, off int) bool {
	i := s.TokenAt(off)
	if i > 1 && s.Tokens[i-1].Text == "the" { // (not "in The Hague": a name's own)
		i--
	}
	return i > 0 && (s.Tokens[i-1].Lower == "in" || s.Tokens[i-1].Lower == "at")
}

// atDate re-resolves a named person's or group's role for an event dated
// away from the story's day: Gadhafi in 2011 was Libya's government, in 2018
// history; the Taliban who took Kabul on Friday, in a story filed on
// Saturday, were rebels that Friday and ruled from the next day, and so
// were the "they" who hanged Najibullah that Friday. A pronoun that is no
// person's ("they", "them") moves only for a group the knowledge names:
// "them" for "Zelaya's supporters" is no person, though named for one.
func (c *Coder) atDate(sc *scene, m dateline.Mention, d dateline.Date) dateline.Mention {
	group := m.Kind == dateline.KindOrganization || m.Kind == dateline.KindAgent && strings.HasPrefix(m.Rule, "agent+name") ||
		m.Kind == dateline.KindPronoun && !actor.PersonPronoun(m.Text)
	if m.Kind != dateline.KindPerson && m.Kind != dateline.KindPronoun && !group || d.IsZero() || m.Actor.Name == "" {
		return m
	}
	kind := dateline.KindPerson
	if group {
		kind = dateline.KindOrganization
	}
	w, held, ok := c.personHeld(sc, m.Actor.Name, kind, dateMid(d))
	if !ok {
		return m
	}
	begun := false
	if w.Sector == "" && m.Actor.Sector != "" && d.Precision < dateline.PrecisionDay {
		// "seized power in a military coup in May 1961": a date of a month
		// or a year starts before the first role begun inside it (Park
		// Chung-hee's presidency, from May 16): the act is the one's who
		// took the office then, as on its first day
		if l, ok := c.personOn(sc, m.Actor.Name, kind, dateEnd(d)); ok && l.Sector != "" && l.Country == w.Country {
			w, begun = l, true
		}
	}
	if w.Sector == "" && (m.Marks&(dateline.MarkRoleTold|dateline.MarkTitleTold) != 0 || m.Kind == dateline.KindPerson && m.Marks&dateline.MarkTitle != 0) {
		// no role on the day: the one the text tells ("X, the party's
		// general secretary,", "Prime Minister X"), also when the story's
		// day has X in the office the title names ("Lieutenant General
		// Fidel Ramos" on the Saturday before he took command of the army)
		return m
	}
	if m.Marks&(dateline.MarkBetweenRoles|dateline.MarkTitleTold) == dateline.MarkBetweenRoles|dateline.MarkTitleTold && w.Country == m.Actor.Country {
		// between two roles, the title the text gives ("Opposition leader
		// George Papandreou" in 2008) is the role held, as on the story's day
		return m
	}
	if group && (w.Country != m.Actor.Country || w.Sector == "") {
		return m // a group keeps the country the story gave it ("the Socialist Party" of many countries); only its role moves
	}
	if m.Marks&dateline.MarkFormerTold != 0 && w.Country == m.Actor.Country && !held {
		// "former President X", the text says, is an elite on any day told
		// out of office; an act dated while X held it is the office's:
		// "Former President Alberto Fujimori ordered troops to storm the
		// residence in April 1997", told in 2005
		return m
	}
	if m.Marks&dateline.MarkArmedMen != 0 {
		return m // "FARC rebels" are armed men whatever the group's role on the day
	}
	if m.Marks&dateline.MarkRankInPower != 0 && w.Country == m.Actor.Country {
		return m // the officer who took power days ago, on any day of the story: the forces that took it
	}
	if w.Country != m.Actor.Country || w.Sector != m.Actor.Sector {
		m.Actor = w
		m.Rule += "+role-on-event-date"
		// the role and country are the day's now, no longer those the
		// text or the story told
		m.Marks &^= dateline.MarkTitle | dateline.MarkTitleTold | dateline.MarkBetweenRoles | dateline.MarkRoleTold | dateline.MarkFormerTold |
			dateline.MarkArmedMen | dateline.MarkStoryCountry | dateline.MarkSentenceCountry
	}
	if begun {
		m.Rule += roleBegun
		m.Marks |= dateline.MarkRoleBegun
	}
	return m
}

// roleBegun ends the rule of a person whose role begins inside the period
// of the act's date (atDate): the act may be the one that gave the office.
const roleBegun = "+role-begun-then"

// personOn returns the actor the dictionary makes of the person (or, with
// kind KindOrganization, the group) named name on day on: the first of Who's
// matches of that kind ("they" for the police is no person), and whether
// there is one (Dictionary.On). A story asks again and again for the same
// few people on the same few days: the answers are kept on the scene.
func (c *Coder) personOn(sc *scene, name string, kind dateline.MentionKind, on time.Time) (dateline.Actor, bool) {
	a, _, ok := c.personHeld(sc, name, kind, on)
	return a, ok
}

// personHeld is personOn, and also whether the actor held a role that day
// (actor.Dictionary.OnHeld).
func (c *Coder) personHeld(sc *scene, name string, kind dateline.MentionKind, on time.Time) (dateline.Actor, bool, bool) {
	for i := range sc.people {
		if p := &sc.people[i]; p.name == name && p.kind == kind && p.on.Equal(on) {
			return p.actor, p.held, p.ok
		}
	}
	p := personDay{name: name, kind: kind, on: on}
	p.actor, p.held, p.ok = c.Actors.OnHeld(name, kind, on)
	sc.people = append(sc.people, p)
	return p.actor, p.held, p.ok
}

// personDay is one answer of personOn.
type personDay struct {
	name  string
	kind  dateline.MentionKind // a person, or a group (organization)
	on    time.Time
	actor dateline.Actor
	held  bool // a role held that day, not only one before or after it
	ok    bool
}

// dateMid returns a day inside d: the day itself, or for a month or year
// the first day, which keeps the role someone held when the period began.
func dateMid(d dateline.Date) time.Time {
	m, day := d.Month, d.Day
	if d.Precision < dateline.PrecisionMonth {
		m = time.January
	}
	if d.Precision < dateline.PrecisionDay {
		day = 1
	}
	return time.Date(d.Year, m, day, 12, 0, 0, 0, time.UTC)
}

// dateEnd is the last day of the period of d: its day, or the last of its
// month or year.
func dateEnd(d dateline.Date) time.Time {
	switch {
	case d.Precision < dateline.PrecisionMonth:
		return time.Date(d.Year, time.December, 31, 12, 0, 0, 0, time.UTC)
	case d.Precision < dateline.PrecisionDay:
		return time.Date(d.Year, d.Month+1, 0, 12, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
}

// unknownPrecision is the date precision of an event whose date is not
// known, as the record contract spells it.
const unknownPrecision = "unknown"

// eventID is a stable id: the same story text and knowledge give the same id.
// It hashes the fields, each ended by a zero byte, written into a buffer on
// the stack.
func eventID(e *dateline.Event) string {
	var buf [256]byte
	b := buf[:0]
	field := func(s string) { b = append(append(b, s...), 0) }
	number := func(n int) { b = append(strconv.AppendInt(b, int64(n), 10), 0) }
	field(e.Doc)
	number(e.Trigger.Start)
	number(e.Trigger.End)
	field(e.CAMEO)
	field(code(e.Source))
	field(code(e.Target))
	number(start(e.Source))
	number(start(e.Target))
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

func code(p *dateline.Participant) string {
	if p == nil {
		return ""
	}
	return p.Code
}

func country(p *dateline.Participant) string {
	if p == nil {
		return ""
	}
	return string(p.Country)
}

func start(p *dateline.Participant) int {
	if p == nil {
		return -1
	}
	return p.Start
}

// Warnings returns what a reader of a coded story's events should know
// about how it was read, one line each: a story with no date has its
// relative dates ("Friday", "last week") left unknown.
func Warnings(c *dateline.Coded) []string {
	if !c.Story.Published.IsZero() {
		return nil
	}
	n := 0
	for i := range c.Events {
		if c.Events[i].DatePrecision == unknownPrecision {
			n++
		}
	}
	return []string{fmt.Sprintf("no date: relative dates (\"Friday\", \"last week\") are not resolved; events with no date: %d of %d",
		n, len(c.Events))}
}

// forceUsed reports whether code is force used on someone: an act of
// force (policy.tsv's violent, roots 18-20) or force on a crowd (victims:
// "police fired on the protesters", 175).
func (c *Coder) forceUsed(code string) bool {
	return c.Lexicon.Violent(code) || c.Lexicon.Victims(code)
}

// between reports whether a found event goes between two sides when it
// names no one: a go-between's act (policy.tsv's mediation), or an appeal
// or demand (02, 10) for an act asked of both sides of a conflict (sides:
// "called for an immediate ceasefire", "urged restraint").
func (c *Coder) between(f event.Found) bool {
	return c.Lexicon.Mediation(f.Code.CAMEO) ||
		c.Lexicon.Sides(f.Act) && (strings.HasPrefix(f.Code.CAMEO, "02") || strings.HasPrefix(f.Code.CAMEO, "10"))
}

// releaseAsked reports whether a found event asks or demands that someone
// be freed (an appeal or a demand, 02 or 10, of a release, 084), which is
// asked of whoever holds them.
func releaseAsked(f event.Found) bool {
	return strings.HasPrefix(f.Act, "084") && (strings.HasPrefix(f.Code.CAMEO, "02") || strings.HasPrefix(f.Code.CAMEO, "10"))
}

// coercersOwn reports whether target t of a domestic measure (policy.tsv's
// domestic) or of people taken into custody, convicted or executed (held:
// "Iran arrested three journalists") by src is the coercing state's own
// people: of no country the story gives ("Iran banned two reformist
// newspapers"; not armed groups, as gunmen, nor those it expels, often
// foreigners), or with only the
// story's country for want of another, when src is a state's government,
// courts or police ("Myanmar's government dissolved the ousted ruling
// party" in a story from elsewhere; an army may act abroad and keeps the
// story's country, and another state's government or forces are whom a
// measure from abroad falls on: "New Zealand barred the military").
func (c *Coder) coercersOwn(t, src dateline.Mention, f event.Found) bool {
	if t.Kind != dateline.KindAgent || !c.isCountry(src.Actor.Country) || !(c.Lexicon.Domestic(f.Code.CAMEO) || c.Lexicon.Held(f.Code.CAMEO)) || !c.Actors.Home(t.Actor.Sector) {
		return false
	}
	if t.Actor.Country == "" {
		// the opposition and parties too ("Belarus jailed dozens of
		// opposition activists", "stripped 94 opponents of their
		// citizenship"), never armed groups
		return t.Actor.Sector != "" && !c.Actors.Armed(t.Actor.Sector)
	}
	return t.Marks&dateline.MarkStoryCountry != 0 && t.Actor.Country != src.Actor.Country && c.Actors.State(src.Actor.Sector) &&
		(!c.Actors.Force(src.Actor.Sector) || c.Actors.Custody(src.Actor.Sector)) && !c.Actors.State(t.Actor.Sector)
}

// ofThePlace says why source src takes the country of place, where the act
// happens, or returns "": an implied agent ("left for Spain, where he was
// granted asylum", "an American was detained in Moscow": the state that
// does an act no one is named doing is the state where it happens), or
// people of no state sector who had only the story's country ("protesters
// stormed its embassy there", in Iran, in a story from elsewhere), unless
// the target is of that place.
func (c *Coder) ofThePlace(place *dateline.Place, src dateline.Mention, tgt *dateline.Mention, f event.Found) string {
	if place == nil || src.Kind != dateline.KindAgent || !c.isCountry(place.Country) || place.Country == src.Actor.Country {
		return ""
	}
	switch {
	case src.Marks&dateline.MarkStoryCountry != 0 && c.Actors.Home(src.Actor.Sector) && !c.Actors.State(src.Actor.Sector) &&
		(tgt == nil || tgt.Actor.Country != place.Country):
		return "source's country"
	case f.Implied != "":
		return "implied agent's country"
	}
	return ""
}
