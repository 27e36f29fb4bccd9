package event

import (
	"fmt"
	"math"
	"strings"
)

// policy is one line of policy.tsv: what an act's code turns into when
// it is promised, refused, asked for, demanded or threatened, and how the
// act behaves.
type policy struct {
	forms   [numFamilies]string // by family; "" when the line leaves it to a shorter prefix
	flags   flag
	set     flag   // which flags the line speaks to (all, when it has a flags column)
	agent   string // the sector that does the act when a passive names no one ("was arrested": COP)
	crowd   string // the sector of a bare crowd that does the act ("thousands took to the streets": CVL)
	mass    string // the sector of those the act's noun implies as its subject ("protests erupted": OPP)
	bare    string // the sector of a bare number the act is done to ("police arrested dozens": CVL)
	measure string // the sector that takes a measure told in the passive with no one done to ("internet access was cut": GOV)
	aim     string // the sector of a country the act is aimed at for want of a named target (a curfew: CVL)
	doer    string // the sector of a state named as the doer (an execution: GOV, not the military of force)
	workers string // the sector of workers who do the act (a strike: LAB, not bare civilians)
	tried   string // the code of the act attempted, when CAMEO has one ("tried to assassinate": 185)
	halted  string // the code of ending the act, when CAMEO has one ("stopped funding UNRWA": 1621)
	owned   string // the code of the act when its object is the source's own ("flew their jets to Malta": 154)
	unarmed string // the code of the act when it falls on people who bear no arms ("gunmen killed 12 villagers": 180)
}

// family is a way of speaking of another act.
type family uint8

const (
	famIntent family = iota
	famRefusal
	famAppeal
	famDemand
	famThreat
	numFamilies
)

// familyOfRoot maps the root of a frame's own code to the family it
// speaks in: "urge" (020) asks, "agree" (030) promises, ...
var familyOfRoot = map[string]family{"02": famAppeal, "03": famIntent, "10": famDemand, "12": famRefusal, "13": famThreat}

// flag is a bit set of behaviours.
type flag uint64

const (
	flagViolent flag = 1 << iota
	flagLocated
	flagMutual
	flagStatement
	flagFrame
	flagSymmetric
	flagDomestic
	flagDenial
	flagRefusal
	flagDecided
	flagConcession
	flagCharge
	flagAbroad
	flagPlain
	flagAway
	flagPartner
	flagSent
	flagRedress
	flagCounterpart
	flagRestriction
	flagVictims
	flagPerson
	flagMediation
	flagAnswer
	flagHomeCounterpart
	flagJudgesState
	flagTaken
	flagInquiry
	flagSides
	flagHost
	flagLasting
	flagApart
	flagHeld
	flagForces
	flagFreeing
	flagOutOf
	flagRival
	flagOfState
	flagAtHome
	flagSettles
	flagDissent
	flagShown
	flagCoerces
	flagFoe
	flagThreat
	flagBetween
)

var flagNames = map[string]flag{"violent": flagViolent, "located": flagLocated, "mutual": flagMutual, "statement": flagStatement,
	"frame": flagFrame, "symmetric": flagSymmetric, "domestic": flagDomestic,
	"denial": flagDenial, "refusal": flagRefusal, "decided": flagDecided, "concession": flagConcession, "charge": flagCharge, "abroad": flagAbroad,
	"plain": flagPlain, "away": flagAway, "partner": flagPartner, "sent": flagSent, "redress": flagRedress,
	"counterpart": flagCounterpart, "restriction": flagRestriction, "victims": flagVictims, "person": flagPerson,
	"mediation": flagMediation, "answer": flagAnswer, "home": flagHomeCounterpart, "state": flagJudgesState, "taken": flagTaken, "inquiry": flagInquiry, "sides": flagSides, "host": flagHost, "lasting": flagLasting,
	"apart": flagApart, "held": flagHeld, "forces": flagForces, "freeing": flagFreeing, "outof": flagOutOf, "rival": flagRival, "ofstate": flagOfState, "athome": flagAtHome, "settles": flagSettles, "dissent": flagDissent, "shown": flagShown, "coerces": flagCoerces, "foe": flagFoe, "threat": flagThreat, "between": flagBetween}

func (l *Lexicon) addPolicy(line string) error {
	f := strings.Split(line, "\t")
	if len(f) < 6 {
		return fmt.Errorf("want act<TAB>intent<TAB>refusal<TAB>appeal<TAB>demand<TAB>threat[<TAB>flags]")
	}
	act := strings.TrimSpace(f[0])
	if act == "" {
		return fmt.Errorf("empty act")
	}
	var p policy
	for i := 0; i < int(numFamilies); i++ {
		v := strings.TrimSpace(f[i+1])
		if v == "-" || v == "" {
			continue
		}
		if _, ok := l.codes[v]; !ok {
			return fmt.Errorf("code %s is not in codes.tsv", v)
		}
		p.forms[i] = v
	}
	if len(f) > 6 && strings.TrimSpace(f[6]) != "-" {
		p.set = ^flag(0)
		for _, name := range strings.Split(f[6], ",") {
			if name = strings.TrimSpace(name); name == "" {
				continue
			}
			if sector, ok := strings.CutPrefix(name, "agent="); ok && sector != "" {
				p.agent = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "crowd="); ok && sector != "" {
				p.crowd = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "mass="); ok && sector != "" {
				p.mass = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "bare="); ok && sector != "" {
				p.bare = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "measure="); ok && sector != "" {
				p.measure = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "doer="); ok && sector != "" {
				p.doer = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "workers="); ok && sector != "" {
				p.workers = sector
				continue
			}
			if sector, ok := strings.CutPrefix(name, "aim="); ok && sector != "" {
				p.aim = sector
				continue
			}
			if code, ok := strings.CutPrefix(name, "own="); ok {
				if _, known := l.codes[code]; !known {
					return fmt.Errorf("own code %s is not in codes.tsv", code)
				}
				p.owned = code
				continue
			}
			if code, ok := strings.CutPrefix(name, "unarmed="); ok {
				if _, known := l.codes[code]; !known {
					return fmt.Errorf("unarmed code %s is not in codes.tsv", code)
				}
				p.unarmed = code
				continue
			}
			if code, ok := strings.CutPrefix(name, "halted="); ok {
				if _, known := l.codes[code]; !known {
					return fmt.Errorf("halted code %s is not in codes.tsv", code)
				}
				p.halted = code
				continue
			}
			if code, ok := strings.CutPrefix(name, "attempt="); ok {
				if _, known := l.codes[code]; !known {
					return fmt.Errorf("attempt code %s is not in codes.tsv", code)
				}
				p.tried = code
				continue
			}
			fl, ok := flagNames[name]
			if !ok {
				return fmt.Errorf("unknown flag %q", name)
			}
			p.flags |= fl
		}
	}
	if _, dup := l.policy[act]; dup {
		return fmt.Errorf("act %s listed twice", act)
	}
	l.policy[act] = p
	return nil
}

// form returns the code for speaking of act in family fam: the longest
// prefix of act whose line fills that column.
func (l *Lexicon) form(act string, fam family) (string, bool) {
	for n := len(act); n >= 2; n-- {
		if p, ok := l.policy[act[:n]]; ok && p.forms[fam] != "" {
			return p.forms[fam], true
		}
	}
	return "", false
}

// has reports whether code has flag fl: the longest prefix whose line has
// a flags column decides. The codes of codes.tsv have theirs settled at
// load: the coder asks several times an event.
func (l *Lexicon) has(code string, fl flag) bool {
	if i := codeIndex(code); i >= 0 && i < len(l.codeSlot) && l.codeSlot[i] != 0 {
		return l.flagsAt[l.codeSlot[i]]&fl != 0
	}
	if f, ok := l.flags[code]; ok {
		return f&fl != 0
	}
	return l.flagsOf(code)&fl != 0
}

// codeIndex returns a number for a code of one to four digits, each code
// its own ("01" and "010" apart), below codeIndexes; -1 for another string.
func codeIndex(code string) int {
	if code == "" || len(code) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(code); i++ {
		c := code[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*11 + int(c-'0') + 1
	}
	return n
}

// codeIndexes is the count of codeIndex's numbers: four digits, 11^4.
const codeIndexes = 11 * 11 * 11 * 11

// flagsOf returns the flags code has: for each flag, as the longest
// prefix whose line speaks to it sets it.
func (l *Lexicon) flagsOf(code string) flag {
	var f flag
	for n := 2; n <= len(code); n++ {
		if p, ok := l.policy[code[:n]]; ok {
			f = f&^p.set | p.flags&p.set
		}
	}
	return f
}

// settleFlags gives every code of codes.tsv its flags.
func (l *Lexicon) settleFlags() {
	l.flags = make(map[string]flag, len(l.codes))
	l.codeSlot, l.flagsAt = make([]uint16, codeIndexes), []flag{0}
	for c := range l.codes {
		l.flags[c] = l.flagsOf(c)
		if i := codeIndex(c); i >= 0 && len(l.flagsAt) <= math.MaxUint16 {
			l.codeSlot[i] = uint16(len(l.flagsAt))
			l.flagsAt = append(l.flagsAt, l.flags[c])
		}
	}
	// the act each refusal code refuses, the shortest act first: "1246"
	// is the refusal of 087 and of 0871, which are asked for alike
	l.refused = make(map[string]string)
	for act, p := range l.policy {
		if r := p.forms[famRefusal]; r != "" && r != "-" {
			if old, ok := l.refused[r]; !ok || len(act) < len(old) || len(act) == len(old) && act < old {
				l.refused[r] = act
			}
		}
	}
}

// agent returns the sector that does an act when a passive names no one:
// the longest prefix whose line names one.
func (l *Lexicon) agent(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.agent })
}

// Doer returns the sector of a state named as the doer of an act of code
// ("Saudi Arabia executed 47 men": its government, GOV), or "" when the
// act leaves it to whether it is force (the military) or not (the
// government): the longest prefix whose line names one.
func (l *Lexicon) Doer(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.doer })
}

// Workers returns the sector of workers (sets.txt's &workforce) who do an
// act of code ("dockworkers went on strike": labour, LAB), or "" when
// they keep their own: the longest prefix whose line names one.
func (l *Lexicon) Workers(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.workers })
}

// Measure returns the sector that takes a measure of code
// (policy.tsv's measure=): told in the passive with no one named as done
// to ("internet access was cut": the state), or refused by the state's
// own forces ("police refused to enforce the curfew"); the longest prefix
// whose line names one.
func (l *Lexicon) Measure(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.measure })
}

// crowd returns the sector of the people a bare crowd stands for when it
// does act ("thousands took to the streets": CVL): the longest prefix
// whose line names one.
func (l *Lexicon) crowd(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.crowd })
}

// bare returns the sector of the people a bare number stands for when the
// act is done to it ("police arrested dozens", "hundreds were detained":
// CVL): the longest prefix whose line names one.
func (l *Lexicon) bare(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.bare })
}

// sectorOf returns what field reads (a sector, or a code for codeOf) from
// the line of code's longest prefix that fills it, or "".
func (l *Lexicon) sectorOf(code string, field func(policy) string) string {
	for n := len(code); n >= 2; n-- {
		if p, ok := l.policy[code[:n]]; ok {
			if s := field(p); s != "" {
				return s
			}
		}
	}
	return ""
}

// attemptForm returns the code of an attempt at act where CAMEO has one
// ("tried to assassinate": 185): the longest prefix whose line names one.
func (l *Lexicon) attemptForm(act string) (Code, bool) {
	return l.codeOf(act, func(p policy) string { return p.tried })
}

// haltedForm returns the code of ending act, a cooperation or aid its doer
// stops (policy.tsv's halted=: "stopped funding UNRWA" 1621, "ceased
// cooperating with the court" 160), when CAMEO has one: the longest prefix
// whose line names one.
func (l *Lexicon) haltedForm(act string) (Code, bool) {
	return l.codeOf(act, func(p policy) string { return p.halted })
}

// ownForm returns the code of act when its object is the source's own
// (policy.tsv's own=: "flew their jets to Malta" moves its own forces, 154,
// where "flew jets to Ukraine" gives them, 072): the longest prefix whose
// line names one.
func (l *Lexicon) ownForm(act string) (Code, bool) {
	return l.codeOf(act, func(p policy) string { return p.owned })
}

// UnarmedForm returns the code of act when it falls on people who bear no
// arms (policy.tsv's unarmed=: force of a battle, 190, used on civilians,
// protesters or journalists is unconventional violence, 180): the longest
// prefix whose line names one.
func (l *Lexicon) UnarmedForm(act string) (Code, bool) {
	return l.codeOf(act, func(p policy) string { return p.unarmed })
}

// codeOf returns the code that field of the longest prefix of act whose
// policy line fills it names (attempt=, own=, unarmed=).
func (l *Lexicon) codeOf(act string, field func(policy) string) (Code, bool) {
	if s := l.sectorOf(act, field); s != "" {
		c, ok := l.codes[s]
		return c, ok
	}
	return Code{}, false
}

// AskedFor returns the codes of asking for and of demanding what code
// yields or refuses (policy.tsv's appeal and demand columns): a
// resignation (0831) and a refusal to resign (1231) answer "urged him to
// step down" (0241) and "demanded his resignation" (1041). A refusal
// with no act of its own is read back to the act it refuses, as the
// refusal column gives it; "" for a column none fills, and for a root's
// generic code ("refused": 120), which names no act.
func (l *Lexicon) AskedFor(code string) (appeal, demand string) {
	if len(code) < 3 || code == code[:2]+"0" {
		return "", ""
	}
	if act, ok := l.refused[code]; ok {
		code = act
	}
	appeal, _ = l.form(code, famAppeal)
	demand, _ = l.form(code, famDemand)
	return appeal, demand
}

// Aim returns the sector that stands for a country an act is aimed at
// only as the place where it happens or as the source's own country (no
// actor named as its target): a curfew falls on the people (CVL), a coup
// on the government (GOV); "" keeps the bare country. The longest prefix
// whose line has a flags column decides.
func (l *Lexicon) Aim(code string) string {
	for n := len(code); n >= 2; n-- {
		if p, ok := l.policy[code[:n]]; ok && p.set != 0 {
			return p.aim
		}
	}
	return ""
}

// Abroad reports whether the sector of Aim falls only on another country
// than the source's: a show of force in a neighbour is aimed at its
// government, a parade at home at no one.
func (l *Lexicon) Abroad(code string) bool { return l.has(code, flagAbroad) }

// Plain reports whether a CAMEO code is a plain statement or comment ("X
// said", "expressed hope", "warned of"), which names no act and is left out
// unless statements are asked for.
func (l *Lexicon) Plain(code string) bool { return l.has(code, flagPlain) }

// Away reports whether an act is done only away from home (a visit): aimed
// only at the source's own country, where it happens, it is no event.
func (l *Lexicon) Away(code string) bool { return l.has(code, flagAway) }

// Partner reports whether an act is done with another (a phone call): with
// no one named as target or joined as a doer, it is no event ("Speaking by
// telephone from Bangui, Aristide told reporters").
func (l *Lexicon) Partner(code string) bool { return l.has(code, flagPartner) }

// Held reports whether an act takes people into a state's custody,
// convicts or executes them: those of no country the story gives are the
// state's own, as a domestic measure's are ("Iran arrested three
// journalists", "Iran hanged two protesters").
func (l *Lexicon) Held(code string) bool { return l.has(code, flagHeld) }

// Host reports whether an act is done by a state to another's people in
// its own land (expelling diplomats): the agent a passive leaves out is
// never of the target's country.
func (l *Lexicon) Host(code string) bool { return l.has(code, flagHost) }

// Sent reports whether an act sends something where the story is (aid, an
// offer of it, a deployment of forces): with no actor and no place as
// target, another country's act goes to the story's country.
func (l *Lexicon) Sent(code string) bool { return l.has(code, flagSent) }

// Counterpart reports whether an act is one between two parties that,
// when the sentence names no target, is aimed at the story's counterpart
// of its source: the other country of the story's main dyad ("Moscow
// recalled its ambassador" in a story of Russia and Georgia).
func (l *Lexicon) Counterpart(code string) bool { return l.has(code, flagCounterpart) }

// Taken reports whether policy.tsv flags code (taken) as the taking of a
// place by force (an occupation, a capture): with counterpart, a place
// taken that names no actor and no known place is taken from the story's
// counterpart of its source as the story named it, sector kept, whoever of
// the source's country took it ("Southern soldiers overran Heglig": the
// Sudanese forces they fought).
func (l *Lexicon) Taken(code string) bool { return l.has(code, flagTaken) }

// Forces reports whether policy.tsv flags code (forces) as a show of force
// that a state's forces make for their state: with counterpart, aimed at
// the government of the story's other side, as the state's own act is.
func (l *Lexicon) Forces(code string) bool { return l.has(code, flagForces) }

// Rival reports whether policy.tsv flags code (rival) as an act that, with
// counterpart, an arm of a state or an armed group does to the other side
// of a conflict at home ("The rebels vowed to fight on": the army), not a
// measure one side takes alone (a mobilization, a resignation).
func (l *Lexicon) Rival(code string) bool { return l.has(code, flagRival) }

// Dissent reports whether policy.tsv flags code (dissent) as taking the
// other side at home (rival) only from those who contend with the state
// ("opposition leaders denounced the arrangement": the government), not
// from an arm of the state, whose judgements name whom they blame.
func (l *Lexicon) Dissent(code string) bool { return l.has(code, flagDissent) }

// Shown reports whether policy.tsv flags code (shown) as a show of force
// or an alert that uses none: forces that only show it take no power.
func (l *Lexicon) Shown(code string) bool { return l.has(code, flagShown) }

// Coerces reports whether policy.tsv flags code (coerces) as coercion or
// force used on another (roots 17-20).
func (l *Lexicon) Coerces(code string) bool { return l.has(code, flagCoerces) }

// Foe reports whether policy.tsv flags code (foe) as an act that ends,
// yields or answers a fight (a surrender, a retreat, a truce declared):
// with no one named, it is done to the side its source fought in the story
// ("Troops stormed the rebels' camp. The rebels surrendered": the troops).
func (l *Lexicon) Foe(code string) bool { return l.has(code, flagFoe) }

// Freeing reports whether policy.tsv flags code (freeing) as a release of
// captives: told in the passive with no doer, it is by whoever the story
// told taking them captive ("Rebels seized four aid workers. The hostages
// were released on Saturday": the rebels).
func (l *Lexicon) Freeing(code string) bool { return l.has(code, flagFreeing) }

// OutOf reports whether policy.tsv flags code (outof) as an act that puts
// people out of a land: told in the passive with no doer, the country
// after "from" did it ("were expelled from Nigeria": NGAGOV).
func (l *Lexicon) OutOf(code string) bool { return l.has(code, flagOutOf) }

// mass returns the sector of those an act's noun implies when it is the
// subject of an active clause and no one's (policy.tsv's mass=): "protests
// erupted in Iran" are the protesters' (OPP). Else "".
func (l *Lexicon) mass(code string) string {
	return l.sectorOf(code, func(p policy) string { return p.mass })
}

// HomeCounterpart reports whether policy.tsv flags code (home) as an act
// that, with no target and no counterpart the story paired its source with,
// falls on the story's own country when the story told its events: a cut in
// relations ("Venezuela broke off diplomatic relations" in a story from
// Lima).
func (l *Lexicon) HomeCounterpart(code string) bool { return l.has(code, flagHomeCounterpart) }

// Restriction reports whether policy.tsv flags code as an easing of
// restrictions on a population (restriction: a curfew lifted, an
// emergency ended), which goes to those restricted, not to who pressed
// for it.
func (l *Lexicon) Restriction(code string) bool { return l.has(code, flagRestriction) }

// Mediation reports whether an act is a go-between's (policy.tsv's
// mediation flag): with no actor as target it is aimed at each of the two
// parties between which it goes ("Russia brokered the deal" after Armenia
// and Azerbaijan agreed a truce).
func (l *Lexicon) Mediation(code string) bool { return l.has(code, flagMediation) }

// Sides reports whether an act asked for is asked of both sides of a
// conflict (policy.tsv's sides flag: a ceasefire, restraint, an end to the
// fighting): an appeal or a demand for it that names no one is aimed at
// each party of the last act told between two others, as a go-between's.
func (l *Lexicon) Sides(act string) bool { return act != "" && l.has(act, flagSides) }

// Answer reports whether an act approves an earlier one (policy.tsv's
// answer flag: welcoming, praising it), so that an object naming an act
// and no actor is aimed at who did that act, never at who acted against
// the source.
func (l *Lexicon) Answer(code string) bool { return l.has(code, flagAnswer) }

// JudgesState reports whether an act that names an earlier act ("called
// the raid state terrorism") judges the state whose forces did it abroad,
// its government, rather than the forces (policy.tsv's state).
func (l *Lexicon) JudgesState(code string) bool { return l.has(code, flagJudgesState) }

// Between reports whether code is an act between states (policy.tsv's
// between): aimed at another state's forces ("refused to let U.S. Air
// Force planes land", "barred French aircraft"), it is aimed at their
// government.
func (l *Lexicon) Between(code string) bool { return l.has(code, flagBetween) }

// Apart reports whether an act of force is an act of its own, never the
// words of another (policy.tsv's apart): a kidnapping told beside a
// killing, a siege beside an assault.
func (l *Lexicon) Apart(code string) bool { return l.has(code, flagApart) }

// OfState reports whether an act that names no one, done by the people of
// a country (the opposition, a party, civilians, unions, clergy: no arm of
// the state and no armed group), is asked of their own government
// (policy.tsv's ofstate): "the opposition demanded a recount".
func (l *Lexicon) OfState(code string) bool { return l.has(code, flagOfState) }

// AtHome reports whether policy.tsv flags code (athome) as an act that
// falls at home when its sentence names a party of the source's own
// country and no one of another: aimed there, not at the story's
// counterpart of the source's country.
func (l *Lexicon) AtHome(code string) bool { return l.has(code, flagAtHome) }

// Violent reports whether a CAMEO code is an act of force.
func (l *Lexicon) Violent(code string) bool { return l.has(code, flagViolent) }

// Located reports whether an act with no actor as target is aimed at the
// country where it happens (visits, aid, concessions, force).
func (l *Lexicon) Located(code string) bool { return l.has(code, flagLocated) }

// Victims reports whether an act at home aimed only at the place where it
// happens falls first on whom the same forces acted against before there,
// even when its aim= gives the place's country a sector (policy.tsv's
// victims flag): "troops fired tear gas in the square" after they stormed
// the protesters' camp falls on the protesters, not on the civilians.
func (l *Lexicon) Victims(code string) bool { return l.has(code, flagVictims) }

// Person reports whether a name the act is done to that names no known
// actor is a person of the country where the act happens (policy.tsv's
// person flag): "police detained Jorge Glas" in Quito.
func (l *Lexicon) Person(code string) bool { return l.has(code, flagPerson) }

// Domestic reports whether an act with no actor and no place as target is
// a measure taken at home, aimed at the source's own country ("the
// authorities imposed a curfew").
func (l *Lexicon) Domestic(code string) bool { return l.has(code, flagDomestic) }
