package actor

import (
	"strings"

	"dateline"
)

// Place descriptions: "the strip", "the island", "the region" name a place
// by its kind. As an actor ("Israel besieged the crowded strip", "troops
// shelled the city") such a description stands for the country of the last
// place or country named that it fits: one whose name has the noun ("Gaza
// Strip" for "the strip"), else, among those named in this sentence or the
// two before, one of the kinds the noun names ("the region" after
// "Tigray"). The nouns and their kinds are data: the places: line of
// agents.txt. After a locative ("in the strip") the description is a
// place, not an actor.

// placeKindWindow is how many sentences before this one a place may be
// named in to be "the region" by its kind alone.
const placeKindWindow = 2

// maxPlacesSeen bounds the places a story keeps for descriptions.
const maxPlacesSeen = 32

// placeSeen is a place or country the story named.
type placeSeen struct {
	name    string // the mention's text
	feature string // city, admin1, region, country; capital for a seat of government
	country string
	sent    int
}

// fits reports whether a place noun with the given kinds may refer to p.
func (p *placeSeen) fits(noun string, kinds map[string]bool, sent int) (string, bool) {
	for _, w := range strings.Fields(fold(p.name)) {
		if w == noun {
			return "the last place named whose name has \"" + noun + "\"", true
		}
	}
	if kinds[p.feature] && sent-p.sent <= placeKindWindow {
		return "the last " + p.feature + " named", true
	}
	return "", false
}

// DescribePlaces returns the sentence's actors with the descriptions that
// name a place by its kind added as the countries they stand for, and
// notes the places and countries it names for later sentences. Give every
// sentence in story order, with the places found in it, after Mentions has
// read the whole story.
func (t *Tracker) DescribePlaces(s *dateline.Sentence, actors, places []dateline.Mention) []dateline.Mention {
	if !t.hasPlaceNoun(s) {
		t.notePlacesInOrder(actors, places)
		t.placeSent++
		return actors
	}
	named := mergeMentions(actors, places)
	t.prepare(s)
	var added []dateline.Mention
	k := 0 // named[:k] are noted
	for i := 0; i+1 < len(t.ws); i++ {
		if t.ws[i].norm != "the" || t.placeBefore(i) {
			continue
		}
		j := i + 1
		for j < len(t.ws) && j < i+4 && !t.ws[j].cap && !t.ws[j].punct && t.d.placeKind(t.ws[j].norm) == nil && t.ws[j].norm != "of" && t.ws[j].norm != "the" {
			// "the crowded strip", "the war-torn region"; another "the"
			// opens a phrase of its own: "The enemy shelled the city" is
			// no description of a city before "the city"
			j++
		}
		if j >= len(t.ws) || t.d.placeKind(t.ws[j].norm) == nil || j+1 < len(t.ws) && t.ws[j+1].norm == "of" {
			continue
		}
		sp := dateline.Span{Start: t.ws[i].start, End: t.ws[j].end}
		if overlaps(sp, named) {
			continue
		}
		n := k
		for n < len(named) && named[n].Start < sp.Start {
			n++
		}
		t.notePlacesSeen(named[k:n])
		k = n
		if m, ok := t.describePlace(i, j); ok {
			added = append(added, m)
		}
		i = j
	}
	t.notePlacesSeen(named[k:])
	t.placeSent++
	if len(added) == 0 {
		return actors
	}
	return mergeMentions(actors, added)
}

// placeBefore reports whether the words before word i make what follows a
// place: a locative ("in the strip"), or a part or side of a place and "of"
// ("the streets of the capital", "north of the city").
func (t *Tracker) placeBefore(i int) bool {
	ws := t.ws
	switch {
	case i > 0 && countryLocatives[ws[i-1].norm]:
		return true
	case i > 1 && ws[i-1].norm == "of":
		return t.d.placeNouns[ws[i-2].norm] || t.d.compass[ws[i-2].norm]
	}
	return false
}

// describePlace resolves the description over words [i, j], its noun at j.
func (t *Tracker) describePlace(i, j int) (dateline.Mention, bool) {
	noun := t.ws[j].norm
	// first the last place of the noun's own kind ("the island" after
	// Taiwan and Beijing is Taiwan, not the city named since), then the
	// last of any kind the noun names
	for pass := 0; pass < 2; pass++ {
		for k := len(t.placesSeen) - 1; k >= 0; k-- {
			p := &t.placesSeen[k]
			why, ok := p.fits(noun, t.d.placeKinds[noun], t.placeSent)
			if !ok && (p.feature == "island" || p.feature == "country") && t.d.islands[fold(p.country)] && t.d.placeKinds[noun]["island"] {
				// "the island's government" for Taiwan or Cuba three
				// sentences on: an island that is a state stays the story's
				// island, as "the kingdom" stays the kingdom
				why, ok = "the last island state named", true
			}
			if !ok || pass == 0 && p.feature != noun && p.feature+"s" != noun {
				continue
			}
			a := t.countryActor(p.country)
			kind := "place"
			if p.feature == "country" || p.feature == "island" && t.d.islands[fold(p.country)] {
				kind = "place-country" // "the island" for Taiwan: the state itself, not a town of it
			}
			return t.mention(i+1, j+1, dateline.KindCountry, a, link(kind, p.name, why)), true
		}
	}
	return dateline.Mention{}, false
}

// hasPlaceNoun reports whether any token of s is a place noun: most
// sentences have none and are not read again.
func (t *Tracker) hasPlaceNoun(s *dateline.Sentence) bool {
	for i := range s.Tokens {
		if t.d.placeKind(s.Tokens[i].Lower) != nil {
			return true
		}
	}
	return false
}

// placeKind returns the place features noun w (folded) fits as a place's
// kind, or nil: d.placeKinds[w], asked only of a word of a place-kind
// noun's shape.
func (d *Dictionary) placeKind(w string) map[string]bool {
	if !d.placeShapes.may(w) {
		return nil
	}
	return d.placeKinds[w]
}

// modifier reports whether w (folded) is a modifier of agents and titles
// ("senior", "former"): d.modifiers[w], asked only of a word of a
// modifier's shape.
func (d *Dictionary) modifier(w string) bool {
	return d.modifierShapes.may(w) && d.modifiers[w]
}

// shapes holds, by a word's first byte, a bit for each length (below 64)
// the words of a set starting with it have: a word of no such shape is not
// in the set, and a sentence's words mostly have none.
type shapes [256]uint64

// shapesOf returns the shapes of the words of m.
func shapesOf[V any](m map[string]V) shapes {
	var s shapes
	for w := range m {
		s.add(w)
	}
	return s
}

// add notes the shape of w, a word of the set.
func (s *shapes) add(w string) {
	if w != "" && len(w) < 64 {
		s[w[0]] |= 1 << len(w)
	}
}

// may reports whether w may be a word of the set: it has the shape of
// one, or is empty or too long for a shape.
func (s *shapes) may(w string) bool {
	return w == "" || len(w) >= 64 || s[w[0]]&(1<<len(w)) != 0
}

// notePlacesInOrder notes the places and countries of two sorted lists of
// mentions in the order of the text.
func (t *Tracker) notePlacesInOrder(a, b []dateline.Mention) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i].Start <= b[j].Start {
			t.notePlacesSeen(a[i : i+1])
			i++
		} else {
			t.notePlacesSeen(b[j : j+1])
			j++
		}
	}
}

// notePlacesSeen records the countries and places named, in order: places
// with their feature, seats of government as capitals, countries named.
func (t *Tracker) notePlacesSeen(named []dateline.Mention) {
	for _, m := range named {
		feature, country := "", ""
		switch {
		case m.Place != nil:
			feature, country = m.Place.Feature, m.Place.Country
		case m.Kind == dateline.KindCountry && strings.HasPrefix(m.Rule, "seat"):
			feature, country = "capital", m.Actor.Country
		case m.Kind == dateline.KindCountry && !strings.HasPrefix(m.Rule, "coref"):
			feature, country = "country", m.Actor.Country
		}
		if feature == "country" && t.d.islands[fold(country)] {
			feature = "island" // "the island" after Taiwan, not after China
		}
		if t.d.countries[country] == nil {
			continue
		}
		if len(t.placesSeen) == maxPlacesSeen {
			t.placesSeen = append(t.placesSeen[:0], t.placesSeen[1:]...)
		}
		t.placesSeen = append(t.placesSeen, placeSeen{name: m.Text, feature: feature, country: country, sent: t.placeSent})
	}
}

func overlaps(sp dateline.Span, ms []dateline.Mention) bool {
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End {
			return true
		}
	}
	return false
}

// mergeMentions returns a and b in order of start.
func mergeMentions(a, b []dateline.Mention) []dateline.Mention {
	out := make([]dateline.Mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i].Start <= b[j].Start {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}
