package where

import (
	"strconv"
	"strings"

	"dateline"
)

// Act is what Place needs to know of an event.
type Act struct {
	Trigger        dateline.Span     // the words that name the act
	CAMEO          string            // its CAMEO code: how it is placed is read from acts.tsv
	Source, Target *dateline.Mention // its actors; nil when none
}

// Place decides where an act in sentence s happened, from the sentence's
// clause analysis, its place and actor mentions and the story's scene, and
// says why in a rule; nil when the story does not say. How an act is
// placed depends on its code (data/acts.tsv):
//
//   - A place attached to the act: after a locative word ("in", "at",
//     "near", "along", "into") on its verb or, for acts done somewhere, on
//     its arguments ("attacked soldiers in Kabul"); its object when that is
//     a place ("shelled Kharkiv", "seized the capital", "bombed X's
//     airport", "captured this city"); "the town of X", "the capital, X",
//     "X's airport", "the X airport", "the edge of X", "eastern X", "the
//     south of X"; the object of a noun naming the act ("the shelling of
//     X"); "the capital" alone as the capital of the act's country; a
//     landmark ("at the parliament", "this air base") or "here" as the
//     dateline's place when the story is filed from the act's country;
//     "there" after the verb or its object as the last place or country
//     named before it (Scene.There); a
//     gathering by a common noun ("at the summit") at the story's venue.
//     The most specific place wins: a city over a region or division, over
//     a country.
//   - Else the place of the clause the act's clause is joined to ("set
//     fires in Niamey and pelted the embassy"), depends on ("until police
//     drove them back", "In Seoul, lawmakers voted to cut aid") or is
//     explained by ("speaking during a visit to Germany, he urged"); where
//     the journey it is joined to ended ("flew to X and signed"); for a
//     statement by the speaker of a reporting frame, where it was said
//     ("In X, the ministry said it supported"); where a relative clause
//     says the target of a force at home was ("fired on crowds who had
//     gathered in X") or the source of a statement met ("the council,
//     which met in New York, urged").
//   - A statement is made where it is said from ("From Geneva, the envoy
//     urged", "speaking from Madrid"); a name after "on" or "from" on its
//     verb is whom it is addressed to or asked of ("called on Moscow",
//     "demanded an apology from Tokyo"), not its place.
//   - Else, by policy: a meeting's venue or the dateline's place when its
//     country takes part; the dateline's place for an act of the state the
//     story is filed from; for an act inside one country, that country when
//     the sentence names it; for an act at home, the place the sentence
//     before in its paragraph opened with ("In X, ...").
//
// A country inside a place's name ("Sea of Japan") or used as a modifier
// ("French diplomats", "the Ukraine war") is no place, and an act of one
// state on another is never placed in the target's country.
func (sc *Scene) Place(s *dateline.Sentence, places, actors []dateline.Mention, a Act) (*dateline.Place, string) {
	pol := sc.g.actOf(a.CAMEO)
	an := s.Analysis
	if pol.pol == polNone || an == nil {
		return nil, ""
	}
	ti := s.TokenAt(a.Trigger.Start)
	if ti < 0 || ti >= len(an.Words) || an.Words[ti].Chunk < 0 {
		return nil, ""
	}
	r := reader{sc: sc, g: sc.g, s: s, an: an, places: places, actors: actors, a: a, pol: pol, trig: ti}
	tc := int(an.Words[ti].Chunk)
	r.clause(tc)
	if k := an.ClauseOfChunk(tc); !r.found && k >= 0 {
		r.joins = make([]bool, len(an.Clauses))
		r.joined(k)
	}
	if !r.found {
		r.agentCity()
	}
	if r.found {
		p := r.best.p
		return &p, r.best.how
	}
	return r.fallback()
}

// agentCity offers, for an act done somewhere, the city a force that does
// it is named by: "Hong Kong police fired tear gas", "Kabul police
// arrested"; a city of the force's own country only.
func (r *reader) agentCity() {
	m := r.a.Source
	if m == nil || m.Kind != dateline.KindAgent || r.pol.pol != polMaterial || len(m.Actor.Country) != 3 {
		return
	}
	text := m.Text
	for {
		i := strings.LastIndexByte(text, ' ')
		if i <= 0 {
			return
		}
		text = text[:i]
		for _, rf := range r.g.lookup(Key(text)) {
			if e := &r.g.entries[rf.idx]; e.place.Feature == "city" && e.place.Country == m.Actor.Country && !rf.alt {
				r.offer(e.place, r.s.TokenAt(m.Start), "the force's city "+quote(text))
				return
			}
		}
	}
}

// reader is the search for one act's place.
type reader struct {
	sc        *Scene
	g         *Gazetteer
	s         *dateline.Sentence
	an        *dateline.Analysis
	places    []dateline.Mention
	actors    []dateline.Mention
	a         Act
	pol       act
	prep      string // the word before the phrase being read; "" for an object
	visiting  bool   // reading where a visit goes: a country there is a place
	ofPlace   bool   // reading the "of" phrase of a kind of place: a country there is a place ("off the coast of Somalia")
	trig      int    // the trigger's first token
	seen      []bool // chunks read: the relations of an analysis may run both ways
	joins     []bool // clauses whose places were read
	found     bool
	best      cand
	joint     joint // while reading a joined clause: what joins it
	carried   bool  // reading a clause coordinated with the act's: only a place in the act's country
	then      bool  // reading a phrase of another time ("after the mutiny in Russia"): only a place in the act's country
	arrived   bool  // reading a journey the act's verb is joined to: where it went is a place
	inferring bool  // offering the dateline's place for a site the text names no place of
}

// cand is a place found for the act.
type cand struct {
	p        dateline.Place
	at       int // token where it is named
	rank     int // how specific it is
	how      string
	inferred bool // the dateline's place for a site the text names no place of
}

// specificity ranks a place: a city over a region of a division, over a
// division, over a region of a country, over a country or a sea.
func specificity(p *dateline.Place) int {
	switch p.Feature {
	case "city":
		return 5
	case "admin1":
		return 3
	case "region":
		switch {
		case p.Admin1 != "":
			return 4
		case p.Country != "":
			return 2
		}
	}
	return 1
}

// offer keeps p if it beats the best place so far: more specific, else
// after the trigger, else nearer it.
func (r *reader) offer(p dateline.Place, at int, how string) {
	if r.pol.pol == polBetween && r.inTargetCountry(&p) {
		return
	}
	if src := countryOf(r.a.Source); r.carried && (p.Country == "" || src != "" && p.Country != src) {
		return // "Israel struck Gaza, and Hezbollah fired rockets": not in Gaza
	}
	if r.then && (p.Country == "" || p.Country != countryOf(r.a.Source)) {
		return
	}
	if r.joint.why != "" {
		how += "; " + r.jointText()
	}
	c := cand{p: p, at: at, rank: specificity(&p), how: "place: " + how, inferred: r.inferring}
	if !r.found || r.better(c) {
		r.best, r.found = c, true
	}
}

func (r *reader) better(c cand) bool {
	if c.rank != r.best.rank {
		return c.rank > r.best.rank
	}
	if c.inferred != r.best.inferred {
		return !c.inferred // "surrounded the headquarters of Russian forces in Tbilisi": Tbilisi, not the dateline's city
	}
	after, bestAfter := c.at > r.trig, r.best.at > r.trig
	if after != bestAfter {
		return after
	}
	return abs(c.at-r.trig) < abs(r.best.at-r.trig)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// inTargetCountry reports whether p lies in the country of the act's
// target and not in the source's: where an act of one state on another
// never happens.
func (r *reader) inTargetCountry(p *dateline.Place) bool {
	t := countryOf(r.a.Target)
	return t != "" && p.Country == t && p.Country != countryOf(r.a.Source)
}

func countryOf(m *dateline.Mention) string {
	if m == nil || len(m.Actor.Country) != 3 {
		return ""
	}
	return m.Actor.Country
}

// visit marks chunk c as read and reports whether it was read before.
func (r *reader) visit(c int) bool {
	if r.seen == nil {
		r.seen = make([]bool, len(r.an.Chunks))
	}
	if r.seen[c] {
		return true
	}
	r.seen[c] = true
	return false
}

// clause reads the places attached to the act at chunk c: its verb
// group's, and for acts done somewhere its arguments' and its object.
func (r *reader) clause(c int) {
	an := r.an
	vg, np := -1, -1
	switch an.Chunks[c].Kind {
	case dateline.ChunkVG:
		vg = c
	case dateline.ChunkNP:
		np, vg = c, r.verbOf(c)
	default:
		return
	}
	if np >= 0 {
		r.modifiers(np) // "the attack in Kabul"
		if r.pol.pol == polMaterial {
			r.ofObject(np) // "the shelling of Adigrat", "the capture of Goma"
		}
	}
	if vg < 0 {
		return
	}
	// Acts done somewhere happen where their arguments are; statements and
	// acts between states only where their verb says.
	somewhere := r.pol.pol == polMaterial || r.pol.pol == polMeeting
	arrived := r.arrived
	if somewhere && r.g.is(an.Words[an.Chunks[vg].Head].Lemma, wMotion) {
		r.arrived = true // "returned to Geneva for talks": the talks are where the journey ends
	}
	for pp := range an.Dependents(vg, dateline.RelObl) {
		if !somewhere && an.Governor(pp, dateline.RelNMod) >= 0 && !r.atGathering(pp) && !r.toAddressee(vg, pp) {
			continue // "condemned attacks in the valley", "recalled its envoy in Delhi": the noun's place
		}
		if r.elsewhen(pp) {
			// "deployed troops after the mutiny in Russia": the mutiny's
			// place, the act's only in the acting state ("police arrested
			// 40 after the protests in Abuja")
			r.then = true
			r.pp(pp)
			r.then = false
			continue
		}
		r.pp(pp)
	}
	r.arrived = arrived
	if somewhere && vg == c {
		if p, ok := r.sc.There(r.s, r.places, r.actors, r.a.Trigger); ok {
			r.offer(p, an.Chunks[vg].Head, "\"there\", the last place named: "+quote(p.Name))
		}
	}
	if somewhere {
		for _, k := range [...]dateline.RelKind{dateline.RelObj, dateline.RelSubj} {
			for arg := range an.Dependents(vg, k) {
				r.modifiers(arg) // "security forces in Guinea arrested", "attacked soldiers in Kabul"
			}
		}
	} else {
		for arg := range an.Dependents(vg, dateline.RelSubj) {
			if r.names(arg, r.a.Source) {
				r.modifiers(arg) // "the Russian embassy in London called": where the source speaks from
			}
		}
	}
	for arg := range an.Dependents(vg, dateline.RelSubj) {
		r.participle(arg) // "EU ministers, meeting in Brussels, agreed"
	}
	if somewhere {
		for o := range an.Dependents(vg, dateline.RelObj) {
			r.object(o) // "shelled Kharkiv", "visited Moscow"
			r.toObject(o)
		}
		if an.Chunks[vg].Verb.Passive {
			for o := range an.Dependents(vg, dateline.RelSubj) {
				r.object(o) // "Kharkiv was shelled"
			}
		}
	}
	r.here(an.ClauseOfChunk(vg))
}

// elsewhen reports whether prepositional phrase pp modifies the noun
// phrase after a preposition of another time ("after the mutiny in
// Russia", "before the summit in Paris"): its place is that event's.
func (r *reader) elsewhen(pp int) bool {
	np := r.an.Governor(pp, dateline.RelNMod)
	if np < 0 {
		return false
	}
	prep := r.an.Governor(np, dateline.RelPObj)
	return prep >= 0 && r.g.is(r.word(r.an.Chunks[prep].Head), wElsewhen)
}

// ofObject reads the object of a noun that names an act done somewhere:
// "the shelling of Adigrat" happened in Adigrat.
func (r *reader) ofObject(np int) {
	for pp := range r.an.Dependents(np, dateline.RelNMod) {
		if r.word(r.an.Chunks[pp].Head) == "of" {
			if obj := r.an.Dependent(pp, dateline.RelPObj); obj >= 0 {
				r.object(obj)
			}
		}
	}
}

// toObject reads what an act is done to when its object is a noun that
// passes it on through "to": "set fire to the Iguala town hall", "laid
// siege to Sarajevo".
func (r *reader) toObject(np int) {
	if !r.g.is(r.word(r.an.Chunks[np].Head), wToObject) {
		return
	}
	for pp := range r.an.Dependents(np, dateline.RelNMod) {
		if r.g.is(r.word(r.an.Chunks[pp].Head), wTo) {
			if obj := r.an.Dependent(pp, dateline.RelPObj); obj >= 0 {
				r.object(obj)
			}
		}
	}
}

// participle reads the places of a participle set beside noun phrase np
// ("EU ministers, meeting in Brussels,", "the rebels, speaking from
// Goma,"): the subject was there when it acted.
func (r *reader) participle(np int) {
	for ap := range r.an.Dependents(np, dateline.RelAppos) {
		h := r.an.Chunks[ap].Head
		if r.an.Words[h].Tag == dateline.TagVBG || r.g.is(r.word(h), wGathering) {
			r.modifiers(ap)
		}
	}
}

// toAddressee reports whether preposition pp modifies whom verb vg tells
// what its complement says: "told Council members in New York that ..."
// was told in New York.
func (r *reader) toAddressee(vg, pp int) bool {
	n := r.an.Governor(pp, dateline.RelNMod)
	if r.an.Governor(n, dateline.RelObj) != vg || r.an.Dependent(vg, dateline.RelComp) < 0 {
		return false
	}
	for i := range r.actors {
		if r.names(n, &r.actors[i]) {
			return true
		}
	}
	return false
}

// atGathering reports whether preposition pp puts what it is attached to
// at a gathering: "condemned the coup at an emergency session in
// Washington" was said at the session, whatever else the phrase may
// modify.
func (r *reader) atGathering(pp int) bool {
	if !r.g.is(r.word(r.an.Chunks[pp].Head), wLocative) {
		return false
	}
	if n := r.an.Governor(pp, dateline.RelNMod); n >= 0 && r.g.is(r.word(r.an.Chunks[n].Head), wGathering) {
		return true // "told a news conference in Nairobi"
	}
	obj := r.an.Dependent(pp, dateline.RelPObj)
	return obj >= 0 && r.g.is(r.word(r.an.Chunks[obj].Head), wGathering)
}

// names reports whether chunk c names mention m.
func (r *reader) names(c int, m *dateline.Mention) bool {
	if m == nil {
		return false
	}
	ch := &r.an.Chunks[c]
	return r.s.Tokens[ch.From].Start <= m.Start && m.End <= r.s.Tokens[ch.To-1].End
}

// verbOf returns the verb group a noun phrase is an argument of, or whose
// preposition it is the object of; -1 if none.
func (r *reader) verbOf(np int) int {
	an := r.an
	for _, k := range [...]dateline.RelKind{dateline.RelObj, dateline.RelSubj, dateline.RelObj2} {
		if v := an.Governor(np, k); v >= 0 && an.Chunks[v].Kind == dateline.ChunkVG {
			return v
		}
	}
	if pp := an.Governor(np, dateline.RelPObj); pp >= 0 {
		if v := an.Governor(pp, dateline.RelObl); v >= 0 && an.Chunks[v].Kind == dateline.ChunkVG {
			return v
		}
	}
	return -1
}

// modifiers reads the prepositions that modify noun phrase np.
func (r *reader) modifiers(np int) {
	for pp := range r.an.Dependents(np, dateline.RelNMod) {
		r.pp(pp)
	}
}

// pp reads a preposition: a locative one (or "to", for acts that go
// somewhere) puts the act in its object; "during a visit to X" in X.
func (r *reader) pp(pp int) {
	obj := r.an.Dependent(pp, dateline.RelPObj)
	if obj < 0 {
		return
	}
	w := r.word(r.an.Chunks[pp].Head)
	if r.addressed(w, obj) {
		return // "called on Moscow to free them": whom, not where
	}
	switch {
	case r.g.is(w, wLocative) || r.compassOf(pp) || (r.pol.to || r.arrived) && r.g.is(w, wTo) || r.pol.from && r.left(pp):
		if !r.visit(pp) {
			r.slot(obj, w)
		}
	case r.g.is(r.word(r.an.Chunks[obj].Head), wVisit):
		if !r.visit(pp) {
			r.modifiersTo(obj) // "during a visit to Germany"
		}
	case r.pol.pol == polVerbal && r.left(pp) && w == "from" && !r.visit(pp):
		r.spokeFrom(pp, obj)
	}
}

// compassOf reports whether preposition pp is the "of" of a bare compass
// point: "north of Maiduguri", "about 70 km west of Ramadi" put the act
// at the place named, as "near" does; "the north of X" is a region of X
// (direction), and "northern" or "central" take no "of". A statement is
// not placed so: "accused Rwanda of arming rebels north of Goma" speaks of
// Goma; nor is a site the text names, which the compass point only locates
// ("the Saydnaya military prison north of the capital", "Baledogle, a
// former military base west of the capital").
func (r *reader) compassOf(pp int) bool {
	h := r.an.Chunks[pp].Head
	if r.pol.pol == polVerbal || r.word(h) != "of" || h < 1 || r.word(h-2) == "the" {
		return false
	}
	d := r.word(h - 1)
	return IsDirection(d) && !strings.HasSuffix(d, "ern") && directions[d] != "central" && !r.namedSiteBefore(h-1)
}

// namedSiteBefore reports whether the words before token i, back to the
// verb they follow, hold a proper noun that names no actor: the name of
// the site a compass point at i locates.
func (r *reader) namedSiteBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		w := &r.an.Words[j]
		if w.Tag.IsVerb() || w.Tag == dateline.TagMD {
			return false
		}
		if w.Tag != dateline.TagNNP && w.Tag != dateline.TagNNPS {
			continue
		}
		off := r.s.Tokens[j].Start
		actor := false
		for k := range r.actors {
			if m := &r.actors[k]; m.Start <= off && off < m.End {
				actor = true
				break
			}
		}
		if !actor {
			return true
		}
	}
	return false
}

// addressed reports whether a statement's or an act between states'
// preposition w before noun phrase obj names whom the act is addressed
// to: a name after "on" ("called on Moscow", "sanctions on Beijing"); not
// a common noun ("said on state television in Niamey").
func (r *reader) addressed(w string, obj int) bool {
	if r.pol.pol != polVerbal && r.pol.pol != polBetween || !r.g.is(w, wAddressee) {
		return false
	}
	t := r.an.Words[r.an.Chunks[obj].Head].Tag
	return t == dateline.TagNNP || t == dateline.TagNNPS
}

// spokeFrom reads where a statement was made from: a place a fronted "From
// X," names ("From London, the exiled leader called"), or one said so by a
// participle beside the speaker ("speaking from Colombo"), not of a verb of
// going ("returning from Moscow"); else only the place within what it was
// made from ("appealed from his base in Dharamsala"): "demanded an apology
// from Tokyo" names whom it was asked of.
func (r *reader) spokeFrom(pp, obj int) {
	an := r.an
	fronted := an.Chunks[pp].From == 0 && an.Chunks[obj].To < len(an.Words) && an.Words[an.Chunks[obj].To].Tag == dateline.TagComma
	vg := an.Governor(pp, dateline.RelObl)
	speaking := vg >= 0 && an.Words[an.Chunks[vg].Head].Tag == dateline.TagVBG && !r.g.is(an.Words[an.Chunks[vg].Head].Lemma, wMotion)
	if fronted || speaking {
		r.slot(obj, "from")
		return
	}
	r.modifiers(obj)
}

// left reports whether preposition pp names the place an act leaves:
// "from X", "out of X".
func (r *reader) left(pp int) bool {
	h := r.an.Chunks[pp].Head
	w := r.word(h)
	return w != "out" && r.g.is(w, wFrom) || w == "of" && r.g.is(r.word(h-1), wFrom)
}

// modifiersTo reads the places a visit goes to: "a visit to X", "a trip in
// X"; a country there is where the visitor is.
func (r *reader) modifiersTo(np int) {
	for pp := range r.an.Dependents(np, dateline.RelNMod) {
		if w := r.word(r.an.Chunks[pp].Head); r.g.is(w, wTo|wLocative) && !r.visit(pp) {
			if obj := r.an.Dependent(pp, dateline.RelPObj); obj >= 0 {
				r.visiting = true
				r.slot(obj, w)
				r.visiting = false
			}
		}
	}
}

// word returns token i in lower case, or "".
func (r *reader) word(i int) string {
	if i < 0 || i >= len(r.s.Tokens) {
		return ""
	}
	return r.s.Tokens[i].Lower
}

// slot reads the noun phrase after a locative word: what place it names.
func (r *reader) slot(np int, prep string) {
	if r.visit(np) {
		return
	}
	an := r.an
	ch := &an.Chunks[np]
	head := r.word(ch.Head)
	phrase := prep + " " + quote(r.text(np))
	outer := r.prep
	r.prep = prep
	defer func() { r.prep = outer }()
	switch {
	case r.direction(np, prep):
	case r.g.is(head, wOfPlace) && r.of(np, prep): // "the Caribbean city of Cartagena": Cartagena
	case r.named(np, prep):
	case r.apposition(np, prep):
	case r.possessor(np, prep): // "at Barcelona's airport", "the city's old town"
	case r.described(np, prep):
	case r.g.is(head, wCapital):
		r.capital(np, phrase)
	case r.g.is(head, wLandmark) || r.g.is(r.word(ch.From), wDeictic):
		r.landmark(np, phrase)
	}
	if h := an.Governor(np, dateline.RelPoss); h >= 0 && !r.visit(h) {
		r.possessed(np, h, prep) // "in Afghanistan's Helmand province": the province
	}
	found, best := r.found, r.best
	r.modifiers(np) // "along the border in Ladakh", "a village near Kandahar"
	if r.found == found && r.best == best && r.g.is(head, wGathering) {
		r.gathering(np, phrase) // "on the sidelines of the meeting", "at a dinner reception"
	}
}

// gathering offers, for a gathering named by a common noun only, the
// venue of the meetings the story reports when the noun refers back to
// them ("on the sidelines of the meeting", "at the summit"), else the
// dateline's city when the act is of its country ("at a dinner
// reception"): a news conference the story has not told of is no part of
// its summit.
func (r *reader) gathering(np int, how string) {
	if v := r.sc.Venue; v != nil && r.an.Words[r.an.Chunks[np].From].Tag == dateline.TagDT && r.word(r.an.Chunks[np].From) != "a" && r.word(r.an.Chunks[np].From) != "an" {
		r.offer(*v, r.an.Chunks[np].Head, how+", the venue of the story's meetings")
		return
	}
	if d := r.sc.Dateline; d != nil && d.Feature == "city" && r.local() {
		r.inferring = true
		r.offer(*d, r.an.Chunks[np].Head, how+", the dateline's "+quote(d.Name))
		r.inferring = false
	}
}

// possessed offers the place noun phrase h names when np, a place's
// possessive, owns it: "in Afghanistan's Helmand province", "in Egypt's
// North Sinai province"; a place of the possessor's country only
// ("Havana's Miramar district" is no Miramar in Florida).
func (r *reader) possessed(np, h int, how string) {
	ch := &r.an.Chunks[np]
	from, to := r.s.Tokens[ch.From].Start, r.s.Tokens[ch.To-1].End
	country := ""
	for i := range r.places {
		if m := &r.places[i]; m.Place != nil && m.Start >= from && m.End <= to {
			country = m.Place.Country
		}
	}
	for i := range r.actors {
		if m := &r.actors[i]; country == "" && m.Kind == dateline.KindCountry && m.Start >= from && m.End <= to {
			country = m.Actor.Country
		}
	}
	if country == "" {
		return
	}
	found, best := r.found, r.best
	if r.named(h, how) && r.best.p.Country != country {
		r.found, r.best = found, best
	}
}

// possessor offers the place that owns noun phrase np: "at Barcelona's
// airport", "bombed Mogadishu's port", "the city's old town".
func (r *reader) possessor(np int, how string) bool {
	poss := r.an.Dependent(np, dateline.RelPoss)
	return poss >= 0 && (r.named(poss, how) || r.described(poss, how))
}

// deictic reports whether noun phrase np points at the story's own place
// by a site: "this city", "this eastern town", "this air base".
func (r *reader) deictic(np int) bool {
	ch := &r.an.Chunks[np]
	return r.g.is(r.word(ch.From), wDeictic) && r.g.is(r.word(ch.Head), wLandmark|wSite|wCityRef|wPlaceHead)
}

// named offers the place a noun phrase names: a place mention that covers
// its head (or, before a head such as "valley", ends at it), or a country
// named as an actor ("into Lebanon"), with a direction word before it a
// region ("eastern Ukraine"). The rule says how: the word before the
// phrase ("in", "object") and the place as named.
func (r *reader) named(np int, how string) bool {
	ch := &r.an.Chunks[np]
	from, to := r.s.Tokens[ch.From].Start, r.s.Tokens[ch.To-1].End
	head := r.s.Tokens[ch.Head]
	placeHead := r.g.is(head.Lower, wPlaceHead)
	site := r.g.is(head.Lower, wLandmark)
	for i := range r.places {
		m := &r.places[i]
		if m.Place == nil || m.Start < from || m.Start >= to {
			continue
		}
		// "the Kashmir valley"; "the Kandahar airport", "the Iguala town
		// hall": a site of a city named before it ("the Pakistan
		// embassy" is no site of Pakistan's)
		before := m.End <= head.Start && (placeHead || site && m.Place.Feature == "city")
		if m.Start <= head.Start && head.End <= m.End || before {
			r.offer(*m.Place, r.s.TokenAt(m.Start), how+" "+quote(m.Text))
			return true
		}
	}
	if r.prep != "" && !r.visiting && !r.ofPlace && !r.g.is(r.prep, wInCountry) {
		return false // "called on India": the country acted on
	}
	for i := range r.actors {
		m := &r.actors[i]
		covers := m.Start <= head.Start && head.End <= m.End
		// "Kabul airport", "the Tripoli port": a site of a capital named
		// before it, where the capital stands for its state
		before := m.End <= head.Start && site
		if m.Kind != dateline.KindCountry || m.Start < from || m.End > to || !covers && !before {
			continue
		}
		if r.ofPlace && r.nameGoesOn(m.Start, ch.From) {
			continue // "the port of Mocimboa da Praia": not Praia, Cape Verde's capital
		}
		if p, ok := r.actorPlace(m, np); ok && (covers || p.Feature == "city") {
			r.offer(p, r.s.TokenAt(m.Start), how+" "+quote(p.Name))
			return true
		}
	}
	return false
}

// nameGoesOn reports whether the name that starts at byte off goes on
// from words before it in the phrase that opens at token from: a
// capitalised word or a particle that joins a name ("Mocimboa da Praia").
func (r *reader) nameGoesOn(off, from int) bool {
	i := r.s.TokenAt(off)
	if i <= from {
		return false
	}
	t := r.s.Tokens[i-1]
	return r.g.is(t.Lower, wParticle) || isWord(t.Text) && isUpper(t.Text)
}

// actorPlace reads a country actor named in a place's slot as that place:
// the country ("into Lebanon"), the region a direction word before it names
// ("eastern Ukraine"), or a city the actor is named by ("in Moscow").
func (r *reader) actorPlace(m *dateline.Mention, np int) (dateline.Place, bool) {
	c, ok := r.g.country[m.Actor.Country]
	if !ok {
		return dateline.Place{}, false
	}
	_, isCountry := r.g.CountryByName(m.Text)
	if i := r.s.TokenAt(m.Start); i > r.an.Chunks[np].From && isCountry {
		if w := r.word(i - 1); IsDirection(w) {
			return r.g.region(w, c), true
		}
	}
	if !isCountry { // "in central Bangkok": the city, not central Thailand
		var keep []ref
		for _, rf := range r.g.lookup(Key(m.Text)) {
			if e := &r.g.entries[rf.idx]; e.place.Feature == "city" && e.place.Country == m.Actor.Country && !rf.alt {
				keep = append(keep, rf)
			}
		}
		if i, ok := r.g.best(keep, r.sc.Hint, true); ok {
			return r.g.entries[i].place, true
		}
		return dateline.Place{}, false // "French" in "the French embassy" names no place
	}
	return r.g.entries[c].place, true
}

// cityWindow is how many sentences back "the city" may refer to a city
// named by its kind alone.
const cityWindow = 2

// described offers the place a description by its kind refers back to:
// "the strip", "the crowded strip" the last place named whose name has
// the noun ("the Gaza Strip"); "the city", "the town" that, else the last
// city named in this sentence or the two before, else the dateline's city
// when the act is of its country. Only "the", adjectives and the noun: "the
// Caribbean city" names a region, "a city" none.
func (r *reader) described(np int, how string) bool {
	an := r.an
	ch := &an.Chunks[np]
	noun := r.word(ch.Head)
	if r.word(ch.From) != "the" || !r.g.is(noun, wBackRef|wCityRef) {
		return false
	}
	for i := ch.From + 1; i < ch.Head; i++ {
		if t := an.Words[i].Tag; t != dateline.TagJJ && t != dateline.TagVBN && t != dateline.TagVBG {
			return false
		}
	}
	start := r.s.Tokens[ch.From].Start
	city := r.g.is(noun, wCityRef)
	if n, ok := r.sc.lastNamed(r.s.Index, start, r.places, func(n *named) bool {
		return hasWord(n.place.Name, noun) || city && n.place.Feature == "city" && r.s.Index-n.sent <= cityWindow
	}); ok {
		r.offer(n.place, ch.Head, how+" "+quote(r.text(np))+", the last place named: "+quote(n.place.Name))
		return true
	}
	if d := r.sc.Dateline; city && d != nil && d.Feature == "city" && r.local() {
		r.offer(*d, ch.Head, how+" "+quote(r.text(np))+", the dateline's "+quote(d.Name))
		return true
	}
	return false
}

// hasWord reports whether the words of name include w, in any case.
func hasWord(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// direction offers the region a direction noun names with its country: "in
// Libya's east", "in the south of Lebanon", "the south of the country".
func (r *reader) direction(np int, how string) bool {
	an := r.an
	dir := r.word(an.Chunks[np].Head)
	if !IsDirection(dir) {
		return false
	}
	area := -1
	if p := an.Dependent(np, dateline.RelPoss); p >= 0 {
		area = p
	}
	for pp := range an.Dependents(np, dateline.RelNMod) {
		if r.word(an.Chunks[pp].Head) == "of" {
			area = an.Dependent(pp, dateline.RelPObj)
		}
	}
	if area < 0 {
		return false
	}
	if i, ok := r.areaOf(area); ok {
		p := r.g.region(dir, i)
		r.offer(p, an.Chunks[area].Head, how+" "+quote(p.Name))
		return true
	}
	return false
}

// areaOf returns the country or division a noun phrase names: a place
// mention, a country actor, or "the country" (the story's).
func (r *reader) areaOf(np int) (int32, bool) {
	ch := &r.an.Chunks[np]
	from, to := r.s.Tokens[ch.From].Start, r.s.Tokens[ch.To-1].End
	for i := range r.places {
		if m := &r.places[i]; m.Place != nil && m.Start >= from && m.End <= to {
			if m.Place.Feature == "admin1" {
				if a, ok := r.g.areaIn(r.g.lookup(Key(m.Place.Name)), r.sc.Hint); ok {
					return a, true
				}
			}
			c, ok := r.g.country[m.Place.Country]
			return c, ok && (m.Place.Feature == "country" || m.Place.Feature == "admin1")
		}
	}
	for i := range r.actors {
		if m := &r.actors[i]; m.Kind == dateline.KindCountry && m.Start >= from && m.End <= to {
			c, ok := r.g.country[m.Actor.Country]
			return c, ok
		}
	}
	if r.word(ch.Head) == "country" {
		return r.g.hintCountry(r.sc.Hint)
	}
	return 0, false
}

// of follows "the town of X", "the centre of X" to X.
func (r *reader) of(np int, prep string) bool {
	before := r.best
	found := r.found
	for pp := range r.an.Dependents(np, dateline.RelNMod) {
		if r.word(r.an.Chunks[pp].Head) == "of" {
			if obj := r.an.Dependent(pp, dateline.RelPObj); obj >= 0 {
				r.visit(pp)
				outer := r.ofPlace
				r.ofPlace = true
				r.slot(obj, prep)
				r.ofPlace = outer
			}
		}
	}
	return r.found != found || r.best != before
}

// apposition offers the place named beside a noun phrase that names a
// kind of place: "in the capital, Niamey", "near its main port, Hodeida";
// not "in a separate row, Belarus expelled", where the name is the
// subject.
func (r *reader) apposition(np int, prep string) bool {
	an := r.an
	if !r.g.is(r.word(an.Chunks[np].Head), wCapital|wLandmark|wSite|wPlaceHead|wOfPlace|wCityRef|wBackRef) {
		return false
	}
	next := an.Dependent(np, dateline.RelAppos)
	if next < 0 && np+1 < len(an.Chunks) {
		// a comma between the two, in a chunk of its own or in none
		c, k := &an.Chunks[np+1], np+1
		if c.Kind == dateline.ChunkOther && c.To-c.From == 1 && np+2 < len(an.Chunks) {
			c, k = &an.Chunks[np+2], np+2
		}
		if to := an.Chunks[np].To; c.Kind == dateline.ChunkNP && c.From == to+1 && r.word(to) == "," {
			next = k
		}
	}
	return next >= 0 && r.named(next, prep+" "+quote(r.text(np))+",")
}

// capital offers the capital of the act's country for "the capital"; "this
// capital" is the city the story is filed from, as "this city" is.
func (r *reader) capital(np int, how string) {
	if r.g.is(r.word(r.an.Chunks[np].From), wDeictic) && r.sc.Dateline != nil {
		r.landmark(np, how)
		return
	}
	country := ""
	for pp := range r.an.Dependents(np, dateline.RelNMod) { // "the capital of Mali"
		if r.word(r.an.Chunks[pp].Head) == "of" {
			if obj := r.an.Dependent(pp, dateline.RelPObj); obj >= 0 {
				if c, ok := r.areaOf(obj); ok {
					country = r.g.entries[c].place.Country
				}
			}
		}
	}
	if country == "" {
		country = r.capitalOwner(np) // "the Iranian capital"
	}
	if country == "" {
		country = r.actCountry()
	}
	if i, ok := r.g.capital[country]; ok {
		r.offer(r.g.entries[i].place, r.an.Chunks[np].Head, how+", the capital of "+country)
	}
}

// capitalOwner returns the country an adjective or possessive names before
// the head of noun phrase np, "the Iranian capital", "the country's
// capital" aside; "" if none.
func (r *reader) capitalOwner(np int) string {
	ch := &r.an.Chunks[np]
	from, head := r.s.Tokens[ch.From].Start, r.s.Tokens[ch.Head].Start
	for i := range r.actors {
		if m := &r.actors[i]; m.Kind == dateline.KindCountry && m.Start >= from && m.End <= head && len(m.Actor.Country) == 3 {
			return m.Actor.Country
		}
	}
	return ""
}

// actCountry is the country an act is of, for "the capital": the
// dateline's when one of its actors is of it, else the target's, else the
// source's, else the story's.
func (r *reader) actCountry() string {
	src, tgt := countryOf(r.a.Source), countryOf(r.a.Target)
	if d := r.sc.Dateline; d != nil && d.Country != "" && (d.Country == src || d.Country == tgt) {
		return d.Country
	}
	for _, c := range [...]string{tgt, src} {
		if c != "" {
			return c
		}
	}
	if len(r.sc.Hint.Countries) > 0 {
		return r.sc.Hint.Countries[0]
	}
	return ""
}

// landmark offers the dateline's place for a site of the story's own city
// ("at the parliament", "in the centre") when the act is of the dateline's
// country and the text names the city in the sentence or the one before
// ("Demonstrations erupted in Yerevan. Crowds forced their way into the
// parliament building"), and for "this air base" always. A site named with no
// determiner ("in prison", "in court") is a state, not a place.
func (r *reader) landmark(np int, how string) {
	d := r.sc.Dateline
	if d == nil {
		return
	}
	ch := &r.an.Chunks[np]
	deictic := r.g.is(r.word(ch.From), wDeictic)
	if !deictic && !(r.local() && r.sc.namedNear(d, r.s.Index, r.places)) {
		return // "stormed the residence" in the lead, the city named nowhere near
	}
	if t := r.an.Words[ch.From].Tag; t != dateline.TagDT && t != dateline.TagPRPS && r.an.Dependent(np, dateline.RelPoss) < 0 && !r.possessive(np) {
		return // "in prison", "in court": a state, not a site
	}
	r.inferring = !deictic
	r.offer(*d, r.an.Chunks[np].Head, how+", the dateline's "+quote(d.Name))
	r.inferring = false
}

// possessive reports whether chunk c holds a possessive ending: "at
// Pashinyan's official residence" is a site, as "at the residence" is.
func (r *reader) possessive(c int) bool {
	ch := &r.an.Chunks[c]
	for i := ch.From; i < ch.Head; i++ {
		if r.an.Words[i].Tag == dateline.TagPOS {
			return true
		}
	}
	return false
}

// local reports whether the act is of the country the story is filed
// from: one of its actors is, or it has no country and the story is.
func (r *reader) local() bool {
	d := r.sc.Dateline
	src, tgt := countryOf(r.a.Source), countryOf(r.a.Target)
	if src != "" || tgt != "" {
		return d.Country == src || d.Country == tgt
	}
	return len(r.sc.Hint.Countries) > 0 && r.sc.Hint.Countries[0] == d.Country
}

// object offers the object of an act done somewhere when it is a place:
// "shelled Kharkiv", "captured Shusha", "attacked eastern Ukraine",
// "shelled the town of Idlib", "stormed the parliament".
func (r *reader) object(np int) {
	if r.visit(np) {
		return
	}
	outer := r.prep
	r.prep = ""
	defer func() { r.prep = outer }()
	head := r.word(r.an.Chunks[np].Head)
	switch {
	case r.g.is(head, wOfPlace) && r.of(np, "object"): // "shelled the town of Idlib", "the Kurdish town of Afrin"
	case r.named(np, "object"):
	case r.possessor(np, "object"): // "bombed Mogadishu's airport"
	case r.described(np, "object"): // "besieged the crowded strip"
	case r.g.is(head, wCapital):
		r.capital(np, "object "+quote(r.text(np))) // "seized the capital"
	case r.g.is(head, wLandmark) || r.deictic(np):
		r.landmark(np, "object "+quote(r.text(np))) // "stormed the parliament", "captured this city"
	}
}

// here offers the dateline's place for "here" in clause c: "said here".
func (r *reader) here(c int) {
	if c < 0 || r.sc.Dateline == nil {
		return
	}
	for i := range r.s.Tokens {
		if r.s.Tokens[i].Lower == "here" && r.an.ClauseOf(i) == c {
			r.offer(*r.sc.Dateline, i, "\"here\", the dateline's "+quote(r.sc.Dateline.Name))
			return
		}
	}
}

// fallback places an act its clauses do not: by policy, a meeting at the
// venue or the dateline, an act of the state the story is filed from at
// the dateline, an act inside one country in it when the sentence names it.
func (r *reader) fallback() (*dateline.Place, string) {
	sc := r.sc
	src, tgt := countryOf(r.a.Source), countryOf(r.a.Target)
	switch r.pol.pol {
	case polMeeting:
		if sc.Venue != nil {
			return sc.Venue, "place: the venue of the story's meetings"
		}
		if d := sc.Dateline; d != nil && d.Country != "" && r.local() {
			return d, "place: the dateline's, a meeting its country takes part in"
		}
	case polBetween:
		if d := sc.Dateline; r.pol.home && d != nil && d.Country != "" && d.Country == src && isState(r.a.Source) {
			return d, "place: the dateline's, in the acting state"
		}
	case polMaterial:
		if src != "" && src == tgt && r.a.Source.Actor.Name != r.a.Target.Actor.Name && r.namesCountry(src) {
			p := r.g.entries[r.g.country[src]].place
			return &p, "place: the country both sides are of, named in the sentence"
		}
		if p, ok := sc.frontedBefore(r.s.Index, r.s.Paragraph); ok && len(r.places) == 0 && (src == p.Country || tgt == p.Country) {
			return &p, "place: where the sentence before opened, " + quote(p.Name)
		}
	}
	return nil, ""
}

// isState reports whether m acts as a state: a government, or a country
// coded bare; not "she lodged a complaint" by an opposition leader.
func isState(m *dateline.Mention) bool {
	return m != nil && (m.Actor.Sector == "GOV" || m.Actor.Sector == "")
}

// namesCountry reports whether the sentence names country c as a country:
// by its name, not by an adjective ("Libya", not "Libyan").
func (r *reader) namesCountry(c string) bool {
	for i := range r.places {
		if p := r.places[i].Place; p != nil && p.Feature == "country" && p.Country == c {
			return true
		}
	}
	for i := range r.actors {
		m := &r.actors[i]
		if m.Kind == dateline.KindCountry && m.Actor.Country == c {
			if p, ok := r.g.CountryByName(m.Text); ok && p.Country == c {
				return true
			}
		}
	}
	return false
}

// text returns the words of chunk c as written.
func (r *reader) text(c int) string {
	ch := &r.an.Chunks[c]
	return r.s.Text[r.s.Tokens[ch.From].Start-r.s.Start : r.s.Tokens[ch.To-1].End-r.s.Start]
}

// quote returns s quoted as strconv.Quote does; most place names are
// plain printable ASCII, which it only wraps in quotation marks.
func quote(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.Quote(s)
		}
	}
	return "\"" + s + "\""
}
