package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline"
	"dateline/internal/story"
)

func runArgs(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestDemoPrintsSeedEvents(t *testing.T) {
	out, _, err := runArgs(t, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "palermo-2018: Italy brings together Libya rivals") {
		t.Errorf("got heading %q, want the seed's id and headline", firstLine(out))
	}
	if !strings.Contains(out, "SENT") || strings.Contains(out, "0 events") {
		t.Errorf("got no event table:\n%s", out)
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// TestCodeMixedInput codes a JSON Lines file with good and bad lines: the
// good stories are coded in input order, each bad one is reported with its
// file and line, and the run fails.
func TestCodeMixedInput(t *testing.T) {
	out, errOut, err := runArgs(t, "", "code", "--format", "jsonl", "--workers", "2", filepath.Join("testdata", "mixed.jsonl"))
	if !errors.Is(err, errFailed) {
		t.Fatalf("got error %v, want errFailed", err)
	}
	for _, want := range []string{"mixed.jsonl:2", "mixed.jsonl:3"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not name %s:\n%s", want, errOut)
		}
	}
	var docs []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var e dateline.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("output line is not an event: %v", err)
		}
		if len(docs) == 0 || docs[len(docs)-1] != e.Doc {
			docs = append(docs, e.Doc)
		}
	}
	if strings.Join(docs, ",") != "s1,s3" {
		t.Errorf("got events of docs %v in that order, want s1 then s3", docs)
	}
}

func TestCodeStdinText(t *testing.T) {
	out, _, err := runArgs(t, "Egyptian police arrested 12 protesters in Cairo on Monday.", "code", "--date", "2019-09-23", "--format", "jsonl", "-")
	if err != nil {
		t.Fatal(err)
	}
	var e dateline.Event
	if err := json.Unmarshal([]byte(firstLine(out)), &e); err != nil {
		t.Fatalf("got %q: %v", out, err)
	}
	if e.Doc != "stdin" || e.Date != "2019-09-23" {
		t.Errorf("got doc %q date %q, want doc stdin dated Monday 2019-09-23", e.Doc, e.Date)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"bad format", []string{"code", "--format", "xml", "x.txt"}, "--format must be table or jsonl"},
		{"bad date", []string{"code", "--date", "13/11/2018", "x.txt"}, "is not YYYY-MM-DD"},
		{"no files", []string{"code"}, "no input files"},
		{"eval needs two files", []string{"eval", "gold.jsonl"}, "Usage: dateline eval"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, err := runArgs(t, "", tt.args...)
			if !errors.Is(err, errUsage) || !strings.Contains(errOut, tt.want) {
				t.Errorf("got error %v and stderr %q, want usage error mentioning %q", err, errOut, tt.want)
			}
		})
	}
}

func TestCodeMissingFile(t *testing.T) {
	_, errOut, err := runArgs(t, "", "code", filepath.Join(t.TempDir(), "nope.txt"))
	if !errors.Is(err, errFailed) || !strings.Contains(errOut, "nope.txt") {
		t.Errorf("got error %v, stderr %q; want a failure naming the file", err, errOut)
	}
}

func TestEvalSeed(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "gold", "palermo-2018.events.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("gold files not present")
	}
	out, _, err := runArgs(t, "", "code", "--format", "jsonl", filepath.Join("..", "..", "internal", "seed", "palermo-2018.txt"))
	if err != nil {
		t.Fatal(err)
	}
	events := filepath.Join(t.TempDir(), "seed.jsonl")
	if err := os.WriteFile(events, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, _, err := runArgs(t, "", "eval", gold, events)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rep, "required events") {
		t.Errorf("got report without required events:\n%s", rep)
	}
}

// TestCodeMentions checks that --mentions lists resolved mentions whose
// offsets point at their text in the story body, before the events.
func TestCodeMentions(t *testing.T) {
	path := filepath.Join("..", "..", "internal", "seed", "palermo-2018.txt")
	out, _, err := runArgs(t, "", "code", "--format", "jsonl", "--mentions", path)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := story.ReadText(path, data, story.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mentions, events := 0, 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var r struct {
			Record     string `json:"record"`
			Text, Code string
			Start, End int
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r.Record != "mention" {
			events++
			continue
		}
		if events > 0 {
			t.Fatalf("mention %q after the story's events", r.Text)
		}
		mentions++
		if r.Start < 0 || r.End > len(st.Body) || st.Body[r.Start:r.End] != r.Text {
			t.Errorf("mention %q: offsets %d-%d do not point at it", r.Text, r.Start, r.End)
		}
	}
	if mentions == 0 || events == 0 {
		t.Errorf("got %d mentions and %d events, want both", mentions, events)
	}
}

// TestDictWho shows a person's role on the date asked: Medvedev was
// president in 2010 and prime minister in 2015.
func TestDictWho(t *testing.T) {
	tests := []struct{ on, want string }{
		{"2010-01-01", "president"},
		{"2015-06-01", "prime minister"},
	}
	for _, tt := range tests {
		out, _, err := runArgs(t, "", "dict", "who", "Dmitry Medvedev", "--on", tt.on)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "RUSGOV") || !strings.Contains(out, tt.want) {
			t.Errorf("on %s: got\n%s\nwant RUSGOV as %s", tt.on, out, tt.want)
		}
	}
	out, _, err := runArgs(t, "", "dict", "check")
	if err != nil || !strings.Contains(out, "no problems") {
		t.Errorf("dict check: got %q, %v; want no problems", out, err)
	}
}

// TestCoreferenceShown checks that dict who tells how words that refer back
// resolve, and that explain names the story's country.
func TestCoreferenceShown(t *testing.T) {
	for _, tt := range []struct{ who, want string }{
		{"the two leaders", "coref:members"},
		{"each other", "coref:reciprocal"},
		{"the minister", "coref:title"},
		{"the North", "North Korea"},
	} {
		out, _, err := runArgs(t, "", "dict", "who", tt.who)
		if err != nil || !strings.Contains(out, tt.want) {
			t.Errorf("dict who %q: got %q, %v; want %s", tt.who, out, err, tt.want)
		}
	}
	out, _, err := runArgs(t, "", "explain", "--date", "2019-03-02", "HARARE, Zimbabwe (AP) — Riot police said they had detained 120 people.")
	if err != nil || !strings.Contains(out, "story country: ZWE") || !strings.Contains(out, "coref:pronoun -> police") {
		t.Errorf("explain: got %q, %v; want the story country ZWE and the pronoun's link", out, err)
	}
}

// TestCodeMentionsTable checks that the --mentions table names the
// story's country first, and shows how a pronoun was resolved.
func TestCodeMentionsTable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "harare.txt")
	text := "HARARE, Zimbabwe (AP) — Thousands of opposition supporters marched through the capital on Saturday.\n\n" +
		"Riot police said they had detained 120 people.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runArgs(t, "", "code", "--date", "2019-03-02", "--mentions", "--wide", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"story country: ZWE", "coref:pronoun -> police"} {
		if !strings.Contains(out, want) {
			t.Errorf("--mentions table lacks %q:\n%s", want, out)
		}
	}
}
