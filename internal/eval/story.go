package eval

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"dateline"
)

// StoryReport scores events against story gold.
//
// An output event belongs to a gold line when its doc is the line's doc and
// its sentence text contains the line's snippet (white space folded). It
// matches the line when its CAMEO root is one of the line's roots and its
// source and target have the gold countries, and the gold sectors where the
// gold gives any; symmetric lines match either way round. A gold country of
// null wants an actor with no country; a gold target of null accepts any
// target, or none: the gold then makes no claim about the target.
type StoryReport struct {
	Docs         int `json:"docs"`                // stories in the gold
	GoldEvents   int `json:"gold_events"`         // gold lines that are events
	Required     int `json:"required"`            // required gold events
	Forbidden    int `json:"forbidden_sentences"` // forbidden lines
	OutputEvents int `json:"output_events"`       // scored output events: in gold docs, by modality
	Ignored      int `json:"ignored"`             // output events skipped for their modality
	OtherDocs    int `json:"other_docs"`          // output docs not in the gold
	OtherEvents  int `json:"other_events"`        // output events in those docs

	Matched        int `json:"matched"`          // output events that match a gold event
	InGoldSentence int `json:"in_gold_sentence"` // output events in a sentence with gold events

	RequiredFound int `json:"required_found"`
	// Required events some output event matches on its root and the two
	// countries alone, sectors aside: sector is secondary when matching.
	RequiredFoundCountries int `json:"required_found_countries"`
	// Over all required events, judging the closest output event in the
	// sentence (a match if any, else the one with most right):
	RootRight   int `json:"root_right"`   // an event with an acceptable root
	SourceRight int `json:"source_right"` // source country and sector right
	TargetRight int `json:"target_right"` // target country and sector right
	// Over found required events, judging the best matching event:
	DateRight  int `json:"date_right"`
	PlaceRight int `json:"place_right"`
	// Over all gold events that some output event matches:
	MatchedLines      int `json:"matched_lines"`
	MatchedDateRight  int `json:"matched_date_right"`
	MatchedPlaceRight int `json:"matched_place_right"`

	Missing    []Miss  `json:"missing"`    // required events not found
	Slips      []Slip  `json:"slips"`      // required events found with a wrong date or place
	Violations []Wrong `json:"violations"` // output events in forbidden sentences
	Unmatched  []Wrong `json:"unmatched"`  // output events that match no gold event
}

// Precision returns the share of scored output events that match a gold
// event, 0 if there are none.
func (r *StoryReport) Precision() float64 { return ratio(r.Matched, r.OutputEvents) }

// MarshalJSON writes the report's fields with its precision.
func (r *StoryReport) MarshalJSON() ([]byte, error) {
	type plain StoryReport
	return json.Marshal(struct {
		*plain
		Precision float64 `json:"precision"`
	}{(*plain)(r), r.Precision()})
}

// Miss is a required gold event that no output event matches.
type Miss struct {
	Line    int      `json:"line"` // line in the gold file
	Doc     string   `json:"doc"`
	Snippet string   `json:"snippet"`
	Want    string   `json:"want"` // the gold event, as "04 ITA/GOV -> LBY"
	Got     string   `json:"got"`  // the closest output event, or why there is none
	Kind    MissKind `json:"kind"` // what the closest output event got wrong
	// Why says what the analysis saw where the sentence gave no event of
	// the gold's root; set by the caller that re-reads the stories
	// ('dateline eval --why'), empty otherwise.
	Why string `json:"why,omitempty"`
}

// MissKind is what a missed required event's closest output event got
// wrong, the first that applies: no event in the sentence at all, another
// root (or PLOVER type), the countries, or (root and countries right) the
// sectors.
type MissKind string

// The kinds of miss, in the order a report lists them.
const (
	MissNoEvent MissKind = "no event"
	MissRoot    MissKind = "other root"
	MissType    MissKind = "other type" // sentence gold labelled by PLOVER type
	MissSource  MissKind = "source country"
	MissTarget  MissKind = "target country"
	MissBoth    MissKind = "both countries"
	MissSectors MissKind = "sectors"
	// MissPaired: sentence gold only; the one event that matches it
	// matches another of the sentence's gold events better
	MissPaired MissKind = "paired elsewhere"
)

// MissKinds lists the kinds of miss in report order.
var MissKinds = []MissKind{MissNoEvent, MissRoot, MissType, MissSource, MissTarget, MissBoth, MissSectors, MissPaired}

// Slip is a required gold event found with a wrong date or place: the
// event is right, the where or when is not.
type Slip struct {
	Line    int    `json:"line"` // line in the gold file
	Doc     string `json:"doc"`
	Snippet string `json:"snippet"`
	What    string `json:"what"` // "date" or "place"
	Want    string `json:"want"` // the gold's date or place ("-" for none)
	Got     string `json:"got"`  // the output's
}

// Wrong is an output event that should not be there.
type Wrong struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"` // sentence index in the story
	Event    string `json:"event"`    // the event, as "043 CONSULT ITA/GOV -> LBY"
	Text     string `json:"text"`     // the sentence, shortened
	Why      string `json:"why"`
}

// verdict says what an output event gets right about a gold line.
type verdict struct {
	root, src, tgt, date, place bool
	srcCountry, tgtCountry      bool // the countries alone right
}

func (v verdict) full() bool { return v.root && v.src && v.tgt }

func (v verdict) rank() int {
	n := 0
	for _, b := range [...]struct {
		ok bool
		w  int
	}{{v.full(), 32}, {v.root, 16}, {v.src, 4}, {v.tgt, 4}, {v.date, 1}, {v.place, 1}} {
		if b.ok {
			n += b.w
		}
	}
	return n
}

// dateOK reports whether an output date fits a gold date: the gold's null
// accepts any date, and a coarser gold date accepts any date inside it
// ("2018-03" accepts "2018-03-14"; the gold sets' README: dates are only as
// precise as the text supports, and a date inside a coarser one is right).
// An output date coarser than the gold's is wrong.
func dateOK(gold, out string) bool {
	return gold == "" || out == gold || strings.HasPrefix(out, gold+"-")
}

// judge compares output event e with gold line l.
func (s *Scorer) judge(l *Line, e *dateline.Event) verdict {
	v := verdict{
		date:  dateOK(l.Date, string(e.Date)),
		place: placeOK(l.Place, e.Place),
	}
	r := root(e.CAMEO)
	for _, want := range l.Roots {
		v.root = v.root || r == want
	}
	v.src, v.tgt = s.partyOK(l.Source, e.Source), s.partyOK(l.Target, e.Target)
	v.srcCountry, v.tgtCountry = s.partyCountryOK(l.Source, e.Source), s.partyCountryOK(l.Target, e.Target)
	if l.Symmetric {
		src, tgt := s.partyOK(l.Source, e.Target), s.partyOK(l.Target, e.Source)
		if count(src, tgt) > count(v.src, v.tgt) {
			v.src, v.tgt = src, tgt
		}
		sc, tc := s.partyCountryOK(l.Source, e.Target), s.partyCountryOK(l.Target, e.Source)
		if count(sc, tc) > count(v.srcCountry, v.tgtCountry) {
			v.srcCountry, v.tgtCountry = sc, tc
		}
	}
	return v
}

func count(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// partyOK reports whether p matches gold party g; a nil g accepts anything.
func (s *Scorer) partyOK(g *Party, p *dateline.Participant) bool {
	return s.partyCountryOK(g, p) && (g == nil || sectorOK(g.Sectors, p))
}

// partyCountryOK is partyOK on the country alone. A party with no country
// whose only sector is IGO ("the mediators", the UN written with country
// null: no country applies to a body, and its sector says what it is)
// accepts any international body too.
func (s *Scorer) partyCountryOK(g *Party, p *dateline.Participant) bool {
	return g == nil || s.countryOK(g.Country, p) || g.bodyOnly() && s.countryOK("IGO", p)
}

// bodyOnly reports whether g has no country and IGO as its only sector.
func (g *Party) bodyOnly() bool {
	return g.Country == "" && len(g.Sectors) > 0 && !slices.ContainsFunc(g.Sectors, func(s string) bool { return s != "IGO" })
}

// placeOK reports whether the event place p is the gold place g: the names
// are equal ignoring case, white space, diacritics and apostrophes
// ("Sāmarrā’" is "Samarra"); or the gold gives only a country and p lies in
// it; or both are null.
func placeOK(g *GoldPlace, p *dateline.Place) bool {
	if g == nil || p == nil {
		return (g == nil) == (p == nil || p.Name == "" && p.Country == "")
	}
	if g.Name != "" {
		return foldName(g.Name) == foldName(p.Name)
	}
	return g.Country != "" && strings.EqualFold(g.Country, p.Country)
}

func (s *Scorer) scoreStory(g *Gold, events []dateline.Event) *StoryReport {
	r := &StoryReport{}
	byDoc := map[string][]int{} // doc -> gold lines
	for i := range g.Lines {
		l := &g.Lines[i]
		if len(byDoc[l.Doc]) == 0 {
			r.Docs++
		}
		byDoc[l.Doc] = append(byDoc[l.Doc], i)
		switch {
		case l.Forbidden:
			r.Forbidden++
		case l.Required:
			r.Required++
			r.GoldEvents++
		default:
			r.GoldEvents++
		}
	}
	cands := make([][]int, len(g.Lines)) // gold line -> output events in its sentence
	others := map[string]bool{}
	for i := range events {
		e := &events[i]
		if !s.counts(e) {
			r.Ignored++
			continue
		}
		lines, ok := byDoc[e.Doc]
		if !ok {
			others[e.Doc] = true
			r.OtherEvents++
			continue
		}
		r.OutputEvents++
		s.place(r, g, events, i, lines, cands)
	}
	r.OtherDocs = len(others)
	for i := range g.Lines {
		if !g.Lines[i].Forbidden {
			s.judgeLine(r, &g.Lines[i], events, cands[i])
		}
	}
	return r
}

// place finds the gold lines output event i belongs to and records whether
// it matches one or breaks a forbidden one.
func (s *Scorer) place(r *StoryReport, g *Gold, events []dateline.Event, i int, lines []int, cands [][]int) {
	e := &events[i]
	text := normText(e.Sentence.Text)
	in, matched, forbidden := false, false, false
	for _, li := range lines {
		l := &g.Lines[li]
		if !strings.Contains(text, l.snippet) {
			continue
		}
		if l.Forbidden {
			if !forbidden {
				r.Violations = append(r.Violations, wrong(e, or(l.Why, "forbidden sentence")))
			}
			forbidden = true
			continue
		}
		in = true
		cands[li] = append(cands[li], i)
		matched = matched || s.judge(l, e).full()
	}
	switch {
	case matched:
		r.Matched++
	case forbidden:
	case in:
		r.Unmatched = append(r.Unmatched, wrong(e, "no gold event in its sentence matches"))
	case strings.TrimSpace(e.Sentence.Text) == "":
		r.Unmatched = append(r.Unmatched, wrong(e, "no sentence text to place it by"))
	default:
		r.Unmatched = append(r.Unmatched, wrong(e, "not in a gold sentence"))
	}
	if in {
		r.InGoldSentence++
	}
}

// judgeLine scores gold line l against the output events in its sentence.
func (s *Scorer) judgeLine(r *StoryReport, l *Line, events []dateline.Event, cands []int) {
	best, bestV := -1, verdict{}
	for _, i := range cands {
		if v := s.judge(l, &events[i]); best < 0 || v.rank() > bestV.rank() {
			best, bestV = i, v
		}
	}
	found := best >= 0 && bestV.full()
	if found {
		r.MatchedLines++
		r.MatchedDateRight += count(bestV.date)
		r.MatchedPlaceRight += count(bestV.place)
	}
	if !l.Required {
		return
	}
	r.RootRight += count(bestV.root)
	r.SourceRight += count(bestV.src)
	r.TargetRight += count(bestV.tgt)
	countries := false
	for _, i := range cands {
		if v := s.judge(l, &events[i]); v.root && v.srcCountry && v.tgtCountry {
			r.RequiredFoundCountries++
			countries = true
			break
		}
	}
	if found {
		r.RequiredFound++
		r.DateRight += count(bestV.date)
		r.PlaceRight += count(bestV.place)
		e := &events[best]
		if !bestV.date {
			r.Slips = append(r.Slips, Slip{Line: l.Num, Doc: l.Doc, Snippet: l.Contains, What: "date", Want: or(l.Date, "-"), Got: or(string(e.Date), "-")})
		}
		if !bestV.place {
			r.Slips = append(r.Slips, Slip{Line: l.Num, Doc: l.Doc, Snippet: l.Contains, What: "place", Want: goldPlaceText(l.Place), Got: placeText(e.Place)})
		}
		return
	}
	m := Miss{Line: l.Num, Doc: l.Doc, Snippet: l.Contains, Want: wantText(l), Got: "no event in the sentence", Kind: MissNoEvent}
	if best >= 0 {
		m.Got = eventText(&events[best])
		m.Kind = missKind(bestV, countries)
	}
	r.Missing = append(r.Missing, m)
}

// missKind says what the closest event, with verdict v, got wrong;
// countries reports whether some event of the sentence has the root and
// both countries right.
func missKind(v verdict, countries bool) MissKind {
	switch {
	case !v.root:
		return MissRoot
	case countries:
		return MissSectors
	case !v.srcCountry && !v.tgtCountry:
		return MissBoth
	case !v.srcCountry:
		return MissSource
	default:
		return MissTarget
	}
}

// MissCounts counts the report's missed required events by kind and, where
// set, by why.
func (r *StoryReport) MissCounts() (byKind map[MissKind]int, byWhy map[string]int) {
	byKind, byWhy = map[MissKind]int{}, map[string]int{}
	for _, m := range r.Missing {
		byKind[m.Kind]++
		if m.Why != "" {
			byWhy[m.Why]++
		}
	}
	return byKind, byWhy
}

// wrong describes an output event that should not be there.
func wrong(e *dateline.Event, why string) Wrong {
	return Wrong{Doc: e.Doc, Sentence: e.Sentence.Index, Event: eventText(e), Text: shorten(normText(e.Sentence.Text), 60), Why: why}
}

// eventText writes an output event as "043 CONSULT ITA/GOV -> LBY".
func eventText(e *dateline.Event) string {
	var b strings.Builder
	b.WriteString(or(e.CAMEO, "-"))
	if e.Type != "" {
		b.WriteString(" " + e.Type)
	}
	b.WriteString(" " + participantText(e.Source) + " -> " + participantText(e.Target))
	return b.String()
}

func participantText(p *dateline.Participant) string {
	if p == nil {
		return "-"
	}
	c := or(string(p.Country), "-")
	if p.Sector != "" {
		c += "/" + string(p.Sector)
	}
	return c
}

// wantText writes a gold line's event as "04|05 ITA/GOV -> LBY", with
// "<->" for symmetric lines.
func wantText(l *Line) string {
	arrow := "->"
	if l.Symmetric {
		arrow = "<->"
	}
	return fmt.Sprintf("%s %s %s %s", strings.Join(l.Roots, "|"), partyText(l.Source), arrow, partyText(l.Target))
}

// goldPlaceText writes a gold place as "Name (CTY)", "-" for none.
func goldPlaceText(p *GoldPlace) string {
	if p == nil {
		return "-"
	}
	return strings.TrimSpace(p.Name + " (" + or(p.Country, "-") + ")")
}

// placeText writes an output place as "Name (CTY)", "-" for none.
func placeText(p *dateline.Place) string {
	if p == nil || p.Name == "" && p.Country == "" {
		return "-"
	}
	return strings.TrimSpace(p.Name + " (" + or(p.Country, "-") + ")")
}

func partyText(p *Party) string {
	if p == nil {
		return "any"
	}
	c := or(p.Country, "-")
	if len(p.Sectors) > 0 {
		c += "/" + strings.Join(p.Sectors, "|")
	}
	return c
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// shorten cuts s to at most n runes, marking the cut with "...".
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-3]) + "..."
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
