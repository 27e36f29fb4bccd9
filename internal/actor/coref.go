package actor

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"dateline"
)

// Coreference: how words that name no one resolve to actors named before.
// Each rule is deterministic, and the mention's rule says whom it chose and
// why ("coref:members -> Abiy Ahmed (1 of 2: the last 2 heads of state or
// government named)"). The rules, in the order the tracker tries them:
//
//   - he, she, his, her: the first person named in this sentence, else the
//     first of the sentence before that named one, else the person named
//     last; "him" never as the subject of its own verb (Settle, once the
//     sentence is analysed); when that person's gender does not fit the
//     pronoun (agents.txt's female: names), the last person named in this
//     sentence or the two before who fits, if any; they, it: the same
//     among plural and singular actors (tracker.go); they, them after a
//     counted description that opened this sentence with no actor named
//     since, or opened the sentence before when this one has named none
//     yet: each member;
//   - he, she, him, her after a person told of unnamed by a noun of
//     individuals (agents.txt) after "a" or "an" ("a Malaysian tourist",
//     "a Chinese engineer") in this sentence or the one before, when
//     neither that sentence nor any since named a person: that person
//     ("coref:unnamed"), tried before the rule above;
//   - a surname: the person of that surname named last;
//   - a word in capitals ("the MDR"): the body the story read from its
//     name whose initials, or the letters in brackets after it, these are;
//   - the + an age ("the 72-year-old"): the person "he" would stand for,
//     named in this sentence or the two before, unless an agent noun
//     follows or the story told of someone unnamed of that age;
//   - the + title ("the minister"): the person named last who held or was
//     called by an office ending in it; "the leader": the head of state or
//     government named last before this sentence;
//   - the + organisation noun ("the group"): the body or group named last
//     that the noun refers to (the kind: key of groups.txt and bodies.txt),
//     or told of last by that noun of collectives (agents.txt) after "a" or
//     "an": "a council of officers", "a coalition of opposition parties",
//     "an armed group calling itself X" are who "the council", "the
//     coalition", "the group" after them are, with the actor Settle gave
//     them ("coref:council -> officer (body told of last as a council)");
//   - the + agent noun ("the rebels", "the ministry"): the last mention of
//     the same agent with a country, in this sentence or the two before,
//     or anywhere before when the story named that noun for one actor only;
//     in the plural ("the generals"), else the last mention of the same
//     sector with a country;
//   - him, her as the object of a verb whose subject is the person the
//     rule above found: the first person named in the sentences before,
//     else the last, that is not the subject (Settle: "Putin received
//     Erdogan. Putin praised him");
//   - it, them as the object of a verb (or of its preposition) whose
//     subject the analysis gives as the actor the rule above found, shared
//     by coordination or not: the last actor of the pronoun's number named
//     before it in the sentence outside that subject (Settle: "The United
//     States imposed sanctions on Iran and accused it": Iran);
//   - the country, the nation, the kingdom, the island nation: the country
//     named last, not one named before it in its own clause (the other
//     party: "Iran condemned the kingdom"); an island state for a
//     description that names islands; a state of that form of rule for
//     "the kingdom", "the emirate" when the story named one (state-kind:
//     in agents.txt); when that other party is the only country named,
//     the dateline's;
//   - the + agent noun after the same noun named since with no country
//     ("Sudanese troops fought rebels near Nyala. The rebels ..."): those,
//     with the country Settle gives them;
//   - a plural force with no determiner and no country ("Soldiers later
//     seized the airport") right after a sentence that named that force as
//     many with a country: that force, unless its sentence names that
//     force again after it (the other party: "Soldiers detained the
//     airmen");
//   - the leader: a head of state named by office alone ("the interim
//     head of state") when named after the last head named as a person;
//   - the North, the South: the country named in the story whose name is
//     that word and one more (North Korea, South Sudan);
//   - a number and a noun of people ("the two leaders", "both men", "the
//     three foreign ministers"): that many people, the last named who fit
//     (heads of state or government for "leaders", the office for a title);
//     a number and a noun of states ("the two neighbours", "both sides"):
//     that many countries, those the story names most, not those joined by
//     "and" before in the same sentence (they are the other party). One mention per
//     member, all over the description's words, in the order the story
//     first named them;
//   - some, many, others, most of them (partitives: in agents.txt) as
//     the whole subject at the start of a sentence: the plural group of
//     people named last (the first of its sentence) in the two sentences
//     before, with its country ("coref:partitive");
//   - each other, one another: the group acting in the sentence (a counted
//     description, else actors joined by "and", else the sentence's two
//     actors), one mention per member over the words, with rule
//     "coref:reciprocal": the event stage codes the act both ways.

// counts are the words that count a group: "the two leaders".
var counts = map[string]int{"two": 2, "three": 3, "four": 4}

// recentPeople is how many of the people named last a counted description
// ("both men") looks among.
const recentPeople = 8

// describe reads a description at word i that refers back to actors named
// before: a counted group, the country, the North. It returns i when there
// is none.
func (t *Tracker) describe(i int) (int, []dateline.Mention) {
	ws := t.ws
	if j, ms := t.partitive(i); j > i {
		return j, ms
	}
	if j, ms := t.acronymAt(i); j > i {
		return j, ms
	}
	if j, ms := t.shortNameAt(i); j > i {
		return j, ms
	}
	if j, ms := t.aged(i); j > i {
		return j, ms
	}
	if ws[i].norm == "both" || ws[i].norm == "the" && i+1 < len(ws) && (counts[ws[i+1].norm] > 0 || t.dual(&ws[i+1]) && (i == 0 || !countryLocatives[ws[i-1].norm])) {
		// "the neighbours", "the rivals" (agents.txt's dual): two, as
		// "the two neighbours"
		if j, ms := t.group(i); j > i {
			return j, ms
		}
	}
	if j, ms := t.repeatedHead(i); j > i {
		return j, ms
	}
	if ws[i].norm != "the" || i+1 >= len(ws) {
		return i, nil
	}
	w := ws[i+1]
	if j := t.epithet(i); j > i {
		// "the Gulf state", "the Himalayan kingdom", "the war-torn
		// country": the country named last
		if c, why := t.refCountry(i, j); c != "" && !(i > 0 && countryLocatives[ws[i-1].norm]) {
			a := t.countryActor(c)
			return t.refersTo(i+1, j, dateline.KindCountry, a, link(ws[j-1].norm, a.Name, why))
		}
	}
	switch {
	case t.d.in(&w, lexState) && !t.d.pluralWord(&w):
		if i > 0 && countryLocatives[ws[i-1].norm] {
			return i + 2, nil // "in the country": a place
		}
		c, why := t.partCountry(i)
		if c == "" {
			c, why = t.refCountry(i, i+2)
		}
		if c != "" {
			t.countryRef = countrySeen{code: c, sent: t.n, end: i + 2}
			a := t.countryActor(c)
			return t.refersTo(i+1, i+2, dateline.KindCountry, a, link(w.norm, a.Name, why))
		}
	case w.cap && (w.norm == "north" || w.norm == "south") && (i+2 == len(ws) || !ws[i+2].cap && !ws[i+2].hyph || ws[i+2].poss):
		// the halves of a divided country: Korea, Sudan, Yemen, Vietnam
		if i > 0 && countryLocatives[ws[i-1].norm] {
			return i + 2, nil
		}
		if c := t.compassCountry(w.norm); c != "" {
			a := t.countryActor(c)
			return t.refersTo(i+1, i+2, dateline.KindCountry, a, link("compass", a.Name, "the country named "+w.text+" and one more word that the story names"))
		}
	}
	return i, nil
}

// partCountry returns the country "the country" at word i stands for when
// it is what a part of a place is of ("the north of the country", "the
// capital of the country"), and why: a place, where the story happens,
// not the other party named last ("France pulled its troops out. Gunmen
// attacked a village in the north of the country"). It is the country
// this sentence named or described before it ("Sudan's army said fighting
// in the east of the country", "The country's army chief visited the north
// of the country"), the dateline's among them when the story has named it
// as often as any so far, else the last; else the dateline's when the
// story has named it as often as any so far; "" when neither holds or i is
// no such part.
func (t *Tracker) partCountry(i int) (string, string) {
	ws := t.ws
	if i < 2 || ws[i-1].norm != "of" || !t.d.compass[ws[i-2].norm] && !t.d.placeNouns[ws[i-2].norm] {
		return "", ""
	}
	if r := t.countryRef; r.sent == t.n && r.end <= i && r.code != "" {
		return r.code, "a part of the country this sentence described before"
	}
	if d := t.sc.dateline; d != "" && t.datelineLeads() {
		for _, seen := range [2][]countrySeen{t.countriesSeen, t.adjSeen} {
			for _, c := range seen {
				if c.sent == t.n && c.end <= i && c.code == d {
					// "Vietnamese police said mobs attacked a Chinese-owned
					// plant in the south of the country" from Hanoi: of the
					// countries the sentence named, the one the story is
					// filed from
					return d, "a part of the dateline's country, which this sentence named before and the story has named as often as any so far"
				}
			}
		}
	}
	for k := len(t.countriesSeen) - 1; k >= 0; k-- {
		if c := t.countriesSeen[k]; c.sent == t.n && c.end <= i {
			return c.code, "a part of the country this sentence named before"
		}
	}
	if d := t.sc.dateline; d != "" && t.datelineLeads() {
		return d, "a part of the dateline's country, which the story has named as often as any so far"
	}
	return "", ""
}

// datelineLeads reports whether the story has named the dateline's country
// at least once, the dateline counting once more, and no other country
// more often so far, its agents abroad aside: a story filed from where it
// happens, not from a venue or a desk abroad ("PALERMO, Italy" over a
// story about Libya). Home reads the whole story; this reads it up to here.
func (t *Tracker) datelineLeads() bool {
	sc := &t.sc
	n := sc.count[sc.dateline] - sc.envoys[sc.dateline]
	if n < 2 {
		return false
	}
	for c, m := range sc.count {
		if c != sc.dateline && t.d.countries[c] != nil && m-sc.envoys[c] > n {
			return false
		}
	}
	return true
}

// maxCountriesSeen bounds the countries a story keeps for "the country".
const maxCountriesSeen = 8

// countrySeen is a country the story named as such, with the sentence and
// the word after the mention.
type countrySeen struct {
	code      string
	sent, end int
}

// noteCountry records a country named as such, ending before word end,
// for "the country" after it.
func (t *Tracker) noteCountry(code string, end int) {
	t.countriesSeen = noteSeen(t.countriesSeen, countrySeen{code: code, sent: t.n, end: end})
}

// noteSeen moves or adds c to the end of cs, which keeps at most
// maxCountriesSeen countries.
func noteSeen(cs []countrySeen, c countrySeen) []countrySeen {
	for k := range cs {
		if cs[k].code == c.code {
			cs = append(cs[:k], cs[k+1:]...)
			break
		}
	}
	if len(cs) == maxCountriesSeen {
		cs = append(cs[:0], cs[1:]...)
	}
	return append(cs, c)
}

// refCountry returns the country a description of one ("the country",
// "the kingdom", "the island nation") over words [i, j) stands for, and
// why: the country named last, but not one this sentence named in the same
// clause before it, which is the other party ("Russia threatened the
// country", "Iran condemned the kingdom"); when a word of the description
// names islands ("the island nation"), an island state (islands: in
// agents.txt); when its noun describes a form of rule ("the kingdom"), a
// state of that form (state-kind: in agents.txt) if the story named one;
// when a region's adjective comes before its noun ("the West African
// country"), a state of that region (region-states:), or no one;
// when the only one named is that other party, the dateline's country.
func (t *Tracker) refCountry(i, j int) (string, string) {
	island := false
	var kind map[string]bool
	noun := ""
	for k := i + 1; k < j; k++ {
		island = island || t.d.placeKinds[t.ws[k].norm]["island"]
		if s := t.d.stateKinds[t.ws[k].norm]; s != nil {
			kind, noun = s, t.ws[k].norm
		}
	}
	region := false
	if r, name := t.regionStatesOf(i, j); r != nil {
		kind, noun, region = r, name, true
	} else if island && kind == nil {
		kind, noun, region = t.d.islands, "island state", true // "the island nation" after "Sri Lanka's president"
	}
	if kind != nil && !t.kindSeen(kind, i) {
		// the only kingdom named is this clause's own, or named by its
		// demonym: a kingdom is still a kingdom ("protesters stormed Saudi
		// posts after the kingdom's execution of a cleric", "Moroccan
		// officials recalled their envoy, and the kingdom let thousands
		// cross"), not the country named last
		if c := t.kindNamed(kind, i, false); c != "" {
			return c, noun + " named last, the only one, before this clause or with an agent (demonym, possessive, \"of\")"
		}
		if c := t.kindNamed(kind, i, true); c != "" {
			return c, noun + " named last, the only one, by its name in this clause or by its demonym"
		}
		if !region {
			kind = nil // "the kingdom" with no kingdom named: the country named last
		}
		// "the West African country" with none named: the dateline's when
		// it is of the region and the clause's own is the other party, else
		// no one
	}
	skipped := ""
	fits := func(c string) bool { return (!island || t.d.islands[fold(c)]) && (kind == nil || kind[fold(c)]) }
	for k := len(t.countriesSeen) - 1; k >= 0; k-- {
		c := t.countriesSeen[k]
		if c.sent == t.n && c.end <= i && !t.clauseBetween(c.end, i) {
			skipped = c.code
			continue
		}
		if !fits(c.code) {
			continue
		}
		why := "country named last"
		if island {
			why = "island state named last"
		}
		if kind != nil {
			why = noun + " named last"
		}
		if skipped != "" {
			why += " before this clause, whose " + skipped + " is the other party"
		}
		return c.code, why
	}
	if d := t.sc.dateline; skipped != "" && d != "" && d != skipped && fits(d) {
		return d, "the dateline's country: the story named no other before " + skipped + ", the other party"
	}
	return "", ""
}

// regionStatesOf returns the states of the region whose adjective ends
// right before the noun of a description over words [i, j) ("the West
// African country", "the tiny Gulf state"; region-states: in agents.txt),
// and the adjective, or nil.
func (t *Tracker) regionStatesOf(i, j int) (map[string]bool, string) {
	for k := i + 1; k < j-1; k++ {
		key := t.ws[k].norm
		for m := k + 1; m < j-1; m++ {
			key += " " + t.ws[m].norm
		}
		if s := t.d.regionStates[key]; s != nil {
			return s, key
		}
	}
	return nil, ""
}

// kindNamed returns the country of kind named last before word i, by
// name or with an agent ("Saudi officials", "Kenya's army chief"): with
// own, also one of this clause's own, the other party; else only those
// named before this clause ("Kenya's army chief met elders. Ethiopia
// accused Uganda of arming the East African country" is Kenya).
func (t *Tracker) kindNamed(kind map[string]bool, i int, own bool) string {
	for _, seen := range [2][]countrySeen{t.countriesSeen, t.adjSeen} {
		for k := len(seen) - 1; k >= 0; k-- {
			c := seen[k]
			if !kind[fold(c.code)] || c.sent == t.n && c.end > i {
				continue
			}
			if own || c.sent < t.n || t.clauseBetween(c.end, i) {
				return c.code
			}
		}
	}
	return ""
}

// kindSeen reports whether a country of kind (a state-kind: of
// agents.txt) was named before word i and is not this clause's own.
func (t *Tracker) kindSeen(kind map[string]bool, i int) bool {
	for _, c := range t.countriesSeen {
		if kind[fold(c.code)] && !(c.sent == t.n && c.end <= i && !t.clauseBetween(c.end, i)) {
			return true
		}
	}
	return false
}

// epithet returns the end of a description of a country by one or two
// modifiers and a singular noun of states after "the" at i ("the tiny
// emirate", "the war-torn country"), or i; not a name ("the Dominican
// Republic", "the Islamic Republic of Iran"), nor a compound
// ("most-favoured-nation"). "state" needs a region of several countries
// before it ("the Gulf state", the region: keys of bodies.txt), not "the
// state media" or "the Afar regional state"; no modifier may say it is
// another ("the other country").
func (t *Tracker) epithet(i int) int {
	ws := t.ws
	for j := i + 2; j <= i+3 && j < len(ws); j++ {
		m := ws[j-1]
		if m.punct || m.hyph || ws[j].hyph || t.d.in(&m, lexState) || m.norm == "other" || m.norm == "same" || m.norm == "whole" || m.norm == "entire" || m.norm == "state" || m.poss {
			return i
		}
		w := &ws[j]
		if w.punct || t.d.pluralWord(w) || j+1 < len(ws) && (ws[j+1].norm == "of" && j+2 < len(ws) && ws[j+2].cap || !ws[j+1].punct && !ws[j+1].poss && ws[j+1].cap == w.cap && t.isAgent(j+1)) {
			continue
		}
		if t.d.in(w, lexState) || w.norm == "state" && j == i+2 && t.d.regions[ws[i+1].norm] != nil {
			if t.named(i+1) != nil {
				return i // "the Dominican Republic": a name (looked up last: the dearest test)
			}
			return j + 1 // "the Gulf state"; not "the Afar regional state", a region of one country
		}
	}
	return i
}

// partitive reads a word that stands for part of a group at the start of
// a sentence, as its whole subject or before "of them": "Some threw
// stones", "Many were arrested", "Most of them fled". It is the plural
// group of people named last, in the two sentences before, with its
// country and sector; "Some analysts said" and "Many of the protesters"
// name their own.
func (t *Tracker) partitive(i int) (int, []dateline.Mention) {
	ws := t.ws
	for k := 0; k < i; k++ {
		if !ws[k].punct {
			return i, nil
		}
	}
	g := t.lastGroup
	if !t.d.in(&ws[i], lexPartitive) || g.actor.Code == "" || g.sent >= t.n || t.n-g.sent > 2 || i+1 >= len(ws) {
		return i, nil
	}
	end, next := i+1, ws[i+1]
	switch {
	case next.norm == "of" && i+2 < len(ws) && ws[i+2].norm == "them":
		end = i + 3
	case next.norm == "of" || next.cap || next.poss || t.d.pluralWord(&next) || t.d.modifierWord(&next) ||
		t.d.in(&next, lexState) || t.d.persons[next.norm] || t.isAgent(i+1) || strings.IndexAny(next.norm, "0123456789") >= 0:
		return i, nil // "Some analysts", "Many Kenyans", "Some 200 people"
	}
	t.lastGroup.sent = t.n
	return end, []dateline.Mention{t.mention(i, end, dateline.KindAgent, g.actor,
		link("partitive", g.actor.Name, "part of \""+g.text+"\", the plural group named last, in the two sentences before"))}
}

// noteGroup records a plural group of people for the partitives that
// follow, the first of its sentence: "Some threw bottles at police
// officers. Many were arrested" are protesters still.
func (t *Tracker) noteGroup(m dateline.Mention) {
	if t.lastGroup.actor.Code != "" && t.lastGroup.sent == t.n {
		return
	}
	t.lastGroup = seenAgent{actor: m.Actor, text: m.Text, sent: t.n}
}

// dual reports whether w, after "the" alone, stands for two parties: a
// plural noun of states or sides ("the neighbours"), or a fixed pair of
// states ("the Koreas").
func (t *Tracker) dual(w *word) bool {
	return t.d.in(w, lexDual) || t.d.pairs[w.norm] != nil
}

// group reads a counted description at word i: "the two leaders", "both
// men", "the two neighbours".
func (t *Tracker) group(i int) (int, []dateline.Mention) {
	ws := t.ws
	n, j := 2, i+1
	if ws[i].norm == "the" && !t.dual(&ws[i+1]) {
		n, j = counts[ws[i+1].norm], i+2
	}
	for j+1 < len(ws) {
		if t.d.modifierWord(&ws[j]) && !t.d.in(&ws[j], lexState) && !t.isAgent(j) {
			j++ // "the two rival leaders", "the two visiting leaders"
			continue
		}
		if ws[j].cap && j > i+1 && t.d.former[ws[j-1].norm] && t.d.in(&ws[j+1], lexState) {
			j++ // "the two former Soviet republics": what they were part of, not who they are
			continue
		}
		if ws[j].cap && j > i+1 && !t.isAgent(j) && (t.d.in(&ws[j+1], lexState) || j+2 < len(ws) && ws[j+1].cap && t.d.in(&ws[j+2], lexState)) {
			j++ // "the three Gulf states", "the five Central Asian republics": the region they are in, not who they are
			continue
		}
		break
	}
	if j >= len(ws) {
		return i, nil
	}
	w := &ws[j]
	var (
		members []dateline.Mention
		why     string
		end     = j + 1
	)
	switch {
	case n == 2 && j == i+1 && ws[i].norm == "both" && !w.cap && !w.punct && !t.isAgent(j) && !t.d.persons[w.norm] && !t.d.in(w, lexState) && !t.d.sides[w.norm] &&
		len(t.d.pairs[w.norm]) == 0 && t.bothAlone() != nil:
		// "Police arrested Navalny and Yashin. Both were detained without
		// charge": "both" alone stands for the two the sentence before
		// joined by "and"
		why = "\"both\" alone: the two the sentence before joined by \"and\""
		members = t.bothAlone()
		end = j
	case len(t.d.pairs[w.norm]) == n:
		// "the two Koreas", "both Sudans": a fixed pair of states
		why = "the fixed pair of states " + w.text + " names"
		for _, c := range t.d.pairs[w.norm] {
			members = append(members, dateline.Mention{Kind: dateline.KindCountry, Actor: t.countryActor(c)})
		}
	case t.d.sides[w.norm] && n == 2 && len(t.pair) == 2 && t.n-t.pairSent <= pairWindow:
		why = "the two actors an earlier sentence joined by \"and\""
		members = append(members, t.pair...)
	case t.d.sides[w.norm] && n == 2 && len(t.sidesOpening(i)) == 2:
		why = "the two actors this sentence opened with, joined by \"and\", before a clause of their own"
		members = append(members, t.sidesOpening(i)...)
	case t.d.sides[w.norm] && n == 2 && len(t.sidesBefore()) == 2:
		why = "the two actors this sentence joined by \"and\" before, after its first"
		members = append(members, t.sidesBefore()...)
	case t.d.sides[w.norm] && n == 2 && len(t.opposed) == 2 && t.n-t.opposedSent <= opposedWindow:
		why = "the two actors of one country an earlier sentence named, and no others"
		members = append(members, t.opposed...)
	case n == 2 && len(t.states) == 2 && t.pairedStates(w.norm) &&
		!t.namedHere(t.states[0].Actor.Country) && !t.namedHere(t.states[1].Actor.Country):
		// "Ethiopia and Eritrea agreed ... hosted talks between the two
		// rivals": the pair of states joined before, not the host the
		// story names most; "Thailand and Cambodia called it an internal
		// matter. Both countries said ...": the pair the sentence just
		// before opened with
		why = "the two countries an earlier sentence joined by \"and\""
		for _, m := range t.states {
			members = append(members, dateline.Mention{Kind: dateline.KindCountry, Actor: t.countryActor(m.Actor.Country)})
		}
	case t.d.in(w, lexState) && n == 2 && len(t.statesBefore()) == 2:
		// "condemned the tests by India and Pakistan and demanded that both
		// countries refrain": the two countries this sentence joined after
		// its first actor, not its speakers ("Britain and France urged both
		// countries" are not the pair)
		why = "the two countries this sentence joined by \"and\" before, after its first actor"
		members = append(members, t.statesBefore()...)
	case t.d.in(w, lexState) && t.listed(n) != nil:
		why = "the " + strconv.Itoa(n) + " countries an earlier sentence opened with as a list"
		for _, m := range t.listed(n) {
			members = append(members, dateline.Mention{Kind: dateline.KindCountry, Actor: t.countryActor(m.Actor.Country)})
		}
	case t.d.in(w, lexState):
		why = "the " + strconv.Itoa(n) + " countries the story names most, not those this sentence joins by \"and\" before nor its clause's own"
		for _, c := range t.topCountries(n, i) {
			members = append(members, dateline.Mention{Kind: dateline.KindCountry, Actor: t.countryActor(c)})
		}
	case t.d.persons[w.norm]:
		why = "the last " + strconv.Itoa(n) + " people named" + t.notSubject(i)
		members = t.lastPeople(n, t.outsideClause(i, func(*tracked) bool { return true }))
	default:
		a, k := t.d.agentAt(ws, j)
		switch {
		case a != nil && a.heads:
			why = "the last " + strconv.Itoa(n) + " heads of state or government named" + t.notSubject(i)
			members = t.lastPeople(n, t.outsideClause(i, t.isHead))
		case a != nil && a.title && t.d.pluralWord(&ws[j+k-1]):
			why = "the last " + strconv.Itoa(n) + " people called " + a.Name + t.notSubject(i)
			members = t.lastPeople(n, t.outsideClause(i, func(tr *tracked) bool { return holds(tr, a.Name) }))
		case a != nil && !a.title && a.Sector != "" && t.d.sectorIs(a.Sector, sectorState) && t.d.pluralWord(&ws[j+k-1]):
			// "between the two governments", "the two armies": that body
			// of each of the countries the story names most
			why = "the " + a.Sector + " of the " + strconv.Itoa(n) + " countries the story names most"
			cs := t.topCountries(n, i)
			if l := t.listed(n); l != nil {
				// "the three governments" after "Saudi Arabia, the UAE and
				// Bahrain withdrew": the list, not the story's most named
				why, cs = "the "+a.Sector+" of the "+strconv.Itoa(n)+" countries an earlier sentence opened with as a list", nil
				for _, m := range l {
					cs = append(cs, m.Actor.Country)
				}
			}
			for _, c := range cs {
				ca := t.countryActor(c)
				ca.Sector, ca.Code = a.Sector, code(ca.Country, a.Sector)
				members = append(members, dateline.Mention{Kind: dateline.KindAgent, Actor: ca})
			}
		}
		end = j + k
	}
	if len(members) != n {
		return i, nil
	}
	first := i
	if ws[i].norm == "the" {
		first = i + 1
	}
	for k := range members {
		m := &members[k]
		*m = t.mention(first, end, m.Kind, m.Actor, link("members", m.Actor.Name, strconv.Itoa(k+1)+" of "+strconv.Itoa(n)+": "+why))
	}
	t.members = append(t.members[:0], members...)
	return end, members
}

// inSubjectClause reports whether a description at word i sits in the
// clause this sentence opened, after its start: the people this sentence
// named before it are that clause's subject ("Marcos accused both men of
// plotting a coup": not Marcos).
func (t *Tracker) inSubjectClause(i int) bool {
	return i > 0 && !t.clauseBetween(0, i)
}

// notSubject says in a link's why that the clause's own subject was passed
// over, for a description at word i.
func (t *Tracker) notSubject(i int) string {
	if t.inSubjectClause(i) {
		return ", not this clause's subject"
	}
	return ""
}

// outsideClause narrows ok, for a description at word i in the clause
// this sentence opened, to people this sentence has not named.
func (t *Tracker) outsideClause(i int, ok func(*tracked) bool) func(*tracked) bool {
	if !t.inSubjectClause(i) {
		return ok
	}
	return func(tr *tracked) bool { return tr.sent != t.n && ok(tr) }
}

// bothAlone returns the two that "both", with no noun after it, stands
// for: the two countries or actors the sentence before joined by "and",
// else the last two people named, both in the sentence before; nil when
// none fits.
func (t *Tracker) bothAlone() []dateline.Mention {
	switch {
	case len(t.states) == 2 && t.statesSent == t.n-1:
		return []dateline.Mention{{Kind: dateline.KindCountry, Actor: t.countryActor(t.states[0].Actor.Country)}, {Kind: dateline.KindCountry, Actor: t.countryActor(t.states[1].Actor.Country)}}
	case len(t.pair) == 2 && t.pairSent == t.n-1:
		return slices.Clone(t.pair)
	}
	return t.lastPeople(2, func(tr *tracked) bool { return tr.sent == t.n-1 })
}

// lastPeople returns n people, the last named that ok accepts, as
// mentions in the order the story first named them; nil if fewer fit.
func (t *Tracker) lastPeople(n int, ok func(*tracked) bool) []dateline.Mention {
	var found []*tracked
	for _, tr := range t.seen.recent {
		if tr != nil && ok(tr) {
			if found = append(found, tr); len(found) == n {
				break
			}
		}
	}
	if len(found) != n {
		return nil
	}
	sort.Slice(found, func(a, b int) bool { return found[a].first < found[b].first })
	out := make([]dateline.Mention, n)
	for k, tr := range found {
		out[k] = dateline.Mention{Kind: dateline.KindAgent, Actor: tr.actor}
	}
	return out
}

// isHead reports whether a person held or was called by the office of a
// head of state or government.
func (t *Tracker) isHead(tr *tracked) bool {
	for _, o := range tr.offices {
		if t.d.heads[o] {
			return true
		}
	}
	return false
}

// holds reports whether a person held or was called by an office ending in
// office.
func holds(tr *tracked, office string) bool {
	for _, o := range tr.offices {
		if o == office || strings.HasSuffix(o, " "+office) {
			return true
		}
	}
	return false
}

// lastHead returns the head of state or government named last before
// this sentence: "Isaias embraced the visiting leader" is not Isaias.
func (t *Tracker) lastHead() *tracked {
	for _, tr := range t.seen.recent {
		if tr != nil && tr.sent < t.n && t.isHead(tr) {
			return tr
		}
	}
	return nil
}

// noteHeadAgent records a head of state or government named by office
// alone, in the singular ("Togo's president", "the interim head of
// state"), for "the leader" after it.
func (t *Tracker) noteHeadAgent(ag *agent, m dateline.Mention) {
	if ag == nil || !ag.head || t.d.plural(lastWord(m.Text)) || strings.HasPrefix(m.Rule, "coref") || m.Actor.Sector == "" {
		return
	}
	t.headAgent = seenAgent{actor: m.Actor, text: m.Text, sent: t.n}
}

// unnamedHead returns, for "the leader" (ag stands for heads), a head of
// state or government named by office alone in a sentence before this one
// and after the last such head named as a person: "Parliament named its
// deputy speaker interim head of state" before "urged the interim leader"
// is that one, not a president of another country named before it. Its
// country, if it has none yet, is the story's (Settle).
func (t *Tracker) unnamedHead(ag *agent) (seenAgent, string, bool) {
	h := t.headAgent
	if !ag.heads || h.actor.Sector == "" || h.sent >= t.n {
		return seenAgent{}, "", false
	}
	if tr := t.lastHead(); tr != nil && tr.sent >= h.sent {
		return seenAgent{}, "", false
	}
	return h, "head of state or government named last before this sentence, by office alone: \"" + h.text + "\"", true
}

// pairWindow is how many sentences back "the two sides" may find the pair
// a sentence joined by "and".
const pairWindow = 8

// pairedStates reports whether a counted description whose noun is noun
// may stand for the two countries a sentence joined by "and" as its
// subject: a noun of two parties ("the rivals", "both sides") within
// pairWindow sentences, a noun of states ("both countries", "the two
// nations") only in the sentence right after, where that pair is still
// the story's topic; later it is the countries the story names most.
func (t *Tracker) pairedStates(noun string) bool {
	d := t.n - t.statesSent
	if t.d.dual[noun] && d <= pairWindow {
		return true
	}
	// "Kenya urged both countries" after "Sudan and Kenya urged calm":
	// not a pair that holds this sentence's own actor
	return t.d.states[noun] && d == 1 && !t.countryHere(t.states[0].Actor.Country) && !t.countryHere(t.states[1].Actor.Country)
}

// listed returns the n (three or more) countries a sentence within
// pairWindow opened with as a list, none named in this sentence so far;
// else nil.
func (t *Tracker) listed(n int) []dateline.Mention {
	if n < 3 || len(t.list) != n || t.n-t.listSent > pairWindow || t.n == t.listSent {
		return nil
	}
	for _, m := range t.list {
		if t.countryHere(m.Actor.Country) {
			return nil
		}
	}
	return t.list
}

// countryHere reports whether an actor of country c was named in this
// sentence so far.
func (t *Tracker) countryHere(c string) bool {
	for _, m := range t.out {
		if m.Actor.Country == c {
			return true
		}
	}
	return false
}

// notePair keeps the last two distinct actors a sentence joins by "and"
// ("Sudan's army and the paramilitary Rapid Support Forces signed"), when
// they are of one country or one has none: two sides within a country, or
// a state and a group, are what "the two sides" will mean; the sides of two
// countries are found by counting (topCountries).
func (t *Tracker) notePair(ms []dateline.Mention) {
	if len(ms) >= 2 && ms[0].Kind == dateline.KindCountry && ms[1].Kind == dateline.KindCountry && pairedBy(t.s, ms[0], ms[1]) &&
		ms[0].Actor.Country != "" && ms[1].Actor.Country != "" && ms[0].Actor.Country != ms[1].Actor.Country {
		// two countries that open a sentence joined by "and", its subject
		// ("Ethiopia and Eritrea agreed"), not those an appeal names
		// ("urged the United States and France to press Israel")
		t.states = append(t.states[:0], dateline.Mention{Kind: ms[0].Kind, Actor: ms[0].Actor}, dateline.Mention{Kind: ms[1].Kind, Actor: ms[1].Actor})
		t.statesSent = t.n
	}
	if l := listedStates(t.s, ms); len(l) >= 3 {
		// "Saudi Arabia, the United Arab Emirates and Bahrain withdrew
		// their ambassadors": the list the sentence opens with, for "the
		// three governments" after it
		t.list, t.listSent = l, t.n
	}
	if a, b, ok := t.andPair(ms, true); ok {
		t.pair = append(t.pair[:0], a, b)
		t.pairSent = t.n
		return
	}
	t.noteOpposed(ms)
}

// listedStates returns the countries, all distinct, that open ms as one
// list ("A, B and C"): each joined to the next by a comma or "and", the
// last by "and"; else nil.
func listedStates(s *dateline.Sentence, ms []dateline.Mention) []dateline.Mention {
	for k, m := range ms {
		if m.Kind != dateline.KindCountry || m.Actor.Country == "" {
			return nil
		}
		for _, e := range ms[:k] {
			if e.Actor.Country == m.Actor.Country {
				return nil
			}
		}
		if k > 0 && strings.HasSuffix(between(s, ms[k-1], m), "and") {
			// the list closed: copied only now, most sentences open with
			// no list
			out := make([]dateline.Mention, k+1)
			for i, e := range ms[:k+1] {
				out[i] = dateline.Mention{Kind: e.Kind, Actor: e.Actor}
			}
			return out
		}
		if k+1 == len(ms) {
			return nil
		}
		switch between(s, m, ms[k+1]) {
		case ",", "and", ", and":
		default:
			return nil
		}
	}
	return nil
}

// between returns the text between mentions a and b, trimmed, without a
// "the" that opens b ("and the United States"); "?" when they are not in
// order in s.
func between(s *dateline.Sentence, a, b dateline.Mention) string {
	if a.End > b.Start || a.Start < s.Start || b.Start-s.Start > len(s.Text) {
		return "?"
	}
	t := strings.TrimSpace(s.Text[a.End-s.Start : b.Start-s.Start])
	return strings.TrimSpace(strings.TrimSuffix(t, "the"))
}

// andPair returns the last two distinct actors of ms joined by "and", of
// one country or one with none when oneCountry is set.
func (t *Tracker) andPair(ms []dateline.Mention, oneCountry bool) (a, b dateline.Mention, ok bool) {
	for k := len(ms) - 1; k > 0; k-- {
		a, b := ms[k-1], ms[k]
		if !pairedBy(t.s, a, b) || commaOnly(t.s, a, b) || apposed(t.s, a, b) || a.Actor.Code == "" || b.Actor.Code == "" || a.Actor.Code == b.Actor.Code ||
			oneCountry && a.Actor.Country != b.Actor.Country && a.Actor.Country != "" && b.Actor.Country != "" || strings.HasPrefix(a.Rule, "coref:members") {
			continue
		}
		return dateline.Mention{Kind: a.Kind, Actor: a.Actor}, dateline.Mention{Kind: b.Kind, Actor: b.Actor}, true
	}
	return a, b, false
}

// sidesBefore returns two actors this sentence joined by "and" before
// "both sides", after its first actor, of any countries ("Egypt, which mediates between
// Israel and the militants, urged both sides"): not the callers themselves.
func (t *Tracker) sidesBefore() []dateline.Mention {
	if len(t.out) < 3 {
		return nil
	}
	if a, b, ok := t.andPair(t.out[1:], false); ok {
		return []dateline.Mention{a, b}
	}
	return nil
}

// sidesOpening returns the two actors this sentence opened with, joined by
// "and", when the description at i opens a clause of its own after them
// (after a clause's opener: "Israel and Syria traded accusations, but the
// parties agreed that talks would begin"): they are its sides, not others
// their first clause acts on ("Britain and France urged the two sides"
// names the sides as an object, after no opener); else nil.
func (t *Tracker) sidesOpening(i int) []dateline.Mention {
	if i == 0 || !t.d.openers[t.ws[i-1].norm] || len(t.out) < 2 {
		return nil
	}
	if a, b, ok := t.andPair(t.out[:2], false); ok {
		return []dateline.Mention{a, b}
	}
	return nil
}

// statesBefore returns, as sidesBefore does, two countries of different
// codes this sentence joined by "and" after its first actor, or nil.
func (t *Tracker) statesBefore() []dateline.Mention {
	ms := t.sidesBefore()
	if len(ms) != 2 || ms[0].Kind != dateline.KindCountry || ms[1].Kind != dateline.KindCountry ||
		ms[0].Actor.Country == "" || ms[1].Actor.Country == "" || ms[0].Actor.Country == ms[1].Actor.Country {
		return nil
	}
	for k := range ms {
		ms[k].Actor = t.countryActor(ms[k].Actor.Country)
	}
	return ms
}

// opposedWindow is how many sentences back "the two sides" may find two
// actors a sentence names without joining them.
const opposedWindow = 3

// noteOpposed keeps the two actors of a sentence that names exactly two,
// of one country or one with none, whether or not "and" joins them ("the
// army recaptured the town from the RSF", "the group accused the
// military"): the two sides of a conflict inside a country, for "the two
// sides" just after.
func (t *Tracker) noteOpposed(ms []dateline.Mention) {
	var two [2]dateline.Mention
	k := 0
	for i := range ms {
		m := &ms[i]
		if m.Actor.Code == "" && m.Actor.Sector == "" || m.Kind == dateline.KindPlace || strings.HasPrefix(m.Rule, "coref:members") {
			continue
		}
		switch {
		case k > 0 && sameActor(two[0].Actor, m.Actor), k > 1 && sameActor(two[1].Actor, m.Actor):
			continue
		case k == 2:
			return // more than two: no telling which are the sides
		}
		two[k] = dateline.Mention{Kind: m.Kind, Actor: m.Actor}
		k++
	}
	if k != 2 || two[0].Actor.Code == "" || two[1].Actor.Code == "" ||
		two[0].Actor.Country != two[1].Actor.Country && two[0].Actor.Country != "" && two[1].Actor.Country != "" ||
		t.oneSide(two[0].Actor, two[1].Actor) {
		return
	}
	t.opposed = append(t.opposed[:0], two[0], two[1])
	t.opposedSent = t.n
}

// oneSide reports whether two actors of one country are both arms of its
// state ("their troops", "the Kyrgyz presidential office" in one sentence):
// one side, not two, unless a sentence joins them as parties ("Libya's
// government and Hifter's forces met").
func (t *Tracker) oneSide(a, b dateline.Actor) bool {
	state := func(x dateline.Actor) bool { return x.Sector == "" || t.d.sectorIs(x.Sector, sectorState) }
	return (a.Country == b.Country || a.Country == "" || b.Country == "") && state(a) && state(b)
}

// sameActor reports whether two mentions' actors are one: the same code (a
// country named as itself is its government: "he said Lebanon would not"),
// or with no code yet, the same name and sector.
func sameActor(a, b dateline.Actor) bool {
	if a.Code != "" || b.Code != "" {
		return stateCode(a) == stateCode(b)
	}
	return a.Name == b.Name && a.Sector == b.Sector
}

// stateCode is an actor's code, a bare country's as its government's.
func stateCode(a dateline.Actor) string {
	if a.Sector == "" && a.Code == a.Country && a.Code != "" {
		return a.Code + "GOV"
	}
	return a.Code
}

// pairedBy reports whether "and" and at most three lower-case words
// stand between two mentions: "Sudan's army and the paramilitary Rapid
// Support Forces", "the government and rebels".
func pairedBy(s *dateline.Sentence, a, b dateline.Mention) bool {
	if joinedBy(s, a, b) {
		return true
	}
	if a.End > b.Start || a.Start < s.Start || b.Start-s.Start > len(s.Text) {
		return false
	}
	n := 0 // the words between, read in place: the per-sentence path splits no text
	for w := range strings.FieldsSeq(s.Text[a.End-s.Start : b.Start-s.Start]) {
		n++
		if n == 1 && w != "and" || n > 4 {
			return false
		}
		if n == 1 {
			continue
		}
		for _, r := range w {
			if !unicode.IsLower(r) && r != '-' {
				return false
			}
		}
	}
	return n >= 2
}

// topCountries returns the n countries the story has named most (ties to
// the one named first: the parties come before the bystanders), leaving
// out those this sentence has joined by "and" before and those its clause
// named before word at, in the order the story first named them; nil if
// there are fewer.
func (t *Tracker) topCountries(n, at int) []string {
	var cs []string
	for c := range t.sc.count {
		if t.d.countries[c] != nil && t.sc.first[c] > 0 && !t.namedHere(c) && !t.clauseOwn(c, at) {
			cs = append(cs, c)
		}
	}
	if len(cs) < n {
		return nil
	}
	sc := &t.sc
	sort.Slice(cs, func(a, b int) bool {
		if sc.count[cs[a]] != sc.count[cs[b]] {
			return sc.count[cs[a]] > sc.count[cs[b]]
		}
		return sc.first[cs[a]] < sc.first[cs[b]]
	})
	cs = cs[:n]
	sort.Slice(cs, func(a, b int) bool { return sc.first[cs[a]] < sc.first[cs[b]] })
	return cs
}

// clauseOwn reports whether country c was named as such in this sentence
// before word at with no clause boundary between: the clause's own party,
// not one of the pair it speaks of ("Moscow has bases in both countries");
// a speaker in a clause before is not ("Kenya said both countries would
// gain").
func (t *Tracker) clauseOwn(c string, at int) bool {
	for _, cs := range t.countriesSeen {
		if cs.code == c && cs.sent == t.n && cs.end <= at && !t.clauseBetween(cs.end, at) {
			return true
		}
	}
	return false
}

// namedHere reports whether c is one of the countries this sentence has
// joined by "and" so far: "Britain and the United States called on both
// sides" are not the sides; "leaders from both countries" after "China"
// and "British" are theirs.
func (t *Tracker) namedHere(c string) bool {
	ms := t.out
	for k := len(ms) - 1; k > 0; k-- {
		if !joinedBy(t.s, ms[k-1], ms[k]) {
			continue
		}
		for _, m := range ms[k-1 : k+1] {
			if m.Kind == dateline.KindCountry && m.Actor.Country == c {
				return true
			}
		}
	}
	return false
}

// compassCountry returns the country named "North X" or "South X" (dir)
// that the story names most, or "".
func (t *Tracker) compassCountry(dir string) string {
	best, bestN := "", 0
	for _, e := range t.d.compassOf[dir] {
		if n := t.sc.count[e.code]; n > bestN || n == bestN && n > 0 && e.code < best {
			best, bestN = e.code, n
		}
	}
	return best
}

// countryActor codes a country as of the story's day.
func (t *Tracker) countryActor(code string) dateline.Actor {
	if e := t.d.countries[code]; e != nil {
		a, _, _ := e.actorOn(t.day)
		return a
	}
	return dateline.Actor{Country: code, Code: code}
}

// seenAgent is the last mention of an agent noun that had a country.
type seenAgent struct {
	actor dateline.Actor
	text  string
	sent  int
	many  bool // the story named the noun for more than one actor
	held  bool // the mention is of the office's holder the knowledge lists ("the French president")
}

// forceSeen is the sector of the state's force (sectors.txt's force) named
// last, and in which sentence: a rank both forces have ("the officers")
// is of that force.
type forceSeen struct {
	sector string
	sent   int
}

// noteAgent records a mention of agent a with a country, for "the X".
func (t *Tracker) noteAgent(ag *agent, m dateline.Mention) {
	if ag != nil && ag.national {
		t.markNationals(m.Start)
	}
	t.noteHeadAgent(ag, m)
	if ag != nil && t.d.sectorIs(m.Actor.Sector, sectorForce) {
		t.forceSeen = forceSeen{sector: m.Actor.Sector, sent: t.n}
	}
	if ag == nil || m.Actor.Country == "" {
		return
	}
	if t.agentsSeen == nil {
		t.agentsSeen, t.sectorsSeen, t.datelineSeen = map[*agent]seenAgent{}, map[string]seenAgent{}, map[string]seenAgent{}
	}
	seen := seenAgent{actor: m.Actor, text: m.Text, sent: t.n, held: strings.Contains(m.Rule, "+office")}
	if ag.title && !t.d.plural(lastWord(m.Text)) && t.curTitle.Code == "" {
		// only when it is not the sentence's first actor: "a Cairo court
		// found him guilty of breaking his parole" speaks of someone else
		t.curTitle, t.curTitleObj = m.Actor, len(t.out) > 0 && t.out[0].Start < m.Start
	}
	if prev, ok := t.agentsSeen[ag]; ok {
		seen.many = prev.many || prev.actor.Code != m.Actor.Code
	}
	t.agentsSeen[ag] = seen
	t.noteHead(lastWord(m.Text), m.Text, m)
	t.noteSector(seen)
}

// noteSector records a mention with a country and a sector as the last
// of its sector named, for a plural "the X" of that sector later in the
// story (described).
func (t *Tracker) noteSector(seen seenAgent) {
	if seen.actor.Sector == "" || seen.actor.Country == "" {
		return
	}
	if t.sectorsSeen == nil {
		t.agentsSeen, t.sectorsSeen, t.datelineSeen = map[*agent]seenAgent{}, map[string]seenAgent{}, map[string]seenAgent{}
	}
	t.sectorsSeen[seen.actor.Sector] = seen
	if seen.actor.Country == t.sc.dateline {
		t.datelineSeen[seen.actor.Sector] = seen
	}
}

// notePeople records a people named by its plural demonym ("thousands
// of Ghanaians", mention m: the country's civilians) as the last
// civilians named, as "Ghanaian traders" would be: "the migrants" several
// sentences later are they, not the story's own people (described).
func (t *Tracker) notePeople(m dateline.Mention) {
	t.noteSector(seenAgent{actor: m.Actor, text: m.Text, sent: t.n})
}

// lastWord returns the last word of s, folded.
func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		s = s[i+1:]
	}
	return fold(s)
}

// described returns the actor "the X" refers back to, and why: the last
// mention of the same agent noun with a country, in this sentence or the
// two before, or earlier when the story named that noun for no other
// actor ("Hezbollah guerrillas" ... "the guerrillas"); for a plural ("the generals") or a grouping ("the
// coalition"), else the last mention of the same sector with a country in the story ("the country's armed forces").
func (t *Tracker) described(ag *agent, head string, plural bool) (seenAgent, string, bool) {
	if t.followsBare(ag, head) {
		// "Sudanese troops fought rebels near Nyala. The rebels ...":
		// the same noun named since with no country is the one meant;
		// Settle gives it that one's country (markFollows)
		return seenAgent{}, "", false
	}
	if s, why, ok := t.sameHead(head); ok {
		// "four Russian army officers ... the officers", "ten Indian
		// soldiers ... the Chinese army released the soldiers": the same
		// head noun in the same number, before another word of its kind
		return s, why, true
	}
	if s, ok := t.agentsSeen[ag]; ok && t.n-s.sent <= 2 {
		return s, "the same noun as \"" + s.text + "\", named in this sentence or the two before", true
	}
	if s, ok := t.agentsSeen[ag]; ok && !s.many {
		return s, "the same noun as \"" + s.text + "\", the only actor the story named so", true
	}
	if s, ok := t.datelineSeen[ag.Sector]; ok && plural && t.d.sectorIs(ag.Sector, sectorHome) && !t.abroadDesk() {
		// "Pakistan's army seized power ... India put its troops on alert.
		// Bhutto urged the generals to hold elections": a home sector
		// (army, police, government) of the dateline's country, named in
		// the story, before another country's named since; not in a story
		// filed from a desk abroad (abroadDesk)
		return s, "the last of the same sector of the dateline's country named, \"" + s.text + "\"", true
	}
	if s, ok := t.sectorsSeen[ag.Sector]; ok && (plural || ag.grouping) {
		// "U.S.-led coalition jets struck ... The coalition also bombed":
		// a grouping of forces is the last force named
		return s, "the last of the same sector named, \"" + s.text + "\"", true
	}
	return seenAgent{}, "", false
}

// titleSeen returns the mention with a country of the title ag that a
// name the knowledge lacks after the title stands for, and why: the last
// one named without a name in this sentence or the two before, or earlier
// when the story named the title for no other actor ("a Russian general
// ... Gen. Igor Petrov"); for an envoy (an agent of the other party that
// serves abroad), the last one named anywhere before ("expelled the U.S.
// envoy ... Ambassador Philip Goldberg"), as he is never the story's own by
// default. A mention the knowledge named the holder of is not meant.
func (t *Tracker) titleSeen(ag *agent) (seenAgent, string, bool) {
	s, ok := t.agentsSeen[ag]
	switch {
	case !ok || !ag.title || s.held:
		// "the French president ... President X": the holder the
		// knowledge lists is not the name it lacks
		return seenAgent{}, "", false
	case t.n-s.sent <= 2:
		return s, "title-named-before", true
	case !s.many || ag.other && ag.abroad:
		return s, "title-named-once", true
	}
	return seenAgent{}, "", false
}

// titledAs gives a person told of by title alone the country of the
// mention s of that title named before: its sector stays the title's,
// unless the title has none ("spokesman X" after "a Kremlin spokesman")
// or s is a bloc's ("the U.N. envoy").
func titledAs(a, s dateline.Actor) dateline.Actor {
	a.Country = s.Country
	if a.Sector == "" || s.Sector == "IGO" || s.Sector == "NGO" {
		a.Sector = s.Sector
		a.Code = s.Code
		return a
	}
	a.Code = code(a.Country, a.Sector)
	return a
}

// sameHead returns the last mention with a country whose head is the noun
// head, in this sentence or the two before, and why.
func (t *Tracker) sameHead(head string) (seenAgent, string, bool) {
	if s, ok := t.headsSeen[head]; ok && t.n-s.sent <= 2 {
		return s, "the same head noun as \"" + s.text + "\", named in this sentence or the two before", true
	}
	return seenAgent{}, "", false
}

// doerNoun reports whether the words [i, j) of an agent end in a noun
// that describes whoever did an act (doers: in agents.txt): "the
// attackers", "the captors", "the hostage-takers".
func (t *Tracker) doerNoun(i, j int) bool {
	ws := t.ws
	if j-2 >= i && (t.d.doers[ws[j-2].norm+"-"+ws[j-1].norm] || t.d.doers[ws[j-2].norm+" "+ws[j-1].norm]) {
		return true // "the hostage-takers", "the hostage takers"
	}
	if !t.d.in(&ws[j-1], lexDoer) {
		return false
	}
	// "Five hijackers freed the passengers ... the hijackers": the story
	// named these doers by the noun itself; they are those
	_, named := t.headsSeen[ws[j-1].norm]
	return !named && t.bareSeen[ws[j-1].norm] == 0
}

// noteArmed records the mentions of armed actors outside the state
// (sectors.txt's armed: rebels, militants, gunmen, an armed group
// named), for "the attackers" after them (doneBy).
func (t *Tracker) noteArmed(ms []dateline.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Actor.Sector == "" || !t.d.sectorIs(m.Actor.Sector, sectorArmed) {
			continue
		}
		many := t.armedSeen.many || t.armedSeen.text != "" && t.armedSeen.actor.Code != m.Actor.Code
		t.armedSeen = seenAgent{actor: m.Actor, text: m.Text, sent: t.n, many: many}
		t.armedAbroad = t.sc.abroad[m.Start]
	}
}

// doneBy returns the actor a noun of doers ("the attackers", "the
// kidnappers") refers back to, and why: the armed actor outside the state
// named last, in this sentence or the two before; or earlier, when it has
// a country and the story named no other armed actor. With none, the
// noun is its own agent (gunmen, criminals) of no one in particular.
func (t *Tracker) doneBy() (seenAgent, string, bool) {
	s := t.armedSeen
	switch {
	case s.text == "":
		return seenAgent{}, "", false
	case t.n-s.sent <= 2:
		return s, "the armed actor named last, \"" + s.text + "\", in this sentence or the two before", true
	case !s.many && s.actor.Country != "":
		return s, "the only armed actor the story named, \"" + s.text + "\"", true
	}
	return seenAgent{}, "", false
}

// forceAgain reads a plural noun of the state's forces with no
// determiner and no country ("About 1,500 soldiers arrived", "Troops
// later fired") right after a sentence that named the same noun with a
// country ("Australian troops landed"): the force the story goes on
// telling of, not the story's country's. Only the sentence before counts,
// only a mention of many (officers after one officer are not his), and
// not a force named by its own name ("National Guard troops").
func (t *Tracker) forceAgain(p *np, j int) (seenAgent, string, bool) {
	if p.det != "" || len(p.parts) > 0 || !t.d.pluralWord(&t.ws[j-1]) || !t.d.sectorIs(p.agent.Sector, sectorForce) ||
		p.agent.abroad || p.foreign || t.ofWhom(p, j) > j {
		return seenAgent{}, "", false
	}
	for k := p.first + 1; k < j; k++ {
		if t.ws[k].cap {
			// "National Guard troops", "Republican Guard units": a force
			// named by its own name is that body, not the one told of
			return seenAgent{}, "", false
		}
	}
	s, ok := t.agentsSeen[p.agent]
	if !ok || s.sent != t.n-1 || !t.namesMany(s.text) {
		return seenAgent{}, "", false
	}
	return s, "the same noun as \"" + s.text + "\", named in the sentence before: the force told of", true
}

// namesMany reports whether a mention's words name many ("troops of an
// Australian-led force"), not one ("the British officer who led the
// team"): officers after one officer are not his.
func (t *Tracker) namesMany(text string) bool {
	for w := range strings.FieldsSeq(text) {
		if t.d.plural(fold(w)) {
			return true
		}
	}
	return false
}

// forceRef is a force read as the one told of before (forceAgain), with
// the actor it is without that reading.
type forceRef struct {
	start int
	bare  dateline.Actor
}

// undoForces takes back forceAgain's reading where the sentence names the
// force it stood for again after it, as the other party: "The crew of
// the U.S. aircraft landed. Soldiers took the crew into custody": the
// soldiers are not the crew's.
func (t *Tracker) undoForces(ms []dateline.Mention) {
	for _, f := range t.forces {
		for k := range ms {
			if ms[k].Start != f.start {
				continue
			}
			for _, o := range ms[k+1:] {
				if o.Actor.Code == ms[k].Actor.Code && o.Kind != dateline.KindPronoun && !t.isForce(o.Start) {
					ms[k].Actor, ms[k].Rule = f.bare, "agent"
					break
				}
			}
		}
	}
	t.forces = t.forces[:0]
}

// isForce reports whether the mention at byte offset start is one of this
// sentence's forces read as the one told of before.
func (t *Tracker) isForce(start int) bool {
	for _, f := range t.forces {
		if f.start == start {
			return true
		}
	}
	return false
}

// noteBare records that this sentence named a plural or indefinite
// agent with head noun head and no country ("fought rebels near Nyala"),
// for "the rebels" after it.
func (t *Tracker) noteBare(head string) {
	if t.bareSeen == nil {
		t.bareSeen = map[string]int{}
	}
	t.bareSeen[head] = t.n + 1
}

// followsBare reports whether "the X" (agent ag, head noun head) refers
// to an X named with no country in this sentence or the two before, and
// not named with one since: "the rebels" is those rebels, whatever
// country Settle gives them.
func (t *Tracker) followsBare(ag *agent, head string) bool {
	n := t.bareSeen[head] - 1
	if n < 0 || t.n-n > 2 {
		return false
	}
	if s, ok := t.headsSeen[head]; ok && s.sent >= n {
		return false
	}
	s, ok := t.agentsSeen[ag]
	return !ok || s.sent < n
}

// markFollows records that "the X" mentioned at byte offset start refers
// to the X named with no country just before (followsBare).
func (t *Tracker) markFollows(start int) {
	if t.sc.follows == nil {
		t.sc.follows = map[int]bool{}
	}
	t.sc.follows[start] = true
}

// reciprocal reads "each other" or "one another" at word i: one mention
// for each member of the group acting in the sentence.
func (t *Tracker) reciprocal(i int) (int, []dateline.Mention) {
	ws := t.ws
	if i+1 >= len(ws) || !(ws[i].norm == "each" && ws[i+1].norm == "other" || ws[i].norm == "one" && ws[i+1].norm == "another") {
		return i, nil
	}
	group, why := t.coordinated()
	if len(group) < 2 {
		return i + 2, nil
	}
	out := make([]dateline.Mention, len(group))
	for k, m := range group {
		out[k] = t.mention(i, i+2, m.Kind, m.Actor, link("reciprocal", m.Actor.Name,
			strconv.Itoa(k+1)+" of "+strconv.Itoa(len(group))+": "+why))
	}
	if i+2 < len(ws) && ws[i+2].poss {
		// "Russia and the United States expelled each other's
		// diplomats": each member's own diplomats, the noun's sector of
		// its country, as "their forces" are
		end := -1
		for k := range out {
			j, ms := t.refersTo(i, i+2, out[k].Kind, out[k].Actor, out[k].Rule)
			if len(ms) != 1 || ms[0].Kind != dateline.KindAgent || end >= 0 && j != end {
				return i + 2, out
			}
			end, out[k] = j, ms[0]
		}
		return end, out
	}
	return i + 2, out
}

// coordinated returns the group acting in the sentence so far: the members
// of a counted description, else the last actors joined by "and" or
// commas, else the sentence's actors when it names exactly two.
func (t *Tracker) coordinated() ([]dateline.Mention, string) {
	if len(t.members) > 1 {
		return t.members, "the group described before"
	}
	ms := t.out
	if len(ms) == 0 {
		return nil, ""
	}
	k := len(ms) - 1
	for k > 0 && joinedBy(t.s, ms[k-1], ms[k]) {
		k--
	}
	if g := distinct(ms[k:]); len(g) > 1 {
		return g, "the actors joined by \"and\""
	}
	if g := distinct(ms); len(g) == 2 {
		return g, "the two actors of the sentence"
	}
	return nil, ""
}

// joinedBy reports whether only "and" or commas stand between two
// mentions: "Armenia and Azerbaijan", "Russia, China and Iran".
// commaOnly reports whether only a comma stands between two mentions: a
// list's first members ("Sudan, Egypt and Ethiopia"), whose last pair
// "and" joins, or no pair at all ("killing two civilians, officials
// said").
func commaOnly(s *dateline.Sentence, a, b dateline.Mention) bool {
	return a.End <= b.Start && a.End >= s.Start && b.Start-s.Start <= len(s.Text) && strings.TrimSpace(s.Text[a.End-s.Start:b.Start-s.Start]) == ","
}

func joinedBy(s *dateline.Sentence, a, b dateline.Mention) bool {
	if a.End > b.Start || a.Start < s.Start || b.Start-s.Start > len(s.Text) {
		return false
	}
	between := strings.TrimSpace(s.Text[a.End-s.Start : b.Start-s.Start])
	between = strings.TrimSpace(strings.TrimSuffix(between, "the")) // "and the United States"
	switch between {
	case "and", ",", ", and", "&":
		return true
	}
	return false
}

// apposed reports whether a person and a noun of a title or body are set
// side by side by a comma alone, one actor named twice ("The paramilitary
// leader, Mohamed Hamdan Dagalo, accused", "Dmitry Peskov, the Kremlin
// spokesman, said"), not two joined in a list.
func apposed(s *dateline.Sentence, a, b dateline.Mention) bool {
	if a.Kind == b.Kind || a.Kind != dateline.KindPerson && b.Kind != dateline.KindPerson ||
		a.Kind != dateline.KindAgent && b.Kind != dateline.KindAgent || a.End > b.Start || a.Start < s.Start || b.Start-s.Start > len(s.Text) {
		return false
	}
	between := strings.TrimSpace(s.Text[a.End-s.Start : b.Start-s.Start])
	return between == "," || between == ", the" || between == ", a" || between == ", an"
}

// distinct returns the mentions of different actors, the first of each.
func distinct(ms []dateline.Mention) []dateline.Mention {
	var out []dateline.Mention
	for _, m := range ms {
		if m.Actor.Code == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if o.Actor.Code == m.Actor.Code && o.Actor.Name == m.Actor.Name {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

// corefRule says how the tracker resolves words that refer back (a
// pronoun, "the two leaders", "each other", "the minister", "the
// group"), or "" when they are no such words: what `dateline dict who`
// shows for them.
func (d *Dictionary) corefRule(ws []word) string {
	if len(ws) == 0 {
		return ""
	}
	w0 := ws[0].norm
	switch {
	case len(ws) == 1 && pronouns[w0]:
		return "coref:pronoun: the first person named in this sentence, else the first of the sentence before that named one, else the person named last"
	case len(ws) == 1 && (plurals[w0] || neuters[w0]):
		return "coref:pronoun: the first actor named in this sentence (not when an object of its verb), else the first of the sentence before, else the last named; \"its gunmen\" and the like belong to the group named last"
	case len(ws) == 2 && (w0 == "each" && ws[1].norm == "other" || w0 == "one" && ws[1].norm == "another"):
		return "coref:reciprocal: the group acting in the sentence (a counted description, else actors joined by \"and\", else its two actors), one mention per member"
	case w0 == "both" || w0 == "the" && len(ws) > 1 && counts[ws[1].norm] > 0:
		k := 1
		if w0 == "the" {
			k = 2
		}
		if k >= len(ws) {
			return ""
		}
		switch a, _ := d.agentAt(ws, k); {
		case d.in(&ws[k], lexState):
			return "coref:members: that many countries, those the story names most, one mention each"
		case d.persons[ws[k].norm]:
			return "coref:members: that many people, the last named, one mention each"
		case a != nil && a.heads:
			return "coref:members: that many heads of state or government, the last named, one mention each"
		case a != nil && a.title:
			return "coref:members: that many people called " + a.Name + ", the last named, one mention each"
		}
		return ""
	case w0 != "the" || len(ws) < 2:
		return ""
	}
	w := ws[1]
	a, n := d.agentAt(ws, 1)
	switch {
	case len(ws) == 2 && d.in(&w, lexState):
		return "coref:country: the country named last"
	case len(ws) == 2 && len(d.compassOf[w.norm]) > 0:
		var names []string
		for _, e := range d.compassOf[w.norm] {
			names = append(names, e.Name)
		}
		return "coref:compass: of " + strings.Join(names, ", ") + ", the one the story names most"
	case a != nil && 1+n == len(ws) && a.heads:
		return "coref:title: the head of state or government named last before this sentence"
	case a != nil && 1+n == len(ws) && a.title:
		return "coref:title: the person named last who held or was called by an office ending in " + a.Name
	case len(ws) == 2 && d.isRef(w.norm):
		return "coref:" + w.norm + ": the body or group named last that is a " + w.norm
	case len(ws) == 2 && d.collective[w.norm]:
		return "coref:" + w.norm + ": the body told of last as \"a " + w.norm + " of\" an actor, if any"
	case a != nil && 1+n == len(ws):
		return "coref:description: the last \"" + a.Name + "\" with a country in this sentence or the two before, or the only one the story named so; else the story's context"
	}
	return ""
}

// isRef reports whether a noun refers back to a body or group ("the
// group", "the bloc").
func (d *Dictionary) isRef(noun string) bool {
	for _, e := range d.entities {
		for _, r := range e.refs {
			if r == noun {
				return true
			}
		}
	}
	return false
}

// aged reads "the 72-year-old" at word i, a person called by age alone:
// the person a "he" there would stand for, named in this sentence or the
// two before ("Ghani said he had left to avoid bloodshed. The 72-year-old
// later surfaced in the Emirates"). Not when a noun of an agent follows,
// which says who it is ("the 71-year-old leader of the ANC"), nor when the
// story told of someone unnamed of that age ("Police arrested a
// 41-year-old man ... The 41-year-old told investigators"), which "a
// 41-year-old" records here.
func (t *Tracker) aged(i int) (int, []dateline.Mention) {
	ws := t.ws
	d := ws[i].norm
	if d != "the" && d != "a" && d != "an" {
		return i, nil
	}
	e := ageEnd(ws, i+1)
	if e < 0 {
		return i, nil
	}
	age := ws[i+1].norm
	if d != "the" {
		t.unnamedAges = append(t.unnamedAges, age)
		return i, nil
	}
	if e < len(ws) && t.isAgent(e) || slices.Contains(t.unnamedAges, age) {
		return i, nil
	}
	tr, why := t.antecedent()
	if tr == nil || t.n-tr.sent > 2 {
		return i, nil
	}
	t.notePerson(tr)
	return e, []dateline.Mention{t.mention(i+1, e, dateline.KindAgent, tr.actor, link("age", tr.actor.Name, why))}
}

// ageEnd returns the end of an age at word k written "72-year-old", or -1.
func ageEnd(ws []word, k int) int {
	if k+2 >= len(ws) || ws[k].norm == "" || ws[k+1].norm != "year" || !ws[k+1].hyph || ws[k+2].norm != "old" || !ws[k+2].hyph {
		return -1
	}
	for _, r := range ws[k].norm {
		if r < '0' || r > '9' {
			return -1
		}
	}
	return k + 3
}

// acronym is a body the story read from its name, by its initials or by
// the letters in brackets after the name.
type acronym struct {
	letters string // folded: "mdr"
	actor   dateline.Actor
	name    string // as written
	known   bool   // a body the knowledge names ("European Community"): its initials ("EC") yield to any name the knowledge has for them
	head    bool   // a short name that is the singular head noun of the name, before its "of" ("Coordination"): only after "the"
}

// noteAcronym records the body read from its name over words [i, e) by
// the initials of its capitalised words ("Movement for Democratic
// Renewal": MDR) and by the capitals in brackets right after it ("(MDR)"),
// so that the initials alone name it later. known is set for a body the
// knowledge names.
func (t *Tracker) noteAcronym(i, e int, a dateline.Actor, known bool) {
	ws := t.ws
	if a.Code == "" && a.Sector != "" {
		a.Code = code(a.Country, a.Sector)
	}
	var b [8]byte
	n := 0
	for k := i; k < e && n < len(b); k++ {
		if ws[k].cap && !ws[k].punct && ws[k].norm != "the" && ws[k].norm != "" {
			b[n] = ws[k].norm[0]
			n++
		}
	}
	name := t.s.Text[ws[i].start-t.s.Start : ws[e-1].end-t.s.Start]
	if n >= 2 {
		t.acronyms = append(t.acronyms, acronym{letters: string(b[:n]), actor: a, name: name, known: known})
	}
	if e+2 < len(ws) && ws[e].text == "(" && ws[e+1].upper && ws[e+2].text == ")" && ws[e+1].norm != string(b[:n]) {
		t.acronyms = append(t.acronyms, acronym{letters: ws[e+1].norm, actor: a, name: name, known: known})
	}
}

// acronymAt reads at word i, or after "the" there, a word in capitals
// that is the initials of a body the story read from its name before
// ("The MDR said"): that body, the one named last with those letters.
func (t *Tracker) acronymAt(i int) (int, []dateline.Mention) {
	if len(t.acronyms) == 0 {
		return i, nil
	}
	ws := t.ws
	k := i
	if ws[k].norm == "the" && k+1 < len(ws) {
		k++
	}
	if !ws[k].upper || len(ws[k].norm) < 2 || k+1 < len(ws) && (ws[k+1].text == ")" || ws[k+1].hyph) {
		return i, nil
	}
	for n := len(t.acronyms) - 1; n >= 0; n-- {
		if c := &t.acronyms[n]; c.letters == ws[k].norm {
			if c.known {
				if t.named(k) != nil {
					return i, nil // "the UN" after "the United Nations": the knowledge's own name
				}
				// "three EC foreign ministers" after "a European Community plan"
				return k + 1, []dateline.Mention{t.mention(k, k+1, dateline.KindOrganization, c.actor, link("acronym", c.name, "the body named before whose initials these are"))}
			}
			m := t.mention(k, k+1, dateline.KindAgent, c.actor, link("acronym", c.name, "the body named before whose initials these are"))
			t.markNewBody(m.Start)
			return k + 1, []dateline.Mention{m}
		}
	}
	return i, nil
}

// apposedGroup reads an armed group's members set off by commas right
// after armed men the sentence names with no country (out's last two
// mentions; the members' phrase is words [i, next)): "Masked gunmen,
// members of Hamas, stormed a church", "The hijackers, members of the
// Palestine Liberation Front, seized the liner". The men are the group's,
// and so are "the gunmen" and "the hijackers" later in the story
// (described), as if the story had named them "Hamas gunmen".
func (t *Tracker) apposedGroup(out []dateline.Mention, i, next int) {
	ws := t.ws
	n := len(out)
	if n < 2 || i < 2 || ws[i-1].norm != "," || next < len(ws) && !ws[next].punct {
		return
	}
	g, m := out[n-1], &out[n-2]
	if g.Kind != dateline.KindAgent || !strings.HasPrefix(g.Rule, "agent+of") || g.Actor.Country == "" || !t.d.sectorIs(g.Actor.Sector, sectorArmed) ||
		m.Kind != dateline.KindAgent || m.Actor.Country != "" || !t.d.sectorIs(m.Actor.Sector, sectorArmed) || m.Span.End != ws[i-2].end {
		return
	}
	old := m.Actor
	m.Actor, m.Rule = g.Actor, m.Rule+"+apposed-group"
	for _, r := range []*referents{&t.they, &t.it} {
		// "they" after them stands for them as they now are
		if r.cur == old {
			r.cur = g.Actor
		}
		if r.last == old {
			r.last = g.Actor
		}
	}
	if ag, _ := t.d.agentAt(ws, i-2); ag != nil {
		t.noteAgent(ag, *m)
	}
}
