package actor

import (
	"go/token"

	"dateline"
)

// sectorFlags say what the unnamed agents of a sector are, as sectors.txt
// gives them ("is: home; own").
type sectorFlags uint16

const (
	// sectorHome: unnamed agents of the sector belong to the country of
	// their sentence or story, singular or plural ("police", "protesters").
	sectorHome sectorFlags = 1 << iota
	// sectorAbroad: they never take the story's country (aid groups,
	// refugees, international bodies).
	sectorAbroad
	// sectorOwn: an owner of the sector keeps it for the agents it owns
	// ("the rebels' forces", "their fighters" are rebels).
	sectorOwn
	// sectorForce: the state's forces; such agents joined by "and" after
	// one with a nationality share it ("Australian soldiers and police").
	sectorForce
	// sectorState: an arm of the state (government, armed forces, police,
	// legislature, courts, intelligence): two of one country are one side,
	// not "the two sides" of a conflict.
	sectorState
	// sectorCustody: an arm of the state that holds people for its
	// government (police, courts): whoever they hold, the government holds.
	sectorCustody
	// sectorPower: holds or seeks power by office or vote (government,
	// legislature, parties): the state's forces using force on them at
	// home stage a coup.
	sectorPower
	// sectorArmed: armed outside the state (rebels, militants,
	// extremists): "the militant group" may name a group of any of them.
	sectorArmed
	// sectorExile: acts abroad for its own country (an opposition meeting
	// in a foreign capital): in a story about a country whose agent of the
	// sector it named, an unnamed one in a sentence placed abroad is still
	// that country's.
	sectorExile
	// sectorCrowd: what a crowd is (sets.txt's &crowd in the event lexicon:
	// protesters, rioters, a mob) when what it does is aimed at another
	// country's party: Chinese protesters at Japan's embassy are civilians;
	// against their own state they keep their sector (the opposition).
	sectorCrowd
	// sectorBystander: takes no side in a fight (civilians, the media,
	// aid groups, business): armed men acting on such people of a
	// nationality are not of it ("Rebels held the French journalists
	// hostage").
	sectorBystander
	// sectorUnarmed: bears no arms and holds no office (civilians, the
	// opposition in the street, the media, clergy, unions): force used on
	// such people is violence against civilians, not a battle (policy.tsv's
	// unarmed=: "gunmen killed 12 villagers" 180, not 190).
	sectorUnarmed
	// sectorRival: contends with the state at home, armed or not (rebels,
	// militants, the opposition in the street): a story's acts between
	// the state and it make the two sides of a conflict at home (the event
	// policy's rival: "Protesters stormed parliament ... the government
	// refused to negotiate" is refused to the protesters).
	sectorRival
	// sectorOffice: political office, held or contended for, or the bench
	// (government, opposition, legislature, parties, courts): the killing
	// of a leader of such a sector is an assassination (CAMEO 186).
	sectorOffice
	// sectorFormer: what a person who held an office of the state is once
	// it has ended (elites: "former President X", arrested years after he
	// left office).
	sectorFormer
	// sectorFinder: a party that finds what others did, as a third party
	// (governments, courts, international bodies, rights groups; not the
	// media): "a U.N. team reported that Iraq had used poison gas" accuses
	// Iraq (112) beside the act.
	sectorFinder
)

var sectorFlagNames = map[string]sectorFlags{"home": sectorHome, "abroad": sectorAbroad, "own": sectorOwn, "force": sectorForce, "state": sectorState,
	"custody": sectorCustody, "power": sectorPower, "armed": sectorArmed, "exile": sectorExile, "crowd": sectorCrowd, "bystander": sectorBystander, "unarmed": sectorUnarmed, "rival": sectorRival, "office": sectorOffice, "former": sectorFormer, "finder": sectorFinder}

// sectorFlags reads the "is:" flags of a sector line.
func (p *parser) sectorFlags(pos token.Position, val string) {
	for _, f := range splitList(val) {
		fl, ok := sectorFlagNames[f]
		if !ok {
			p.errorf(pos, "is: unknown sector flag %q (want home, abroad, own, force, state, custody, power, armed, exile, crowd, bystander, unarmed, rival, office, former or finder)", f)
			continue
		}
		p.d.sectors[p.curSector] |= fl
		if fl == sectorCrowd {
			p.d.crowd = p.curSector
		}
		if fl == sectorFormer {
			p.d.exOffice = p.curSector
		}
	}
}

// isSector reports whether sectors.txt lists code.
func (d *Dictionary) isSector(code string) bool {
	_, ok := d.sectors[code]
	return ok
}

// sectorIs reports whether the sector has flag f.
func (d *Dictionary) sectorIs(sector string, f sectorFlags) bool {
	if i := sectorIndex(sector); uint(i) < uint(len(d.bySector)) {
		return d.bySector[i]&f != 0
	}
	return d.sectors[sector]&f != 0
}

// sectorIndex numbers a code of three capitals (every sector of
// sectors.txt but a few) for bySector; -1 for another string.
func sectorIndex(s string) int {
	if len(s) != 3 || s[0]-'A' >= 26 || s[1]-'A' >= 26 || s[2]-'A' >= 26 {
		return -1
	}
	return (int(s[0]-'A')*26+int(s[1]-'A'))*26 + int(s[2]-'A')
}

// indexSectors fills bySector from sectors, once they are read.
func (d *Dictionary) indexSectors() {
	d.bySector = make([]sectorFlags, 26*26*26)
	for code, fl := range d.sectors {
		if i := sectorIndex(code); i >= 0 {
			d.bySector[i] = fl
		}
	}
}

// Force reports whether sectors.txt flags a sector as the state's forces
// (force: the military, the police).
func (d *Dictionary) Force(sector string) bool { return d != nil && d.sectorIs(sector, sectorForce) }

// State reports whether sectors.txt flags a sector as an arm of the state
// (state: the government, the armed forces, the police, the legislature,
// the courts, intelligence).
func (d *Dictionary) State(sector string) bool { return d != nil && d.sectorIs(sector, sectorState) }

// Unarmed reports whether sectors.txt flags a sector as bearing no arms
// and holding no office (unarmed: civilians, the opposition, the media,
// clergy, unions, business).
func (d *Dictionary) Unarmed(sector string) bool {
	return d != nil && d.sectorIs(sector, sectorUnarmed)
}

// Power reports whether sectors.txt flags a sector as holding or seeking
// power by office or vote (power: the government, the legislature,
// parties).
func (d *Dictionary) Power(sector string) bool { return d != nil && d.sectorIs(sector, sectorPower) }

// Home reports whether sectors.txt flags a sector's unnamed agents as
// belonging to the country of their sentence or story (home: police,
// crowds, the media).
func (d *Dictionary) Home(sector string) bool { return d != nil && d.sectorIs(sector, sectorHome) }

// Own reports whether sectors.txt flags a sector as keeping what it owns
// (own: rebels, parties, the opposition, gunmen), groups with a will and a
// country of their own.
func (d *Dictionary) Own(sector string) bool { return d != nil && d.sectorIs(sector, sectorOwn) }

// Armed reports whether sectors.txt flags a sector as armed (armed: rebels,
// radicals, gunmen).
func (d *Dictionary) Armed(sector string) bool { return d != nil && d.sectorIs(sector, sectorArmed) }

// Rival reports whether sectors.txt flags a sector as contending with the
// state at home (rival: rebels, militants, the opposition).
func (d *Dictionary) Rival(sector string) bool { return d != nil && d.sectorIs(sector, sectorRival) }

// Office reports whether sectors.txt flags a sector as political office
// (office: the government, the opposition, the legislature, parties, the
// courts).
func (d *Dictionary) Office(sector string) bool { return d != nil && d.sectorIs(sector, sectorOffice) }

// Custody reports whether sectors.txt flags a sector as an arm of the state
// that holds people for its government (custody: the police, the courts).
func (d *Dictionary) Custody(sector string) bool {
	return d != nil && d.sectorIs(sector, sectorCustody)
}

// Finder reports whether sectors.txt flags a sector as one that finds what
// others did as a third party (finder: governments, courts, international
// bodies, rights groups).
func (d *Dictionary) Finder(sector string) bool { return d != nil && d.sectorIs(sector, sectorFinder) }

// Crowd returns the sector sectors.txt flags as what a crowd is when it
// acts on another country's party (crowd: civilians), or "" when none is.
func (d *Dictionary) Crowd() string {
	if d == nil {
		return ""
	}
	return d.crowd
}

// keepsSector reports whether an owner actor's sector carries over to the
// agents it owns: "the rebels ... their forces" are rebel forces; a
// country's are its state's.
func (d *Dictionary) keepsSector(a dateline.Actor) bool {
	return a.Country == "" || d.sectorIs(a.Sector, sectorOwn)
}

// Implied returns the name sectors.txt gives the agents of a sector that a
// passive act with no agent implies ("police" for COP), or "" when it
// gives none.
func (d *Dictionary) Implied(sector string) string {
	if d == nil {
		return ""
	}
	return d.implied[sector]
}
