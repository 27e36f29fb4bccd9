package web

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"dateline"
	"dateline/internal/seed"
	"dateline/internal/store/sqlite"
	"dateline/pipeline"
)

var (
	coderOnce sync.Once
	coder     *pipeline.Coder
	coderErr  error
)

// testServer starts the API on loopback over a new SQLite file.
func testServer(t *testing.T, token string, maxBody int64) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	return startServer(t, &Server{Token: token, MaxBody: maxBody})
}

// startServer starts s on loopback over a new SQLite file (see newServer).
func startServer(t *testing.T, s *Server) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	db := newServer(t, s)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, db
}

// newServer gives s the shared coder, a new SQLite file and a silent log.
func newServer(tb testing.TB, s *Server) *sqlite.DB {
	tb.Helper()
	coderOnce.Do(func() { coder, coderErr = pipeline.New() })
	if coderErr != nil {
		tb.Fatal(coderErr)
	}
	db, err := sqlite.Open(filepath.Join(tb.TempDir(), "events.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	s.Coder, s.Store = coder, db
	s.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	return db
}

type call struct {
	method, path, ctype, body, token string
}

func do(t *testing.T, ts *httptest.Server, c call) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(c.method, ts.URL+c.path, strings.NewReader(c.body))
	if err != nil {
		t.Fatal(err)
	}
	if c.ctype != "" {
		req.Header.Set("Content-Type", c.ctype)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

const sentence = `{"id": "s1", "text": "Libyan forces attacked rebels in Benghazi on Monday.", "published": "2019-04-10"}`

func TestStatus(t *testing.T) {
	ts, _ := testServer(t, "sesame", 4096)
	big := strings.Repeat("Italy's premier hosted a meeting. ", 200)
	tests := []struct {
		name string
		call
		want     int
		wantErr  string // in the JSON error
		wantType string
	}{
		{"page", call{method: "GET", path: "/"}, 200, "", "text/html"},
		{"page asset", call{method: "GET", path: "/app.js"}, 200, "", "text/javascript"},
		{"code text", call{"POST", "/v1/code", "text/plain", "Italy's premier hosted a meeting Tuesday of Libya's rival leaders.", ""}, 200, "", "application/json"},
		{"code json", call{"POST", "/v1/code", "application/json", sentence, ""}, 200, "", "application/json"},
		{"code all", call{"POST", "/v1/code?all=1", "text/plain", "Egypt will not attack Libya.", ""}, 200, "", "application/json"},
		{"code bad all", call{"POST", "/v1/code?all=maybe", "text/plain", "Egypt attacked Libya.", ""}, 400, "all", ""},
		{"code bad date", call{"POST", "/v1/code?date=yesterday", "text/plain", "Egypt attacked Libya.", ""}, 400, "date", ""},
		{"code two", call{"POST", "/v1/code", "application/x-ndjson", sentence + "\n" + sentence, ""}, 400, "codes one", ""},
		{"code empty", call{"POST", "/v1/code", "text/plain", "  \n", ""}, 400, "empty", ""},
		{"code binary", call{"POST", "/v1/code", "text/plain", "a\x00b", ""}, 400, "binary", ""},
		{"code malformed json", call{"POST", "/v1/code", "application/json", `{"id": "x", "text": `, ""}, 400, "malformed JSON", ""},
		{"code json no text", call{"POST", "/v1/code", "application/json", `{"id": "x"}`, ""}, 400, `missing \"text\"`, ""},
		{"code json not object", call{"POST", "/v1/code", "application/json", `"hello"`, ""}, 400, "JSON object", ""},
		{"code too big", call{"POST", "/v1/code", "text/plain", big, ""}, 413, "over 4096 bytes", ""},
		{"code form type", call{"POST", "/v1/code", "application/x-www-form-urlencoded", "Egypt attacked Libya.", ""}, 200, "", "application/json"},
		{"code no type", call{"POST", "/v1/code", "", "Egypt attacked Libya.", ""}, 200, "", "application/json"},
		{"code jsonl type", call{"POST", "/v1/code", "application/jsonl", sentence, ""}, 200, "", "application/json"},
		{"code multipart", call{"POST", "/v1/code", "multipart/form-data; boundary=x", "--x--", ""}, 415, "--data-binary", ""},
		{"code latin1", call{"POST", "/v1/code", "text/plain; charset=iso-8859-1", "a", ""}, 415, "charset", ""},
		{"code get", call{method: "GET", path: "/v1/code"}, 405, "use POST", ""},
		{"ingest no token", call{"POST", "/v1/stories", "application/json", sentence, ""}, 401, "Bearer", ""},
		{"ingest bad token", call{"POST", "/v1/stories", "application/json", sentence, "open"}, 401, "Bearer", ""},
		{"ingest", call{"POST", "/v1/stories", "application/json", sentence, "sesame"}, 200, "", "application/json"},
		{"ingest unreadable", call{"POST", "/v1/stories", "application/x-ndjson", `{"id": 1}`, "sesame"}, 400, "body:1", ""},
		{"ingest get", call{method: "GET", path: "/v1/stories"}, 405, "use POST", ""},
		{"story missing", call{method: "GET", path: "/v1/stories/nope"}, 404, `no story \"nope\"`, ""},
		{"story post", call{"POST", "/v1/stories/nope", "text/plain", "x", "sesame"}, 405, "use GET", ""},
		{"events", call{method: "GET", path: "/v1/events"}, 200, "", "application/json"},
		{"events csv", call{method: "GET", path: "/v1/events?format=csv"}, 200, "", "text/csv"},
		{"events jsonl", call{method: "GET", path: "/v1/events?format=jsonl"}, 200, "", "application/x-ndjson"},
		{"events bad format", call{method: "GET", path: "/v1/events?format=xml"}, 400, "format", ""},
		{"events bad cameo", call{method: "GET", path: "/v1/events?cameo=abc"}, 400, "cameo", ""},
		{"events bad from", call{method: "GET", path: "/v1/events?from=2019-13"}, 400, "from", ""},
		{"events bad limit", call{method: "GET", path: "/v1/events?limit=-1"}, 400, "limit", ""},
		{"events bad radius", call{method: "GET", path: "/v1/events?near=Tripoli&radius=x"}, 400, "radius", ""},
		{"events radius alone", call{method: "GET", path: "/v1/events?radius=5"}, 400, "needs near", ""},
		{"events unknown", call{method: "GET", path: "/v1/events?colour=red"}, 400, "colour", ""},
		{"events post", call{"POST", "/v1/events", "text/plain", "x", ""}, 405, "use GET", ""},
		{"unknown api", call{method: "GET", path: "/v1/nothing"}, 404, "no such endpoint", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, ts, tt.call)
			if resp.StatusCode != tt.want {
				t.Fatalf("status: got %d, want %d (body %s)", resp.StatusCode, tt.want, body)
			}
			ct := resp.Header.Get("Content-Type")
			if tt.wantType != "" && !strings.HasPrefix(ct, tt.wantType) {
				t.Errorf("Content-Type: got %q, want %s", ct, tt.wantType)
			}
			if tt.want < 400 {
				return
			}
			if !strings.HasPrefix(ct, "application/json") {
				t.Errorf("error Content-Type: got %q, want application/json", ct)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("error body %q: %v", body, err)
			}
			if !strings.Contains(string(body), tt.wantErr) {
				t.Errorf("error: got %q, want it to contain %q", e.Error, tt.wantErr)
			}
		})
	}
}

// TestCode checks the coded seed story: sentences, mentions, dates and
// events, and that all=1 adds events that did not happen.
func TestCode(t *testing.T) {
	ts, _ := testServer(t, "", 0)
	resp, body := do(t, ts, call{"POST", "/v1/code", "text/plain; charset=utf-8", string(seed.Text()), ""})
	if resp.StatusCode != 200 {
		t.Fatalf("status: got %d, want 200 (%s)", resp.StatusCode, body)
	}
	var v codedView
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatal(err)
	}
	if v.Story.Dateline == nil || v.Story.Dateline.Place != "Palermo" {
		t.Errorf("dateline: got %+v, want Palermo", v.Story.Dateline)
	}
	if !strings.HasPrefix(v.Story.ID, "story-") {
		t.Errorf("id: got %q, want story-<hash>", v.Story.ID)
	}
	if len(v.Sentences) < 10 || len(v.Mentions) < 20 || len(v.Events) < 10 || len(v.Dates) == 0 {
		t.Fatalf("got %d sentences, %d mentions, %d events, %d dates; want at least 10, 20, 10, 1",
			len(v.Sentences), len(v.Mentions), len(v.Events), len(v.Dates))
	}
	for _, m := range v.Mentions {
		if got := v.Story.Body[m.Start:m.End]; got != m.Text {
			t.Errorf("mention at %d: body has %q, want %q", m.Start, got, m.Text)
		}
	}
	for _, d := range v.Dates {
		if got := v.Story.Body[d.Start:d.End]; got != d.Text || d.Date == "" || len(d.Events) == 0 {
			t.Errorf("date %+v: body has %q", d, got)
		}
	}

	count := func(path, text string) (all, asserted int) {
		_, body := do(t, ts, call{"POST", path, "text/plain", text, ""})
		var v codedView
		if err := json.Unmarshal(body, &v); err != nil {
			t.Fatal(err)
		}
		for _, e := range v.Events {
			if e.Modality == dateline.Asserted {
				asserted++
			}
		}
		return len(v.Events), asserted
	}
	const text = "Egypt will not attack Libya."
	if n, _ := count("/v1/code", text); n != 0 {
		t.Errorf("without all: got %d events, want 0", n)
	}
	if n, a := count("/v1/code?all=1", text); n == 0 || a != 0 {
		t.Errorf("with all=1: got %d events, %d asserted; want some, none asserted", n, a)
	}
	if coder.All {
		t.Errorf("all=1 changed the shared Coder")
	}
}

// TestCodeUndated codes a story with no date: its relative dates stay
// unknown and the reply says so, until a date is given by the query, the
// JSON published field or the story's own header.
func TestCodeUndated(t *testing.T) {
	ts, _ := testServer(t, "", 0)
	const text = "Libyan forces attacked rebels in Benghazi on Monday."
	tests := []struct {
		name      string
		c         call
		wantDate  string // of the attack; "" for null
		wantPrec  string
		wantWarns bool
	}{
		{"text with no date", call{"POST", "/v1/code", "text/plain", text, ""}, "", "unknown", true},
		{"text dated by the query", call{"POST", "/v1/code?date=2019-04-10", "text/plain", text, ""}, "2019-04-08", "day", false},
		{"JSON with no date", call{"POST", "/v1/code", "application/json", `{"id": "u", "text": "` + text + `"}`, ""}, "", "unknown", true},
		{"JSON published", call{"POST", "/v1/code", "application/json", `{"id": "p", "text": "` + text + `", "published": "2019-04-10"}`, ""}, "2019-04-08", "day", false},
		{"an absolute date needs none", call{"POST", "/v1/code", "text/plain", "Libyan forces attacked rebels in Benghazi on April 8, 2019.", ""}, "2019-04-08", "day", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, ts, tt.c)
			if resp.StatusCode != 200 {
				t.Fatalf("status: got %d, want 200 (%s)", resp.StatusCode, body)
			}
			var v codedView
			if err := json.Unmarshal(body, &v); err != nil {
				t.Fatal(err)
			}
			if v.Warnings == nil {
				t.Errorf("warnings: got null, want a list")
			}
			if got := len(v.Warnings) > 0; got != tt.wantWarns {
				t.Errorf("warnings: got %q, want some: %v", v.Warnings, tt.wantWarns)
			}
			if len(v.Events) == 0 {
				t.Fatal("got no event, want the attack")
			}
			e := v.Events[0]
			if string(e.Date) != tt.wantDate || string(e.DatePrecision) != tt.wantPrec {
				t.Errorf("date: got %q (%s), want %q (%s)", e.Date, e.DatePrecision, tt.wantDate, tt.wantPrec)
			}
		})
	}
}

// TestRoundTrip stores stories, then finds their events and reads them back.
func TestRoundTrip(t *testing.T) {
	ts, db := testServer(t, "sesame", 0)
	var jsonl bytes.Buffer
	for _, rec := range []map[string]string{
		{"id": "palermo", "text": string(seed.Text())},
		{"id": "benghazi", "text": "Libyan forces attacked rebels in Benghazi on Monday.", "published": "2019-04-10"},
		{"text": "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Friday.", "published": "2019-04-12"},
	} {
		b, _ := json.Marshal(rec)
		jsonl.Write(append(b, '\n'))
	}
	jsonl.WriteString(`{"id": "broken"}` + "\n")
	ingest := func() ingestReply {
		resp, body := do(t, ts, call{"POST", "/v1/stories", "application/x-ndjson", jsonl.String(), "sesame"})
		if resp.StatusCode != 200 {
			t.Fatalf("status: got %d, want 200 (%s)", resp.StatusCode, body)
		}
		var r ingestReply
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := ingest()
	if r.Added != 3 || r.Failed != 1 || len(r.Stories) != 4 {
		t.Fatalf("first ingest: got %+v, want 3 added, 1 failed", r)
	}
	if r.Stories[0].ID != "palermo" || r.Stories[0].Events == 0 || !strings.HasPrefix(r.Stories[2].ID, "story-") || r.Stories[3].Error == "" {
		t.Errorf("first ingest: got %+v", r.Stories)
	}
	if r := ingest(); r.Added != 0 || r.Stories[0].Added {
		t.Errorf("second ingest: got %+v, want nothing added", r)
	}
	if s, e, err := db.Counts(t.Context()); err != nil || s != 3 || e == 0 {
		t.Errorf("store: got %d stories, %d events, %v; want 3 stories", s, e, err)
	}

	var events []dateline.Event
	resp, body := do(t, ts, call{method: "GET", path: "/v1/events?country=LBY"})
	if err := json.Unmarshal(body, &events); err != nil || resp.StatusCode != 200 {
		t.Fatalf("events: %d %v (%s)", resp.StatusCode, err, body)
	}
	docs := map[string]bool{}
	for _, e := range events {
		docs[e.Doc] = true
		if !(e.Source != nil && e.Source.Country == "LBY" || e.Target != nil && e.Target.Country == "LBY") {
			t.Errorf("event %s: no LBY participant", e.ID)
		}
	}
	if !docs["palermo"] || !docs["benghazi"] || len(docs) != 2 {
		t.Errorf("events with LBY: got stories %v, want palermo and benghazi", docs)
	}

	_, body = do(t, ts, call{method: "GET", path: "/v1/events?country=LBY&cameo=19&format=csv&limit=5"})
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil || len(rows) < 2 || rows[0][0] != "id" {
		t.Fatalf("csv: got %d rows, %v (%s)", len(rows), err, body)
	}
	cameo := slices.Index(rows[0], "cameo")
	for _, row := range rows[1:] {
		if cameo < 0 || !strings.HasPrefix(row[cameo], "19") {
			t.Errorf("csv row: got %q, want a cameo column of 19…", row)
		}
	}

	resp, body = do(t, ts, call{method: "GET", path: "/v1/stories/palermo"})
	var v codedView
	if err := json.Unmarshal(body, &v); err != nil || resp.StatusCode != 200 {
		t.Fatalf("story: %d %v (%s)", resp.StatusCode, err, body)
	}
	if v.Story.ID != "palermo" || len(v.Events) != r.Stories[0].Events || len(v.Mentions) == 0 || len(v.Sentences) == 0 {
		t.Errorf("story: got id %q, %d events, %d mentions; want palermo, %d events", v.Story.ID, len(v.Events), len(v.Mentions), r.Stories[0].Events)
	}
}

func TestInternalErrorIsHidden(t *testing.T) {
	s := &Server{Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	resp, body := do(t, ts, call{"POST", "/v1/code", "text/plain", "Egypt attacked Libya.", ""})
	if resp.StatusCode != 500 || strings.TrimSpace(string(body)) != `{"error":"internal error"}` {
		t.Errorf("got %d %s, want 500 internal error", resp.StatusCode, body)
	}
}
