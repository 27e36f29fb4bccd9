package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dateline"
)

// TestCodeFolder codes a folder as ingest reads one: its story files at any
// depth, other files left alone.
func TestCodeFolder(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join("..", "..", "testdata", "news")
	for name, src := range map[string]string{"a.txt": "1990-amman-gulf-talks.txt", "sub/b.txt": "2018-palermo-libya.txt"} {
		data, err := os.ReadFile(filepath.Join(news, src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not a story"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runArgs(t, "", "code", "--format", "jsonl", dir)
	if err != nil {
		t.Fatalf("code DIR: %v\n%s", err, errOut)
	}
	docs := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var e dateline.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		docs[e.Doc] = true
	}
	if !docs["a"] || !docs["b"] || len(docs) != 2 {
		t.Errorf("got events of %v, want a and sub/b", docs)
	}
}

// TestQueryRefusesUnknownFilters checks that a filter naming nothing dateline
// knows is a usage error that names the valid or the nearest values.
func TestQueryRefusesUnknownFilters(t *testing.T) {
	db := storedNews(t)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"type", []string{"--type", "FOO"}, []string{"not a PLOVER type", "ASSAULT", "CONSULT"}},
		{"cameo", []string{"--cameo", "99"}, []string{"no CAMEO code", "01", "20"}},
		{"country code", []string{"--country", "IRK"}, []string{"nearest", "IRQ"}},
		{"country name", []string{"--country", "Libya"}, []string{"LBY"}},
		{"place", []string{"--near", "Atlantis"}, []string{"no place in the store", "nearest", "lat,lon"}},
		{"place like a stored one", []string{"--near", "Kigaly"}, []string{"nearest: Kigali"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runArgs(t, "", append([]string{"query", "--db", db}, tt.args...)...)
			if !errors.Is(err, errUsage) {
				t.Errorf("got error %v, want a usage error (exit 2)", err)
			}
			if out != "" {
				t.Errorf("got output %q, want none", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q does not say %q", errOut, w)
				}
			}
		})
	}
	for _, ok := range [][]string{{"--type", "assault"}, {"--cameo", "04"}, {"--cameo", "190"}, {"--country", "irq"}, {"--near", "kigali"}, {"--near", "-1.95,30.06"}} {
		if _, errOut, err := runArgs(t, "", append([]string{"query", "--db", db}, ok...)...); err != nil {
			t.Errorf("query %v: got %v (%s), want it accepted", ok, err, errOut)
		}
	}
}

func TestBenchMissingFile(t *testing.T) {
	out, _, err := runArgs(t, "", "bench", "--rounds", "1", filepath.Join(t.TempDir(), "nosuch.jsonl"))
	if err == nil || !strings.Contains(err.Error(), "nosuch.jsonl") || out != "" {
		t.Errorf("got error %v and report %q, want an error naming the file and no report", err, out)
	}
}

// TestHelp checks that every command's --help prints help and does no work.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"code", "--help"}, {"eval", "--help"}, {"ingest", "--help"}, {"query", "--help"},
		{"recode", "--help"}, {"serve", "--help"}, {"bench", "--help"}, {"dict", "--help"},
		{"dict", "check", "--help"}, {"dict", "who", "--help"}, {"dict", "who", "-h"},
	} {
		out, errOut, err := runArgs(t, "", args...)
		if err != nil {
			t.Errorf("%v: got error %v, want exit 0", args, err)
		}
		if help := out + errOut; !strings.Contains(help, "Usage") {
			t.Errorf("%v: got %q, want help", args, help)
		}
		if strings.Contains(out, "no problems") || strings.Contains(out, "events") && !strings.Contains(out, "Usage") {
			t.Errorf("%v: got %q on stdout: it did the work", args, out)
		}
	}
}

// TestPlurals checks that numbers agree with their nouns.
func TestPlurals(t *testing.T) {
	db := filepath.Join(t.TempDir(), "events.db")
	one := filepath.Join("..", "..", "testdata", "news", "2018-palermo-libya.txt")
	out, _, err := runArgs(t, "", "ingest", "--db", db, one)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ingest: 1 story added") || !strings.Contains(out, "holds 1 story and") {
		t.Errorf("got %q, want 1 story", out)
	}
	if out, _, err = runArgs(t, "", "recode", "--db", db); err != nil || !strings.Contains(out, "recode: 1 story re-coded") {
		t.Errorf("got %q, %v; want 1 story", out, err)
	}
	if out, _, err = runArgs(t, "", "query", "--db", db, "--limit", "1"); err != nil || !strings.HasSuffix(out, "\n1 event\n") {
		t.Errorf("got %q, %v; want it to end with 1 event", out, err)
	}
	_, errOut, err := runArgs(t, "", "code", filepath.Join(t.TempDir(), "nope.txt"))
	if !errors.Is(err, errFailed) || !strings.Contains(errOut, "1 story could not be coded") {
		t.Errorf("got %v, %q; want 1 story could not be coded", err, errOut)
	}
}

// TestTableWidth checks that tables fit 80 columns, cut with an ellipsis,
// and that --wide writes them whole.
func TestTableWidth(t *testing.T) {
	news := filepath.Join("..", "..", "testdata", "news")
	narrow, _, err := runArgs(t, "", "code", "--all", "--mentions", news)
	if err != nil {
		t.Fatal(err)
	}
	wide, _, err := runArgs(t, "", "code", "--all", "--mentions", "--wide", news)
	if err != nil {
		t.Fatal(err)
	}
	widest := func(s string) (n int) {
		for _, l := range strings.Split(s, "\n") {
			n = max(n, utf8.RuneCountInString(l))
		}
		return n
	}
	if n := widest(narrow); n > 80 || !strings.Contains(narrow, "…") {
		t.Errorf("table: got lines of up to %d columns, ellipsis %v; want at most 80, cut with …", n, strings.Contains(narrow, "…"))
	}
	if n := widest(wide); n <= 80 {
		t.Errorf("--wide: got lines of up to %d columns, want the whole cells", n)
	}
}

// TestSentenceNumbers checks that the table numbers sentences from 1, as
// the web page does, while JSON keeps SCHEMA.md's 0-based index.
func TestSentenceNumbers(t *testing.T) {
	seedFile := filepath.Join("..", "..", "internal", "seed", "palermo-2018.txt")
	js, _, err := runArgs(t, "", "code", "--format", "jsonl", seedFile)
	if err != nil {
		t.Fatal(err)
	}
	table, _, err := runArgs(t, "", "code", seedFile)
	if err != nil {
		t.Fatal(err)
	}
	var first dateline.Event
	if err := json.Unmarshal([]byte(firstLine(js)), &first); err != nil {
		t.Fatal(err)
	}
	_, rows, _ := strings.Cut(table, "\nSENT")
	_, rows, _ = strings.Cut(rows, "\n")
	row := firstLine(rows)
	if first.Sentence.Index != 0 || !strings.HasPrefix(row, "1 ") {
		t.Errorf("got JSON index %d and table row %q, want 0 and sentence 1", first.Sentence.Index, row)
	}
}

// TestCodeMissingFileNearest checks that a misspelt file name is reported
// with the story files nearest to it.
func TestCodeMissingFileNearest(t *testing.T) {
	_, errOut, err := runArgs(t, "", "code", filepath.Join("..", "..", "testdata", "news", "2018-palermo-lybia.txt"))
	if !errors.Is(err, errFailed) || !strings.Contains(errOut, "nearest in") || !strings.Contains(errOut, "2018-palermo-libya.txt") {
		t.Errorf("got %v, %q; want exit 1 naming 2018-palermo-libya.txt as nearest", err, errOut)
	}
}

// TestCodeUndated codes stories that carry no date: their relative dates
// stay unknown, standard error says so once per story, and --date dates
// them; nothing is dated by the day the command runs.
func TestCodeUndated(t *testing.T) {
	const stories = `{"id": "a", "text": "Libyan forces attacked rebels in Benghazi on Monday. Police arrested ten men yesterday."}
{"id": "b", "text": "Syrian troops shelled Aleppo on April 8, 2019."}
{"id": "c", "text": "Rebels attacked Kidal on Monday.", "published": "2019-04-10"}
`
	tests := []struct {
		name      string
		args      []string
		wantDates map[string]string // doc -> date of its first event, "" for null
		wantWarn  []string          // stories warned about
	}{
		{"no --date", []string{"code", "--format", "jsonl", "--in", "jsonl", "-"},
			map[string]string{"a": "", "b": "2019-04-08", "c": "2019-04-08"}, []string{"a", "b"}},
		{"--date", []string{"code", "--format", "jsonl", "--in", "jsonl", "--date", "2019-04-10", "-"},
			map[string]string{"a": "2019-04-08", "b": "2019-04-08", "c": "2019-04-08"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runArgs(t, stories, tt.args...)
			if err != nil {
				t.Fatalf("%v: %s", err, errOut)
			}
			seen := map[string]bool{}
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var e dateline.Event
				if err := json.Unmarshal([]byte(line), &e); err != nil {
					t.Fatal(err)
				}
				if e.Date == "" && e.DatePrecision != "unknown" || e.Date != "" && e.DatePrecision == "unknown" {
					t.Errorf("%s: got date %q with precision %q, want a date or an explicit unknown", e.Doc, e.Date, e.DatePrecision)
				}
				if want, ok := tt.wantDates[e.Doc]; ok && !seen[e.Doc] {
					seen[e.Doc] = true
					if string(e.Date) != want {
						t.Errorf("%s: got date %q, want %q", e.Doc, e.Date, want)
					}
				}
			}
			var warned []string
			for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
				if id, ok := strings.CutPrefix(l, "dateline: story "); ok && strings.Contains(l, "no date") && strings.Contains(l, "--date") {
					warned = append(warned, id[:strings.IndexByte(id, ':')])
				}
			}
			if strings.Join(warned, ",") != strings.Join(tt.wantWarn, ",") {
				t.Errorf("warned about %q, want %q; stderr:\n%s", warned, tt.wantWarn, errOut)
			}
		})
	}
}
