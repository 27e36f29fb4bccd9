package actor

import (
	"slices"
	"strings"

	"dateline"
)

// tracked is an actor named earlier in the story.
type tracked struct {
	actor    dateline.Actor
	ent      *entity               // nil for a person known only from the story
	surnames []string              // phonetic keys of the surnames
	offices  []string              // titles held or used: "prime minister"
	formerly []string              // offices held before the story's day: "president" for "the former president"
	refs     []string              // for organisations: "group", "militia"
	first    int                   // when it was first named
	sent     int                   // the sentence that named it last
	woman    int8                  // for a person: 1 a woman by her name, -1 not known to be, 0 not yet asked
	told     bool                  // a body told of unnamed: "a council of officers" (noteCollective)
	at       int                   // for a body told of unnamed, the start of its mention
	marks    dateline.MentionMarks // for a person: marks its later mentions bear (MarkRankInPower)
}

// addOffice records an office the person holds or was called by, once.
// The index files it when the person is next noted.
func (tr *tracked) addOffice(office string) {
	if office == "" {
		return
	}
	for _, o := range tr.offices {
		if o == office {
			return
		}
	}
	tr.offices = append(tr.offices, office)
}

// index holds the people and organisations a story has named, keyed by
// what refers back to them: a surname's key, an office and each shorter
// office it ends in ("foreign minister", "minister"), an organisation's
// nouns ("group"). Each key holds the actor named last under it, set anew
// whenever the actor is named, so a lookup is one read and a story of many
// different people costs the same per sentence as a short one.
type index struct {
	seq     int
	last    *tracked               // the person named last
	recent  [recentPeople]*tracked // the people named last, the latest first
	byEnt   map[*entity]*tracked
	byName  map[string]*tracked // people known only from the story
	surname map[string]*tracked
	office  map[string]*tracked
	former  map[string]*tracked // as office, for the offices people held before the story's day
	ref     map[string]*tracked
	orgs    map[*entity]*tracked
}

// notePerson records a person mention for coreference: a person named
// again becomes the one named last, with the offices of both mentions.
func (t *Tracker) notePerson(tr *tracked) *tracked {
	x := &t.seen
	var p *tracked
	if tr.ent != nil {
		p = x.byEnt[tr.ent]
	} else {
		p = x.byName[tr.actor.Name]
	}
	switch {
	case p == nil:
		if x.byEnt == nil {
			x.byEnt, x.byName = map[*entity]*tracked{}, map[string]*tracked{}
			x.surname, x.office, x.former = map[string]*tracked{}, map[string]*tracked{}, map[string]*tracked{}
		}
		if tr.ent != nil {
			x.byEnt[tr.ent] = tr
		} else {
			x.byName[tr.actor.Name] = tr
		}
	case p != tr:
		for _, o := range tr.offices {
			p.addOffice(o)
		}
		for _, o := range tr.formerly {
			if !slices.Contains(p.formerly, o) {
				p.formerly = append(p.formerly, o)
			}
		}
		tr = p
	}
	for _, k := range tr.surnames {
		x.surname[k] = tr
	}
	for _, o := range tr.offices {
		indexOffice(x.office, tr, o, t.d.lesser)
	}
	for _, o := range tr.formerly {
		indexOffice(x.former, tr, o, t.d.lesser)
	}
	x.seq++
	if p == nil {
		tr.first = x.seq
	}
	tr.sent = t.n
	x.last = tr
	x.touch(tr)
	if t.curFirst == nil {
		t.curFirst = tr
	}
	return tr
}

// touch puts tr first among the people named last.
func (x *index) touch(tr *tracked) {
	k := len(x.recent) - 1
	for i, r := range x.recent {
		if r == tr {
			k = i
			break
		}
	}
	copy(x.recent[1:k+1], x.recent[:k])
	x.recent[0] = tr
}

// indexOffice files tr in m under office and each shorter office it ends
// in, short of one a word of lesser makes another office: "deputy foreign
// minister" is not filed as "foreign minister".
func indexOffice(m map[string]*tracked, tr *tracked, office string, lesser map[string]bool) {
	for office != "" {
		m[office] = tr
		k := strings.IndexByte(office, ' ')
		if k < 0 || lesser[office[:k]] {
			return
		}
		office = office[k+1:]
	}
}

// trackEntity records a known person or organisation.
func (t *Tracker) trackEntity(e *entity, a dateline.Actor, office string) {
	if e.kind == kindBody {
		if t.sc.bodies == nil {
			t.sc.bodies = map[*entity]bool{}
		}
		t.sc.bodies[e] = true
	}
	if e.kind != kindPerson {
		if e.kind != kindGroup && e.kind != kindBody || len(e.refs) == 0 {
			return
		}
		t.noteOrg(e, a)
		return
	}
	tr := &tracked{actor: a, ent: e, surnames: e.surnameKeys}
	for _, r := range e.roles {
		switch {
		case r.from <= t.day && t.day < r.to:
			tr.addOffice(r.office)
		case r.to <= t.day && r.office != "" && !slices.Contains(tr.formerly, r.office):
			tr.formerly = append(tr.formerly, r.office)
		}
	}
	tr.addOffice(office)
	t.notePerson(tr)
}

// noteOrg records an organisation that nouns ("the group") refer back to.
func (t *Tracker) noteOrg(e *entity, a dateline.Actor) {
	x := &t.seen
	if x.orgs == nil {
		x.orgs, x.ref = map[*entity]*tracked{}, map[string]*tracked{}
	}
	tr := x.orgs[e]
	if tr == nil {
		tr = &tracked{ent: e, refs: e.refs}
		x.orgs[e] = tr
	}
	for _, r := range e.refs {
		x.ref[r] = tr
	}
	tr.actor = a
	tr.sent = t.n
}

// noteNewBody records a body read from its name ("the Democratic Renewal
// League"), that "the" and the noun of its name refer back to ("the
// league"), as an organisation the knowledge has; not over one the
// knowledge has ("the council" after the Security Council and "the rebels'
// National Council" is still the Security Council).
func (t *Tracker) noteNewBody(noun string, a dateline.Actor) {
	x := &t.seen
	if x.ref == nil {
		x.orgs, x.ref = map[*entity]*tracked{}, map[string]*tracked{}
	}
	if tr := x.ref[noun]; tr != nil && tr.ent != nil {
		return
	}
	x.ref[noun] = &tracked{actor: a, refs: []string{noun}}
}

// bySurname returns the person named last whose surname has key k.
func (t *Tracker) bySurname(k string) *tracked { return t.seen.surname[k] }

// byOffice returns the person named last who holds or was called by an
// office ending in office ("minister" finds a "foreign minister").
func (t *Tracker) byOffice(office string) *tracked { return t.seen.office[office] }

// byFormer returns the person named last who held an office ending in
// office before the story's day: "the former president".
func (t *Tracker) byFormer(office string) *tracked { return t.seen.former[office] }

// byRef returns the organisation named last that noun refers to.
func (t *Tracker) byRef(noun string) *tracked { return t.seen.ref[noun] }

// noteCollective records a body told of unnamed by a noun of
// collectives (agents.txt) after "a" or "an", when mention m, ending
// before word end, is what the body is: the actor after its "of" ("a
// council of officers", "a breakaway faction of the FARC"), or the whole
// phrase that ends in the noun or opens with it ("a military council",
// "a coalition of opposition parties", "an armed group calling itself the
// Popular Front"). "The" and the noun later in the story stand for
// it, as for an organisation named, the latest first: it replaces the
// organisation the noun referred to before. A definite phrase that ends
// in the noun ("the opposition coalition", "the Independent Election
// Commission") is recorded too, when the noun refers to no body yet
// (definiteBefore).
func (t *Tracker) noteCollective(m *dateline.Mention, end int) {
	if m.Actor.Code == "" && !t.sc.newBodies[m.Start] || m.Kind == dateline.KindPerson || m.Kind == dateline.KindPronoun || strings.HasPrefix(m.Rule, "coref:") {
		return
	}
	s := t.wordAt(m.Span.Start, end)
	if s < 0 {
		return
	}
	h := -1
	k := s
	if w := t.ws[max(k-1, 0)].norm; k >= 3 && (t.d.counts[w] || strings.Trim(w, "0123456789,") == "") {
		k-- // "a group of 20 protesters"
	}
	if k >= 3 && t.ws[k-1].norm == "the" && t.ws[k-2].norm == "of" {
		k-- // "a breakaway faction of the FARC"
	}
	if k >= 2 && t.ws[k-1].norm == "of" && t.d.collective[t.ws[k-2].norm] {
		h = k - 2 // "a council of officers"
	}
	last := s // the mention's last word
	for last+1 < end && t.ws[last+1].start < m.Span.End {
		last++
	}
	for k := s; h < 0 && k <= last && k <= s+3; k++ {
		if t.d.collective[t.ws[k].norm] && (k == last || t.ws[k+1].norm == "of" || t.namingWords(t.ws, k+1) > 0) {
			h = k // "a military council", "a coalition of opposition parties", "a group calling itself"
		}
	}
	if h < 0 {
		return
	}
	x := &t.seen
	switch {
	case t.indefiniteBefore(h):
	case h == last && t.definiteBefore(h) && x.ref[t.ws[h].norm] == nil:
		// "the rebels' National Council ... asked the council": a definite
		// phrase does not take the noun from a body named before it (the
		// Security Council), as one told of after "a" does
	default:
		return
	}
	t.tellAs(*m, h)
}

// tellAs makes mention m, whose noun of collectives is word h, the body
// "the" and that noun later in the story stand for.
func (t *Tracker) tellAs(m dateline.Mention, h int) {
	x := &t.seen
	if x.ref == nil {
		x.orgs, x.ref = map[*entity]*tracked{}, map[string]*tracked{}
	}
	x.ref[t.ws[h].norm] = &tracked{actor: m.Actor, refs: []string{t.ws[h].norm}, told: true, at: m.Start}
	if t.sc.toldAs == nil {
		t.sc.toldAs = map[int]dateline.Actor{}
	}
	t.sc.toldAs[m.Start] = m.Actor
}

// namingWords returns how many words of naming (agents.txt) begin at word
// k of ws, two before one ("calling itself", "known as", "called"), or 0.
func (t *Tracker) namingWords(ws []word, k int) int {
	switch {
	case k+1 < len(ws) && t.d.naming[ws[k].norm+" "+ws[k+1].norm]:
		return 2
	case t.d.naming[ws[k].norm]:
		return 1
	}
	return 0
}

// definiteBefore reports whether "the" or a possessive comes at most
// three words before word h, with no other punctuation between: a body
// named by a phrase that ends in a noun of collectives ("the Independent
// Election Commission", "the opposition coalition", "the country's
// military council") is who "the commission", "the coalition", "the
// council" after it are, as one told of after "a" is, when no body the
// noun refers to was named before it (noteCollective).
func (t *Tracker) definiteBefore(h int) bool {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		w := t.ws[k]
		if w.poss || w.norm == "the" {
			return true
		}
		if w.punct {
			return false
		}
	}
	return false
}

// indefiniteBefore reports whether "a" or "an" comes at most three words
// before word h, with no punctuation between: "a council", "a new armed
// group".
func (t *Tracker) indefiniteBefore(h int) bool {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		w := t.ws[k]
		if w.punct {
			return false
		}
		if w.norm == "a" || w.norm == "an" {
			return true
		}
	}
	return false
}

// markTold records that "the X" mentioned at byte offset start stands for
// the body told of unnamed whose mention starts at at: Settle gives it the
// actor it gave that body (toldActor).
func (t *Tracker) markTold(start, at int) {
	if t.sc.told == nil {
		t.sc.told = map[int]int{}
	}
	t.sc.told[start] = at
}

// toldActor returns the actor Settle gave the body told of unnamed that
// the mention at byte offset start stands for, if it is one.
func (t *Tracker) toldActor(start int) (dateline.Actor, bool) {
	at, ok := t.sc.told[start]
	if !ok {
		return dateline.Actor{}, false
	}
	a := t.sc.toldAs[at]
	return a, a.Code != ""
}
