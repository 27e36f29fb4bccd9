// Package render writes coded events for people and programs: JSON Lines
// (the record contract in SCHEMA.md) and an aligned table for terminals.
package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"dateline"
)

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
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "SENT\tDATE\tCAMEO\tTYPE\tSOURCE\tTARGET\tTRIGGER\tPLACE\tMODALITY")
		for i := range events {
			e := &events[i]
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Sentence.Index, orDash(string(e.Date)), e.CAMEO,
				orDash(e.Type), actor(e.Source), actor(e.Target), clip(e.Trigger.Text, 24), place(e.Place), e.Modality)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
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
