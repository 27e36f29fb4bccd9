package pipeline

import (
	"strings"

	"dateline"
	"dateline/internal/event"
)

// crowdAbroad gives source src the sector a crowd has when what it does is
// aimed at another country's party (sectors.txt's crowd: civilians), when
// its head noun names a crowd (sets.txt's &crowd): "Chinese protesters
// besieged Japan's embassy" are Chinese civilians, while protesters who
// storm their own parliament stay the opposition. It returns what the rule
// says of it, or "".
func (c *Coder) crowdAbroad(s *dateline.Sentence, src *dateline.Mention, tgt *dateline.Mention) string {
	if tgt == nil || src.Kind != dateline.KindAgent || len(src.Actor.Country) != 3 || tgt.Actor.Country == "" ||
		tgt.Actor.Country == src.Actor.Country {
		return ""
	}
	sector := c.Actors.Crowd()
	if sector == "" || src.Actor.Sector == sector || !c.Lexicon.InSet("crowd", headWord(s, src.Span)) {
		return ""
	}
	src.Actor.Sector, src.Actor.Code = sector, src.Actor.Country+sector
	return "; source's sector: " + sector + ", a crowd acting on another country's party"
}

// workforce gives source src the sector workers have when they do an act
// of code or an act it speaks of (policy.tsv's workers=: "dockworkers went
// on strike" are labour, LAB), when its head noun names workers (sets.txt's
// &workforce): students or police who strike, and workers who march, keep
// their own. It returns what the rule says of it, or "".
func (c *Coder) workforce(s *dateline.Sentence, src *dateline.Mention, code, act string) string {
	sector := c.Lexicon.Workers(code)
	if sector == "" && act != "" {
		sector = c.Lexicon.Workers(act)
	}
	if sector == "" || src.Kind != dateline.KindAgent || src.Actor.Sector == sector || !c.Lexicon.InSet("workforce", headWord(s, src.Span)) {
		return ""
	}
	src.Actor.Sector, src.Actor.Code = sector, src.Actor.Country+sector
	return "; source's sector: " + sector + ", workers who stop work"
}

// headWord returns the lower-cased last word of span sp in sentence s, or
// "" when no word of s ends in it.
func headWord(s *dateline.Sentence, sp dateline.Span) string {
	for i := len(s.Tokens) - 1; i >= 0; i-- {
		t := &s.Tokens[i]
		if t.End <= sp.End && t.Start >= sp.Start {
			return t.Lower
		}
	}
	return ""
}

// judged says, for an act that judges another's act, whom a state's act
// is judged as: force says which sectors are a state's forces, people
// which hold no power, serve no arm of the state and bear no arms (whom a
// crackdown falls on).
type judged struct{ force, people func(string) bool }

// judgesForces returns, for an act of code cameo that judges the state
// whose forces did an act abroad or a crackdown at home (policy.tsv's
// state), which sectors are such forces (sectors.txt's force) and which
// are people; for any other act, funcs that say none is.
func (c *Coder) judgesForces(cameo string) judged {
	if c.Lexicon.JudgesState(cameo) {
		return judged{force: c.Actors.Force, people: c.people}
	}
	return judged{force: noSector, people: noSector}
}

// people reports whether sector is one of people who hold or seek no
// power by office or vote, are no arm of the state and bear no arms
// (sectors.txt's power, state and armed): civilians, protesters, students.
func (c *Coder) people(sector string) bool {
	return sector != "" && !c.Actors.Power(sector) && !c.Actors.State(sector) && !c.Actors.Armed(sector)
}

// noSector reports that no sector is of the kind asked about.
func noSector(string) bool { return false }

// forcesAsked gives *dest, who did an earlier act that a demand or an
// appeal (roots 10, 02) asks to stop or be undone ("Russia demanded that
// the bombing stop", "called for an end to the shelling"), its state's
// government when it is a state's forces (sectors.txt's force): what a
// demand asks a state's forces to do is asked of their state, as when the
// forces are named ("demanded that Argentine forces withdraw"); forces
// that took power at home (a junta) stay forces. It returns what the rule
// says of it, or "".
func (c *Coder) forcesAsked(sc *scene, f event.Found, dest **dateline.Mention) string {
	cameo := f.Code.CAMEO
	d := *dest
	if d == nil || !strings.HasPrefix(cameo, "10") && !strings.HasPrefix(cameo, "02") || !c.Actors.Force(d.Actor.Sector) ||
		len(d.Actor.Country) != 3 || sc.junta(d.Actor.Country, c.Actors.Force, c.Actors.Power, c.Lexicon.Shown) {
		return ""
	}
	g := *d
	g.Actor.Sector, g.Actor.Code = "GOV", g.Actor.Country+"GOV"
	g.Rule += "+their state asked"
	*dest = &g
	return ", a state's forces asked to stop: their government"
}
