package actor

import (
	"slices"
	"sort"
	"strings"

	"dateline"
)

// scene is what a whole story says about whose it is: the dateline's
// country and how often each country is named, by actors and places.
type scene struct {
	dateline    string                    // the dateline's country, "" if none
	count       map[string]int            // how often each country is named
	envoys      map[string]int            // how many of those namings were its agents abroad ("Russia's ambassador")
	forcesAway  map[string]int            // how many were its forces, in a story filed from another country ("DILI — Australian troops")
	first, last map[string]int            // when each country was first and last named by an actor
	tick        int                       // actor mentions counted so far
	lastCountry string                    // the country last named as such
	coup        ousted                    // the state whose leader an unnamed force of it ousted, and the leader (coup)
	home        string                    // the story's home country once read; "-" for none
	lede        []string                  // the countries the story's first sentence names, by actors and places
	placeSents  int                       // the sentences whose places NotePlaces has counted
	abroad      map[int]bool              // the starts of unnamed agents of no country in particular
	foreign     map[int]bool              // the starts of unnamed agents told to be of another country than where they are ("foreign troops")
	newBodies   map[int]bool              // the starts of bodies read from their names ("the Patriotic Alliance"): of a country, whatever their sector
	heldBy      map[int]string            // the starts of a country's adjective before a hyphen and a word of holding ("Russian-controlled") -> that country
	other       map[int]bool              // the starts of agents of the other party ("counterpart", "envoy")
	nationals   map[int]bool              // the starts of people named by a nationality and a noun that names people only so ("Somali nationals")
	envoy       map[int]bool              // the starts of envoys the knowledge lacks, named with no country ("Ambassador X")
	follows     map[int]bool              // the starts of "the X" that refer to an X named just before with no country
	told        map[int]int               // the starts of "the X" that stand for a body told of unnamed ("the council") -> that body's start
	toldAs      map[int]dateline.Actor    // the starts of bodies told of unnamed ("a council of officers") -> the actor Settle gave them
	inmates     map[int]dateline.Actor    // the starts of people held named alone ("inmates") -> who they are as their clause's subject
	ethnic      map[int]string            // the starts of ethnic peoples ("ethnic Turks") -> the state they live outside
	generic     map[int]string            // the starts of party names many countries' parties bear -> the record's country
	region      map[int]*entity           // the starts of a region's leaders ("West African leaders") -> the region's bloc
	bodies      map[*entity]bool          // the bodies the story names
	kin         map[string]dateline.Actor // a people named with the state it lives in ("Bosnian Serbs") -> that state, by the people's word
	settled     map[actorKey]settled      // the country Settle gave an actor last
	exiles      map[string]string         // an exile sector -> the country of its actor named last (sectorExile)
	people      map[string]string         // the country Settle gave a person the knowledge lacks last, by name
	lastNamed   string                    // the country the sentences settled so far named last (noteLastNamed)
	force       forceSettled              // the state's force the sentences settled so far named last, with its country
	forces      []forceSettled            // every such force named, in order
	led         bool                      // the story names who leads its armed men of no country ("gunmen led by X"): they are his, not of anywhere
	n           int                       // the sentence Settle is at
}

// markKin records that the people named by word w lives in the state of
// actor a ("Bosnian Serb forces"): the story's "the Serbs" and "Serb
// tanks" after it are that state's, as CAMEO codes an ethnic group by the
// state it lives in.
func (t *Tracker) markKin(w string, a dateline.Actor) {
	if t.sc.kin == nil {
		t.sc.kin = map[string]dateline.Actor{}
	}
	t.sc.kin[strings.TrimSuffix(w, "s")] = a
}

// kinOf returns the state a people named by word w was said to live in
// earlier in the story (markKin).
func (t *Tracker) kinOf(w string) (dateline.Actor, bool) {
	a, ok := t.sc.kin[strings.TrimSuffix(w, "s")]
	return a, ok
}

// markAbroad records that the unnamed agent mentioned at byte offset
// start ("leaders", "envoys") takes no country from its sentence or story.
func (t *Tracker) markAbroad(start int) {
	if t.sc.abroad == nil {
		t.sc.abroad = map[int]bool{}
	}
	t.sc.abroad[start] = true
}

// ledArmed reports whether m is armed men of no country in particular
// ("gunmen", "the attackers", "they" after them) in a story that names who
// leads them ("The attackers, led by a former journalist, Nairi Hunanian,
// burst into parliament"): no longer unknown, they are of where their
// sentence or story is, as the people who lead them are; not armed men
// told to be foreign.
func (t *Tracker) ledArmed(m *dateline.Mention) bool {
	return t.sc.led && !t.sc.foreign[m.Start] && t.d.sectorIs(m.Actor.Sector, sectorArmed)
}

// markInmates records that the agent mentioned at byte offset start
// names people held, alone ("Inmates rioted", "the prisoners"): no one,
// until Settle finds them the subject of their own act (heldAlone) and
// makes them a.
func (t *Tracker) markInmates(start int, a dateline.Actor) {
	if t.sc.inmates == nil {
		t.sc.inmates = map[int]dateline.Actor{}
	}
	t.sc.inmates[start] = a
}

// heldAlone makes the mentions of people held named alone (markInmates)
// someone when they are the active subject of a verb in the simple past:
// "Inmates rioted at a jail in Lara" are the people held where they act;
// "Israel freed 300 prisoners", "The detainees were tortured" do not tell
// whose people they are, often another state's than the one holding them,
// and what held people "have been" doing is their standing condition.
func (t *Tracker) heldAlone(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if len(t.sc.inmates) == 0 || an == nil {
		return
	}
	for i := range actors {
		m := &actors[i]
		a, ok := t.sc.inmates[m.Start]
		if !ok || !m.Actor.IsZero() {
			continue
		}
		if c := chunkOf(s, m); c >= 0 {
			if v := an.Governor(c, dateline.RelSubj); v >= 0 && toldDone(an.Chunks[v].Verb) {
				m.Actor = a
			}
		}
	}
}

// toldDone reports whether verb group g tells an act as done: active, in
// the simple past ("rioted", "began"), not "have been on hunger strike".
func toldDone(g dateline.VerbGroup) bool {
	return !g.Passive && g.Tense == dateline.TensePast && !g.Perfect && !g.Progressive
}

// markNewBody records that the agent mentioned at byte offset start is a
// body the knowledge lacks, read from its name ("the Teachers'
// Association"): it is of the place it is in or the story's, even when
// unnamed agents of its sector are of none ("aid groups").
func (t *Tracker) markNewBody(start int) {
	if t.sc.newBodies == nil {
		t.sc.newBodies = map[int]bool{}
	}
	t.sc.newBodies[start] = true
}

// rankForce returns the country of the state's forces of m's sector named
// before m in its sentence (before) and the two sentences before, for an
// officer named by rank alone, when they are of one country; or "" ("the
// army ... Sudanese forces ... Colonel X" is of either).
func (t *Tracker) rankForce(before []dateline.Mention, m *dateline.Mention) string {
	c := ""
	one := func(cc string) bool {
		if c != "" && c != cc {
			return false
		}
		c = cc
		return true
	}
	for _, b := range before {
		if b.Kind == dateline.KindAgent && b.Actor.Sector == m.Actor.Sector && len(b.Actor.Country) == 3 && !one(b.Actor.Country) {
			return ""
		}
	}
	for _, f := range t.sc.forces {
		if f.sector == m.Actor.Sector && t.sc.n-f.sent <= 2 && !one(f.country) {
			return ""
		}
	}
	return c
}

// markEnvoy records that the person mentioned at byte offset start is an
// envoy the knowledge lacks whom nothing before Settle gave a country
// ("Ambassador Philip Goldberg").
func (t *Tracker) markEnvoy(start int) {
	if t.sc.envoy == nil {
		t.sc.envoy = map[int]bool{}
	}
	t.sc.envoy[start] = true
}

// envoyCountry returns the country of an envoy the knowledge lacks, named
// by title with no country ("Morales expelled Ambassador Philip Goldberg,
// accusing Washington"): an envoy serves abroad and is not the story's by
// default, but of the other state the story named last; when the
// sentence's places are in that state ("recalled Ambassador X from
// Bogota"), he serves there and is the story's own. With no other state
// named, none: "met Ambassador X" does not tell whose he is.
func (t *Tracker) envoyCountry(home string, places []dateline.Mention) string {
	c := t.otherState(home)
	if post, ok := soleCountry(nil, places, true, nil, 0); ok && post == c && c != "" {
		return home
	}
	return c
}

// markOther records that the agent mentioned at byte offset start is of
// the other party ("his Ethiopian counterpart", "the Iranian envoy"): its
// nationality is not that of the sentence's unnamed agents.
func (t *Tracker) markOther(start int) {
	if t.sc.other == nil {
		t.sc.other = map[int]bool{}
	}
	t.sc.other[start] = true
}

// markNationals records that the people mentioned at byte offset start
// are named by a nationality and a noun that names people only after one
// (is: national: "two French engineers", "nationals of Somalia").
func (t *Tracker) markNationals(start int) {
	if t.sc.nationals == nil {
		t.sc.nationals = map[int]bool{}
	}
	t.sc.nationals[start] = true
}

// markEthnic records that the people mentioned at byte offset start
// ("ethnic Turks") lives outside country, the state its demonym names:
// the story's country is theirs only when it is another.
func (t *Tracker) markEthnic(start int, country string) {
	if t.sc.ethnic == nil {
		t.sc.ethnic = map[int]string{}
	}
	t.sc.ethnic[start] = country
}

// markGeneric records that the party mentioned at byte offset start bears
// a name parties of many countries bear ("Labour Party"); country is the
// one its record gives.
func (t *Tracker) markGeneric(start int, country string) {
	if t.sc.generic == nil {
		t.sc.generic = map[int]string{}
	}
	t.sc.generic[start] = country
}

// partyCountry returns the country of a party whose name parties of many
// countries bear: its record's country when the story names that country
// anywhere, else the sentence's or the story's country, else the record's.
func (t *Tracker) partyCountry(own, placed, home, nationality string) string {
	switch {
	case t.sc.count[own] > 0:
		return own
	case placed != "":
		return placed
	case home != "":
		return home
	case nationality != "":
		return nationality
	}
	return own
}

// markRegion records that the agents mentioned at byte offset start are
// named by a region ("West African leaders"): bloc's, if the story names it.
func (t *Tracker) markRegion(start int, bloc *entity) {
	if t.sc.region == nil {
		t.sc.region = map[int]*entity{}
	}
	t.sc.region[start] = bloc
}

// Dateline tells the tracker the country of the story's dateline, before
// the first sentence is read.
func (t *Tracker) Dateline(country string) {
	t.sc.dateline = country
	if country != "" {
		t.countCountry(country) // a tie-breaker: stories about Syria are filed from Beirut
	}
}

// Headline reads the story's headline, before its first sentence, for
// the bodies it names: "West African bloc suspends Ivory Coast" makes the
// body's "West African leaders" that bloc, ECOWAS, as the body naming it
// would (Settle). Nothing else the headline names is kept: its people and
// countries are told again in the body, and counting them would weigh
// the headline's words twice.
func (t *Tracker) Headline(s *dateline.Sentence) {
	h := &Tracker{d: t.d, day: t.day}
	h.Mentions(s)
	if len(h.sc.bodies) > 0 && t.sc.bodies == nil {
		t.sc.bodies = map[*entity]bool{}
	}
	for e := range h.sc.bodies {
		t.sc.bodies[e] = true
	}
	t.shortNames = append(t.shortNames, h.shortNames...) // "Tamil Tigers sign ceasefire": "the Tigers" in the story
}

// countCountry counts one naming of country.
func (t *Tracker) countCountry(country string) {
	if len(country) != 3 {
		return
	}
	if t.sc.count == nil {
		t.sc.count = map[string]int{}
	}
	t.sc.count[country]++
}

// countActors counts the countries a sentence's actors name; bodies such
// as the UN, groups coded by a bloc rather than a country (the Islamic
// State's IMG: its story's police are not the group's), and forces a
// country leads abroad ("the Australian-led mission"), do not make a
// story theirs.
func (t *Tracker) countActors(ms []dateline.Mention) {
	sc := &t.sc
	for i := range ms {
		m := &ms[i]
		c := m.Actor.Country
		if c == "" || m.Actor.Sector == "IGO" || t.d.countries[c] == nil || strings.HasSuffix(m.Rule, "+led") {
			continue
		}
		t.countCountry(c)
		if t.d.sectorIs(m.Actor.Sector, sectorExile) {
			if sc.exiles == nil {
				sc.exiles = map[string]string{}
			}
			sc.exiles[m.Actor.Sector] = c
		}
		if t.n == 0 && !t.sc.other[m.Start] {
			t.noteLede(c)
		}
		if m.Kind == dateline.KindAgent && sc.dateline != "" && c != sc.dateline && t.d.sectorIs(m.Actor.Sector, sectorForce) {
			// "DILI, East Timor — Troops of an Australian-led force
			// landed": another state's forces, in a story filed from
			// the scene, may serve abroad (Home)
			if sc.forcesAway == nil {
				sc.forcesAway = map[string]int{}
			}
			sc.forcesAway[c]++
		}
		if (t.sc.other[m.Start] || t.sc.nationals[m.Start]) && m.Kind == dateline.KindAgent {
			// "Russia's ambassador was summoned" in a story from Warsaw:
			// an envoy serves abroad, and does not make the story his
			// country's (Home); nor do people named by their nationality
			// and kind ("KHARTOUM — The rebels captured two Chinese
			// engineers")
			if sc.envoys == nil {
				sc.envoys = map[string]int{}
			}
			sc.envoys[c]++
		}
		if sc.first == nil {
			sc.first, sc.last = map[string]int{}, map[string]int{}
		}
		sc.tick++
		if sc.first[c] == 0 {
			sc.first[c] = sc.tick
		}
		sc.last[c] = sc.tick
	}
}

// NotePlaces counts the countries of the places a sentence names, for the
// story's home country ("east Aleppo" makes a story from Beirut Syrian).
// Give every sentence's places before asking Home.
func (t *Tracker) NotePlaces(places []dateline.Mention) {
	for _, m := range places {
		if m.Place != nil {
			t.countCountry(m.Place.Country)
			if t.sc.placeSents == 0 {
				t.noteLede(m.Place.Country)
			}
		}
	}
	t.sc.placeSents++
}

// noteLede records that the story's first sentence names country.
func (t *Tracker) noteLede(country string) {
	if len(country) == 3 && !slices.Contains(t.sc.lede, country) {
		t.sc.lede = append(t.sc.lede, country)
	}
}

// ledePeople records that the story's first sentence names a people by
// its state's demonym ("the ethnic Armenian leader of Nagorno-Karabakh"
// in a story from Yerevan): not an actor of that state, but a naming of it.
func (t *Tracker) ledePeople(country string) {
	if t.n == 0 {
		t.noteLede(country)
	}
}

// abroadDesk reports whether the story is filed from a desk abroad: its
// first sentence names countries, none of them the dateline's ("NAIROBI
// — Security forces in Sudan fired tear gas"). The dateline's country is
// then not preferred to the country the body names most.
func (t *Tracker) abroadDesk() bool {
	sc := &t.sc
	return sc.dateline != "" && len(sc.lede) > 0 && !slices.Contains(sc.lede, sc.dateline)
}

// Countries returns the countries the story's actors have named so far,
// the most named first (ties in code order): what a gazetteer prefers
// when a place name is ambiguous.
func (t *Tracker) Countries() []string {
	out := make([]string, 0, len(t.sc.count))
	for k := range t.sc.count {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if t.sc.count[out[i]] != t.sc.count[out[j]] {
			return t.sc.count[out[i]] > t.sc.count[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// Home returns the country the story is most about, or "": the one its
// actors and places name most often, the dateline's counting once more,
// and its envoys abroad not at all ("Russia's ambassador was summoned"
// in a story from Warsaw is Poland's), nor its forces in a story filed
// from the scene whose first sentence names the dateline's country alone
// ("DILI, East Timor — Troops of an Australian-led force landed in Dili"
// is East Timor's, however often Australian soldiers act after);
// the dateline's country when the body names it too, at least half as
// often as that one (a story filed from New Delhi that names Pakistan a
// little more is still India's; one filed from Beirut about Syria is
// Syria's), unless the story is filed from a desk abroad (abroadDesk:
// its first sentence names countries, not the dateline's): "JOHANNESBURG
// — Police in Zimbabwe arrested ..." is Zimbabwe's, named most, even when
// South Africa's governing party speaks later. The dateline still counts
// once and breaks ties: "CARACAS — The United States recognised the
// opposition leader" is Venezuela's when the body names Venezuela as often.
// A first sentence that names no country is told from the dateline, which
// then needs no naming in the body: "LIMA, Peru — Tanks rolled ... after
// the president dissolved Congress", with a U.S. official's word at the
// end, is Peru's; the country named most still wins when named more than
// twice as often ("GENEVA — The talks resumed ..." about Iran).
// A country named once in a story with no dateline is not enough: in
// "villagers threatened a strike unless Israel ..." Israel is the other
// party. Read it after every sentence's actors and places are noted.
func (t *Tracker) Home() string {
	sc := &t.sc
	if sc.home == "" {
		best, desk := 0, t.abroadDesk()
		// "DILI, East Timor — Troops of an Australian-led force landed in
		// Dili": a story whose first sentence names the dateline's country
		// first is told from the scene, where another state's forces
		// serve abroad, as envoys do
		scene := sc.dateline != "" && len(sc.lede) == 1 && sc.lede[0] == sc.dateline
		for c, n := range sc.count {
			// of two named as often (envoys abroad aside), the dateline's,
			// else the first in code order
			if n -= sc.envoys[c]; scene {
				n -= sc.forcesAway[c]
			}
			if n > best || n == best && n > 0 && (c == sc.dateline || sc.home != sc.dateline && c < sc.home) {
				sc.home, best = c, n
			}
		}
		if best < 2 && sc.dateline == "" {
			sc.home = "-"
		}
		if d := sc.dateline; d != "" && !desk && d != sc.home && (sc.count[d] >= 2 || len(sc.lede) == 0) && sc.count[d]*2 >= best {
			sc.home = d // the dateline's country, named in the body about as often as any
		}
	}
	if sc.home == "-" {
		return ""
	}
	return sc.home
}

// Settle completes the actors of one sentence with what the story says. A
// mention with a sector but no country takes, in order:
//
//  1. the place it is said to be in: "security forces in Guinea"; a
//     sentence that opens with a place phrase that says "here" is in the
//     dateline's country;
//  2. for a pronoun, the country its antecedent was given in this
//     sentence or the one before ("Riot police said they had detained"),
//     and for a person named again, the country they were given before;
//  3. for unnamed agents of home sectors (police, troops, the government,
//     officials, protesters, rebels, courts) and titled people the
//     knowledge lacks (with or without a sector), the one country the sentence's places name, else
//     the story's home country, else the one nationality the sentence's
//     other agents and people have ("Egyptian police fired on
//     demonstrators");
//  4. for other sectors, named as one known body ("the newspaper"), the
//     story's home country.
//
// A country the sentence names as an actor is not used: it is as often
// the other party ("Biden urged the generals"); and a government body
// whose verb's object is a state itself ("the foreign ministry accused
// Tokyo") is never that state's, but of the other state the story named
// last. Agents of no country in
// particular ("leaders", "gunmen": is: abroad in agents.txt), and their
// pronouns, take none, unless they are armed men whose leader the story
// names ("gunmen led by X": ledArmed). An agent word that only modifies a noun in the
// sentence's analysis ("all official contact") names no one and stays as
// it is. Call Settle for each sentence, in order, once Home is known and
// the sentence is analysed; actors is what Mentions returned for s,
// changed in place.
func (t *Tracker) Settle(s *dateline.Sentence, actors, places []dateline.Mention) {
	t.heldAlone(s, actors)
	t.locatedIn(s, actors, places)
	t.objectPronouns(s, actors)
	t.predicatePronouns(s, actors)
	objectIt(s, actors)
	boundPronouns(s, actors)
	t.demandedPronouns(s, actors)
	framePronouns(s, actors)
	home := t.Home()
	places = undescribed(s, actors, places) // "Bazoum, a close ally of Paris": no one's place
	placed, hasPlace, soleFromPlaces := t.sentencePlace(s, actors, places)
	// "guardsmen escaped across the border into Honduras": where they
	// went is not whose they are, though it is where those who caught or
	// fought them there are
	from, movers := t.notGoneTo(s, places)
	fromPlaced, fromHas, fromSole := placed, hasPlace, soleFromPlaces
	if len(movers) > 0 {
		fromPlaced, fromHas, fromSole = t.sentencePlace(s, actors, from)
	}
	// "Iranian police said they had arrested 40 people" in a story from
	// Riyadh: police and courts hold people in their own country
	held, hasHeld := t.custodyCountry(actors)
	// the sentence's nationality is its agents' and people's, but for
	// those of the other party ("his Ethiopian counterpart") and people
	// named by their nationality and kind ("police arrested three Somali
	// nationals", "gunmen kidnapped two French engineers"), whose
	// nationality the news names as they are often abroad
	own := actors
	if len(t.sc.other) > 0 || len(t.sc.nationals) > 0 {
		own = make([]dateline.Mention, 0, len(actors))
		for _, m := range actors {
			if !t.sc.other[m.Start] && !t.sc.nationals[m.Start] {
				own = append(own, m)
			}
		}
	}
	nationality, hasNationality := soleCountry(own, nil, false, nil, 0)
	// armed men outside the state take no nationality from the bystanders
	// they act on ("Rebels held the French journalists hostage"); the
	// sentence's own nationality unless it names a bystander
	sideNationality, hasSideNationality := soleCountry(own, nil, false, t.d, sectorBystander)
	for i := range actors {
		m := &actors[i]
		if a, ok := t.toldActor(m.Start); ok {
			// "a council of officers ... The council": as Settle gave them
			m.Actor, m.Rule = a, m.Rule+"+as-told"
			continue
		}
		placed, hasPlace, soleFromPlaces, places := placed, hasPlace, soleFromPlaces, places
		if movers[chunkOf(s, m)] {
			placed, hasPlace, soleFromPlaces, places = fromPlaced, fromHas, fromSole, from
		}
		story := t.storyPerson(m)
		if m.Actor.Sector == "" && !story && !t.sc.newBodies[m.Start] || m.Actor.Country != "" {
			continue // (a body read from its own name has none: "a group calling itself the X Committee")
		}
		if e := t.sc.region[m.Start]; e != nil && t.sc.bodies[e] {
			// "West African leaders" in a story that names ECOWAS
			key := actorKey{m.Actor.Name, m.Actor.Sector}
			m.Actor, _, _ = e.actorOn(t.day)
			m.Rule += "+bloc"
			t.settle(key, "")
			t.sc.settled[key] = settled{sent: t.sc.n, bloc: m.Actor} // and "they" after them
			continue
		}
		if t.modifies(s, m) {
			m.Rule += "+kind-word" // names no one: the event stage reads past it
			continue
		}
		if _, ok := t.sc.inmates[m.Start]; ok {
			// "Inmates rioted at a jail in Lara", "MANAMA - Prisoners began
			// a hunger strike": people held who act are of where they are
			// held, the sentence's place, else the story's; not of a state
			// the sentence names ("held by Israel"), often their jailer
			switch {
			case hasPlace && placed != "" && !(soleFromPlaces && home != "" && home != placed && !placedWith(s, places, m)):
				t.giveMarked(m, placed, "+sentence-country", dateline.MarkSentenceCountry)
			case home != "":
				t.giveMarked(m, home, "+story-country", dateline.MarkStoryCountry)
			default:
				m.Actor = dateline.Actor{}
			}
			continue
		}
		key := actorKey{m.Actor.Name, m.Actor.Sector}
		prior, again := t.sc.settled[key]
		again = again && (m.Kind == dateline.KindPerson || story || m.Kind == dateline.KindPronoun && t.sc.n-prior.sent <= 1 ||
			strings.HasPrefix(m.Rule, "coref:partitive") || // "Some threw stones": the protesters named before
			m.Kind == dateline.KindAgent && t.sc.n-prior.sent <= 2 && (definiteSingular(s, m) || t.sc.follows[m.Start]) || // "the police", "the rebels" named just before
			m.Kind == dateline.KindAgent && t.sc.n-prior.sent <= 1 && prior.country != "" && t.d.sectorIs(m.Actor.Sector, sectorForce) && definite(s, m)) // "France sent troops, and the soldiers attacked"
		home1 := m.Kind == dateline.KindPerson || story || m.Kind != dateline.KindCountry && t.d.sectorIs(m.Actor.Sector, sectorHome) || t.sc.newBodies[m.Start]
		outside := t.sc.ethnic[m.Start] // "ethnic Turks" are not Turkey's
		if own := t.sc.generic[m.Start]; own != "" {
			// "the Homeland Union (Conservatives)" in a Lithuanian story
			c := t.partyCountry(own, placed, home, nationality)
			t.give(m, c, "+party-country")
			t.settle(key, c)
			continue
		}
		rank, envoy, cc := "", "", "" // cc: the country a case below found (found)
		if m.Kind == dateline.KindPerson && strings.HasPrefix(m.Rule, "title+name") && t.d.sectorIs(m.Actor.Sector, sectorForce) {
			rank = t.rankForce(actors[:i], m)
		}
		if t.sc.envoy[m.Start] {
			envoy = t.envoyCountry(home, places)
		}
		switch {
		case rank != "":
			// "Israeli troops raided Jenin on Monday, Lt. Col. Avi Ben-Ami
			// said" in a story from Ramallah: an officer the knowledge
			// lacks, named by rank alone, is of the state's forces of his
			// sector named just before, when they are of one country,
			// before the place he is in
			t.give(m, rank, "+force-country")
		case t.sc.envoy[m.Start] && (m.Kind == dateline.KindPerson || envoy != ""):
			// ("NAIROBI — The envoy met the rebels": an envoy named by
			// function alone in a story of one country is its own)
			if envoy == "" {
				t.settle(key, "")
				continue
			}
			t.give(m, envoy, "+envoy-country")
		case m.Kind == dateline.KindAgent && i > 0 && samePhrase(s, &actors[i-1], m) && len(actors[i-1].Actor.Country) == 3:
			// "a Russian army peacekeeping brigade": the agent before it in
			// its own noun phrase says whose it is; an intergovernmental
			// body's is that body ("the U.N. war crimes tribunal in The
			// Hague" is the UN's, IGOUNO, not the Netherlands' court)
			if actors[i-1].Actor.Sector == "IGO" {
				m.Actor.Sector = "IGO"
			}
			t.give(m, actors[i-1].Actor.Country, "+same-phrase")
		case m.Kind == dateline.KindAgent && i > 0 && actors[i-1].Kind == dateline.KindAgent && len(actors[i-1].Actor.Country) == 3 &&
			(strings.HasSuffix(actors[i-1].Rule, "+adjective") || strings.HasSuffix(actors[i-1].Rule, "+name") && actors[i-1].Actor.Code == actors[i-1].Actor.Country+actors[i-1].Actor.Sector) &&
			t.d.sectorIs(m.Actor.Sector, sectorForce) && t.d.sectorIs(actors[i-1].Actor.Sector, sectorForce) && joinedByAnd(s, &actors[i-1], m):
			// "Australian soldiers and police", "U.S. Marines and Navy
			// commandos": the nationality or state's name before the first
			// of the state's forces joined by "and" is the second's too
			t.give(m, actors[i-1].Actor.Country, "+joined-nationality")
		case m.Kind == dateline.KindAgent && i > 0 && actors[i-1].Kind == dateline.KindAgent && strings.HasPrefix(actors[i-1].Rule, "agent+possessive") &&
			len(actors[i-1].Actor.Country) == 3 && joinedByAnd(s, &actors[i-1], m):
			// "Venezuela's government and opposition", "Sudan's army and
			// paramilitaries": the country that owns the first of two bare
			// bodies joined by "and" owns the second, before the place
			// they meet in
			t.give(m, actors[i-1].Actor.Country, "+joined-possessive")
		case m.Kind == dateline.KindAgent && i > 0 && (actors[i-1].Kind == dateline.KindPerson || strings.HasPrefix(actors[i-1].Rule, "coref:title") ||
			actors[i-1].Kind == dateline.KindCountry && strings.HasPrefix(actors[i-1].Rule, "coref:place-country")) && possessorOf(s, &actors[i-1], m) && len(actors[i-1].Actor.Country) == 3:
			// "the president's own government", "the island's president":
			// whose it is, before the places of its sentence
			t.give(m, actors[i-1].Actor.Country, "+possessor")
		case m.Kind == dateline.KindAgent && found(&cc, partCountry(s, actors, i)):
			// "detained dozens of people, most of them Iraqis", "seized 20
			// workers, among them six Egyptians": people of no country of
			// their own are of the nationality their members are named by,
			// before the place they are in or the state that holds them
			t.give(m, cc, "+members-nationality")
		case t.sc.abroad[m.Start] && !t.ledArmed(m) && !t.ofTheCountry(s, m):
			// ("the country's leader", "the nation's leaders" are the
			// country's the sentence or story is about, below)
			if !t.sc.foreign[m.Start] {
				t.settle(key, "") // "leaders", "gunmen": and their pronouns, of no country
			} // "foreign governments" say nothing of "the junta" or "the government" after them
			continue
		case m.Kind == dateline.KindAgent && i+1 < len(actors) && ownerPhrase(&actors[i+1]) && joinedByAnd(s, m, &actors[i+1]):
			// "the passengers and crew of an Indian Airlines jet at
			// Kandahar": people joined by "and" to others whose owner an
			// "of" or "from" phrase names share that owner, before the
			// place they are in
			t.give(m, actors[i+1].Actor.Country, "+joined-owner")
		case again && prior.bloc.Code != "":
			m.Actor, m.Rule = prior.bloc, m.Rule+"+bloc"
			continue
		case again:
			if prior.country != "" {
				t.give(m, prior.country, "+as-before")
			}
			continue
		case m.Kind == dateline.KindAgent && strings.HasSuffix(m.Rule, "+possessive") && found(&cc, t.personCountry(m.Actor.Name)):
			// "Mwale's lawyer", "Mwale's supporters" after the story gave
			// Mwale a country: the person's, before the sentence's or the
			// story's
			t.give(m, cc, "+owner-as-before")
		case home1 && m.Kind == dateline.KindAgent && t.sc.lastNamed != "" && t.sc.lastNamed != outside && t.ofTheCountry(s, m):
			// "Police in Zambia arrested ... The country's interior
			// minister": the country named last, as a place, a demonym or
			// an owner, when none was named as such before
			t.give(m, t.sc.lastNamed, "+country-named-last")
		case m.Kind == dateline.KindAgent && t.d.sectorIs(m.Actor.Sector, sectorForce) && found(&cc, t.commanderCountry(s, actors, m)):
			// "The United States ordered 2,000 Marines aboard warships off
			// the coast": forces a state orders or sends are its own
			t.give(m, cc, "+commanded")
		case m.Kind == dateline.KindAgent && t.d.sectorIs(m.Actor.Sector, sectorForce) && found(&cc, leaderBefore(s, actors, m)):
			// "Bolivian President Evo Morales signed the decree, and
			// soldiers occupied the gas fields": unnamed forces of a main
			// clause after one whose subject is a state's government are
			// that state's, before the story's country
			t.give(m, cc, "+leader-before")
		case m.Kind == dateline.KindAgent && t.d.sectorIs(m.Actor.Sector, sectorForce) && found(&cc, t.foeCountry(s, actors, m)):
			// "Pakistani troops shelled Indian posts, killing two
			// soldiers": a force that another state's forces act on is of
			// the other state the sentence names, not theirs
			t.give(m, cc, "+foe")
		case m.Kind == dateline.KindAgent && t.d.sectorIs(m.Actor.Sector, sectorArmed) && hasPlace && !t.sc.newBodies[m.Start] &&
			found(&cc, t.groupCountry(m)) && cc != outside && cc != placed && t.groupNamedLately(m) && placed != t.sc.dateline:
			// "Hamas vowed revenge ... Militants fired rockets into southern
			// Israel": armed men outside the state that a group the story
			// named just before is are that group's, not the country of the
			// place they strike or fight in (a group named long before may
			// not be theirs: "Darfur rebels ... In February, Chad accused
			// Sudan of backing rebels who stormed the Chadian capital"),
			// and armed men at a place in the dateline's country are of the
			// country the story is told from ("CAIRO — ... Hamas ...
			// Militants attacked a police checkpoint in Sinai")
			t.give(m, cc, "+group-named-before")
		case home1 && hasPlace && placed != outside && placed != home && home != "" && m.Kind == dateline.KindAgent && t.sc.exiles[m.Actor.Sector] == home:
			// "Venezuela's opposition ... Opposition leaders met in Mexico
			// City": the story's own opposition, abroad
			t.give(m, home, "+home-abroad")
		case home1 && hasPlace && placed != outside && !(soleFromPlaces && home != "" && home != placed && !placedWith(s, places, m)):
			t.giveMarked(m, placed, "+sentence-country", dateline.MarkSentenceCountry)
		case m.Kind == dateline.KindAgent && t.d.sectorIs(m.Actor.Sector, sectorForce) && found(&cc, t.tellerCountry(s, actors, m)):
			// "Xhelal Svecla, Kosovo's interior minister, said police had
			// arrested several suspects" in a story from Belgrade: unnamed
			// forces in what a state's official or body tells are that
			// state's, when no place of the sentence says whose
			t.give(m, cc, "+teller-country")
		case home1 && hasHeld && held != outside && m.Kind == dateline.KindAgent && !t.d.sectorIs(m.Actor.Sector, sectorState):
			// the people police or courts of a named country hold are of
			// that country (not another state's agents: "the Japanese coast
			// guard ordered them to leave" speaks to Chinese ships)
			t.give(m, held, "+custody-country")
		case m.Kind == dateline.KindAgent && strings.HasPrefix(m.Rule, "agent+force-named-last") && t.sc.force.country != "" &&
			t.sc.force.sector == m.Actor.Sector && t.sc.n-t.sc.force.sent <= 2:
			// "Soldiers in Niger detained the president ... The officers
			// said": the rank is of the force named last, in its country
			t.give(m, t.sc.force.country, "+force-country")
		case m.Kind == dateline.KindAgent && !t.sc.newBodies[m.Start] && found(&cc, t.groupCountry(m)) && cc != outside:
			// "Militants have since fired rockets" after Hamas was named in
			// a story from Cairo: of the group the story named that the
			// noun refers to, before the story's country
			t.give(m, cc, "+group-named-before")
		case home1 && home != "" && home != outside && t.sc.dateline != "" && t.sc.dateline != home && m.Kind == dateline.KindAgent && t.envoyHere(actors, home):
			// "The foreign ministry summoned Myanmar's ambassador" in a
			// story from Dhaka that names Myanmar most: not the envoy's
			// country but his host's, the dateline's
			t.give(m, t.sc.dateline, "+host-of-envoy")
		case home1 && m.Kind == dateline.KindAgent && m.Actor.Sector == "GOV" && objectState(s, actors, m) != "" && (home == "" || home != outside && objectState(s, actors, m) == home):
			// "The foreign ministry accused Tokyo of acting
			// irresponsibly" in a story that names Japan most, or no
			// country most: a body is not of the state it acts on, but of
			// the other state the story named last, if any
			if c := t.otherState(objectState(s, actors, m)); c != "" {
				t.give(m, c, "+not-the-state-acted-on")
			} else {
				continue
			}
		case home1 && home != "" && home != outside && !(m.Kind == dateline.KindAgent && t.envoyHere(actors, home)):
			t.giveMarked(m, home, "+story-country", dateline.MarkStoryCountry)
		case home1 && hasNationality && nationality != outside && !t.d.sectorIs(m.Actor.Sector, sectorArmed):
			t.give(m, nationality, "+sentence-nationality")
		case home1 && hasSideNationality && sideNationality != outside && t.d.sectorIs(m.Actor.Sector, sectorArmed):
			t.give(m, sideNationality, "+sentence-nationality")
		case home != "" && m.Kind == dateline.KindAgent && !t.d.sectorIs(m.Actor.Sector, sectorAbroad) && definiteSingular(s, m):
			t.giveMarked(m, home, "+story-country", dateline.MarkStoryCountry)
		default:
			continue
		}
		t.settle(key, m.Actor.Country)
	}
	for i, m := range actors {
		if m.Kind == dateline.KindAgent && len(m.Actor.Country) == 3 && t.d.sectorIs(m.Actor.Sector, sectorForce) {
			t.sc.force = forceSettled{sector: m.Actor.Sector, country: m.Actor.Country, sent: t.sc.n}
			t.sc.forces = append(t.sc.forces, t.sc.force)
		}
		if _, ok := t.sc.toldAs[m.Start]; ok {
			t.sc.toldAs[m.Start] = m.Actor
		}
		if m.Actor.Code == "" && t.sc.newBodies[m.Start] {
			// "a group calling itself the X Committee" where nothing says
			// whose: a name alone, no actor to code
			actors[i].Actor = dateline.Actor{}
		}
	}
	t.noteLastNamed(actors, places)
	t.sc.n++
}

// noteLastNamed records the country a sentence names last, by a country's
// name or demonym, an agent it owns ("Zambia's police") or a place in it,
// for "the country's" in a later sentence. Agents of the other party
// ("Russia's ambassador") and countries read back from a description do
// not count.
func (t *Tracker) noteLastNamed(actors, places []dateline.Mention) {
	last, at := "", -1
	for i := range actors {
		m := &actors[i]
		c := m.Actor.Country
		if len(c) != 3 || m.Start < at || t.sc.other[m.Start] || strings.HasPrefix(m.Rule, "coref:") ||
			!(m.Kind == dateline.KindCountry || m.Kind == dateline.KindAgent && (strings.HasPrefix(m.Rule, "agent+possessive") || strings.HasPrefix(m.Rule, "agent+adjective"))) {
			continue
		}
		last, at = c, m.Start
	}
	for _, m := range places {
		if m.Place != nil && len(m.Place.Country) == 3 && m.Start > at {
			last, at = m.Place.Country, m.Start
		}
	}
	if last != "" {
		t.sc.lastNamed = last
	}
}

// ofTheCountry reports whether an agent is owned by "the country's" (a
// noun of states, agents.txt's states:) right before it in its noun
// phrase: "the country's interior minister", left by the actor stage with
// no country named as such before.
func (t *Tracker) ofTheCountry(s *dateline.Sentence, m *dateline.Mention) bool {
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < m.Start {
		k++
	}
	for j := k - 1; j >= 2 && j >= k-4; j-- {
		if w := s.Tokens[j].Lower; w == "'s" || w == "’s" {
			return t.d.states[s.Tokens[j-1].Lower] && s.Tokens[j-2].Lower == "the"
		}
	}
	return false
}

// storyPerson reports whether a mention is a person the knowledge lacks,
// or a pronoun standing for one: the story's context gives them a
// country even with no sector ("Ahmed Salah said").
func (t *Tracker) storyPerson(m *dateline.Mention) bool {
	return (m.Kind == dateline.KindPerson || m.Kind == dateline.KindPronoun) && m.Actor.Name != "" && t.seen.byName[m.Actor.Name] != nil
}

// forceSettled is the state's force a story named last, with its country
// and sentence: a rank named after it ("the officers") is of it.
type forceSettled struct {
	sector, country string
	sent            int
}

// actorKey is an actor with no country yet, by name and sector.
type actorKey struct{ name, sector string }

// settled is the country Settle gave an actor last, and in which sentence.
type settled struct {
	country string
	sent    int
	bloc    dateline.Actor // the bloc region's leaders were found to be ("West African leaders")
}

// settle records the country an actor was given last.
func (t *Tracker) settle(key actorKey, country string) {
	if t.sc.settled == nil {
		t.sc.settled = map[actorKey]settled{}
	}
	t.sc.settled[key] = settled{country: country, sent: t.sc.n}
	if country != "" && t.seen.byName[key.name] != nil {
		if t.sc.people == nil {
			t.sc.people = map[string]string{}
		}
		t.sc.people[key.name] = country
	}
}

// personCountry returns the country Settle gave last to a person the
// knowledge lacks, by name, or "".
func (t *Tracker) personCountry(name string) string { return t.sc.people[name] }

// modifies reports whether an unnamed agent's words modify the head of a
// longer noun phrase in the sentence's analysis, as a word that says what
// kind the noun is (kinds: in agents.txt): "all official contact",
// "military aid" name no one, while "rebel positions", "a police station"
// are someone's.
func (t *Tracker) modifies(s *dateline.Sentence, m *dateline.Mention) bool {
	an := s.Analysis
	if an == nil || m.Kind != dateline.KindAgent {
		return false
	}
	if i := strings.LastIndexAny(m.Text, " -"); !t.d.kinds[fold(m.Text[i+1:])] {
		return false
	}
	for k := len(s.Tokens) - 1; k >= 0; k-- {
		if s.Tokens[k].End > m.End {
			continue
		}
		c := an.Words[k].Chunk
		if c < 0 || an.Chunks[c].Kind != dateline.ChunkNP {
			return false
		}
		return s.Tokens[an.Chunks[c].Head].Start >= m.End
	}
	return false
}

// give sets a mention's country, noting how in its rule.
func (t *Tracker) give(m *dateline.Mention, country, how string) {
	m.Actor.Country = country
	m.Actor.Code = code(country, m.Actor.Sector)
	m.Rule += how
	// (a role a title or apposition told, kept on an event's day, is
	// kept only with no country given after it: pipeline's atDate)
	m.Marks &^= dateline.MarkTitle | dateline.MarkTitleTold | dateline.MarkBetweenRoles | dateline.MarkRoleTold | dateline.MarkFormerTold | dateline.MarkArmedMen |
		dateline.MarkStoryCountry | dateline.MarkSentenceCountry
}

// giveMarked gives m country as give does, with the mark the rule's words
// how tell (dateline.MarkStoryCountry for "+story-country").
func (t *Tracker) giveMarked(m *dateline.Mention, country, how string, mark dateline.MentionMarks) {
	t.give(m, country, how)
	m.Marks |= mark
}

// definite reports whether mention m opens with "the".
func definite(s *dateline.Sentence, m *dateline.Mention) bool {
	before := strings.TrimSpace(s.Text[:m.Start-s.Start])
	return len(before) >= 3 && strings.EqualFold(before[len(before)-3:], "the") && (len(before) == 3 || before[len(before)-4] == ' ')
}

// definiteSingular reports whether a mention reads "the X" with a head
// not ending in "s": a reference to one known body ("the military
// council", "the government", "the police"), which in a local story is
// local.

func definiteSingular(s *dateline.Sentence, m *dateline.Mention) bool {
	// compared in place, not lowered: the per-sentence path copies no text
	before := strings.TrimSpace(s.Text[:m.Start-s.Start])
	if len(before) < 3 || !strings.EqualFold(before[len(before)-3:], "the") || len(before) > 3 && before[len(before)-4] != ' ' {
		return false
	}
	last := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]
	return last == "" || last[len(last)-1]|0x20 != 's'
}

// saysHere reports whether a sentence opens with a place phrase that says
// "here", where the story is filed from, before a comma ("Outside the
// government building here, police detained ..."): it places the whole
// clause, as frontedPlace does. "The leaders, meeting here, demanded the
// journalist's release" places only the leaders.
func saysHere(s *dateline.Sentence) bool {
	an := s.Analysis
	if an == nil || len(an.Chunks) == 0 || an.Chunks[0].Kind != dateline.ChunkPP {
		return false
	}
	for _, tok := range s.Tokens {
		switch tok.Lower {
		case ",":
			return false
		case "here":
			return true
		}
	}
	return false
}

// markHeld records that the country's adjective at byte offset start is
// joined by a hyphen to a word of holding (holding: in agents.txt):
// "Russian-controlled Crimea", "Israeli-occupied East Jerusalem".
func (t *Tracker) markHeld(start int, country string) {
	if country == "" {
		return
	}
	if t.sc.heldBy == nil {
		t.sc.heldBy = map[int]string{}
	}
	t.sc.heldBy[start] = country
}

// heldAfter returns the country that holds the place an arm of the state
// is put in by "in" right after it ("a court in Russian-controlled
// Crimea", "police in the Israeli-occupied West Bank": the adjective
// before a word of holding, markHeld), or "". Armed men of no state
// ("militiamen in Syrian-controlled eastern Lebanon") are not the
// holder's.
func (t *Tracker) heldAfter(s *dateline.Sentence, m *dateline.Mention) string {
	if len(t.sc.heldBy) == 0 || !t.d.sectorIs(m.Actor.Sector, sectorState) {
		return ""
	}
	rest := s.Text[m.End-s.Start:]
	after, ok := strings.CutPrefix(rest, " in ")
	if !ok {
		return ""
	}
	start := m.End + len(rest) - len(after)
	if a, ok := strings.CutPrefix(after, "the "); ok {
		start, after = start+4, a
	}
	return t.sc.heldBy[start]
}

// locatedIn gives an agent with no country the country of the place right
// after it, joined by "in": "security forces in Guinea", "protesters in
// Baghdad"; not to powers of no one country, who meet abroad ("talks with
// world powers in Vienna", "leaders in Geneva", "envoys in Kabul").
func (t *Tracker) locatedIn(s *dateline.Sentence, actors, places []dateline.Mention) {
	for i := range actors {
		m := &actors[i]
		if m.Kind != dateline.KindAgent || m.Actor.Country != "" || m.Actor.Sector == "" || t.sc.foreign[m.Start] {
			continue // ("foreign troops in Kabul" are not Afghanistan's)
		}
		if i > 0 && actors[i-1].Actor.Sector == "IGO" && samePhrase(s, &actors[i-1], m) {
			continue // "the U.N. war crimes tribunal in Arusha" is the UN's
		}
		if t.sc.abroad[m.Start] && t.d.sectorIs(m.Actor.Sector, sectorPower) {
			continue
		}
		if c := t.heldAfter(s, m); c != "" {
			// "a court in Russian-controlled Crimea", "police in
			// Israeli-occupied East Jerusalem": an arm of the state that
			// holds the place, not of the one it lies in
			m.Actor.Country, m.Actor.Code = c, c+m.Actor.Sector
			m.Rule += "+in-held-place"
			continue
		}
		for _, p := range places {
			if p.Place == nil || p.Place.Country == "" || p.Start < m.End || p.Start-m.End > 24 {
				continue
			}
			between := strings.TrimSpace(s.Text[m.End-s.Start : p.Start-s.Start])
			if !t.inPlace(between) {
				continue
			}
			m.Actor.Country = p.Place.Country
			m.Actor.Code = p.Place.Country + m.Actor.Sector
			m.Rule += "+in-place"
			break
		}
	}
}

// inPlace reports whether the words between an agent and a place put the
// agent in it: "in", "in the", "in east", "in northern".
func (t *Tracker) inPlace(between string) bool {
	rest, ok := strings.CutPrefix(between, "in")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimSpace(strings.TrimPrefix(rest+" ", "the "))
	return rest == "" || t.d.compass[rest]
}

// locativeCountry returns the one country the sentence names as where
// something happens, after "in" ("in Gaza", "in the east of the Gaza
// Strip"), when no other country is named so; countries named otherwise
// are not counted.
func locativeCountry(s *dateline.Sentence, actors []dateline.Mention) (string, bool) {
	an := s.Analysis
	if an == nil {
		return "", false
	}
	country := ""
	for i := range actors {
		m := &actors[i]
		if m.Kind != dateline.KindCountry || len(m.Actor.Country) != 3 {
			continue
		}
		k := s.TokenAt(m.End - 1)
		if k < 0 || an.Words[k].Chunk < 0 || !locative(s, an, int(an.Words[k].Chunk)) {
			continue
		}
		if h := an.Chunks[an.Words[k].Chunk].Head; h != k && an.Words[h].Roles.Has(dateline.RoleForce) {
			continue // "killed in Israeli raids": who used force, not where
		}
		if country != "" && country != m.Actor.Country {
			return "", false
		}
		country = m.Actor.Country
	}
	return country, country != ""
}

// custodyCountry returns the country of the arms of the state that hold
// people (sectors.txt's custody: police, courts) the sentence names with
// their country, when they agree: they hold people at home, so the
// unnamed people of the sentence are of that country.
func (t *Tracker) custodyCountry(actors []dateline.Mention) (string, bool) {
	country := ""
	for _, m := range actors {
		if m.Kind != dateline.KindAgent || len(m.Actor.Country) != 3 || !t.d.sectorIs(m.Actor.Sector, sectorCustody) {
			continue
		}
		if country != "" && country != m.Actor.Country {
			return "", false
		}
		country = m.Actor.Country
	}
	return country, country != ""
}

// frontedPlace returns the country of a place that opens the sentence
// before a comma ("In Beijing, the foreign ministry said ..."): it places
// the whole clause, its unnamed agents included, whatever other places the
// sentence names later.
func frontedPlace(s *dateline.Sentence, places []dateline.Mention) (string, bool) {
	an := s.Analysis
	if an == nil || len(an.Chunks) < 3 || an.Chunks[0].Kind != dateline.ChunkPP || an.Chunks[1].Kind != dateline.ChunkNP {
		return "", false
	}
	if p := s.Tokens[an.Chunks[0].Head].Lower; p != "in" && p != "at" {
		return "", false
	}
	np := &an.Chunks[1]
	if np.To >= len(s.Tokens) || s.Tokens[np.To].Text != "," {
		return "", false
	}
	from, to := s.Tokens[np.From].Start, s.Tokens[np.To-1].End
	for _, m := range places {
		if m.Place != nil && m.Start >= from && m.End <= to && len(m.Place.Country) == 3 {
			return m.Place.Country, true
		}
	}
	return "", false
}

// locative reports whether noun phrase c is the object of "in", directly
// or as the "of" phrase of one ("in the east of X").
func locative(s *dateline.Sentence, an *dateline.Analysis, c int) bool {
	for hop := 0; hop < 2 && c >= 0; hop++ {
		pp := an.Governor(c, dateline.RelPObj)
		if pp < 0 {
			return false
		}
		switch s.Tokens[an.Chunks[pp].Head].Lower {
		case "in", "inside", "across", "throughout":
			return true
		case "of":
			c = an.Governor(pp, dateline.RelNMod)
		default:
			return false
		}
	}
	return false
}

// soleCountry returns the one country the mentions name, if they name
// exactly one: with named, only country actors and places count. Actors
// of a sector with flag skip of d (when d is not nil) do not count: the
// bystanders armed men act on.
func soleCountry(actors, places []dateline.Mention, named bool, d *Dictionary, skip sectorFlags) (string, bool) {
	country := ""
	add := func(c string) bool {
		if c == "" || len(c) != 3 {
			return true
		}
		if country != "" && country != c {
			return false
		}
		country = c
		return true
	}
	for _, m := range actors {
		if m.Actor.Sector == "IGO" || m.Actor.Sector == "NGO" || named || m.Kind == dateline.KindCountry || d != nil && d.sectorIs(m.Actor.Sector, skip) {
			// With named, only places count; without, agents and people
			// with a nationality ("Egyptian police fired on
			// demonstrators"). A country named is as often the other
			// party ("villagers threatened a strike unless Israel ...").
			continue
		}
		if !add(m.Actor.Country) {
			return "", false
		}
	}
	for _, m := range places {
		if m.Place != nil && !add(m.Place.Country) {
			return "", false
		}
	}
	return country, country != ""
}

// sentencePlace returns the country a sentence's places put its unnamed
// agents in, whether there is one, and whether it came from the places'
// one country (not a fronted place, "here" or a country named as where
// something happens).
func (t *Tracker) sentencePlace(s *dateline.Sentence, actors, places []dateline.Mention) (placed string, has, sole bool) {
	placed, has = frontedPlace(s, places)
	if !has && t.sc.dateline != "" && saysHere(s) {
		// "Outside the government building here, police detained
		// protesters who demanded the premier quit over Karabakh": here is
		// the dateline's place, whatever other places the sentence names
		placed, has = t.sc.dateline, true
	}
	if !has {
		placed, has = soleCountry(actors, places, true, nil, 0)
		sole = has
	}
	if !has {
		// "killed in Israeli shelling in the Gaza Strip": a country named
		// where something happens is a place, not the other party
		placed, has = locativeCountry(s, actors)
	}
	return placed, has, sole
}

// notGoneTo returns places less those that name where a subject went, and
// the chunks of those subjects: the object of a preposition of
// destination (destination: in agents.txt) on a verb of leaving
// (crossing:), or on the noun a preposition on such a verb governs
// ("guardsmen escaped across the border into Honduras", "fled to Guinea").
// Without an analysis, or with no such place, it returns places and no
// chunks.
func (t *Tracker) notGoneTo(s *dateline.Sentence, places []dateline.Mention) ([]dateline.Mention, map[int]bool) {
	an := s.Analysis
	if an == nil {
		return places, nil
	}
	var out []dateline.Mention
	var movers map[int]bool
	for i, p := range places {
		if sj := t.goneTo(s, an, p); sj >= 0 {
			if out == nil {
				out = append(make([]dateline.Mention, 0, len(places)), places[:i]...)
				movers = map[int]bool{}
			}
			movers[sj] = true
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return places, nil
	}
	return out, movers
}

// goneTo returns the subject chunk of the verb of leaving that place p
// names where its subject went (notGoneTo), or -1.
func (t *Tracker) goneTo(s *dateline.Sentence, an *dateline.Analysis, p dateline.Mention) int {
	k := s.TokenAt(p.Start)
	if k < 0 || an.Words[k].Chunk < 0 {
		return -1
	}
	pp := an.Governor(int(an.Words[k].Chunk), dateline.RelPObj)
	if pp < 0 || !t.d.goingTo[s.Tokens[an.Chunks[pp].Head].Lower] {
		return -1
	}
	v := an.Governor(pp, dateline.RelObl)
	if np := an.Governor(pp, dateline.RelNMod); v < 0 && np >= 0 {
		// "across the border into Honduras"
		if on := an.Governor(np, dateline.RelPObj); on >= 0 {
			v = an.Governor(on, dateline.RelObl)
		}
	}
	if v < 0 || !t.d.crossing[an.Words[an.Chunks[v].Head].Lemma] {
		return -1
	}
	return an.Dependent(v, dateline.RelSubj)
}

// chunkOf returns the chunk of the noun phrase a mention heads, reading
// past a count before "of" ("Hundreds of guardsmen": the chunk of
// "Hundreds"), or -1.
func chunkOf(s *dateline.Sentence, m *dateline.Mention) int {
	an := s.Analysis
	k := s.TokenAt(m.Start)
	if an == nil || k < 0 || an.Words[k].Chunk < 0 {
		return -1
	}
	c := int(an.Words[k].Chunk)
	if pp := an.Governor(c, dateline.RelPObj); pp >= 0 && s.Tokens[an.Chunks[pp].Head].Lower == "of" {
		if np := an.Governor(pp, dateline.RelNMod); np >= 0 {
			return np
		}
	}
	return c
}

// placedWith reports whether one of places lies in the main clause that
// mention m's clause hangs from, or either of the two main clauses has no
// subject of its own ("crossed into Kenya and killed 12 people"): "condemned the
// actions of the military, and the bloc summoned the leaders to talks in
// Pretoria" names Pretoria for the summons, not for the military. Without
// an analysis every place counts.
func placedWith(s *dateline.Sentence, places []dateline.Mention, m *dateline.Mention) bool {
	an := s.Analysis
	if an == nil {
		return true
	}
	root := rootClause(an, an.ClauseOf(s.TokenAt(m.Start)))
	if root < 0 || !ownSubject(an, root) {
		return true // "crossed into Kenya and killed 12 people": one subject's acts
	}
	for _, p := range places {
		if p.Place == nil {
			continue
		}
		r := rootClause(an, an.ClauseOf(s.TokenAt(p.Start)))
		if r == root || r < 0 || !ownSubject(an, r) {
			return true
		}
	}
	return false
}

// ownSubject reports whether clause c has a subject inside it, not one it
// shares with the clause before ("crossed into Kenya and killed").
func ownSubject(an *dateline.Analysis, c int) bool {
	if an.Clauses[c].Verb < 0 {
		return false
	}
	sub := an.Dependent(an.Clauses[c].Verb, dateline.RelSubj)
	return sub >= 0 && an.ClauseOfChunk(sub) == c
}

// rootClause returns the top clause that clause c hangs from, or -1.
func rootClause(an *dateline.Analysis, c int) int {
	for depth := 0; c >= 0 && depth < 16; depth++ {
		if an.Clauses[c].Parent < 0 {
			return c
		}
		c = an.Clauses[c].Parent
	}
	return -1
}

// objectState returns the country of the state that mention m, as the
// subject of a verb, acts on: its object is the state itself, named by
// its name or its seat ("the foreign ministry accused Tokyo"), not a thing
// or people of it ("arrested two Japanese nationals"); or "".
func objectState(s *dateline.Sentence, actors []dateline.Mention, m *dateline.Mention) string {
	an := s.Analysis
	v := governorOf(s, m, dateline.RelSubj)
	if v < 0 || an.Chunks[v].Verb.Passive {
		return ""
	}
	o := an.Dependent(v, dateline.RelObj)
	if o < 0 {
		return ""
	}
	head := s.Tokens[an.Chunks[o].Head]
	for _, a := range actors {
		if a.Kind == dateline.KindCountry && len(a.Actor.Country) == 3 && a.Start <= head.Start && head.End <= a.End {
			return a.Actor.Country
		}
	}
	return ""
}

// governorOf returns the chunk of the verb whose relation rel mention m
// is in its sentence's analysis, or -1.
func governorOf(s *dateline.Sentence, m *dateline.Mention, rel dateline.RelKind) int {
	an := s.Analysis
	j := s.TokenAt(m.Start)
	if an == nil || j < 0 || an.Words[j].Chunk < 0 {
		return -1
	}
	return an.Governor(int(an.Words[j].Chunk), rel)
}

// inChunk reports whether mention a starts in chunk c (c >= 0) of its
// sentence's analysis.
func inChunk(s *dateline.Sentence, a *dateline.Mention, c int) bool {
	k := s.TokenAt(a.Start)
	return c >= 0 && k >= 0 && int(s.Analysis.Words[k].Chunk) == c
}

// foeCountry returns, for mention m the object of a verb whose subject is
// a state's force of one country, the one other country its clause or the
// one that clause hangs on names by a demonym, or "".
func (t *Tracker) foeCountry(s *dateline.Sentence, actors []dateline.Mention, m *dateline.Mention) string {
	an := s.Analysis
	v := governorOf(s, m, dateline.RelObj)
	if v < 0 || an.Chunks[v].Verb.Passive {
		return ""
	}
	sj := an.Dependent(v, dateline.RelSubj)
	own := ""
	for _, a := range actors {
		if inChunk(s, &a, sj) && len(a.Actor.Country) == 3 && t.d.sectorIs(a.Actor.Sector, sectorForce) {
			own = a.Actor.Country
		}
	}
	if own == "" {
		return ""
	}
	// the other state by its demonym, in the verb's clause or the one it
	// hangs on ("shelled an Indian village, killing"), not a place gone to
	// ("and the prime minister fled to South Africa")
	cl := an.ClauseOfChunk(v)
	foe := ""
	for _, a := range actors {
		k := s.TokenAt(a.Start)
		if k < 0 || an.Words[k].Chunk < 0 || !strings.HasPrefix(a.Rule, "adjective") {
			continue
		}
		if ac := an.ClauseOfChunk(int(an.Words[k].Chunk)); ac != cl && ac != an.Clauses[cl].Parent {
			continue
		}
		if c := a.Actor.Country; a.Kind == dateline.KindCountry && len(c) == 3 && c != own {
			if foe != "" && foe != c {
				return ""
			}
			foe = c
		}
	}
	return foe
}

// otherState returns the country, other than cc, that the story named
// last by an actor, or "".
func (t *Tracker) otherState(cc string) string {
	best, at := "", -1
	for c, n := range t.sc.last {
		if c != cc && len(c) == 3 && (n > at || n == at && c < best) {
			best, at = c, n
		}
	}
	return best
}

// joinedByAnd reports whether mention b follows mention a with only
// "and" between, or "and" and the model of b's craft: "Australian soldiers
// and police", "U.S. warships and B-52 bombers".
func joinedByAnd(s *dateline.Sentence, a, b *dateline.Mention) bool {
	i, j := s.TokenAt(a.End-1), s.TokenAt(b.Start)
	return i >= 0 && (j == i+2 || j == i+3 && modelName(s.Tokens[i+2].Text)) && s.Tokens[i+1].Lower == "and"
}

// partCountry returns the country of the nationality that names some of
// the people of mention actors[i], set off after it by a comma and a
// pronoun that points back to them: "dozens of people, most of them
// Iraqis", "20 workers, among them six Egyptians" (a preposition, "them",
// a number at most, then the demonym, the phrase's last word). It returns
// "" when no such phrase follows.
func partCountry(s *dateline.Sentence, actors []dateline.Mention, i int) string {
	if i+2 >= len(actors) || actors[i+1].Kind != dateline.KindPronoun || actors[i+2].Kind != dateline.KindCountry || len(actors[i+2].Actor.Country) != 3 {
		return ""
	}
	k, p := s.TokenAt(actors[i].End-1), s.TokenAt(actors[i+1].Start)
	if k < 0 || p < 0 || s.Tokens[k+1].Text != "," || s.Tokens[p].Lower != "them" || p-1 <= k+1 || s.Tokens[p-1].Lower != "of" && s.Tokens[p-1].Lower != "among" {
		return ""
	}
	if p-1 > k+2 && (p-1 != k+3 || s.Tokens[p-1].Lower != "of") {
		return "" // one word before "of them": "most", "many", "all"
	}
	if !afterVerb(s, s.TokenAt(actors[i].Start)) {
		return "" // "Hundreds of people, most of them Syrians, protested in Ankara": a subject keeps the place's country
	}
	c := s.TokenAt(actors[i+2].Start)
	for j := p + 1; j < c; j++ {
		if s.Analysis == nil || s.Analysis.Words[j].Tag != dateline.TagCD {
			return "" // "six Egyptians": a number at most between
		}
	}
	if e := s.TokenAt(actors[i+2].End - 1); e < 0 || e+1 < len(s.Tokens) && s.Tokens[e+1].Text != "," && s.Tokens[e+1].Text != "." {
		return ""
	}
	return actors[i+2].Actor.Country
}

// afterVerb reports whether a verb group ends before token k.
func afterVerb(s *dateline.Sentence, k int) bool {
	if s.Analysis == nil {
		return false
	}
	for _, c := range s.Analysis.Chunks {
		if c.Kind == dateline.ChunkVG && c.To <= k {
			return true
		}
	}
	return false
}

// ownerPhrase reports whether agent mention m took its country from the
// "of", "from" or "aboard" phrase after its noun: "crew of an Indian Airlines jet",
// "hostages from the Italian cruise ship".
func ownerPhrase(m *dateline.Mention) bool {
	return m.Kind == dateline.KindAgent && len(m.Actor.Country) == 3 &&
		(strings.HasPrefix(m.Rule, "agent+of+") || strings.HasPrefix(m.Rule, "agent+from+") || strings.HasPrefix(m.Rule, "agent+aboard+"))
}

// modelName reports whether a token is a craft's model designation: a
// short capitalised name, a hyphen and a number ("B-52", "MiG-29", "F-16").
func modelName(w string) bool {
	name, num, ok := strings.Cut(w, "-")
	return ok && name != "" && len(name) <= 4 && name[0] >= 'A' && name[0] <= 'Z' && num != "" && num[0] >= '0' && num[0] <= '9'
}

// samePhrase reports whether mention a, before b, lies in the same noun
// phrase of the sentence's analysis ("Russian army" and "brigade" in "a
// Russian army peacekeeping brigade").
// possessorOf reports whether mention a is the possessor of mention b:
// "the president's government", "the minister's own spokesman".
func possessorOf(s *dateline.Sentence, a, b *dateline.Mention) bool {
	if a.End > b.Start || a.End < s.Start || b.Start-s.Start > len(s.Text) {
		return false
	}
	switch strings.TrimSpace(s.Text[a.End-s.Start : b.Start-s.Start]) {
	case "'s", "’s", "'s own", "’s own":
		return true
	}
	return false
}

// commanderCountry returns the country of the state that orders or sends
// force m (words.txt's command verbs, m their object, the state their
// subject in this sentence: a country, or a person or body of a state's
// sector), or "".
func (t *Tracker) commanderCountry(s *dateline.Sentence, actors []dateline.Mention, m *dateline.Mention) string {
	an := s.Analysis
	v := governorOf(s, m, dateline.RelObj)
	if v < 0 || an.Chunks[v].Verb.Passive || an.Words[an.Chunks[v].Head].Roles&dateline.RoleCommand == 0 {
		return ""
	}
	sj := an.Dependent(v, dateline.RelSubj)
	for _, a := range actors {
		if inChunk(s, &a, sj) && len(a.Actor.Country) == 3 &&
			(a.Kind == dateline.KindCountry || t.d.sectorIs(a.Actor.Sector, sectorState)) {
			return a.Actor.Country
		}
	}
	return ""
}

// tellerCountry returns the country of the state whose official or body
// tells the clause that mention m is the subject of: the subject of the
// reporting verb it is the complement of ("Kosovo's interior minister said
// police had arrested"), or the reporting frame on it ("police detained
// 200 people, the interior ministry said"), when that is a country or a
// person or body of a state's sector settled with one; else "". Only an
// act done, active and in the past, is told of them: not what they would
// do or what was done to them.
func (t *Tracker) tellerCountry(s *dateline.Sentence, actors []dateline.Mention, m *dateline.Mention) string {
	an := s.Analysis
	v := governorOf(s, m, dateline.RelSubj)
	if v < 0 {
		return ""
	}
	if vg := an.Chunks[v].Verb; vg.Tense != dateline.TensePast || vg.Modal != "" || vg.Passive {
		return "" // what they would do or suffer is not told of its own ("said the generals would face sanctions")
	}
	c := an.ClauseOfChunk(v)
	if c < 0 {
		return ""
	}
	teller := an.Dependent(an.Clauses[c].Verb, dateline.RelAttrib)
	if p := an.Clauses[c].Parent; teller < 0 && p >= 0 && an.Clauses[p].Verb >= 0 && an.Words[an.Chunks[an.Clauses[p].Verb].Head].Roles&dateline.RoleReport != 0 {
		teller = an.Dependent(an.Clauses[p].Verb, dateline.RelSubj)
	}
	if teller < 0 {
		return ""
	}
	for _, a := range actors {
		if inChunk(s, &a, teller) {
			if len(a.Actor.Country) == 3 && (a.Kind == dateline.KindCountry || t.d.sectorIs(a.Actor.Sector, sectorState)) {
				return a.Actor.Country
			}
			return ""
		}
	}
	return ""
}

// leaderBefore returns the country of the government person or body, or
// the state's military named by its nationality, that is the subject of
// the main clause before the one whose subject is mention m, or "".
func leaderBefore(s *dateline.Sentence, actors []dateline.Mention, m *dateline.Mention) string {
	an := s.Analysis
	v := governorOf(s, m, dateline.RelSubj)
	if v < 0 {
		return ""
	}
	c := an.ClauseOfChunk(v)
	if c <= 0 || an.Clauses[c].Parent >= 0 {
		return ""
	}
	p := c - 1
	for p >= 0 && an.Clauses[p].Parent >= 0 {
		p--
	}
	if p < 0 || an.Clauses[p].Verb < 0 {
		return ""
	}
	sj := an.Dependent(an.Clauses[p].Verb, dateline.RelSubj)
	for _, a := range actors {
		// (or a state's force by its nationality: "U.S. Marines landed on
		// the island, and Navy jets struck an airfield")
		if inChunk(s, &a, sj) && len(a.Actor.Country) == 3 &&
			(a.Actor.Sector == "GOV" && (a.Kind == dateline.KindPerson || a.Kind == dateline.KindAgent) ||
				a.Kind == dateline.KindAgent && a.Actor.Sector == "MIL" && (strings.HasSuffix(a.Rule, "+adjective") || strings.HasSuffix(a.Rule, "+name"))) {
			return a.Actor.Country
		}
	}
	return ""
}

func samePhrase(s *dateline.Sentence, a, b *dateline.Mention) bool {
	an := s.Analysis
	if an == nil || a.End > b.Start {
		return false
	}
	i, j := s.TokenAt(a.Start), s.TokenAt(b.Start)
	if i < 0 || j < 0 || an.Words[i].Chunk < 0 {
		return false
	}
	return an.Words[i].Chunk == an.Words[j].Chunk && an.Chunks[an.Words[i].Chunk].Kind == dateline.ChunkNP
}

// objectPronouns corrects "him" where the mentions stage made it the
// subject of its own verb: an object pronoun is never that ("Putin
// congratulated him", "Jaishankar told him"). It stands for the first
// person this sentence names outside that subject ("Wang demanded ...,
// while Jaishankar told him": Wang), else the first person of the
// sentences before.
func (t *Tracker) objectPronouns(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range actors {
		m := &actors[i]
		c := pronounChunk(s, m, "him", "her")
		if c < 0 {
			continue
		}
		k := s.TokenAt(m.Start)
		if an.Chunks[c].From != k || an.Chunks[c].To != k+1 {
			continue // "her arrest": a possessive, not an object
		}
		v := an.Governor(c, dateline.RelObj)
		if v < 0 {
			if pp := an.Governor(c, dateline.RelPObj); pp >= 0 {
				v = an.Governor(pp, dateline.RelObl)
			}
		}
		if v < 0 {
			continue
		}
		subj := an.Dependent(v, dateline.RelSubj)
		if subj < 0 {
			continue
		}
		from, to := s.Tokens[an.Chunks[subj].From].Start, s.Tokens[an.Chunks[subj].To-1].End
		inSubject := func(o *dateline.Mention) bool { return o.Start >= from && o.End <= to }
		same := false
		for j := range actors {
			if o := &actors[j]; o != m && inSubject(o) && (o.Actor.Name == m.Actor.Name && o.Actor.Code == m.Actor.Code ||
				o.Kind == dateline.KindCountry && o.Actor.Country == m.Actor.Country && m.Actor.Sector == "GOV") {
				// (or his state by name: "Blinken spoke with Bazoum and said
				// Washington supported him" is not Washington backing its own)
				same = true
			}
		}
		if !same {
			continue
		}
		alt, why := t.otherThanSubject(s, actors, m, inSubject)
		if why == "" {
			continue
		}
		m.Actor, m.Rule = alt, link("pronoun", alt.Name, "an object pronoun is not its verb's subject: "+why)
	}
}

// predicatePronouns corrects a pronoun that the mentions stage gave the
// actor of what a verb's object is called, earlier in its sentence:
// "described the protesters as terrorists and vowed to crush them",
// "called the strikers criminals and arrested them". The name given (a
// naming verb's second object, or "as" and a phrase after the object) is
// a predicate of the object, no one of its own: the pronoun stands for the
// object. A name the sentence also tells outside such a predicate is left
// as it is.
func (t *Tracker) predicatePronouns(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if an == nil {
		return
	}
	// objectOf returns the object chunk of the verb whose name given is at
	// chunk c, or -1
	objectOf := func(c int) int {
		if v := an.Governor(c, dateline.RelObj2); v >= 0 && t.naming != nil && t.naming(s.Tokens[an.Chunks[v].Head].Lower) {
			return an.Dependent(v, dateline.RelObj)
		}
		if pp := an.Governor(c, dateline.RelPObj); pp >= 0 && s.Tokens[an.Chunks[pp].Head].Lower == "as" {
			if v := an.Governor(pp, dateline.RelObl); v >= 0 {
				if o := an.Dependent(v, dateline.RelObj); o >= 0 && o < pp {
					return o
				}
			}
		}
		return -1
	}
	for i := range actors {
		m := &actors[i]
		if m.Kind != dateline.KindPronoun {
			continue
		}
		obj, told := -1, false
		for j := range actors {
			o := &actors[j]
			if o == m || o.Kind == dateline.KindPronoun || o.Start >= m.Start || o.Actor.Name != m.Actor.Name || o.Actor.Code != m.Actor.Code {
				continue
			}
			if c := chunkOf(s, o); c >= 0 {
				if oc := objectOf(c); oc >= 0 {
					obj = oc
					continue
				}
			}
			told = true
		}
		if obj < 0 || told {
			continue
		}
		from, to := s.Tokens[an.Chunks[obj].From].Start, s.Tokens[an.Chunks[obj].To-1].End
		for j := range actors {
			if o := &actors[j]; o.Kind != dateline.KindPronoun && o.Start >= from && o.End <= to {
				m.Actor, m.Rule = o.Actor, link("pronoun", o.Actor.Name, "what the object was called is no one: the object")
				break
			}
		}
	}
}

// objectIt corrects "it" as the object of a participle that hangs on the
// sentence's main clause with no subject of its own (", accusing it of",
// ", urging it to"), where the mentions stage made it that clause's
// subject: the participle's doer is the main clause's subject, and an
// object pronoun is never its own verb's doer ("Saudi Arabia and Bahrain
// cut ties with Qatar, accusing it of backing terrorism": Qatar). It stands
// for the last country or organisation named before it outside that
// subject and its conjuncts; with none, it is left as it was.
func objectIt(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range actors {
		m := &actors[i]
		c := pronounChunk(s, m, "it", "it")
		if c < 0 {
			continue
		}
		v := an.Governor(c, dateline.RelObj)
		if v < 0 {
			continue
		}
		cl := an.ClauseOfChunk(v)
		if cl < 0 || an.Clauses[cl].Kind != dateline.ClauseParticipial || an.Clauses[cl].Parent < 0 || an.AboutSubject(cl) {
			continue
		}
		subj := an.Dependent(v, dateline.RelSubj) // the controller the syntax gave it
		if pv := an.Clauses[an.Clauses[cl].Parent].Verb; subj < 0 && pv >= 0 {
			subj = an.Dependent(pv, dateline.RelSubj)
		}
		if subj < 0 {
			continue
		}
		inSubject := func(o *dateline.Mention) bool { return inSubjectOf(s, o, subj) }
		same := false
		for j := range actors {
			if o := &actors[j]; o != m && inSubject(o) && o.Actor.Code == m.Actor.Code {
				same = true
			}
		}
		if !same {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if o := &actors[j]; (o.Kind == dateline.KindCountry || o.Kind == dateline.KindOrganization) && o.Actor.Code != "" && !inSubject(o) {
				m.Actor, m.Rule = o.Actor, link("pronoun", o.Actor.Name, "an object pronoun is not the doer of its participle, its main clause's subject: the last country or organisation named outside it")
				break
			}
		}
	}
}

// pronounChunk returns the chunk of pronoun mention m when it reads as
// one of two forms ("him", "her"), or -1.
func pronounChunk(s *dateline.Sentence, m *dateline.Mention, a, b string) int {
	if m.Kind != dateline.KindPronoun || !strings.EqualFold(m.Text, a) && !strings.EqualFold(m.Text, b) {
		return -1
	}
	k := s.TokenAt(m.Start)
	if k < 0 || s.Analysis.Words[k].Chunk < 0 {
		return -1
	}
	return int(s.Analysis.Words[k].Chunk)
}

// demandedPronouns corrects "he" or "she", the subject of a that-clause
// a verb of demand governs (words.txt's demand: "demanded that he
// resign", "urged that she step aside"), where the mentions stage made it
// the demand's own subject: one does not demand that one go oneself. It
// stands for whom otherThanSubject gives.
func (t *Tracker) demandedPronouns(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range actors {
		m := &actors[i]
		c := pronounChunk(s, m, "he", "she")
		if c < 0 {
			continue
		}
		v := an.Governor(c, dateline.RelSubj)
		if v < 0 {
			continue
		}
		d := an.Governor(v, dateline.RelComp)
		if d < 0 || an.Words[an.Chunks[d].Head].Roles&dateline.RoleDemand == 0 {
			continue
		}
		subj := an.Dependent(d, dateline.RelSubj)
		if subj < 0 {
			continue
		}
		from, to := s.Tokens[an.Chunks[subj].From].Start, s.Tokens[an.Chunks[subj].To-1].End
		if ps := an.Dependent(subj, dateline.RelPoss); ps >= 0 && ps < subj {
			from = s.Tokens[an.Chunks[ps].From].Start // "Taylor's rebels": and their owner
		}
		inSubject := func(o *dateline.Mention) bool { return o.Start >= from && o.End <= to }
		same := false
		for j := range actors {
			if o := &actors[j]; o != m && inSubject(o) && o.Actor.Name != "" && o.Actor.Name == m.Actor.Name {
				same = true // (by name: "Taylor's rebels" and Taylor)
			}
		}
		if !same {
			continue
		}
		if alt, why := t.otherThanSubject(s, actors, m, inSubject); why != "" {
			m.Actor, m.Rule = alt, link("pronoun", alt.Name, "one demands that another act, not oneself: "+why)
		}
	}
}

// otherThanSubject returns the person pronoun m stands for when it cannot
// be its verb's subject (inSubject tells the subject's mentions): the
// first person this sentence names before m outside that subject, else
// the first office holder so named, else the story's other person; why
// is "" when there is none.
func (t *Tracker) otherThanSubject(s *dateline.Sentence, actors []dateline.Mention, m *dateline.Mention, inSubject func(*dateline.Mention) bool) (dateline.Actor, string) {
	an := s.Analysis
	var alt dateline.Actor
	why := ""
	for j := range actors {
		o := &actors[j]
		if o.Start >= m.Start || inSubject(o) || o.Kind != dateline.KindPerson || o.Actor.Name == m.Actor.Name {
			continue
		}
		alt, why = o.Actor, "the first person named in this sentence outside its verb's subject"
		break
	}
	if why == "" {
		for j := range actors {
			// "Kuwait's emir telephoned Qatar's ruler and urged him": one
			// named by an office, in the singular
			o := &actors[j]
			if o.Start >= m.Start || inSubject(o) || o.Kind != dateline.KindAgent || o.Actor.Name == m.Actor.Name ||
				o.Actor.Country == "" || !singularAt(s, an, o) {
				continue
			}
			alt, why = o.Actor, "the first office holder named in this sentence outside its verb's subject"
			break
		}
	}
	if why == "" {
		alt, why = t.otherPerson(m.Actor.Name)
	}
	return alt, why
}

// framePronouns gives "he" or "she", the subject of a clause that a
// reporting frame governs straight and that follows the frame's verb, the
// frame's speaker when that is one person or office holder: `"Ukraine will
// never be a victory for Putin," the president said in Kyiv, after he met
// his counterpart` is the president's meeting, not Putin's, whom the quote
// named first.
func framePronouns(s *dateline.Sentence, actors []dateline.Mention) {
	an := s.Analysis
	if an == nil {
		return
	}
	for i := range actors {
		m := &actors[i]
		c := pronounChunk(s, m, "he", "she")
		if c < 0 {
			continue
		}
		ci := an.Chunks[c].Clause
		if ci < 0 || ci >= len(an.Clauses) || an.Dependent(an.Clauses[ci].Verb, dateline.RelSubj) != c {
			continue
		}
		r := an.Clauses[ci].Parent
		if r < 0 || r >= len(an.Clauses) || an.Clauses[r].Kind != dateline.ClauseReport || an.Clauses[r].Verb > c {
			continue
		}
		sp := an.Dependent(an.Clauses[r].Verb, dateline.RelSubj)
		if sp < 0 {
			continue
		}
		from, to := s.Tokens[an.Chunks[sp].From].Start, s.Tokens[an.Chunks[sp].To-1].End
		for j := range actors {
			o := &actors[j]
			if o.Start < from || o.End > to || o.Kind != dateline.KindPerson && !(o.Kind == dateline.KindAgent && singularAt(s, an, o)) {
				continue
			}
			if o.Actor.Code != m.Actor.Code || o.Actor.Name != m.Actor.Name {
				m.Actor, m.Rule = o.Actor, link("pronoun", o.Actor.Name, "the speaker of the frame that governs its clause")
			}
			break
		}
	}
}

// otherPerson returns the person an object pronoun stands for when the
// sentence names no one else: in the sentences before, the latest first,
// the first person a sentence named, else the last, that is not the
// subject (name): "Putin received Erdogan. Putin praised him" is Erdogan.
func (t *Tracker) otherPerson(name string) (dateline.Actor, string) {
	for n := t.sc.n - 1; n >= 0 && n < len(t.firsts); n-- {
		if a := t.firsts[n]; a.Name != "" && a.Name != name {
			return a, "the first person named in the sentences before"
		}
		if a := t.lasts[n]; a.Name != "" && a.Name != name {
			return a, "the last person named in a sentence before whose first is the subject"
		}
	}
	return dateline.Actor{}, ""
}

// singularAt reports whether the last word of mention m is a singular
// common noun: "Qatar's ruler", not "the rulers".
func singularAt(s *dateline.Sentence, an *dateline.Analysis, m *dateline.Mention) bool {
	k := s.TokenAt(m.End - 1)
	return k >= 0 && k < len(an.Words) && an.Words[k].Tag == dateline.TagNN
}

// groupCountry returns the country of the organisation the story named
// last that m's head noun refers back to ("militants" after Hamas, "the
// rebels" after the M23), or "": the group's people with no nationality
// named are its country's.
func (t *Tracker) groupCountry(m *dateline.Mention) string {
	tr := t.byRef(lastWord(m.Text))
	if tr == nil || len(tr.actor.Country) != 3 {
		return ""
	}
	return tr.actor.Country
}

// groupNamedLately reports whether the group an agent's noun refers to
// (groupCountry) was named in the sentence or the two before it.
func (t *Tracker) groupNamedLately(m *dateline.Mention) bool {
	tr := t.byRef(lastWord(m.Text))
	return tr != nil && t.sc.n-tr.sent <= 2
}

// envoyHere reports whether a sentence's actors hold an envoy of country
// named as its ("Myanmar's ambassador", "the Myanmar envoy"): the
// sentence's other unnamed agents are not that country's. An envoy given
// the story's country ("The envoy met the rebels") says nothing.
func (t *Tracker) envoyHere(actors []dateline.Mention, country string) bool {
	for _, m := range actors {
		if m.Kind == dateline.KindAgent && m.Actor.Country == country && t.sc.other[m.Start] &&
			(strings.HasPrefix(m.Rule, "agent+possessive") || strings.HasPrefix(m.Rule, "agent+adjective") || strings.HasPrefix(m.Rule, "agent+name")) {
			return true
		}
	}
	return false
}

// found sets *dst to v and reports whether v names a country: a case of
// Settle's switch asks a rule once and gives what it found.
func found(dst *string, v string) bool {
	*dst = v
	return v != ""
}
