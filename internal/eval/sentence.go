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
	var lv [4]Tally
	perLabel := map[string]*Tally{}
	cells := map[[2]string]int{}
	for i := range g.Sentences {
		gs := &g.Sentences[i]
		s.scoreSentence(gs, byDoc[gs.ID], g.Label, &lv, perLabel, cells)
		r.GoldEvents += len(gs.Events)
	}
	for i, name := range [...]string{"event", g.Label, "dyad", "triple"} {
		r.Levels = append(r.Levels, Level{name, lv[i]})
	}
	for _, name := range sortedLabels(perLabel) {
		r.Labels = append(r.Labels, Level{name, *perLabel[name]})
	}
	r.Confusion = confusion(perLabel, cells)
	return r
}

// scoreSentence adds one gold sentence and its output events to the level
// tallies (event, label, dyad, triple), the per-label tallies and the
// confusion cells.
func (s *Scorer) scoreSentence(gs *Sentence, out []*dateline.Event, label string, lv *[4]Tally, perLabel map[string]*Tally, cells map[[2]string]int) {
	gl := make([]string, len(gs.Events))
	pl := make([]string, len(out))
	for i, e := range gs.Events {
		gl[i] = e.Root
		if label == "type" {
			gl[i] = e.Type
		}
	}
	for i, e := range out {
		pl[i] = outputLabel(e, label)
	}
	labelOK := func(g, p int) bool { return gl[g] == pl[p] }
	dyadOK := func(g, p int) bool {
		ge, e := &gs.Events[g], out[p]
		return s.countryOK(ge.SourceCountry, e.Source) && s.countryOK(ge.TargetCountry, e.Target)
	}
	tripleOK := func(g, p int) bool { return labelOK(g, p) && dyadOK(g, p) }
	n, m := len(gl), len(pl)
	lv[0].Gold += count(n > 0)
	lv[0].Output += count(m > 0)
	lv[0].Match += count(n > 0 && m > 0)
	for i, ok := range []func(g, p int) bool{labelOK, dyadOK, tripleOK} {
		lv[i+1].Gold += n
		lv[i+1].Output += m
		lv[i+1].Match += len(match(make([]bool, n), make([]bool, m), ok))
	}

	tally := func(name string) *Tally {
		t := perLabel[name]
		if t == nil {
			t = &Tally{}
			perLabel[name] = t
		}
		return t
	}
	for _, l := range gl {
		tally(l).Gold++
	}
	for _, l := range pl {
		tally(l).Output++
	}
	usedG, usedP := make([]bool, n), make([]bool, m)
	for _, ok := range []func(g, p int) bool{tripleOK, labelOK, dyadOK} {
		for _, pair := range match(usedG, usedP, ok) {
			g, p := gl[pair[0]], pl[pair[1]]
			cells[[2]string{g, p}]++
			if g == p {
				tally(g).Match++
			}
		}
	}
	for i, used := range usedG {
		if !used {
			cells[[2]string{gl[i], None}]++
		}
	}
	for i, used := range usedP {
		if !used {
			cells[[2]string{None, pl[i]}]++
		}
	}
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
