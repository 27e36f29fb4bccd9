package actor

import (
	"strings"

	"dateline"
)

// ousted is what the story has told of a coup: the state whose leader an
// unnamed force of it overthrew or detained, and that leader.
type ousted struct {
	country, leader string
}

// coup reads, once a sentence's actors are named, who took power from a
// state's leader, and gives those who did and those the story calls the
// coup's makers the ousted leader's state:
//
//   - an unnamed military force (not the police: "police arrested the
//     former president" in Chile may be Chile's) or a noun of the coup's
//     makers before a verb of ousting (ousting: in
//     agents.txt) whose object is a state's leader is of that state:
//     "soldiers overthrew President Mohamed Bazoum, a close ally of Paris"
//     are Niger's, not of the place the apposition names nor of the
//     story's country; the story remembers the ousted state;
//   - once it is told, a force that detains the ousted leader is of his
//     state, whatever force of another state was named before it:
//     "France withdrew its troops ... Members of the presidential guard
//     detained Bazoum" are Niger's guard;
//   - the nouns of the coup's makers (coup: in agents.txt: "the junta",
//     "the coup leaders", "the military government"), with no country
//     of their own, are of the ousted state, not of a foreign force they
//     would otherwise refer back to, nor of the story's country.
//
// A force with a country of its own that ousts another state's leader
// ("U.S. troops ousted Noriega") tells of no coup at home, and leaves the
// story's memory as it was.
func (t *Tracker) coup(ms []dateline.Mention) {
	if len(t.d.ousting) == 0 && len(t.d.coup) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != dateline.KindAgent || !(m.Actor.Sector == "MIL" || t.coupNoun(m)) {
			continue
		}
		j := t.wordAfter(m.End)
		for j < len(t.ws) && (t.ws[j].norm == "who" || t.ws[j].norm == "that" || t.ws[j].norm == "had" || t.ws[j].norm == "have" || t.ws[j].norm == "has") {
			j++
		}
		n := matchAt(t.ws, j, t.d.ousting, &t.d.oustingFirst)
		if n == 0 || i+1 >= len(ms) {
			continue
		}
		o := &ms[i+1]
		if k := t.wordAfter(o.Start); k > j+n+1 || !t.leader(o) {
			continue // "the president" or a titled leader right after the verb
		}
		c := o.Actor.Country
		switch {
		case m.Actor.Country == "" && strings.HasPrefix(m.Rule, "agent"):
			t.recount(m, c, "+ousted-state")
		case m.Actor.Country == c:
		case t.sc.coup.country == c && t.sc.coup.leader == o.Actor.Name && strings.Contains(m.Rule, "coref:"):
			t.recount(m, c, "+ousted-state")
		default:
			continue
		}
		t.sc.coup = ousted{country: c, leader: o.Actor.Name}
	}
	if t.sc.coup.country == "" {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind == dateline.KindAgent && (m.Actor.Country == "" || strings.Contains(m.Rule, "coref:")) && m.Actor.Country != t.sc.coup.country && t.coupNoun(m) {
			t.recount(m, t.sc.coup.country, "+ousted-state")
		}
	}
}

// leader reports whether m is a person or titled agent of a state's
// government: whom a coup ousts.
func (t *Tracker) leader(m *dateline.Mention) bool {
	return len(m.Actor.Country) == 3 && t.d.countries[m.Actor.Country] != nil && m.Actor.Sector == "GOV" &&
		(m.Kind == dateline.KindPerson || strings.Contains(m.Rule, "title"))
}

// coupNoun reports whether agent mention m is, past an article, one of
// the nouns of a coup's makers (coup: in agents.txt).
func (t *Tracker) coupNoun(m *dateline.Mention) bool {
	j, end := t.wordAfter(m.Start), t.wordAfter(m.End)
	if j < end && (t.ws[j].norm == "the" || t.ws[j].norm == "a" || t.ws[j].norm == "an") {
		j++
	}
	n := matchAt(t.ws, j, t.d.coup, &t.d.coupFirst)
	return n > 0 && j+n == end
}

// recount gives agent mention m country c, in place of the one it had,
// and counts the change for the story's home.
func (t *Tracker) recount(m *dateline.Mention, c, rule string) {
	if old := m.Actor.Country; old != "" && t.sc.count[old] > 0 {
		t.sc.count[old]--
	}
	if strings.Contains(m.Rule, "coref:") {
		if e := t.d.countries[c]; e != nil {
			a, _, _ := e.actorOn(t.day)
			m.Actor.Name = a.Name
		}
	}
	m.Actor.Country, m.Actor.Code = c, code(c, m.Actor.Sector)
	m.Rule += rule
	t.countCountry(c)
}

// wordAfter returns the index of the first word of the sentence that
// starts at or after byte offset at.
func (t *Tracker) wordAfter(at int) int {
	for j := range t.ws {
		if t.ws[j].start >= at {
			return j
		}
	}
	return len(t.ws)
}

// matchAt returns the length of the longest phrase of phrases (folded
// words) that the words at j spell, or 0.
func matchAt(ws []word, j int, phrases [][]string, first *shapes) int {
	if j >= len(ws) || !first.may(ws[j].norm) {
		return 0 // no phrase starts with a word of its shape
	}
	best := 0
	for _, r := range phrases {
		k := 0
		for k < len(r) && j+k < len(ws) && ws[j+k].norm == r[k] {
			k++
		}
		if k == len(r) && k > best {
			best = k
		}
	}
	return best
}

// firstWords returns the shapes of the first words of phrases.
func firstWords(phrases [][]string) shapes {
	var s shapes
	for _, r := range phrases {
		if len(r) > 0 {
			s.add(r[0])
		}
	}
	return s
}

// undescribed returns places less those that only describe a person the
// sentence names, in an apposition to the person: "soldiers overthrew
// President Mohamed Bazoum, a close ally of Paris", "police detained
// Ahmed Salah, a former adviser to the government in Moscow", "Bazoum,
// Paris's closest ally": the place says who he is, not where anyone
// acts, and gives no one of the sentence a country. Without an analysis,
// or with no such place, it returns places.
func undescribed(s *dateline.Sentence, actors, places []dateline.Mention) []dateline.Mention {
	an := s.Analysis
	if an == nil || len(places) == 0 {
		return places
	}
	var out []dateline.Mention
	for i, p := range places {
		if describes(s, an, actors, p) {
			if out == nil {
				out = append(make([]dateline.Mention, 0, len(places)), places[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return places
	}
	return out
}

// describes reports whether place p lies in a noun phrase in apposition to
// a named person, through "of", "to" or "in" phrases or a possessive.
func describes(s *dateline.Sentence, an *dateline.Analysis, actors []dateline.Mention, p dateline.Mention) bool {
	k := s.TokenAt(p.Start)
	if k < 0 || an.Words[k].Chunk < 0 {
		return false
	}
	x := int(an.Words[k].Chunk)
	for range 4 {
		if h := an.Governor(x, dateline.RelAppos); h >= 0 {
			return personChunk(s, an, actors, h)
		}
		if np := an.Governor(x, dateline.RelPoss); np >= 0 {
			x = np
			continue
		}
		pp := an.Governor(x, dateline.RelPObj)
		if pp < 0 {
			return false
		}
		np := an.Governor(pp, dateline.RelNMod)
		if np < 0 {
			return false
		}
		x = np
	}
	return false
}

// personChunk reports whether chunk c holds a named person of actors.
func personChunk(s *dateline.Sentence, an *dateline.Analysis, actors []dateline.Mention, c int) bool {
	if c < 0 {
		return false
	}
	for i := range actors {
		m := &actors[i]
		if m.Kind != dateline.KindPerson {
			continue
		}
		if k := s.TokenAt(m.Start); k >= 0 && int(an.Words[k].Chunk) == c {
			return true
		}
	}
	return false
}
