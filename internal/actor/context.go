package actor

import (
	"sort"
	"strings"

	"dateline"
)

// scene is what a whole story says about whose it is: the dateline's
// country and how often each country is named, by actors and places.
type scene struct {
	dateline string         // the dateline's country, "" if none
	count    map[string]int // how often each country is named
	home     string         // the story's home country once read; "-" for none
}

// Dateline tells the tracker the country of the story's dateline, before
// the first sentence is read.
func (t *Tracker) Dateline(country string) {
	t.sc.dateline = country
	if country != "" {
		t.countCountry(country) // a tie-breaker: stories about Syria are filed from Beirut
	}
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
// as the UN do not make a story theirs.
func (t *Tracker) countActors(ms []dateline.Mention) {
	for _, m := range ms {
		if m.Actor.Country != "" && m.Actor.Sector != "IGO" {
			t.countCountry(m.Actor.Country)
		}
	}
}

// NotePlaces counts the countries of the places a sentence names, for the
// story's home country ("east Aleppo" makes a story from Beirut Syrian).
// Give every sentence's places before asking Home.
func (t *Tracker) NotePlaces(places []dateline.Mention) {
	for _, m := range places {
		if m.Place != nil {
			t.countCountry(m.Place.Country)
		}
	}
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
// actors and places name most often, the dateline's counting once more.
// A country named once in a story with no dateline is not enough: in
// "villagers threatened a strike unless Israel ..." Israel is the other
// party. Read it after every sentence's actors and places are noted.
func (t *Tracker) Home() string {
	sc := &t.sc
	if sc.home == "" {
		best := 0
		for c, n := range sc.count {
			if n > best || n == best && c < sc.home {
				sc.home, best = c, n
			}
		}
		if best < 2 && sc.dateline == "" {
			sc.home = "-"
		}
	}
	if sc.home == "-" {
		return ""
	}
	return sc.home
}

// Settle completes the actors of one sentence with what the story says:
// an agent with no country takes the country it is said to be in, else
// the sentence's, else the story's. Call it for each sentence, in order,
// once Home is known; actors is what Mentions returned for s, changed in
// place.
func (t *Tracker) Settle(s *dateline.Sentence, actors, places []dateline.Mention) {
	locatedIn(s, actors, places)
	t.inheritCountry(s, actors, places, t.Home())
}

// inheritCountry gives agents with a sector but no country ("the 2011
// uprising", "militias"), and titled people the knowledge does not know
// ("Prime Minister Mahendra Chaudhry"), the country of the sentence when the
// sentence names exactly one. Countries named as such (a country actor, a
// place) count first: "bombers killed 23 people in Tel Aviv" gives the
// people Israel, not the bombers' Palestine. Then the story's own country
// (its dateline and most named): protesters in a Khartoum story are
// Sudanese even where a sentence names only Obama. Last, the nationality of
// the other actors ("Egyptian police fired on demonstrators").
func (t *Tracker) inheritCountry(s *dateline.Sentence, actors, places []dateline.Mention, storyCountry string) {
	country, ok := soleCountry(actors, places, true)
	if !ok && storyCountry != "" {
		country, ok = storyCountry, true
	}
	if !ok {
		if country, ok = soleCountry(actors, nil, false); !ok {
			return
		}
	}
	for i := range actors {
		m := &actors[i]
		if m.Actor.Country != "" || m.Actor.Sector == "" {
			continue
		}
		unknownTitled := m.Kind == dateline.KindPerson
		switch {
		case m.Kind == dateline.KindAgent && t.d.sectorIs(m.Actor.Sector, sectorHome) || unknownTitled:
			m.Actor.Country = country
			m.Rule += "+sentence-country"
		case m.Kind == dateline.KindAgent && storyCountry != "" && !t.d.sectorIs(m.Actor.Sector, sectorAbroad) && definiteSingular(s, m):
			// "The prime minister said" in a story from Istanbul; not
			// "other leaders" or "extremists", who may be of anywhere
			m.Actor.Country = storyCountry
			m.Rule += "+story-country"
		default:
			continue
		}
		m.Actor.Code = m.Actor.Country + m.Actor.Sector
	}
}

// definiteSingular reports whether a mention reads "the X" with a singular
// head: a reference to one known body ("the military council", "the
// government"), which in a local story is local.
func definiteSingular(s *dateline.Sentence, m *dateline.Mention) bool {
	before := strings.ToLower(strings.TrimSpace(s.Text[:m.Start-s.Start]))
	if !strings.HasSuffix(before, "the") || len(before) > 3 && before[len(before)-4] != ' ' {
		return false
	}
	lower := strings.ToLower(m.Text)
	last := lower[strings.LastIndexByte(lower, ' ')+1:]
	return !strings.HasSuffix(last, "s") || last == "police"
}

// locatedIn gives an agent with no country the country of the place right
// after it, joined by "in": "security forces in Guinea", "protesters in
// Baghdad".
func locatedIn(s *dateline.Sentence, actors, places []dateline.Mention) {
	for i := range actors {
		m := &actors[i]
		if m.Kind != dateline.KindAgent || m.Actor.Country != "" || m.Actor.Sector == "" {
			continue
		}
		for _, p := range places {
			if p.Place == nil || p.Place.Country == "" || p.Start < m.End || p.Start-m.End > 24 {
				continue
			}
			between := strings.TrimSpace(s.Text[m.End-s.Start : p.Start-s.Start])
			if !inPlace(between) {
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
func inPlace(between string) bool {
	rest, ok := strings.CutPrefix(between, "in")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimSpace(strings.TrimPrefix(rest+" ", "the "))
	return rest == "" || compass[rest]
}

// soleCountry returns the one country the mentions name, if they name
// exactly one: with named, only country actors and places count.
func soleCountry(actors, places []dateline.Mention, named bool) (string, bool) {
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
		if m.Actor.Sector == "IGO" || m.Actor.Sector == "NGO" || named || m.Kind == dateline.KindCountry {
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
