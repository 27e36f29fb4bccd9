package actor

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"dateline"
)

// Tracker finds the actors of one story, sentence by sentence, keeping
// what coreference needs: the people, titles and groups named so far. It is
// not safe for concurrent use; make one per story.
type Tracker struct {
	d   *Dictionary
	day int // the story date as yyyymmdd

	majorPlace  func(name string) bool  // names of major places, which no close spelling turns into a person
	englishWord func(lower string) bool // common words of English, which no close spelling turns into a person
	reporting   func(word string) bool  // reporting verbs: "said", "told"
	heading     func(word string) bool  // verbs of heading a body: "chairs", "leads", "represents"
	naming      func(word string) bool  // verbs of naming: "called", "branded", "labelled"

	ws       []word
	s        *dateline.Sentence
	verb     int // the word of this sentence read as a verb after an agent noun ("Police patrol"), or -1
	namedEnd int // the word after the last actor of any kind this sentence named so far

	seen        index            // the people and organisations named so far
	sc          scene            // the story's dateline and the countries it names
	firsts      []dateline.Actor // the first person each sentence named, if any
	lasts       []dateline.Actor // the last person each sentence named, if any
	prevFirst   *tracked         // the first person named in the previous sentence that named one
	curFirst    *tracked
	curTitle    dateline.Actor // a singular titled agent this sentence named ("Latvia's ambassador"), for "his" when it names no person
	curTitleObj bool           // it is not the sentence's first actor: "him" may stand for it ("summoned the ambassador, then expelled him")

	they, it referents  // what plural and neuter pronouns refer to
	one      unnamedOne // the last person told of unnamed by a noun of individuals ("a Malaysian tourist")

	n            int                  // the sentence being read, counted from 0
	out          []dateline.Mention   // its mentions so far
	buf          []dateline.Mention   // out's storage, kept from sentence to sentence
	members      []dateline.Mention   // the members of its last counted description
	pair         []dateline.Mention   // the last two actors an earlier sentence joined by "and" ("the army and the RSF"), for "the two sides"
	pairSent     int                  // the sentence that joined them
	states       []dateline.Mention   // the last two countries a sentence joined by "and" ("Ethiopia and Eritrea agreed"), for "the two rivals"
	statesSent   int                  // the sentence that joined them
	list         []dateline.Mention   // the three or more countries a sentence opened with as a list, for "the three governments"
	listSent     int                  // the sentence that listed them
	opposed      []dateline.Mention   // the two actors of one country a sentence named, and no others ("the army took the town from the RSF")
	opposedSent  int                  // the sentence that named them
	agentsSeen   map[*agent]seenAgent // the last mention of each agent noun with a country
	sectorsSeen  map[string]seenAgent // the last mention of each sector with a country
	datelineSeen map[string]seenAgent // the last mention of each sector of the dateline's country
	forceSeen    forceSeen            // the state's force named last
	armedSeen    seenAgent            // the armed actor outside the state named last, for "the attackers" (doneBy)
	armedAbroad  bool                 // it is of no country, wherever it is ("gunmen")
	headsSeen    map[string]seenAgent // the last mention with a country of each head noun, as written
	bareSeen     map[string]int       // the last sentence, plus one, that named each head noun with no country and no "the" ("rebels")
	forces       []forceRef           // this sentence's forces read as the one told of before (forceAgain)
	headAgent    seenAgent            // the last head of state or government named by office alone ("the interim head of state")
	bareTitle    seenAgent            // the last title named alone, with no country ("a rebel commander"); text is its head noun
	lastGroup    seenAgent            // the last plural group of people named, for "Some threw stones"
	unnamedAges  []string             // the ages of people told of unnamed ("a 41-year-old man"), for "the 41-year-old"
	acronyms     []acronym            // the bodies read from their names, by their initials ("MDR"), for the initials alone later
	shortNames   []acronym            // the groups read from their names, by their names' head words ("Tigers"), for the word alone later
	groupBefore  []dateline.Actor     // the members of a counted description that opened the sentence before ("The two leaders met"), for "they"

	countriesSeen []countrySeen // the countries named as such, the latest last, for "the country"
	adjSeen       []countrySeen // the countries named by a demonym, possessive or "of" with an agent ("Saudi officials", "the emir of Kuwait"), for "the kingdom", "the Gulf state"
	countryRef    countrySeen   // the country "the country" stood for last ("The country's army chief visited the north of the country")

	speakers   []speakerAt // this sentence's speaker nouns with no owner ("A spokesman said"), for resolveSpeakers
	prevOwners []owner     // the bodies the sentence before named that may own a speaker (speaker.go)
	bodies     []ownerSeen // the bodies the story named that may own a speaker, each once, with how often (speaker.go)
	govCodes   [][2]string // a country's code and its government's, made once a story (speaker.go)

	placesSeen []placeSeen // the places and countries named, for "the strip" (DescribePlaces)
	placeSent  int         // the sentence DescribePlaces reads, counted from 0
}

// clauseWord reports whether word k ends a clause: a pronoun after one may
// stand for the subject before it ("Iraq said it would", "Iraq agreed, and
// it withdrew"), one after any other word may not ("Iraq denied it"). A
// comma or a semicolon ends one, and so do the words of common.txt's clause
// list and every form of a reporting verb (the syntax stage's report role:
// "announced", "declared", "confirmed").
func (t *Tracker) clauseWord(k int) bool {
	w := &t.ws[k]
	if w.punct {
		return w.norm == "," || w.norm == ";"
	}
	if t.d.clause[w.norm] {
		return true
	}
	// a reporting verb, not a noun of the same spelling after an article
	// or a possessive ("the report", "its state banks")
	return t.reporting != nil && (k == 0 || !determiners[t.ws[k-1].norm] && !possessives[t.ws[k-1].norm] && !t.ws[k-1].poss) && t.reporting(w.norm)
}

// itObject reports whether "it" at word i is the object of the word
// before it ("Iraq denied it", "confirmed it on Monday", "announced it
// Tuesday", "declared it a terrorist group"), not the subject of a clause
// of its own: after a clause word it is a subject, and after a reporting
// verb too, before a word that may go on its clause ("declared it would
// retaliate", "said it strongly protested", "it's").
func (t *Tracker) itObject(i int) bool {
	if i == 0 || !t.clauseWord(i-1) {
		return i > 0
	}
	p := &t.ws[i-1]
	if p.punct || t.d.clause[p.norm] {
		return false
	}
	return !t.goesOn(i + 1)
}

// goesOn reports whether word k may go on the clause of a subject before
// it: an auxiliary or a modal (common.txt's finite), or a lower-case word
// that is no grammar word (a verb, an adverb: "killed", "also"); not the
// end, a mark, a name or a time ("Monday"), a preposition or an article.
func (t *Tracker) goesOn(k int) bool {
	if k >= len(t.ws) {
		return false
	}
	w := &t.ws[k]
	if t.d.finite[w.norm] || w.poss {
		return true
	}
	return !w.punct && !w.cap && !grammarWord(w.norm) && !t.d.clause[w.norm] && !calendarWords[w.norm]
}

// thingBeforeReport reports whether "it" at word i, after a reporting
// verb (and "that"), may stand for a thing the clause named before the
// verb, after the last actor: a noun phrase opened by an article that is
// no preposition's object ("Russia unveiled a new missile and announced it
// could reach Europe"; not "The army, in a statement, announced it").
func (t *Tracker) thingBeforeReport(i int) bool {
	ws := t.ws
	k := i - 1
	if k > 0 && ws[k].norm == "that" {
		k--
	}
	if k < 0 || ws[k].punct || t.reporting == nil || !t.reporting(ws[k].norm) {
		return false
	}
	for j := max(t.namedEnd, 0); j < k; j++ {
		if determiners[ws[j].norm] && (j == 0 || !locatives[ws[j-1].norm]) {
			return true
		}
	}
	return false
}

// expletiveIt reports whether "it" at word i is no one: a dummy subject
// before a form of "be" or "seem" and a word of common.txt's expletive list
// ("it was unclear whether", "it was raining", "it is time to").
func (t *Tracker) expletiveIt(i int) bool {
	ws := t.ws
	return i+2 < len(ws) && dummyVerbs[ws[i+1].norm] && t.d.expletive[ws[i+2].norm]
}

// referents are the actors a kind of pronoun may stand for: the first
// named in this sentence (its subject), the first of the last sentence
// that named one, and the last named.
type referents struct {
	cur, prev, last   dateline.Actor
	curWord, prevWord string // the last word of the phrase that named cur, prev ("gunmen")
	curEnd            int    // the word after the mention of cur
	lastEnd           int    // the word after the mention of last
	curBody           bool   // cur is a body named by its name ("the African Union")
	curOwner          bool   // cur is a country named as an owner ("Somalia's"), the first of this sentence
	lastPlural        bool   // last is a plural agent noun this sentence named ("Seleka leaders")
	plural            dateline.Actor
	pluralEnd         int // the word after the mention of plural, the plural agent noun this sentence named last
}

func (r *referents) note(a dateline.Actor, end int, word string) {
	if r.cur.Code == "" {
		r.cur, r.curEnd, r.curWord = a, end, word
	}
	r.last, r.lastEnd, r.lastPlural = a, end, false
}

// join extends this sentence's subject over an actor coordinated with it,
// the words [from, start) between them only "and", "or" and commas ("Cuba
// and Nicaragua also condemned it"): the clause is still the subject's,
// so an object pronoun after them is not them.
func (r *referents) join(ws []word, start, end int) {
	if r.cur.Code == "" || start <= r.curEnd || start-r.curEnd > 2 || end <= r.curEnd {
		return
	}
	for k := r.curEnd; k < start; k++ {
		if n := ws[k].norm; n != "and" && n != "or" && n != "," {
			return
		}
	}
	r.curEnd = end
}

// sharedSubject reports whether the clause of an object pronoun at word i
// is a verb phrase joined to the sentence's first clause with no subject of
// its own: a clause word lies between the subject and i, and no actor of
// any kind was named after the last one (named is the word after the last
// actor named) ("Police fired at the marchers and arrested 30
// of them"), so its subject is still the sentence's.
func (r *referents) sharedSubject(t *Tracker, i, named int) bool {
	ws := t.ws
	last := -1
	for k := r.curEnd; k < i && k < len(ws); k++ {
		if t.clauseWord(k) {
			last = k
		}
	}
	return last >= 0 && last >= named
}

// governed returns i, or i-1 when the word before an object pronoun at
// word i is a verb (a reporting one among them) that governs it, no
// clause's end: "Iran confirmed it on Monday", "Iran told them".
func (t *Tracker) governed(i int) int {
	if i > 0 && !t.ws[i-1].punct && !t.d.clause[t.ws[i-1].norm] {
		return i - 1
	}
	return i
}

// clauseBefore reports whether a clause word lies in words [from, to)
// that ends the clause of an object pronoun after them: a reporting verb
// only with no actor named after it (named is the word after the last
// actor named): "The army chief wrote to the Security Council asking it to
// lift the embargo": "it" is no subject of what was written.
func (t *Tracker) clauseBefore(from, to, named int) bool {
	for k := from; k < to && k < len(t.ws); k++ {
		if t.clauseWord(k) && (k >= named || t.ws[k].punct || t.d.clause[t.ws[k].norm]) {
			return true
		}
	}
	return false
}

// clauseBetween reports whether a clause word lies in words [from, to).
func (t *Tracker) clauseBetween(from, to int) bool {
	for k := from; k < to && k < len(t.ws); k++ {
		if t.clauseWord(k) {
			return true
		}
	}
	return false
}

func (r *referents) next() {
	if r.cur.Code != "" {
		r.prev, r.prevWord = r.cur, r.curWord
	}
	r.cur, r.curWord = dateline.Actor{}, ""
	r.curBody, r.lastPlural, r.curOwner = false, false, false
	r.plural, r.pluralEnd = dateline.Actor{}, 0
}

// notePlural records that last, just noted, is a plural agent noun.
func (r *referents) notePlural() {
	r.lastPlural = true
	r.plural, r.pluralEnd = r.last, r.lastEnd
}

// pluralAfterBody reports whether a plural pronoun at word i stands for
// the plural agent this sentence named last, after the body it named
// first: when a clause word lies between it and the plural
// pronoun at word i: "The African Union sanctioned leaders of the Seleka
// alliance, a day after their fighters overran the capital", "Amnesty
// said Ethiopian troops were on alert, hours after they had shelled a
// hospital": a body's name is singular, the plural noun agrees.
func (r *referents) pluralAfterBody(t *Tracker, i int) bool {
	return r.curBody && r.lastPlural && r.last != r.cur && r.lastEnd > r.curEnd && r.lastEnd <= i && t.clauseBetween(r.lastEnd, i)
}

// pluralBeforeBody reports whether an object pronoun "them" at word i, in a
// verb phrase that shares its subject with the sentence's first clause,
// stands for the plural agent this sentence named last, before a body named
// after it: "Iraq expelled six American members of the U.N. teams, accusing
// them of spying": the subject (it, a singular actor) is named before the
// plural noun, which is the object, and the body after it only says whose
// they are.
func (r *referents) pluralBeforeBody(t *Tracker, i, named int, it *referents) bool {
	return it.cur.Code != "" && it.curEnd < r.curEnd && r.plural.Code != "" && !r.lastPlural && r.last != r.plural &&
		r.pluralEnd <= i && r.sharedSubject(t, i, named)
}

// referent is what a pronoun stands for: the actor, why that one, and,
// when only the sentence before named it, the last word of the phrase that
// named it there ("Gunmen stormed the village. Troops fired on them":
// "gunmen"), else "".
type referent struct {
	actor dateline.Actor
	why   string
	word  string
}

// get returns the referent a pronoun stands for, if any. An object
// pronoun (object set) in the same clause as this sentence's subject is
// not it.
func (r *referents) get(t *Tracker, i, named int, object bool) (referent, bool) {
	ws := t.ws
	switch {
	case r.cur.Code != "" && object && !t.clauseBefore(r.curEnd, t.governed(i), named):
		if ws[i].norm == "it" {
			return referent{}, false // "Iraq denied it": a thing
		}
		if r.prev.Code != "" {
			return r.before("; this one's subject is another party"), true
		}
		return referent{}, false
	case r.cur.Code != "" && ws[i].norm == "them" && r.last != r.cur && r.sharedSubject(t, i, named):
		// "Police fired at the marchers and arrested 30 of them": not the
		// subject the two verbs share, but who was named after it
		return referent{actor: r.last, why: "named last; the subject of its clause is this sentence's first, another party"}, true
	case r.cur.Code != "":
		return referent{actor: r.cur, why: "first named in this sentence"}, true
	case r.prev.Code != "":
		return r.before(""), true
	}
	return referent{actor: r.last, why: "named last"}, r.last.Code != ""
}

// before is the referent the sentence before named first, with the word
// that named it; more adds to the reason.
func (r *referents) before(more string) referent {
	return referent{actor: r.prev, why: "first named in the sentence before" + more, word: r.prevWord}
}

// NewTracker starts reading a story dated on (the story's date: roles are
// taken as of that day).
func (d *Dictionary) NewTracker(on time.Time) *Tracker {
	return &Tracker{d: d, day: dayKey(on)}
}

// Mentions returns the actors named in s, in order and not overlapping.
// Sentences must be given in story order.
func (t *Tracker) Mentions(s *dateline.Sentence) []dateline.Mention {
	t.prepare(s)
	t.verb, t.namedEnd = -1, 0
	out := t.buf[:0] // grown once a story; the caller gets an exact copy
	t.members = t.members[:0]
	for i := 0; i < len(t.ws); {
		next, ms := t.phrase(i)
		out = append(out, ms...)
		t.out = out
		if len(ms) == 1 {
			t.apposedGroup(out, i, next)
		}
		t.noteReferents(ms, next)
		t.noteArmed(ms)
		for j := range ms {
			t.noteCollective(&ms[j], next)
		}
		if len(ms) > 0 {
			t.namedEnd = next
		}
		t.countActors(ms)
		if next <= i {
			next = i + 1
		}
		i = next
	}
	if len(t.speakers) > 0 {
		out = t.resolveSpeakers(out)
	}
	if len(t.forces) > 0 {
		t.undoForces(out)
	}
	t.coup(out)
	t.buf = out
	out = nil
	if len(t.buf) > 0 {
		out = slices.Clone(t.buf)
	}
	t.notePair(out)
	t.noteGroupBefore(out)
	t.noteOwners(out)
	t.out = nil
	t.n++
	var first, last dateline.Actor
	if t.curFirst != nil {
		t.prevFirst = t.curFirst
		first, last = t.curFirst.actor, t.seen.last.actor
	}
	t.firsts = append(t.firsts, first)
	t.lasts = append(t.lasts, last)
	t.curFirst = nil
	t.curTitle, t.curTitleObj = dateline.Actor{}, false
	t.they.next()
	t.it.next()
	return out
}

// noteReferents records the mentions that "they" and "it" may stand for:
// plural agents, groups and peoples for "they"; countries, bodies, groups
// and singular agents ("the government") for "it". People are "he" and
// "she".
func (t *Tracker) noteReferents(ms []dateline.Mention, end int) {
	for i := range ms {
		m := &ms[i]
		if m.Kind == dateline.KindPronoun && m.Actor.Code != "" {
			t.notePronoun(*m, end)
			continue
		}
		if m.Kind == dateline.KindPerson || m.Actor.Code == "" {
			continue
		}
		last := t.headText(m, end)
		pl := t.d.plural(strings.ToLower(last)) && !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s")
		if start := t.wordAt(m.Span.Start, end); start >= 0 {
			t.it.join(t.ws, start, end)
			t.they.join(t.ws, start, end)
		}
		if m.Actor.Country != "" && (m.Kind == dateline.KindAgent || m.Kind == dateline.KindCountry) && (strings.Contains(m.Rule, "adjective") || strings.Contains(m.Rule, "possessive") || strings.Contains(m.Rule, "of+name")) {
			t.adjSeen = noteSeen(t.adjSeen, countrySeen{code: m.Actor.Country, sent: t.n, end: end})
		}
		switch m.Kind {
		case dateline.KindCountry:
			if !strings.Contains(m.Rule, "adjective") {
				t.noteCountry(m.Actor.Country, end)
			}
			if pl && strings.Contains(m.Rule, "adjective") {
				t.they.note(m.Actor, end, t.ws[end-1].norm)
				t.noteGroup(*m)
			} else {
				t.it.note(m.Actor, end, t.ws[end-1].norm)
				t.it.curOwner = t.it.cur == m.Actor && t.it.curEnd == end && strings.Contains(m.Rule, "possessive")
				t.noteOne(*m, end)
			}
		case dateline.KindOrganization:
			if t.it.curOwner && !pl && t.d.Armed(string(m.Actor.Sector)) && t.wordAt(m.Span.Start, end) == t.it.curEnd {
				// "Somalia's al-Shabaab, which said its own fighters carried
				// out the raid", "Afghanistan's Taliban said it had
				// attacked": the phrase is the body's, its owner only says
				// where it is, so "it" and "its" later stand for the body.
				// A plural name ("Iran's Revolutionary Guards ... saying it
				// had violated") does not agree with "it". Armed bodies only:
				// "Syria's Baath party relinquished its monopoly of power"
				// is the country's monopoly, as before.
				t.it.cur, t.it.curWord = dateline.Actor{}, ""
			}
			t.it.note(m.Actor, end, t.ws[end-1].norm)
			if t.they.cur.Code == "" {
				t.they.curBody = true
			}
			t.they.note(m.Actor, end, t.ws[end-1].norm)
		default:
			if pl {
				t.they.note(m.Actor, end, t.ws[end-1].norm)
				if m.Kind == dateline.KindAgent {
					t.they.notePlural()
					t.noteGroup(*m)
				}
			} else {
				t.it.note(m.Actor, end, t.ws[end-1].norm)
				t.noteOne(*m, end)
			}
		}
	}
}

// unnamedOne is a person a story told of by what they do, not by name,
// and the sentence that did.
type unnamedOne struct {
	actor dateline.Actor
	sent  int
}

// noteOne records the first singular agent mention of a sentence after
// "a" or "an" (one word may come between: "a prominent activist", "a
// Kurdish activist") whose head is a noun of
// individuals (agents.txt), or a country's adjective before one ("a
// Chinese engineer"): the person "he" or "she" may stand for.
func (t *Tracker) noteOne(m dateline.Mention, end int) {
	switch {
	case m.Kind == dateline.KindAgent && t.d.unnamed[strings.ToLower(t.headText(&m, end))]:
	case m.Kind == dateline.KindCountry && strings.Contains(m.Rule, "adjective") && end < len(t.ws) && t.d.unnamed[t.ws[end].norm]:
	default:
		return
	}
	if t.one.actor.Code != "" && t.one.sent == t.n {
		return // the first of its sentence, as for people named
	}
	start := t.wordAt(m.Span.Start, end)
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if n := t.ws[k].norm; n == "a" || n == "an" {
			t.one = unnamedOne{actor: m.Actor, sent: t.n}
			return
		}
		if t.ws[k].punct {
			return
		}
	}
}

// oneFor returns the unnamed person a "he" or "she" stands for: the one
// told of in this sentence or the one before, when neither that sentence
// nor any since named a person ("Gunmen abducted a Malaysian tourist. She
// was released on Friday").
func (t *Tracker) oneFor() (dateline.Actor, bool) {
	if t.one.actor.Code == "" || t.one.sent < t.n-1 || t.curFirst != nil {
		return dateline.Actor{}, false
	}
	for k := t.one.sent; k < t.n && k < len(t.firsts); k++ {
		if t.firsts[k].Code != "" {
			return dateline.Actor{}, false
		}
	}
	return t.one.actor, true
}

// headText returns the last word of mention m, or, when m runs on past
// an "of", the word before it: "Supporters of the ousted president" are
// supporters, plural, for "they"; "Leaders of the group" too.
func (t *Tracker) headText(m *dateline.Mention, end int) string {
	last := m.Text
	if k := strings.LastIndexByte(last, ' '); k >= 0 {
		last = last[k+1:]
	}
	start := t.wordAt(m.Span.Start, end)
	for k := start + 1; start >= 0 && k < end && k < len(t.ws) && t.ws[k].start < m.Span.End; k++ {
		if t.ws[k].norm == "of" {
			return t.ws[k-1].text
		}
	}
	return last
}

// notePronoun carries the actor a "they" or "it" that opens its sentence
// stands for as that sentence's subject: "Students marched. They later
// clashed with police. Police arrested 100 of them": the students are the
// first of the second sentence, so "them" in the third, the object of
// police, is the students, not the police. A pronoun later in its sentence
// is left alone.
func (t *Tracker) notePronoun(m dateline.Mention, end int) {
	start := t.wordAt(m.Span.Start, end)
	if start < 0 || end != start+1 {
		return
	}
	switch w := t.ws[start].norm; {
	case w == "they" && t.they.cur.Code == "":
		t.they.note(m.Actor, end, t.ws[end-1].norm)
	case w == "it" && t.it.cur.Code == "":
		t.it.note(m.Actor, end, t.ws[end-1].norm)
	}
}

// wordAt returns the index of the word that starts at byte offset off,
// searching back from word end, or -1.
func (t *Tracker) wordAt(off, end int) int {
	for k := min(end, len(t.ws)) - 1; k >= 0 && t.ws[k].end > off; k-- {
		if t.ws[k].start == off {
			return k
		}
	}
	return -1
}

// pronoun codes a pronoun at word i: he and she by the people named,
// they and it by the referents; a possessive before an agent noun is that
// actor's country with the noun's sector ("their forces", "its army").
func (t *Tracker) pronoun(i int) (int, []dateline.Mention) {
	ws := t.ws
	w := ws[i]
	var a dateline.Actor
	ok, why, stands := false, "", ""
	switch {
	case (w.norm == "they" || w.norm == "them") && t.groupFor(i) != "":
		// "Both countries said they would not interfere": each member
		return t.groupPronoun(i)
	case w.norm == "their" && i+1 < len(ws) && t.d.states[ws[i+1].norm] && t.d.pluralWord(&ws[i+1]):
		// "Mali, Burkina Faso and Niger said their countries would
		// leave": each of the states the sentence joined
		if j, ms := t.theirStates(i); j > i {
			return j, ms
		}
	case w.norm == "them" && len(t.out) >= 3 && len(t.statesRunAfterFirst()) >= 2:
		// "imposed sanctions on Iran and Syria and accused them of": each
		// of the states this sentence joined after its first actor; an
		// object pronoun is never its own clause's subject
		return t.statesAs(i, 1, t.statesRunAfterFirst(), "them, the states this sentence joined after its first actor")
	case w.norm == "them" && len(t.out) >= 3 && len(t.actorsRunAfterFirst()) >= 2:
		// "summoned the prime minister and the protest leader and told
		// them to end the bloodshed": each of the actors this sentence
		// joined after its first, the last it named
		return t.actorsAs(i, t.actorsRunAfterFirst(), "them, the actors this sentence joined after its first")
	case (w.norm == "they" || w.norm == "their") && t.they.pluralAfterBody(t, i):
		a, ok, why = t.they.last, true, "the plural agent named last; the body named first is one"
	case w.norm == "them" && t.they.pluralBeforeBody(t, i, t.namedEnd, &t.it):
		a, ok, why = t.they.plural, true, "the plural agent named last, the object; the body named after it says whose they are"
	case plurals[w.norm]:
		var r referent
		r, ok = t.they.get(t, i, t.namedEnd, w.norm == "them")
		a, why, stands = r.actor, r.why, r.word
	case neuters[w.norm]:
		if i+1 < len(ws) && dummyVerbs[ws[i+1].norm] && (i == 0 || ws[i-1].punct) || w.norm == "it" && (t.expletiveIt(i) || t.thingBeforeReport(i)) {
			return i + 1, nil // "It is likely that ...", "said it was unclear whether"
		}
		// the word is kept for plural pronouns only ("they", "them"), as
		// it was when Mention.Stands was added; a neuter's is left unset
		var r referent
		r, ok = t.it.get(t, i, t.namedEnd, w.norm == "it" && t.itObject(i))
		a, why = r.actor, r.why
		if l := t.it.last; w.norm == "its" && t.ownedIsNonState(i+1) && ok && !t.d.sectorIs(a.Sector, sectorOwn) && t.d.sectorIs(l.Sector, sectorOwn) {
			// "Israel vowed to crush Hamas after its gunmen stormed in":
			// gunmen belong to a group, not to a state
			a, why = l, "named last, a group as its armed men are"
		}
	case (w.norm == "his" || w.norm == "her") && t.conjunctBefore(i) >= 0:
		// "met Erdogan and his delegation", "arrested the opposition
		// leader and his son": the person joined just before
		a, ok, why = t.out[t.conjunctBefore(i)].Actor, true, "the person joined just before"
	default:
		var tr *tracked
		if t.curFirst == nil && t.curTitle.Code != "" && t.curTitleObj {
			// "Belarus expelled Latvia's ambassador and all but one of his
			// staff": the titled agent this sentence named, before anyone
			// an earlier sentence named
			a, ok, why = t.curTitle, true, "the titled agent named before in this sentence"
		} else if one, found := t.oneFor(); found && w.norm != "his" && w.norm != "its" {
			// "Gunmen kidnapped a Chinese engineer. He was freed": that
			// person, of the country and sector the noun gave, never a state
			return t.refersTo(i, i+1, dateline.KindPronoun, one, link("unnamed", one.Name, "the person told of unnamed by what they do, in this sentence or the one before, with no person named since"))
		} else if tr, why = t.antecedent(); tr != nil {
			tr, why = t.agree(tr, why, w.norm)
			a, ok = tr.actor, true
		}
	}
	if !ok {
		return i + 1, nil
	}
	n, ms := t.refersTo(i, i+1, dateline.KindPronoun, a, link("pronoun", a.Name, why))
	if len(ms) == 1 && ms[0].Kind == dateline.KindPronoun {
		ms[0].Stands = stands
	}
	return n, ms
}

// conjunctBefore returns the index in t.out of a person (or a singular
// agent noun) that "and" joins right before the possessive pronoun at
// word i ("Erdogan and his delegation"), or -1.
func (t *Tracker) conjunctBefore(i int) int {
	ws := t.ws
	if i < 2 || ws[i-1].norm != "and" || len(t.out) == 0 {
		return -1
	}
	k := len(t.out) - 1
	m := t.out[k]
	if m.End != ws[i-2].end || !(m.Kind == dateline.KindPerson || m.Kind == dateline.KindAgent && !t.d.pluralWord(&ws[i-2])) || m.Actor.Code == "" {
		return -1
	}
	return k
}

// otherCountry returns the country the story named last as such that is
// not own, else the one it names most (its first naming breaking a tie),
// or "".
// othersPlural reports whether w is the plural of a noun of another state
// (agents.txt's others): "its neighbours", "their enemies".
func (t *Tracker) othersPlural(w string) bool {
	if s, ok := strings.CutSuffix(w, "ies"); ok && t.d.others[s+"y"] {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && t.d.others[s]
}

func (t *Tracker) otherCountry(own string) string {
	for k := len(t.countriesSeen) - 1; k >= 0; k-- {
		if c := t.countriesSeen[k].code; c != own {
			return c
		}
	}
	best := ""
	for c, n := range t.sc.count {
		if c == own || t.d.countries[c] == nil || t.sc.first[c] <= 0 {
			continue
		}
		if best == "" || n > t.sc.count[best] || n == t.sc.count[best] && t.sc.first[c] < t.sc.first[best] {
			best = c
		}
	}
	return best
}

// whose codes "whose" and the agent noun after it as agents of the actor
// named right before it: "Rebel leader Guy Philippe, whose fighters
// seized Cap-Haitien" (his fighters are rebels), "Hezbollah, whose gunmen
// attacked". Before anything else "whose" names no one.
func (t *Tracker) whose(i int) (int, []dateline.Mention) {
	k := i
	if k > 0 && t.ws[k-1].norm == "," {
		k--
	}
	if k == 0 || len(t.out) == 0 || t.out[len(t.out)-1].Span.End != t.ws[k-1].end {
		return i + 1, nil
	}
	a := t.out[len(t.out)-1].Actor
	j, ms := t.refersTo(i, i+1, dateline.KindPronoun, a, link("whose", a.Name, "named right before it"))
	if len(ms) != 1 || ms[0].Kind != dateline.KindAgent {
		return i + 1, nil
	}
	return j, ms
}

// refersTo codes words [i, k) as standing for a, with rule and kind (a
// pronoun, "the country"): as an owner before an agent noun ("their
// forces", "its army", "the country's armed forces") that actor's country
// with the noun's sector, else the words alone.
func (t *Tracker) refersTo(i, k int, kind dateline.MentionKind, a dateline.Actor, rule string) (int, []dateline.Mention) {
	ws := t.ws
	owner := possessives[ws[k-1].norm]
	if k < len(ws) && ws[k].poss {
		owner, k = true, k+1 // "the country 's"
	}
	if owner && k < len(ws) && (determiners[ws[k].norm] || t.d.clause[ws[k].norm] || locatives[ws[k].norm] || ws[k].punct) {
		owner = false // "charges against her since the army seized power": "her" is an object, not the army's owner
	}
	if owner && k < len(ws) && a.Country != "" && (ws[k-1].norm == "its" || a.Sector == "") {
		// (a state's: "his rival" is a person's, of his own country)
		e := k
		if (t.d.modifierWord(&ws[e]) || ws[e].cap) && e+1 < len(ws) {
			e++ // "its northern neighbour", "its Gulf neighbours"
		}
		if t.othersPlural(ws[e].norm) {
			// "Qatar dismissed the demands of its Gulf neighbours": the
			// others, more than one and none named, are not the owner
			return e + 1, nil
		}
		if t.d.others[ws[e].norm] {
			// "Moldova accused its neighbour": the other country the story
			// named last, not the owner
			if c := t.otherCountry(a.Country); c != "" {
				o := t.countryActor(c)
				return e + 1, []dateline.Mention{t.mention(i, e+1, dateline.KindCountry, o, link("other", o.Name, "the country named last that is not "+a.Name+"'s own"))}
			}
		}
	}
	if owner && k < len(ws) {
		p := np{start: k, first: i}
		p.parts = []part{{i: i, j: k, actor: a, owner: true, rule: "pronoun"}}
		if j := t.readPhrase(&p, k); p.agent != nil && p.person == nil && p.thing == nil && p.unknownJ == 0 && len(p.parts) == 1 {
			q, _, _ := t.partsActor(&p)
			if t.d.keepsSector(a) && !p.agent.against {
				q = a // "the rebels ... their forces" are rebel forces; not "its critics"
			}
			q.Name = a.Name
			if (p.agent.title || p.agent.relation) && pronouns[ws[k-1].norm] {
				// "Mugabe fired his finance minister", "dismissed his
				// deputy": a person's minister or deputy is someone else,
				// of the same country and sector
				q.Name = p.agent.Name
			}
			m := t.mention(i, j, dateline.KindAgent, q, rule+"+possessive")
			t.noteAgent(p.agent, m)
			return j, []dateline.Mention{m}
		} else if p.agent != nil && !p.agent.relation && p.person == nil && p.thing == nil && p.unknownJ > p.unknownI && len(p.parts) == 1 && t.named(p.unknownI) == nil {
			// "the BJP suspended its spokeswoman Nupur Sharma", "Iran
			// said its envoy X": a name the knowledge lacks under a title
			// (or agent noun) the pronoun's actor owns is of its country and sector;
			// not a relation's ("his deputy X" is read as another person
			// is) nor a name the knowledge has
			return t.resolve(&p, i, j)
		}
	}
	if ws[k-1].poss {
		k--
	}
	return k, []dateline.Mention{t.mention(i, k, kind, a, rule)}
}

// ownedIsNonState reports whether the agent noun read at word j is of a
// sector whose owners are groups: "gunmen", "fighters", "militants".
func (t *Tracker) ownedIsNonState(j int) bool {
	for ; j < len(t.ws) && t.d.modifierWord(&t.ws[j]); j++ {
	}
	if j >= len(t.ws) {
		return false
	}
	a, _ := t.d.agentAt(t.ws, j)
	return a != nil && t.d.sectorIs(a.Sector, sectorOwn)
}

// link writes the rule of a mention that refers back: its kind, whom it
// stands for and why that one ("coref:pronoun -> Angela Merkel (first
// named in the sentence before)").
func link(kind, name, why string) string {
	return "coref:" + kind + " -> " + name + " (" + why + ")"
}

// prepare splits the sentence's tokens into words and drops the Arabic
// articles, stretching the next word's start over them.
func (t *Tracker) prepare(s *dateline.Sentence) {
	t.s = s
	all := slices.Grow(t.ws[:0], len(s.Tokens)) // a word or more a token: grown once, not doubled word by word
	for i := range s.Tokens {
		tok := &s.Tokens[i]
		if tok.Lower == "'s" || tok.Lower == "’s" || tok.Lower == "'" || tok.Lower == "’" {
			all = append(all, word{start: tok.Start, end: tok.End, tok: i, text: tok.Text, norm: "'s", poss: true, punct: true})
			continue
		}
		all = splitWordsKeyed(all, tok.Text, tok.Lower, tok.ID, tok.Start, i, t.d.lexicon, t.d.byWord, nil)
	}
	if !markArticles(all) {
		t.ws = all
		return
	}
	t.ws = all[:0] // the articles are dropped in place: a word moves only back
	lead := -1
	for _, w := range all {
		if w.skip {
			if lead < 0 {
				lead = w.start
			}
			continue
		}
		if lead >= 0 {
			w.start = lead
			w.article = true
			lead = -1
		}
		t.ws = append(t.ws, w)
	}
}

// mention makes a mention of words [i, j).
func (t *Tracker) mention(i, j int, k dateline.MentionKind, a dateline.Actor, rule string) dateline.Mention {
	sp := dateline.Span{Start: t.ws[i].start, End: t.ws[j-1].end}
	text := ""
	if o := sp.Start - t.s.Start; o >= 0 && sp.End-t.s.Start <= len(t.s.Text) {
		text = t.s.Text[o : sp.End-t.s.Start]
	}
	return dateline.Mention{Span: sp, Text: text, Kind: k, Actor: a, Rule: rule}
}

// antecedent returns the person a pronoun at word i stands for: the first
// person named earlier in this sentence (its subject), else the first
// person of the last sentence that named one, else the last person named.
// (Settle corrects an object pronoun this made its own verb's subject.)
func (t *Tracker) antecedent() (*tracked, string) {
	if t.curFirst != nil {
		return t.curFirst, "first person named in this sentence"
	}
	if t.prevFirst != nil {
		return t.prevFirst, "first person named in the sentence before"
	}
	return t.seen.last, "person named last"
}

// KnowPlaces tells the tracker which words name major places (a country,
// a first-level division, a city of 100,000 or more), so that a close
// spelling of a person's surname is not read into one: "Mandalay" is not
// Mandela. An exact name still wins.
func (t *Tracker) KnowPlaces(major func(name string) bool) { t.majorPlace = major }

// KnowWords tells the tracker which lower-case words are common words of
// English, so that a close spelling of a person's surname is not read into
// one: "Adding" is not Adeang, "Salaam" not Salam. An exact name still wins.
func (t *Tracker) KnowWords(common func(lower string) bool) { t.englishWord = common }

// commonWord reports whether a word is a common word of English.
func (t *Tracker) commonWord(w word) bool { return t.englishWord != nil && t.englishWord(w.norm) }

// placeWord reports whether a word is the name of a major place.
func (t *Tracker) placeWord(w word) bool { return t.majorPlace != nil && w.cap && t.majorPlace(w.text) }

// genderWindow is how many sentences before this one "she" looks back for
// a woman, and "he" for someone not known to be one, when the person the
// order of naming gives does not fit.
const genderWindow = 2

// agree checks the person tr that a pronoun (word, lower-case) was found
// to stand for against its gender: "she" and "her" for a man (by name
// not known to be a woman) are the woman named last in this sentence or
// the genderWindow before, if any ("Corazon Aquino was sworn in. Shultz
// said Washington recognised her government"); "he", "his" and "him" for
// a woman are the person named last there not known to be one. With no
// such person tr stands.
func (t *Tracker) agree(tr *tracked, why, word string) (*tracked, string) {
	fem := word == "she" || word == "her" || word == "hers"
	masc := word == "he" || word == "his" || word == "him"
	if !fem && !masc || fem == t.isWoman(tr) {
		return tr, why
	}
	for _, r := range t.seen.recent {
		if r == nil || r.sent < t.n-genderWindow {
			continue
		}
		if r != tr && t.isWoman(r) == fem {
			if fem {
				return r, "the woman named last, not " + tr.actor.Name
			}
			return r, "the person named last not known to be a woman, not " + tr.actor.Name
		}
	}
	return tr, why
}

// isWoman reports whether the person tr is a woman by a given name or
// whole name the data knows as a woman's (agents.txt's female).
func (t *Tracker) isWoman(tr *tracked) bool {
	if tr.woman == 0 {
		tr.woman = -1
		n := fold(tr.actor.Name)
		first, _, _ := strings.Cut(n, " ")
		if t.d.female[n] || t.d.female[first] {
			tr.woman = 1
		}
	}
	return tr.woman == 1
}

// groupFor tells whether "they" or "them" at word i stand for the members
// of a counted description that opened this sentence with no actor named
// since ("The two leaders said they ..."), or opened the sentence before
// when this one has named no actor yet ("Both sides met in Doha. They
// agreed ..."): why, or "".
func (t *Tracker) groupFor(i int) string {
	if len(t.out) == 0 {
		if len(t.groupBefore) >= 2 {
			return "the group described first in the sentence before"
		}
		return ""
	}
	first, last := t.out[0], t.out[len(t.out)-1]
	if strings.HasPrefix(first.Rule, "coref:members") && last.Start == first.Start && len(t.out) >= 2 {
		return "the group described first in this sentence"
	}
	if run := t.peopleRun(t.out); t.ws[i].norm == "they" && len(run) >= 2 && t.they.cur.Code == "" &&
		t.clauseBetween(t.wordAt(run[len(run)-1].Start, i)+1, i) {
		return peopleFirst
	}
	return ""
}

// peopleFirst is why "they" stands for the people a sentence opened with.
const peopleFirst = "the people joined first in this sentence"

// peopleRun returns the people ms opens with, two or more joined by "and"
// and commas ("President Ford and Secretary of State Kissinger"), or nil.
func (t *Tracker) peopleRun(ms []dateline.Mention) []dateline.Mention {
	k := 0
	for k < len(ms) && ms[k].Kind == dateline.KindPerson && ms[k].Actor.Code != "" && (k == 0 || t.joinedBetween(ms[k-1].End, ms[k].Start)) {
		k++
	}
	if k < 2 || !t.wordBetween(ms[k-2].End, ms[k-1].Start, "and") {
		return nil
	}
	return ms[:k]
}

// theirStates codes "their" and the plural noun of states after it at word
// i as each country of the last run of actors this sentence joined with
// commas and "and", when they are of two or more countries: one mention
// per state. Else it reads nothing.
func (t *Tracker) theirStates(i int) (int, []dateline.Mention) {
	return t.theirStatesAs(i, 2, "their "+t.ws[i+1].norm+", the states this sentence joined")
}

// statesRunAfterFirst returns the countries of this sentence's last run
// of two or more states named as such (not "Kenyan and Ugandan activists")
// joined with commas and "and", that do not hold its first actor, in order ("cut off aid to
// Guatemala, Honduras and El Salvador after Trump accused them": whoever
// was named after the run), or nil.
func (t *Tracker) statesRunAfterFirst() []string {
	for end := len(t.out) - 1; end >= 2; end-- {
		var cs []string
		k := end
		for ; k >= 1; k-- {
			m := t.out[k]
			if m.Actor.Country == "" || m.Kind != dateline.KindCountry || k < end && !t.joinedBetween(m.End, t.out[k+1].Start) {
				break
			}
			if !slices.Contains(cs, m.Actor.Country) {
				cs = append(cs, m.Actor.Country)
			}
		}
		if k == 0 && t.out[0].Actor.Country != "" && t.joinedBetween(t.out[0].End, t.out[1].Start) {
			return nil // the run opens the sentence: its subject
		}
		if len(cs) >= 2 {
			slices.Reverse(cs)
			return cs
		}
	}
	return nil
}

// actorsRunAfterFirst returns the actors of people, bodies or states, two
// or more, that this sentence joined with commas and "and" after its first
// actor, when they are the last it named (pronouns aside), else nil.
func (t *Tracker) actorsRunAfterFirst() []dateline.Actor {
	end := len(t.out) - 1
	for end >= 2 && t.out[end].Kind == dateline.KindPronoun {
		end--
	}
	var as []dateline.Actor
	k := end
	for ; k >= 1; k-- {
		m := t.out[k]
		if m.Actor.Code == "" || m.Kind == dateline.KindPronoun || m.Kind == dateline.KindPlace || strings.HasPrefix(m.Rule, "compound+") ||
			k < end && !t.joinedBetween(m.End, t.out[k+1].Start, "the") {
			// (demonyms that share one noun, "Kenyan and Ugandan activists", are one phrase: its people, as before)
			break
		}
		as = append(as, m.Actor)
	}
	if end-k < 2 || !t.wordBetween(t.out[end-1].End, t.out[end].Start, "and") || k == 0 && t.joinedBetween(t.out[0].End, t.out[1].Start, "the") ||
		end-k == 2 && t.wordBetween(t.out[end-1].End, t.out[end].Start, ",") {
		// none joined by "and" ("Telling parliament ..., May gave them"), two
		// joined by a comma too, clauses ("detained the leaders, and officers
		// freed two of them"), or the run opens the sentence: its subject
		return nil
	}
	slices.Reverse(as)
	return as
}

// wordBetween reports whether word is among the words between byte offsets
// end and start.
func (t *Tracker) wordBetween(end, start int, word string) bool {
	for _, w := range t.ws {
		if w.start >= end && w.end <= start && w.norm == word {
			return true
		}
	}
	return false
}

// actorsAs codes the word at i as each of the actors as, each mention's rule
// saying why.
func (t *Tracker) actorsAs(i int, as []dateline.Actor, why string) (int, []dateline.Mention) {
	ms := make([]dateline.Mention, len(as))
	for k, a := range as {
		ms[k] = t.mention(i, i+1, dateline.KindPronoun, a, link("members", a.Name, strconv.Itoa(k+1)+" of "+strconv.Itoa(len(as))+": "+why))
	}
	return i + 1, ms
}

// theirStatesAs codes the n words at word i as each country of the last
// run of actors this sentence joined with commas and "and", when they are
// of two or more countries, each mention's rule saying why.
func (t *Tracker) theirStatesAs(i, n int, why string) (int, []dateline.Mention) {
	var cs []string
	for k := len(t.out) - 1; k >= 0; k-- {
		m := t.out[k]
		if m.Actor.Country == "" || k < len(t.out)-1 && !t.joinedBetween(m.End, t.out[k+1].Start) {
			break
		}
		if !slices.Contains(cs, m.Actor.Country) {
			cs = append(cs, m.Actor.Country)
		}
	}
	if len(cs) < 2 {
		return i, nil
	}
	slices.Reverse(cs)
	return t.statesAs(i, n, cs, why)
}

// statesAs codes the n words at word i as one mention per country of cs.
func (t *Tracker) statesAs(i, n int, cs []string, why string) (int, []dateline.Mention) {
	ms := make([]dateline.Mention, len(cs))
	for k := range cs {
		a := t.countryActor(cs[k])
		ms[k] = t.mention(i, i+n, dateline.KindPronoun, a, link("members", a.Name, strconv.Itoa(k+1)+" of "+strconv.Itoa(len(cs))+": "+why))
	}
	return i + n, ms
}

// joinedBetween reports whether the words between byte offsets end and
// start are only commas and "and", and at least one; the words also
// may be among them ("the minister and the police chief").
func (t *Tracker) joinedBetween(end, start int, also ...string) bool {
	n := 0
	for _, w := range t.ws {
		if w.start >= end && w.end <= start {
			if w.norm != "," && w.norm != "and" && !slices.Contains(also, w.norm) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// groupPronoun codes "they" or "them" at word i as each member of the
// group groupFor found, one mention per member.
func (t *Tracker) groupPronoun(i int) (int, []dateline.Mention) {
	why := t.groupFor(i)
	var as []dateline.Actor
	if len(t.out) == 0 {
		as = t.groupBefore
	} else if why == peopleFirst {
		for _, m := range t.peopleRun(t.out) {
			as = append(as, m.Actor)
		}
	} else {
		for _, m := range t.out {
			as = append(as, m.Actor)
		}
	}
	ms := make([]dateline.Mention, len(as))
	for k, a := range as {
		// (a member's rule, as the description's: the event stage reads
		// each member as one party of the group)
		ms[k] = t.mention(i, i+1, dateline.KindPronoun, a, link("members", a.Name, strconv.Itoa(k+1)+" of "+strconv.Itoa(len(as))+": "+t.ws[i].norm+", "+why))
	}
	return i + 1, ms
}

// noteGroupBefore keeps the members of a counted description that opened
// the sentence just read (its mentions ms), for "they" in the next.
func (t *Tracker) noteGroupBefore(ms []dateline.Mention) {
	t.groupBefore = t.groupBefore[:0]
	if run := t.peopleRun(ms); len(run) >= 2 && t.they.cur.Code == "" {
		// "President Ford and Secretary of State Kissinger arrived in
		// Jakarta. They met Suharto": the people it opened with, when it
		// named no plural actor "they" might stand for
		for _, m := range run {
			t.groupBefore = append(t.groupBefore, m.Actor)
		}
		return
	}
	if len(ms) < 2 || !strings.HasPrefix(ms[0].Rule, "coref:members") {
		return
	}
	for _, m := range ms {
		if m.Start != ms[0].Start {
			break
		}
		t.groupBefore = append(t.groupBefore, m.Actor)
	}
}
