package pipeline

import (
	"sort"
	"strings"
	"time"

	"dateline"
	"dateline/internal/when"
	"dateline/internal/where"
)

// scene is what the whole story says: the countries it is about, for
// reading names and for the actors' countries, when its events happen
// (package when follows the days it tells of) and where (package where
// keeps its dateline and the venue of its meetings).
type scene struct {
	count map[string]int // how often each country is named: actors, places, the dateline
	mainC string
	doc   string
	body  string
	when  *when.Story
	where *where.Scene
}

// rolesDay is the day actors' roles are read on for a story with no date:
// the last day the knowledge covers, so that everyone has the role the
// files give them last, whatever day the program runs.
var rolesDay = time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC)

// newScene reads the story's dateline and the countries its actors name.
func (c *Coder) newScene(st *dateline.Story, actors [][]dateline.Mention) *scene {
	sc := &scene{doc: st.ID, body: st.Body, where: c.Places.NewScene(st.Dateline)}
	var ref dateline.Date
	if !st.Published.IsZero() {
		ref = dateline.DateOf(st.Published)
	}
	sc.when = when.NewStory(ref)
	count := map[string]int{}
	for _, ms := range actors {
		for _, m := range ms {
			if m.Actor.Country != "" && m.Actor.Sector != "IGO" && len(m.Actor.Country) == 3 {
				count[m.Actor.Country]++
			}
		}
	}
	if p := sc.where.Dateline; p != nil {
		if st.Dateline.Country == "" {
			d := *st.Dateline // a copy: the caller's story may be shared
			d.Country = p.Country
			st.Dateline = &d
		}
		count[p.Country]++ // a tie-breaker: stories about Syria are filed from Beirut
	}
	countries := make([]string, 0, len(count))
	for k := range count {
		countries = append(countries, k)
	}
	sort.Slice(countries, func(i, j int) bool {
		if count[countries[i]] != count[countries[j]] {
			return count[countries[i]] > count[countries[j]]
		}
		return countries[i] < countries[j]
	})
	sc.where.Hint.Countries = countries
	sc.count = count
	return sc
}

// notePlaces counts the countries of the places a sentence names, for the
// story's main country ("east Aleppo" makes a story from Beirut Syrian).
func (sc *scene) notePlaces(places []dateline.Mention) {
	for _, m := range places {
		if m.Place != nil && len(m.Place.Country) == 3 {
			sc.count[m.Place.Country]++
		}
	}
}

// main returns the country the story is most about, or "": the one its
// actors and places name most often, the dateline's counting once more.
// A country named once in a story with no dateline is not enough: in
// "villagers threatened a strike unless Israel ..." Israel is the other
// party. It is read after all places are noted.
func (sc *scene) main() string {
	if sc.mainC == "" {
		best := 0
		for c, n := range sc.count {
			if n > best || n == best && c < sc.mainC {
				sc.mainC, best = c, n
			}
		}
		if best < 2 && sc.where.Dateline == nil {
			sc.mainC = "-"
		}
	}
	if sc.mainC == "-" {
		return ""
	}
	return sc.mainC
}

// dropNamedInPlaces leaves out the actor mentions that lie inside a place's
// name: "Japan" in "the Sea of Japan" is neither an actor nor a place.
func dropNamedInPlaces(actors, places []dateline.Mention) []dateline.Mention {
	out := actors[:0]
	for _, a := range actors {
		inside := false
		for _, p := range places {
			if p.Span.Contains(a.Span) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, a)
		}
	}
	return out
}

// namedSpans returns the spans of the mentions as the syntax stage takes
// names: as units, headed by their last word. A place named "X of Y" ("the
// Sea of Japan", "the Gulf of Mexico") is headed by X, so only X is given:
// the syntax then reads "of Y" as it reads any "of" phrase, and the
// phrase's head stays "Sea".
func namedSpans(ms []dateline.Mention) []dateline.Span {
	out := make([]dateline.Span, len(ms))
	for i, m := range ms {
		out[i] = m.Span
		if m.Kind == dateline.KindPlace {
			if j := strings.Index(m.Text, " of "); j > 0 {
				out[i].End = m.Start + j
			}
		}
	}
	return out
}
