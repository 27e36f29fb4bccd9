package actor

import (
	"time"

	"dateline"
)

// Tracker finds the actors of one story, sentence by sentence, keeping
// what coreference needs: the people, titles and groups named so far. It is
// not safe for concurrent use; make one per story.
type Tracker struct {
	d   *Dictionary
	day int // the story date as yyyymmdd

	all, ws []word
	s       *dateline.Sentence

	people    []*tracked // people in order of mention
	orgs      []*tracked // organisations in order of mention
	prevFirst *tracked   // the first person named in the previous sentence that named one
	curFirst  *tracked
}

// tracked is an actor named earlier in the story.
type tracked struct {
	actor    dateline.Actor
	ent      *entity  // nil for a person known only from the story
	surnames []string // phonetic keys of the surnames
	offices  []string // titles held or used: "prime minister"
	refs     []string // for organisations: "group", "militia"
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
	var out []dateline.Mention
	for i := 0; i < len(t.ws); {
		next, ms := t.phrase(i)
		out = append(out, ms...)
		if next <= i {
			next = i + 1
		}
		i = next
	}
	if t.curFirst != nil {
		t.prevFirst = t.curFirst
	}
	t.curFirst = nil
	return out
}

// prepare splits the sentence's tokens into words and drops the Arabic
// articles, stretching the next word's start over them.
func (t *Tracker) prepare(s *dateline.Sentence) {
	t.s = s
	t.all = t.all[:0]
	for i, tok := range s.Tokens {
		if tok.Lower == "'s" || tok.Lower == "’s" || tok.Lower == "'" || tok.Lower == "’" {
			t.all = append(t.all, word{start: tok.Start, end: tok.End, tok: i, text: tok.Text, norm: "'s", poss: true, punct: true})
			continue
		}
		t.all = splitWordsKeyed(t.all, tok.Text, tok.Lower, tok.Start, i, t.d.keys)
	}
	markArticles(t.all)
	t.ws = t.ws[:0]
	lead := -1
	for _, w := range t.all {
		if w.skip {
			if lead < 0 {
				lead = w.start
			}
			continue
		}
		if lead >= 0 {
			w.start = lead
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

// notePerson records a person mention for coreference.
func (t *Tracker) notePerson(tr *tracked) *tracked {
	for _, p := range t.people {
		if tr.ent != nil && p.ent == tr.ent || tr.ent == nil && p.ent == nil && p.actor.Name == tr.actor.Name {
			p.offices = append(p.offices, tr.offices...)
			tr = p
			break
		}
	}
	t.remove(tr)
	t.people = append(t.people, tr)
	if t.curFirst == nil {
		t.curFirst = tr
	}
	return tr
}

func (t *Tracker) remove(tr *tracked) {
	for i, p := range t.people {
		if p == tr {
			t.people = append(t.people[:i], t.people[i+1:]...)
			return
		}
	}
}

// trackEntity records a known person or organisation.
func (t *Tracker) trackEntity(e *entity, a dateline.Actor, office string) {
	if e.kind != kindPerson {
		if e.kind != kindGroup && e.kind != kindBody || len(e.refs) == 0 {
			return
		}
		for i, o := range t.orgs {
			if o.ent == e {
				t.orgs = append(t.orgs[:i], t.orgs[i+1:]...)
				break
			}
		}
		t.orgs = append(t.orgs, &tracked{actor: a, ent: e, refs: e.refs})
		return
	}
	tr := &tracked{actor: a, ent: e, surnames: e.surnameKeys}
	for _, r := range e.roles {
		if r.office != "" && r.from <= t.day && t.day < r.to {
			tr.offices = append(tr.offices, r.office)
		}
	}
	if office != "" {
		tr.offices = append(tr.offices, office)
	}
	t.notePerson(tr)
}

// bySurname returns the person named earlier whose surname has key k.
func (t *Tracker) bySurname(k string) *tracked {
	for i := len(t.people) - 1; i >= 0; i-- {
		for _, s := range t.people[i].surnames {
			if s == k {
				return t.people[i]
			}
		}
	}
	return nil
}

// byOffice returns the person named last who holds or was called by an
// office ending in office ("minister" finds a "foreign minister").
func (t *Tracker) byOffice(office string) *tracked {
	for i := len(t.people) - 1; i >= 0; i-- {
		for _, o := range t.people[i].offices {
			if o == office || len(o) > len(office) && o[len(o)-len(office)-1:] == " "+office {
				return t.people[i]
			}
		}
	}
	return nil
}

// byRef returns the organisation named last that noun refers to.
func (t *Tracker) byRef(noun string) *tracked {
	for i := len(t.orgs) - 1; i >= 0; i-- {
		for _, r := range t.orgs[i].refs {
			if r == noun {
				return t.orgs[i]
			}
		}
	}
	return nil
}

// antecedent returns the person a pronoun at word i stands for: the first
// person named earlier in this sentence (its subject), else the first
// person of the last sentence that named one, else the last person named.
func (t *Tracker) antecedent() *tracked {
	if t.curFirst != nil {
		return t.curFirst
	}
	if t.prevFirst != nil {
		return t.prevFirst
	}
	if n := len(t.people); n > 0 {
		return t.people[n-1]
	}
	return nil
}
