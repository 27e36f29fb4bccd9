package eval

import (
	"encoding/json"
	"sort"
	"strings"

	"dateline"
)

// None labels a missed gold event (a confusion column) or an extra output
// event (a confusion row).
const None = "NONE"

// SentenceReport scores events against sentence gold, micro-averaged over
// sentences. Within a sentence each gold event matches at most one output
// event and the other way round, pairing as many as possible.
//
// Levels: "event" asks whether a sentence has any event, in gold and in
// output; the label level ("type" for PLOVER gold, "root" for CAMEO gold)
// compares the event's PLOVER type or 2-digit CAMEO root alone; "dyad"
// compares the (source, target) countries; "triple" compares label and dyad.
// Gold country "" or "---" wants an actor with no country; "IGO" wants an
// international body (see Scorer.IGO).
type SentenceReport struct {
	Sentences    int `json:"sentences"`
	GoldEvents   int `json:"gold_events"`
	OutputEvents int `json:"output_events"` // scored: in gold sentences, by modality
	Ignored      int `json:"ignored"`       // output events skipped for their modality
	OtherDocs    int `json:"other_docs"`    // output docs that are no gold sentence
	OtherEvents  int `json:"other_events"`  // output events in those docs

	Label     string    `json:"label"`  // "type" or "root"
	Levels    []Level   `json:"levels"` // event, type or root, dyad, triple
	Labels    []Level   `json:"labels"` // per type or root, sorted by name
	Confusion Confusion `json:"confusion"`

	// Of triple-matched gold events with a PLOVER mode, how many output
	// events have the same mode.
	ModeGold  int `json:"mode_gold"`
	ModeRight int `json:"mode_right"`

	// Of triple-matched gold events with a place, how many output events
	// have it (placeOK: the same name, ignoring case).
	PlaceGold  int `json:"place_gold"`
	PlaceRight int `json:"place_right"`

	// Errors lists the sentences whose events do not all pair on the
	// triple, in gold order; Write leaves them out, WriteErrors prints them.
	Errors []SentenceError `json:"errors"`
}

// SentenceError is a gold sentence with events missed or extra on the
// triple level.
type SentenceError struct {
	ID     string   `json:"id"`
	Text   string   `json:"text"`             // shortened
	Missed []string `json:"missed,omitempty"` // gold events, as "AGREE GHA -> TGO"
	Extra  []string `json:"extra,omitempty"`  // output events, as "030 AGREE GHA -> TGO/GOV"
	// Misses says of each missed gold event, in Missed's order, what the
	// sentence's closest output event got wrong.
	Misses []SentenceMiss `json:"misses,omitempty"`
}

// SentenceMiss is a gold event of a sentence that no output event matches
// on the triple: its label and countries, and what the closest output
// event got wrong (no event in the sentence, another label, or a country:
// sentence gold scores countries, not sectors). Why is set by a caller
// that re-reads the sentence ('dateline eval --why').
type SentenceMiss struct {
	Label         string   `json:"label"` // the gold's type or root
	SourceCountry string   `json:"source_country,omitempty"`
	TargetCountry string   `json:"target_country,omitempty"`
	Kind          MissKind `json:"kind"`
	Why           string   `json:"why,omitempty"`
}

// Level is a score for one level or one label.
type Level struct {
	Name string `json:"name"`
	Tally
}

// Tally counts matches against gold and output.
type Tally struct {
	Match  int `json:"match"`
	Gold   int `json:"gold"`
	Output int `json:"output"`
}

// P returns the precision: matches over output.
func (t Tally) P() float64 { return ratio(t.Match, t.Output) }

// R returns the recall: matches over gold.
func (t Tally) R() float64 { return ratio(t.Match, t.Gold) }

// F1 returns the harmonic mean of P and R.
func (t Tally) F1() float64 { return ratio(2*t.Match, t.Gold+t.Output) }

// MarshalJSON writes the counts with P, R and F1.
func (t Tally) MarshalJSON() ([]byte, error) {
	return json.Marshal(tallyJSON{"", t.Match, t.Gold, t.Output, t.P(), t.R(), t.F1()})
}

// Confusion counts gold labels (rows) against output labels (columns).
// Gold and output events are paired within a sentence first on label and
// dyad, then on label, then on dyad; an unpaired gold event counts in the
// None column, an unpaired output event in the None row. An output event
// with no label shows as "-".
type Confusion struct {
	Labels []string `json:"labels"` // row and column names, None last
	Counts [][]int  `json:"counts"` // Counts[gold][output]
}

func (s *Scorer) scoreSentences(g *Gold, events []dateline.Event) *SentenceReport {
	r := &SentenceReport{Sentences: len(g.Sentences), Label: g.Label}
	byDoc := make(map[string][]*dateline.Event, len(g.Sentences))
	for i := range g.Sentences {
		byDoc[g.Sentences[i].ID] = nil
	}
	others := map[string]bool{}
	for i := range events {
		e := &events[i]
		switch list, ok := byDoc[e.Doc]; {
		case !s.counts(e):
			r.Ignored++
		case !ok:
			others[e.Doc] = true
			r.OtherEvents++
		default:
			byDoc[e.Doc] = append(list, e)
			r.OutputEvents++
		}
	}
	r.OtherDocs = len(others)
	acc := &accumulator{s: s, label: g.Label, perLabel: map[string]*Tally{}, cells: map[[2]string]int{}}
	for i := range g.Sentences {
		gs := &g.Sentences[i]
		acc.add(gs, byDoc[gs.ID])
		r.GoldEvents += len(gs.Events)
	}
	for i, name := range [...]string{"event", g.Label, "dyad", "triple"} {
		r.Levels = append(r.Levels, Level{name, acc.levels[i]})
	}
	for _, name := range sortedLabels(acc.perLabel) {
		r.Labels = append(r.Labels, Level{name, *acc.perLabel[name]})
	}
	r.Confusion = confusion(acc.perLabel, acc.cells)
	r.ModeRight, r.ModeGold, r.Errors = acc.modeRight, acc.modeGold, acc.errors
	r.PlaceRight, r.PlaceGold = acc.placeRight, acc.placeGold
	return r
}

// accumulator adds up sentence scores.
type accumulator struct {
	s                     *Scorer
	label                 string
	levels                [4]Tally // event, label, dyad, triple
	perLabel              map[string]*Tally
	cells                 map[[2]string]int // confusion: gold label, output label
	modeGold              int
	placeGold, placeRight int
	modeRight             int
	errors                []SentenceError
}

func (a *accumulator) tally(name string) *Tally {
	t := a.perLabel[name]
	if t == nil {
		t = &Tally{}
		a.perLabel[name] = t
	}
	return t
}

// add scores one gold sentence against its output events.
func (a *accumulator) add(gs *Sentence, out []*dateline.Event) {
	gl := make([]string, len(gs.Events))
	pl := make([]string, len(out))
	for i, e := range gs.Events {
		gl[i] = e.Root
		if a.label == "type" {
			gl[i] = e.Type
		}
		a.tally(gl[i]).Gold++
	}
	for i, e := range out {
		pl[i] = outputLabel(e, a.label)
		a.tally(pl[i]).Output++
	}
	labelOK := func(g, p int) bool { return gl[g] == pl[p] }
	dyadOK := func(g, p int) bool {
		ge, e := &gs.Events[g], out[p]
		return a.s.countryOK(ge.SourceCountry, e.Source) && a.s.countryOK(ge.TargetCountry, e.Target)
	}
	tripleOK := func(g, p int) bool { return labelOK(g, p) && dyadOK(g, p) }
	n, m := len(gl), len(pl)
	a.levels[0].Gold += count(n > 0)
	a.levels[0].Output += count(m > 0)
	a.levels[0].Match += count(n > 0 && m > 0)
	for i := 1; i < 4; i++ {
		a.levels[i].Gold += n
		a.levels[i].Output += m
	}
	a.levels[1].Match += len(match(make([]bool, n), make([]bool, m), labelOK))
	a.levels[2].Match += len(match(make([]bool, n), make([]bool, m), dyadOK))

	// Pair for the confusion table: on the triple, then label, then dyad.
	usedG, usedP := make([]bool, n), make([]bool, m)
	triples := match(usedG, usedP, tripleOK)
	a.levels[3].Match += len(triples)
	for _, pair := range triples {
		if mode := gs.Events[pair[0]].Mode; mode != "" {
			a.modeGold++
			a.modeRight += count(strings.EqualFold(mode, out[pair[1]].Mode))
		}
		if gp := gs.Events[pair[0]].Place; gp != nil {
			a.placeGold++
			a.placeRight += count(placeOK(gp, out[pair[1]].Place))
		}
	}
	a.noteErrors(gs, out, usedG, usedP, labelOK)
	pairs := append(triples, match(usedG, usedP, labelOK)...)
	pairs = append(pairs, match(usedG, usedP, dyadOK)...)
	for _, pair := range pairs {
		g, p := gl[pair[0]], pl[pair[1]]
		a.cells[[2]string{g, p}]++
		if g == p {
			a.tally(g).Match++
		}
	}
	for i, used := range usedG {
		if !used {
			a.cells[[2]string{gl[i], None}]++
		}
	}
	for i, used := range usedP {
		if !used {
			a.cells[[2]string{None, pl[i]}]++
		}
	}
}

// noteErrors records the gold and output events of gs left unpaired on the
// triple.
func (a *accumulator) noteErrors(gs *Sentence, out []*dateline.Event, usedG, usedP []bool, labelOK func(g, p int) bool) {
	var se SentenceError
	for i, used := range usedG {
		if !used {
			e := &gs.Events[i]
			l := e.Root
			if a.label == "type" {
				l = e.Type
			}
			se.Missed = append(se.Missed, l+" "+or(e.SourceCountry, "-")+" -> "+or(e.TargetCountry, "-"))
			se.Misses = append(se.Misses, SentenceMiss{Label: l, SourceCountry: e.SourceCountry, TargetCountry: e.TargetCountry,
				Kind: a.missKind(e, i, out, labelOK)})
		}
	}
	for i, used := range usedP {
		if !used {
			se.Extra = append(se.Extra, eventText(out[i]))
		}
	}
	if se.Missed != nil || se.Extra != nil {
		se.ID, se.Text = gs.ID, shorten(normText(gs.Text), 100)
		a.errors = append(a.errors, se)
	}
}

// MissCounts counts the gold events missed on the triple by kind and,
// where set, by why.
func (r *SentenceReport) MissCounts() (byKind map[MissKind]int, byWhy map[string]int) {
	byKind, byWhy = map[MissKind]int{}, map[string]int{}
	for _, e := range r.Errors {
		for _, m := range e.Misses {
			byKind[m.Kind]++
			if m.Why != "" {
				byWhy[m.Why]++
			}
		}
	}
	return byKind, byWhy
}

// missKind says what the output events closest to gold event e (the
// sentence's i-th) got wrong: none at all, none with its label (another
// type, or root), else the countries of the one with the label that gets
// most of them right.
func (a *accumulator) missKind(e *GoldEvent, i int, out []*dateline.Event, labelOK func(g, p int) bool) MissKind {
	if len(out) == 0 {
		return MissNoEvent
	}
	kind := MissRoot
	if a.label == "type" {
		kind = MissType
	}
	best := -1
	for p, o := range out {
		if !labelOK(i, p) {
			continue
		}
		src, tgt := a.s.countryOK(e.SourceCountry, o.Source), a.s.countryOK(e.TargetCountry, o.Target)
		switch n := count(src, tgt); {
		case n <= best:
		case src && tgt:
			kind, best = MissPaired, n
		case src:
			kind, best = MissTarget, n
		case tgt:
			kind, best = MissSource, n
		default:
			kind, best = MissBoth, n
		}
	}
	return kind
}

// outputLabel returns an output event's PLOVER type (label "type") or CAMEO
// root (label "root"), or "-" if it has none.
func outputLabel(e *dateline.Event, label string) string {
	l := root(e.CAMEO)
	if label == "type" {
		l = strings.ToUpper(e.Type)
	}
	return or(l, "-")
}

// sortedLabels returns the labels sorted by name, "-" last.
func sortedLabels(m map[string]*Tally) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "-") != (names[j] == "-") {
			return names[j] == "-"
		}
		return names[i] < names[j]
	})
	return names
}

func confusion(perLabel map[string]*Tally, cells map[[2]string]int) Confusion {
	labels := append(sortedLabels(perLabel), None)
	at := make(map[string]int, len(labels))
	for i, l := range labels {
		at[l] = i
	}
	c := Confusion{Labels: labels, Counts: make([][]int, len(labels))}
	for i := range c.Counts {
		c.Counts[i] = make([]int, len(labels))
	}
	for k, n := range cells {
		c.Counts[at[k[0]]][at[k[1]]] += n
	}
	return c
}
