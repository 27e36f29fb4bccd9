package pipeline

import (
	"strings"

	"dateline"
	"dateline/internal/event"
)

// scene is what the whole story says about where things happen: the
// dateline's place, the country the story is about, and the venue of the
// meeting or conference it reports, if it names one.
type scene struct {
	home     string // the story's home country, from the actor tracker
	doc      string
	body     string
	ref      dateline.Date // the story's day
	dateline *dateline.Place
	venue    *dateline.Place
	hint     whereHint
}

// newScene reads the story's dateline.
func (c *Coder) newScene(st *dateline.Story) *scene {
	sc := &scene{doc: st.ID, body: st.Body, ref: dateline.DateOf(st.Published)}
	if st.Dateline != nil {
		if p, ok := c.Places.Dateline(*st.Dateline); ok {
			sc.dateline = &p
			if st.Dateline.Country == "" {
				d := *st.Dateline // a copy: the caller's story may be shared
				d.Country = p.Country
				st.Dateline = &d
			}
		}
	}
	return sc
}

// venueWords name gatherings whose place is the place of the meetings a
// story reports: "the Palermo conference", "talks in Geneva".
var venueWords = map[string]bool{
	"conference": true, "summit": true, "talks": true, "meeting": true, "meetings": true, "forum": true,
	"negotiations": true, "mini-summit": true, "gathering": true, "congress": true, "assembly": true,
}

// main returns the country the story is most about, or "" (see
// actor.Tracker.Home).
func (sc *scene) main() string { return sc.home }

// noteVenue records the first place named as a gathering's venue.
func (sc *scene) noteVenue(s *dateline.Sentence, places []dateline.Mention) {
	if sc.venue != nil {
		return
	}
	for _, m := range places {
		if m.Place == nil || m.Place.Feature == "country" || m.Place.Feature == "region" {
			continue
		}
		after, before := tokenAfter(s, m.End), tokenBefore(s, m.Start)
		if venueWords[after] || (before == "in" && venueWords[tokenBefore(s, startOfToken(s, m.Start))]) {
			p := *m.Place
			sc.venue = &p
			return
		}
	}
}

func tokenAfter(s *dateline.Sentence, off int) string {
	for _, t := range s.Tokens {
		if t.Start >= off {
			return t.Lower
		}
	}
	return ""
}

func tokenBefore(s *dateline.Sentence, off int) string {
	w := ""
	for _, t := range s.Tokens {
		if t.End > off {
			break
		}
		w = t.Lower
	}
	return w
}

// startOfToken returns the start of the token before off.
func startOfToken(s *dateline.Sentence, off int) int {
	start := off
	for _, t := range s.Tokens {
		if t.End > off {
			break
		}
		start = t.Start
	}
	return start
}

// eventPlace decides where an event happened:
//   - a place named in the sentence after a locative word, nearest the trigger;
//   - for meetings (CAMEO 04) with none, the story's venue, else the dateline's place;
//   - for material acts (QuadClass 2 and 4), the country the sentence names
//     for the target (or the source) when both sides are of one country,
//     else the target's country;
//   - otherwise none: statements, accusations and support are not placed by
//     default, and the dateline is never used for events abroad.
func (sc *scene) eventPlace(s *dateline.Sentence, places []dateline.Mention, f event.Found, src, tgt *dateline.Mention, c *Coder) *dateline.Place {
	if p := nearestLocative(s, places, f.Trigger); p != nil {
		return p
	}
	if f.Code.Root() == "04" {
		if sc.venue != nil {
			return sc.venue
		}
		if sc.dateline != nil && involves(sc.dateline.Country, src, tgt) {
			return sc.dateline
		}
		return nil
	}
	if f.Code.QuadClass == 2 || f.Code.QuadClass == 4 {
		country := ""
		switch {
		case tgt != nil && tgt.Actor.Country != "" && len(tgt.Actor.Country) == 3:
			country = tgt.Actor.Country
		case src != nil && len(src.Actor.Country) == 3:
			country = src.Actor.Country
		}
		if country != "" {
			if p, ok := c.Places.Country(country); ok {
				return &p
			}
		}
	}
	return nil
}

func involves(country string, ms ...*dateline.Mention) bool {
	for _, m := range ms {
		if m != nil && m.Actor.Country == country {
			return true
		}
	}
	return false
}

// nearestLocative returns the place after "in", "at", "near" ... closest to
// the trigger, or nil.
func nearestLocative(s *dateline.Sentence, places []dateline.Mention, trig dateline.Span) *dateline.Place {
	var best *dateline.Place
	bestDist := 1 << 30
	for i := range places {
		m := &places[i]
		if m.Place == nil {
			continue
		}
		w := tokenBefore(s, m.Start)
		if isDeterminerWord(w) {
			w = tokenBefore(s, startOfToken(s, m.Start))
		}
		if !locativeWord(w) || !sameClause(s, trig, m.Span) {
			continue
		}
		d := m.Start - trig.End
		if d < 0 {
			d = trig.Start - m.End
		}
		if d < bestDist {
			p := *m.Place
			best, bestDist = &p, d
		}
	}
	return best
}

// sameClause reports whether nothing that opens a new clause (a relative
// pronoun, a subordinator, a semicolon, a reporting verb) lies between a
// trigger and a place: in "a handshake between A and B, commander of the army
// that is based in Libya's east", the handshake did not happen in the east.
func sameClause(s *dateline.Sentence, trig, place dateline.Span) bool {
	from, to := trig.End, place.Start
	if place.Start < trig.Start {
		from, to = place.End, trig.Start
	}
	for _, t := range s.Tokens {
		if t.Start < from || t.End > to {
			continue
		}
		switch t.Lower {
		case "that", "which", "who", "whom", "whose", "where", ";", "said", "says", "because", "after", "before",
			"while", "when", "although", "though", "since", "but", "—", "--":
			return false
		}
	}
	return true
}

func isDeterminerWord(w string) bool { return w == "the" || w == "a" || w == "an" }

func locativeWord(w string) bool {
	switch strings.ToLower(w) {
	case "in", "at", "near", "outside", "inside", "across", "throughout", "around", "into", "of":
		return true
	}
	return false
}
