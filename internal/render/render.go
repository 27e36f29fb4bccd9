// Package render writes coded events for people and programs: JSON Lines
// (the record contract in SCHEMA.md) and an aligned table for terminals.
package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"dateline"
)

// Plural writes n with the noun that agrees with it: "1 story", "2 stories".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// JSONL writes one event per line.
func JSONL(w io.Writer, events []dateline.Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range events {
		if err := enc.Encode(&events[i]); err != nil {
			return fmt.Errorf("write event %s: %w", events[i].ID, err)
		}
	}
	return nil
}

// Width is the width that tables fit when not written wide: a terminal's
// default 80 columns.
const Width = 80

// Table writes a story's heading and its events as an aligned table. The
// table fits Width columns, wide cells cut with an ellipsis, unless wide.
// Sentences are numbered from 1, as people count them and as the web page
// shows them; the JSON records keep SCHEMA.md's 0-based sentence.index.
func Table(w io.Writer, st *dateline.Story, events []dateline.Event, wide bool) error {
	bw := bufio.NewWriter(w)
	heading := st.ID
	if st.Headline != "" {
		heading += ": " + st.Headline
	}
	if !wide {
		heading = clip(heading, Width)
	}
	fmt.Fprintln(bw, heading)
	var meta []string
	if !st.Published.IsZero() {
		meta = append(meta, "published "+st.Published.Format("2006-01-02 15:04 -07:00"))
	}
	if st.Dateline != nil {
		d := st.Dateline.Text
		if st.Dateline.Country != "" {
			d += " (" + st.Dateline.Country + ")"
		}
		meta = append(meta, "dateline "+d)
	}
	if len(meta) > 0 {
		line := "  " + strings.Join(meta, ", ")
		if !wide {
			line = clip(line, Width)
		}
		fmt.Fprintln(bw, line)
	}
	fmt.Fprintf(bw, "  %s\n\n", Plural(len(events), "event", "events"))
	if len(events) > 0 {
		eventRows(bw, events, false, wide)
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

// Events writes events from any number of stories as an aligned table, one
// row an event with its story, fitting Width columns unless wide.
func Events(w io.Writer, events []dateline.Event, wide bool) error {
	bw := bufio.NewWriter(w)
	eventRows(bw, events, true, wide)
	fmt.Fprintf(bw, "%s\n", Plural(len(events), "event", "events"))
	return bw.Flush()
}

func eventRows(w io.Writer, events []dateline.Event, withDoc, wide bool) {
	t := table{head: []string{"DOC", "SENT", "DATE", "CAMEO", "TYPE", "SOURCE", "TARGET", "TRIGGER", "PLACE", "MODALITY"},
		fixed: []bool{false, true, true, true}}
	modality := wide
	for i := range events {
		e := &events[i]
		t.rows = append(t.rows, []string{e.Doc, strconv.Itoa(e.Sentence.Index + 1), orDash(string(e.Date)), e.CAMEO,
			orDash(e.Type), actor(e.Source, wide), actor(e.Target, wide), e.Trigger.Text, place(e.Place), string(e.Modality)})
		modality = modality || e.Modality != dateline.Asserted
	}
	if !modality { // all asserted: the column says nothing
		t.drop(9)
	}
	if !withDoc {
		t.drop(0)
	}
	t.write(w, wide)
}

// table is rows of cells under a head, written aligned with two spaces
// between columns.
type table struct {
	head  []string
	fixed []bool // columns never cut, by index; the rest may be
	rows  [][]string
}

// drop removes column i.
func (t *table) drop(i int) {
	t.head = slices.Delete(t.head, i, i+1)
	if i < len(t.fixed) {
		t.fixed = slices.Delete(t.fixed, i, i+1)
	}
	for r := range t.rows {
		t.rows[r] = slices.Delete(t.rows[r], i, i+1)
	}
}

// minCut is the narrowest a column is cut to.
const minCut = 6

// write writes the table; unless wide it cuts the widest columns, one
// character at a time, until a line fits Width.
func (t *table) write(w io.Writer, wide bool) {
	widths := make([]int, len(t.head))
	for _, row := range append([][]string{t.head}, t.rows...) {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	total := 2 * (len(widths) - 1)
	for _, n := range widths {
		total += n
	}
	for !wide && total > Width {
		widest := -1
		for i, n := range widths {
			if (i >= len(t.fixed) || !t.fixed[i]) && n > minCut && (widest < 0 || n > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
		total--
	}
	var b strings.Builder
	for _, row := range append([][]string{t.head}, t.rows...) {
		b.Reset()
		for i, c := range row {
			c = clip(c, widths[i])
			b.WriteString(c)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// actor writes a participant as its CAMEO actor code, and its name too when
// wide (a code alone when it has no name).
func actor(p *dateline.Participant, wide bool) string {
	if p == nil {
		return "-"
	}
	name := p.Name
	if name == "" {
		name = p.Text
	}
	if p.Code == "" {
		return name
	}
	if !wide {
		return p.Code
	}
	return name + " " + p.Code
}

func place(p *dateline.Place) string {
	if p == nil {
		return "-"
	}
	if p.Country != "" && p.Feature != "country" {
		return p.Name + ", " + p.Country
	}
	return p.Name
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// MentionRecord is one resolved actor or place mention as written by
// 'dateline code --mentions': the record kind "mention" tells it apart from
// events in the same stream.
type MentionRecord struct {
	Record   string          `json:"record"` // always "mention"
	Doc      string          `json:"doc"`
	Sentence int             `json:"sentence"`
	Text     string          `json:"text"`
	Start    int             `json:"start"`
	End      int             `json:"end"`
	Kind     string          `json:"kind"`
	Name     string          `json:"name"`
	Country  dateline.Null   `json:"country"`
	Sector   dateline.Null   `json:"sector"`
	Code     string          `json:"code"`
	Place    *dateline.Place `json:"place"`
	Rule     string          `json:"rule"`
}

// mentionRecords flattens a coded story's mentions in text order.
func mentionRecords(c *dateline.Coded) []MentionRecord {
	var out []MentionRecord
	for si, ms := range c.Mentions {
		for _, m := range ms {
			out = append(out, MentionRecord{Record: "mention", Doc: c.Story.ID, Sentence: si, Text: m.Text,
				Start: m.Start, End: m.End, Kind: m.Kind.String(), Name: m.Actor.Name,
				Country: dateline.Null(m.Actor.Country), Sector: dateline.Null(m.Actor.Sector), Code: m.Actor.Code,
				Place: m.Place, Rule: m.Rule})
		}
	}
	return out
}

// MentionsJSONL writes every actor and place mention of a coded story, one
// JSON object a line, so users can audit how actors were resolved.
func MentionsJSONL(w io.Writer, c *dateline.Coded) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range mentionRecords(c) {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write mention: %w", err)
		}
	}
	return nil
}

// MentionsTable writes a coded story's country, which unnamed agents take,
// and its mentions as an aligned table that fits Width columns unless wide;
// sentences are numbered from 1.
func MentionsTable(w io.Writer, c *dateline.Coded, wide bool) error {
	home := c.Home
	if home == "" {
		home = "none (no dateline, and no country named enough)"
	}
	if _, err := fmt.Fprintf(w, "story country: %s\n", home); err != nil {
		return err
	}
	t := table{head: []string{"SENT", "TEXT", "KIND", "NAME", "CODE", "RULE"}, fixed: []bool{true, false, true}}
	for _, r := range mentionRecords(c) {
		name := r.Name
		if r.Place != nil {
			name = place(r.Place)
		}
		t.rows = append(t.rows, []string{strconv.Itoa(r.Sentence + 1), r.Text, r.Kind, orDash(name), orDash(r.Code), r.Rule})
	}
	t.write(w, wide)
	_, err := fmt.Fprintln(w)
	return err
}
