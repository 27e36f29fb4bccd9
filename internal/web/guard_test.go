package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// request sends a request to ts with the given Host and Origin headers
// (none when empty) and returns its status, headers and body.
func request(t *testing.T, ts *httptest.Server, method, path, host, origin, body string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if method == "POST" {
		req.Header.Set("Content-Type", "text/plain")
	}
	if host != "" {
		req.Host = host
	}
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// TestLocalOnly: without a token the server answers only requests for
// localhost names and its own address (a page from another name that
// resolves to 127.0.0.1 may not read the store), and takes writes only
// from its own page (a cross-site form posted as text/plain needs no
// preflight, and must not store a story).
func TestLocalOnly(t *testing.T) {
	ts, db := testServer(t, "", 0)
	self := strings.TrimPrefix(ts.URL, "http://")
	_, port, _ := strings.Cut(self, ":")
	const story = "Egyptian police arrested 12 protesters in Cairo on Monday."
	tests := []struct {
		name, method, path, host, origin string
		want                             int
	}{
		{"own address", "GET", "/v1/events", "", "", 200},
		{"localhost", "GET", "/v1/events", "localhost:" + port, "", 200},
		{"a localhost name", "GET", "/", "app.localhost:" + port, "", 200},
		{"IPv6 loopback", "GET", "/v1/events", "[::1]:" + port, "", 200},
		{"rebound name", "GET", "/v1/events", "attacker.example:" + port, "", 403},
		{"rebound name on the page", "GET", "/", "attacker.example", "", 403},
		{"rebound name writing", "POST", "/v1/stories", "attacker.example:" + port, "", 403},
		{"write from another site", "POST", "/v1/stories", "", "http://attacker.example", 403},
		{"code from another site", "POST", "/v1/code", "", "https://attacker.example", 403},
		{"write from an opaque origin", "POST", "/v1/stories", "", "null", 403},
		{"write from another port", "POST", "/v1/stories", "", "http://127.0.0.1:1", 403},
		{"read from another site", "GET", "/v1/events", "", "http://attacker.example", 200},
		{"write from its own page", "POST", "/v1/code", "", "http://" + self, 200},
		{"write without an origin", "POST", "/v1/code", "", "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := request(t, ts, tt.method, tt.path, tt.host, tt.origin, story)
			if code != tt.want {
				t.Errorf("got %d, want %d (%s)", code, tt.want, body)
			}
		})
	}
	if n, _, err := db.Counts(t.Context()); err != nil || n != 0 {
		t.Errorf("store: got %d stories (%v), want none from refused writes", n, err)
	}

	// With a token the server may be reached by any name; the token guards
	// its writes.
	tokenTS, _ := testServer(t, "sesame", 0)
	if code, _, body := request(t, tokenTS, "GET", "/v1/events", "events.example.org", "", ""); code != 200 {
		t.Errorf("with a token, another name: got %d, want 200 (%s)", code, body)
	}
}

// TestClientErrors: what a client sends wrong is answered 4xx with the
// reason, never 500, and every response says nosniff.
func TestClientErrors(t *testing.T) {
	ts, _ := testServer(t, "", 0)
	if code, _, body := request(t, ts, "POST", "/v1/stories", "", "", "Libyan forces attacked rebels in Benghazi on Monday."); code != 200 {
		t.Fatalf("ingest: got %d, want 200 (%s)", code, body)
	}
	tests := []struct {
		name, path string
		want       int
		reason     string
	}{
		{"star", "/v1/events?text=*", 400, "no words"},
		{"caret", "/v1/events?text=%5E", 400, "no words"},
		{"empty phrase", "/v1/events?text=%22%22", 400, "no words"},
		{"invalid UTF-8 text", "/v1/events?text=%FF", 400, "no words"},
		{"NUL text", "/v1/events?text=%00", 400, "no words"},
		{"unbalanced quote", "/v1/events?text=%22forces", 200, ""},
		{"operators alone", "/v1/events?text=OR+NOT+AND", 200, ""},
		{"FTS syntax", "/v1/events?text=NEAR(forces+rebels%29+%5E1+col:x", 200, ""},
		{"LIKE wildcards", "/v1/events?actor=%25_%5C", 200, ""},
		{"invalid UTF-8 actor", "/v1/events?actor=%FF%00", 200, ""},
		{"invalid UTF-8 path", "/%FF", 400, "not UTF-8"},
		{"invalid UTF-8 asset", "/static/%FF", 400, "not UTF-8"},
		{"NUL in path", "/v1/stories/%00", 400, "not UTF-8"},
		{"dotted path", "/..%2F..%2Fetc/passwd", 404, ""},
		{"unknown story", "/v1/stories/%E2%80%AE", 404, "no story"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, h, body := request(t, ts, "GET", tt.path, "", "", "")
			if code != tt.want {
				t.Errorf("got %d, want %d (%s)", code, tt.want, body)
			}
			if !strings.Contains(body, tt.reason) {
				t.Errorf("got body %q, want the reason %q", body, tt.reason)
			}
			if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options: got %q, want nosniff", got)
			}
		})
	}
}

// TestNosniff: every kind of response, page, API, export and error, says
// nosniff.
func TestNosniff(t *testing.T) {
	ts, _ := testServer(t, "", 64)
	for _, path := range []string{"/", "/app.js", "/seed.txt", "/index.html", "/v1/events", "/v1/events?format=csv",
		"/v1/events?format=jsonl", "/v1/events?colour=red", "/v1/nothing", "/v1/stories/none", "/v1/code"} {
		t.Run(path, func(t *testing.T) {
			_, h, _ := request(t, ts, "GET", path, "", "", "")
			if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options: got %q, want nosniff", got)
			}
		})
	}
	_, h, _ := request(t, ts, "POST", "/v1/code", "", "", strings.Repeat("x", 100)) // 413
	if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("413: X-Content-Type-Options: got %q, want nosniff", got)
	}
}

// FuzzRequest sends any path and query to the API over a real store: the
// answer may be anything but a 5xx.
func FuzzRequest(f *testing.F) {
	for _, seed := range [][2]string{
		{"/v1/events", "text=*"}, {"/v1/events", "text=%22a%22+OR+b*&actor=%25"}, {"/v1/events", "near=Tripoli&radius=5"},
		{"/v1/stories/x", ""}, {"/%ff", ""}, {"/app.js", ""}, {"/v1/events", "from=2018&to=2019-02&cameo=04&limit=3"},
	} {
		f.Add(seed[0], seed[1])
	}
	s := &Server{}
	newServer(f, s)
	h := s.Handler()
	r := httptest.NewRequest("POST", "/v1/stories", strings.NewReader("Libyan forces attacked rebels in Benghazi on Monday."))
	r.Host = "localhost"
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != 200 {
		f.Fatalf("ingest: got %d, want 200 (%s)", w.Code, w.Body)
	}
	f.Fuzz(func(t *testing.T, path, query string) {
		r := httptest.NewRequest("GET", "/", nil)
		r.URL = &url.URL{Path: path, RawQuery: query}
		r.Host = "localhost"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code >= 500 {
			t.Fatalf("GET %q ? %q: got %d %s, want no server error", path, query, w.Code, w.Body)
		}
	})
}
