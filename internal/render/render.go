// Package render writes coded events for people and programs: JSON Lines
// (the record contract in SCHEMA.md) and an aligned table for terminals.
package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
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

// Table writes a story's heading and its events as an aligned table.
func Table(w io.Writer, st *dateline.Story, events []dateline.Event) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s", st.ID)
	if st.Headline != "" {
		fmt.Fprintf(bw, ": %s", st.Headline)
	}
	fmt.Fprintln(bw)
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
		fmt.Fprintf(bw, "  %s\n", strings.Join(meta, ", "))
	}
	fmt.Fprintf(bw, "  %d events\n\n", len(events))
	if len(events) > 0 {
		if err := eventRows(bw, events, false); err != nil {
			return err
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

// Events writes events from any number of stories as an aligned table, one
// row an event with its story.
func Events(w io.Writer, events []dateline.Event) error {
	bw := bufio.NewWriter(w)
	if err := eventRows(bw, events, true); err != nil {
		return err
	}
	fmt.Fprintf(bw, "%d events\n", len(events))
	return bw.Flush()
}

func eventRows(w io.Writer, events []dateline.Event, withDoc bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := "SENT\tDATE\tCAMEO\tTYPE\tSOURCE\tTARGET\tTRIGGER\tPLACE\tMODALITY"
	if withDoc {
		head = "DOC\t" + head
	}
	fmt.Fprintln(tw, head)
	for i := range events {
		e := &events[i]
		if withDoc {
			fmt.Fprintf(tw, "%s\t", clip(e.Doc, 24))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Sentence.Index, orDash(string(e.Date)), e.CAMEO,
			orDash(e.Type), actor(e.Source), actor(e.Target), clip(e.Trigger.Text, 24), place(e.Place), e.Modality)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func actor(p *dateline.Participant) string {
	if p == nil {
		return "-"
	}
	name := p.Name
	if name == "" {
		name = p.Text
	}
	return clip(name, 28) + " " + orDash(p.Code)
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

// MentionsTable writes a coded story's mentions as an aligned table.
func MentionsTable(w io.Writer, c *dateline.Coded) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SENT\tTEXT\tKIND\tNAME\tCODE\tRULE")
	for _, r := range mentionRecords(c) {
		name := r.Name
		if r.Place != nil {
			name = place(r.Place)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.Sentence, clip(r.Text, 40), r.Kind, clip(orDash(name), 28), orDash(r.Code), clip(r.Rule, 40))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}
