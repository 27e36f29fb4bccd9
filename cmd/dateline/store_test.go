package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/internal/store/sqlite"
)

// TestMain lets the test binary run the command itself, as main does, so
// tests can start it as a child process, signal it and kill it.
func TestMain(m *testing.M) {
	if args := os.Getenv("DATELINE_TEST_ARGS"); args != "" {
		ctx, stop := signalContext()
		err := run(ctx, strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "dateline:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func counts(t *testing.T, db string) (int, int) {
	t.Helper()
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, e, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n, e
}

// TestIngestQuery ingests the shipped stories and the seed, queries them by
// actor, country, type and dates, and checks a second ingest changes nothing.
func TestIngestQuery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "events.db")
	news := filepath.Join("..", "..", "testdata", "news")
	seedFile := filepath.Join("..", "..", "internal", "seed", "palermo-2018.txt")
	if _, _, err := runArgs(t, "", "ingest", "--db", db, news, seedFile); err != nil {
		t.Fatal(err)
	}
	stories, events := counts(t, db)
	if stories < 10 || events == 0 {
		t.Fatalf("got %d stories and %d events, want the corpus stored", stories, events)
	}
	if _, _, err := runArgs(t, "", "ingest", "--db", db, news, seedFile); err != nil {
		t.Fatal(err)
	}
	if s2, e2 := counts(t, db); s2 != stories || e2 != events {
		t.Errorf("re-ingest: got %d stories and %d events, want %d and %d", s2, e2, stories, events)
	}
	tests := []struct {
		name  string
		args  []string
		check func(source, target map[string]any, date, typ string) bool
	}{
		{"actor by name", []string{"--actor", "Haftar"}, func(s, g map[string]any, _, _ string) bool {
			return s["name"] == "Khalifa Haftar" || g["name"] == "Khalifa Haftar"
		}},
		{"country", []string{"--country", "LBY"}, func(s, g map[string]any, _, _ string) bool {
			return s["country"] == "LBY" || g["country"] == "LBY"
		}},
		{"type and dates", []string{"--type", "CONSULT", "--from", "2018-11-01", "--to", "2018-11-30"}, func(_, _ map[string]any, d, typ string) bool {
			return typ == "CONSULT" && d >= "2018-11" && d <= "2018-11-30"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runArgs(t, "", append([]string{"query", "--db", db, "--format", "jsonl"}, tt.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if out == "" {
				t.Fatal("got no events")
			}
			for _, l := range lines {
				var e struct {
					Date, Type     string
					Source, Target map[string]any
				}
				if err := json.Unmarshal([]byte(l), &e); err != nil {
					t.Fatal(err)
				}
				if !tt.check(e.Source, e.Target, e.Date, e.Type) {
					t.Errorf("event does not match the filter: %s", l)
				}
			}
		})
	}
}

// TestIngestKilled kills an ingest with SIGKILL part way, runs it again,
// and checks the store ends exactly as an uninterrupted ingest leaves it.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "many.jsonl")
	writeCopies(t, input, 300)

	clean := filepath.Join(dir, "clean.db")
	if _, _, err := runArgs(t, "", "ingest", "--db", clean, "--workers", "2", input); err != nil {
		t.Fatal(err)
	}
	wantStories, wantEvents := counts(t, clean)

	killed := filepath.Join(dir, "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "DATELINE_TEST_ARGS="+strings.Join([]string{"ingest", "--db", killed, "--workers", "2", input}, "\x1f"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if fi, err := os.Stat(killed + "-wal"); err == nil && fi.Size() > 0 {
			break
		}
	}
	time.Sleep(150 * time.Millisecond)
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	partial, _ := counts(t, killed)
	t.Logf("killed with %d of %d stories stored", partial, wantStories)

	if _, _, err := runArgs(t, "", "ingest", "--db", killed, "--workers", "2", input); err != nil {
		t.Fatal(err)
	}
	if s, e := counts(t, killed); s != wantStories || e != wantEvents {
		t.Errorf("after kill and re-run: got %d stories and %d events, want %d and %d", s, e, wantStories, wantEvents)
	}
}

// writeCopies writes n distinct stories as JSON Lines: the shipped corpus
// again and again, each copy told apart by an added closing paragraph.
func writeCopies(t *testing.T, path string, n int) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		var rec map[string]any
		if err := json.Unmarshal([]byte(lines[i%len(lines)]), &rec); err != nil {
			t.Fatal(err)
		}
		rec["id"] = fmt.Sprintf("%v-copy%d", rec["id"], i)
		rec["text"] = fmt.Sprintf("%v\n\nArchive copy number %d of this report.", rec["text"], i)
		line, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRecode re-codes a store: every story is coded again with the current
// knowledge and replaced whole, so the counts of an unchanged coder stay.
func TestRecode(t *testing.T) {
	db := filepath.Join(t.TempDir(), "events.db")
	if _, _, err := runArgs(t, "", "ingest", "--db", db, filepath.Join("..", "..", "testdata", "news")); err != nil {
		t.Fatal(err)
	}
	stories, events := counts(t, db)
	query := func() string {
		out, _, err := runArgs(t, "", "query", "--db", db, "--limit", "100000", "--format", "jsonl")
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	before := query()
	out, _, err := runArgs(t, "", "recode", "--db", db, "--workers", "3")
	if err != nil {
		t.Fatal(err)
	}
	if after := query(); after != before {
		t.Errorf("events differ after recoding with an unchanged coder:\n%.600s\nwant\n%.600s", after, before)
	}
	if !strings.Contains(out, fmt.Sprintf("%d stories re-coded (0 with a different number of events)", stories)) {
		t.Errorf("got %q, want all %d stories re-coded unchanged", out, stories)
	}
	if s, e := counts(t, db); s != stories || e != events {
		t.Errorf("got %d stories and %d events after recode, want %d and %d", s, e, stories, events)
	}
}
