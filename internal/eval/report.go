package eval

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Report is the result of scoring events against one gold file. Story is
// set for story gold, Sentence for sentence gold.
type Report struct {
	Gold     string          `json:"gold"`
	Format   Format          `json:"format"`
	Story    *StoryReport    `json:"story,omitempty"`
	Sentence *SentenceReport `json:"sentence,omitempty"`
}

// JSON returns the report as indented JSON.
func (r *Report) JSON() ([]byte, error) {
	return json.MarshalIndent(r, "", "  ")
}

// MarshalJSON writes the level's name with its counts and scores.
func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(tallyJSON{l.Name, l.Match, l.Gold, l.Output, l.P(), l.R(), l.F1()})
}

// Write writes the report as aligned text.
func (r *Report) Write(w io.Writer) error { return r.write(w, true) }

// WriteBrief writes the report's figures and the counts of what was missed
// and why, without the lists that quote the stories: what may be read of
// a set that is to stay blind.
func (r *Report) WriteBrief(w io.Writer) error { return r.write(w, false) }

func (r *Report) write(w io.Writer, lists bool) error {
	bw := bufio.NewWriter(w)
	if r.Story != nil {
		r.Story.write(bw, r.Gold, lists)
	}
	if r.Sentence != nil {
		r.Sentence.write(bw, r.Gold)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func (r *StoryReport) write(w *bufio.Writer, name string, lists bool) {
	fmt.Fprintf(w, "%s: %d %s, %d gold %s (%d required), %d forbidden %s, %d output %s\n",
		name, r.Docs, plural(r.Docs, "story", "stories"), r.GoldEvents, plural(r.GoldEvents, "event", "events"), r.Required,
		r.Forbidden, plural(r.Forbidden, "sentence", "sentences"), r.OutputEvents, plural(r.OutputEvents, "event", "events"))
	writeSkipped(w, r.Ignored, r.OtherEvents, r.OtherDocs)
	row := func(label string, n, of int, note string) {
		line := fmt.Sprintf("  %-16s %4d/%-4d %5s  %s", label, n, of, score(ratio(n, of)), note)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	fmt.Fprintln(w, "output events")
	row("match gold", r.Matched, r.OutputEvents, "precision")
	row("in gold sentence", r.InGoldSentence, r.OutputEvents, "")
	row("forbidden", len(r.Violations), r.OutputEvents, "violations")
	fmt.Fprintln(w, "required events")
	row("found", r.RequiredFound, r.Required, "recall")
	row("by countries", r.RequiredFoundCountries, r.Required, "recall with root and countries right, sectors aside")
	row("root right", r.RootRight, r.Required, "closest event in the sentence")
	row("source right", r.SourceRight, r.Required, "country and sector")
	row("target right", r.TargetRight, r.Required, "country and sector")
	row("date right", r.DateRight, r.RequiredFound, "of found")
	row("place right", r.PlaceRight, r.RequiredFound, "of found")
	fmt.Fprintln(w, "all matched gold events")
	row("date right", r.MatchedDateRight, r.MatchedLines, "")
	row("place right", r.MatchedPlaceRight, r.MatchedLines, "")
	r.writeMissCounts(w)
	if !lists {
		return
	}
	if len(r.Missing) > 0 {
		fmt.Fprintln(w, "missing required events")
		for _, m := range r.Missing {
			got := m.Got
			if m.Kind != MissNoEvent {
				got += " (" + string(m.Kind) + ")"
			}
			fmt.Fprintf(w, "  line %d %s %q\n    want %s\n    got  %s\n", m.Line, m.Doc, m.Snippet, m.Want, got)
			if m.Why != "" {
				fmt.Fprintf(w, "    why  %s\n", m.Why)
			}
		}
	}
	if len(r.Slips) > 0 {
		fmt.Fprintln(w, "required events found with a wrong date or place")
		for _, m := range r.Slips {
			fmt.Fprintf(w, "  line %d %s %q\n    %-5s want %s, got %s\n", m.Line, m.Doc, m.Snippet, m.What, m.Want, m.Got)
		}
	}
	writeWrong(w, "forbidden violations", r.Violations)
	writeWrong(w, "unmatched output events", r.Unmatched)
}

// writeMissCounts writes how many required events were missed by each
// kind of miss and, where the stories were re-read, by what the analysis
// saw, the most frequent first.
func (r *StoryReport) writeMissCounts(w *bufio.Writer) {
	byKind, byWhy := r.MissCounts()
	writeMissTally(w, "required events", byKind, byWhy)
}

// writeMissTally writes counts of misses by kind and by why.
func writeMissTally(w *bufio.Writer, what string, byKind map[MissKind]int, byWhy map[string]int) {
	if len(byKind) == 0 {
		return
	}
	fmt.Fprintf(w, "missed %s, by what the closest event got wrong\n", what)
	for _, k := range MissKinds {
		if n := byKind[k]; n > 0 {
			fmt.Fprintf(w, "  %-16s %4d\n", k, n)
		}
	}
	if len(byWhy) == 0 {
		return
	}
	whys := make([]string, 0, len(byWhy))
	for k := range byWhy {
		whys = append(whys, k)
	}
	slices.SortFunc(whys, func(a, b string) int {
		return cmp.Or(cmp.Compare(byWhy[b], byWhy[a]), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "missed %s, by what the analysis saw\n", what)
	for _, k := range whys {
		fmt.Fprintf(w, "  %4d  %s\n", byWhy[k], k)
	}
}

func writeWrong(w *bufio.Writer, title string, ws []Wrong) {
	if len(ws) == 0 {
		return
	}
	fmt.Fprintln(w, title)
	for _, x := range ws {
		fmt.Fprintf(w, "  %s#%d %s\n    %q: %s\n", x.Doc, x.Sentence, x.Event, x.Text, x.Why)
	}
}

func writeSkipped(w *bufio.Writer, ignored, otherEvents, otherDocs int) {
	if ignored == 0 && otherEvents == 0 {
		return
	}
	fmt.Fprintf(w, "  (not scored: %d %s for their modality; %d %s in %d %s not in the gold)\n",
		ignored, plural(ignored, "event", "events"), otherEvents, plural(otherEvents, "event", "events"),
		otherDocs, plural(otherDocs, "doc", "docs"))
}

func (r *SentenceReport) write(w *bufio.Writer, name string) {
	fmt.Fprintf(w, "%s: %d %s, %d gold %s, %d output %s\n", name, r.Sentences, plural(r.Sentences, "sentence", "sentences"),
		r.GoldEvents, plural(r.GoldEvents, "event", "events"), r.OutputEvents, plural(r.OutputEvents, "event", "events"))
	writeSkipped(w, r.Ignored, r.OtherEvents, r.OtherDocs)
	writeLevels(w, "level", r.Levels)
	fmt.Fprintln(w)
	writeLevels(w, r.Label, r.Labels)
	fmt.Fprintln(w)
	if r.ModeGold > 0 {
		fmt.Fprintf(w, "mode right %d/%d %s  (of matched triples with a gold mode)\n\n",
			r.ModeRight, r.ModeGold, score(ratio(r.ModeRight, r.ModeGold)))
	}
	if r.PlaceGold > 0 {
		fmt.Fprintf(w, "place right %d/%d %s  (of matched triples with a gold place)\n\n",
			r.PlaceRight, r.PlaceGold, score(ratio(r.PlaceRight, r.PlaceGold)))
	}
	fmt.Fprintf(w, "confusion: rows gold %s, columns output %s; %s = missed or extra\n", r.Label, r.Label, None)
	r.Confusion.write(w)
	byKind, byWhy := r.MissCounts()
	if len(byKind) > 0 {
		fmt.Fprintln(w)
	}
	writeMissTally(w, "gold events", byKind, byWhy)
}

// WriteErrors writes, for sentence gold, each sentence whose events do not
// all match on the triple, with the gold events missed and the output
// events extra. For story gold, whose Write already lists what is wrong, it
// writes nothing.
func (r *Report) WriteErrors(w io.Writer) error {
	if r.Sentence == nil {
		return nil
	}
	bw := bufio.NewWriter(w)
	for _, e := range r.Sentence.Errors {
		fmt.Fprintf(bw, "%s %q\n", e.ID, e.Text)
		for i, m := range e.Missed {
			if i < len(e.Misses) {
				m += " (" + string(e.Misses[i].Kind) + ")"
				if e.Misses[i].Why != "" {
					m += "\n    why " + e.Misses[i].Why
				}
			}
			fmt.Fprintf(bw, "  missed %s\n", m)
		}
		for _, x := range e.Extra {
			fmt.Fprintf(bw, "  extra  %s\n", x)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write errors: %w", err)
	}
	return nil
}

func writeLevels(w *bufio.Writer, title string, ls []Level) {
	width := len(title)
	for _, l := range ls {
		width = max(width, len(l.Name))
	}
	fmt.Fprintf(w, "%-*s  %5s  %5s  %5s  %5s %5s %5s\n", width, title, "P", "R", "F1", "match", "gold", "out")
	for _, l := range ls {
		fmt.Fprintf(w, "%-*s  %5s  %5s  %5s  %5d %5d %5d\n", width, l.Name,
			score(l.P()), score(l.R()), score(l.F1()), l.Match, l.Gold, l.Output)
	}
}

func (c Confusion) write(w *bufio.Writer) {
	heads := abbreviate(c.Labels)
	width := 0
	for _, l := range c.Labels {
		width = max(width, len(l))
	}
	cell := 3
	for _, h := range heads {
		cell = max(cell, len(h))
	}
	for _, row := range c.Counts {
		for _, n := range row {
			cell = max(cell, len(fmt.Sprint(n)))
		}
	}
	fmt.Fprintf(w, "%*s", width, "")
	for _, h := range heads {
		fmt.Fprintf(w, " %*s", cell, h)
	}
	fmt.Fprintln(w)
	for i, row := range c.Counts {
		fmt.Fprintf(w, "%-*s", width, c.Labels[i])
		for _, n := range row {
			s := "."
			if n > 0 {
				s = fmt.Sprint(n)
			}
			fmt.Fprintf(w, " %*s", cell, s)
		}
		fmt.Fprintln(w)
	}
}

// abbreviate shortens labels to their first four letters for column heads,
// unless that would make two heads the same.
func abbreviate(labels []string) []string {
	heads := make([]string, len(labels))
	seen := map[string]bool{}
	for i, l := range labels {
		heads[i] = l
		if len(l) > 4 {
			heads[i] = l[:4]
		}
		if seen[heads[i]] {
			return labels
		}
		seen[heads[i]] = true
	}
	return heads
}

// score writes a share with three decimals.
func score(f float64) string { return fmt.Sprintf("%.3f", f) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// tallyJSON is the JSON form of a Tally or Level.
type tallyJSON struct {
	Name   string  `json:"name,omitempty"`
	Match  int     `json:"match"`
	Gold   int     `json:"gold"`
	Output int     `json:"output"`
	P      float64 `json:"p"`
	R      float64 `json:"r"`
	F1     float64 `json:"f1"`
}
