package web

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"dateline/internal/seed"
	"dateline/pipeline"
)

// TestServeShutdown serves on loopback and stops when the context ends.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, &Server{}) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/v1/events")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError { // no store
		t.Errorf("status: got %d, want 500", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: got %v, want nil after shutdown", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
}

// serving runs Serve with s on a loopback listener: cancel stops it, and
// done receives what Serve returns.
func serving(t *testing.T, s *Server) (addr string, cancel context.CancelFunc, done <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, s) }()
	return ln.Addr().String(), cancel, served
}

// returned waits for Serve to return what done receives, failing the test
// after fifteen seconds.
func returned(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return")
		return nil
	}
}

// TestServeStopsGracefully stops a real server on loopback with a request
// in flight: it stops accepting at once, answers the request in flight,
// then returns, so the store may be closed.
func TestServeStopsGracefully(t *testing.T) {
	s := &Server{}
	db := newServer(t, s)
	addr, cancel, done := serving(t, s)
	finish := partial(t, addr, "/v1/stories", slowStory)
	waitFor(t, "the request inside", func() bool { return s.limits().inside.Load() == 1 })

	cancel()
	waitFor(t, "the listener to close", func() bool {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	if code, body := finish(); code != 200 {
		t.Errorf("request in flight: got %d, want 200 (%s)", code, body)
	}
	if err := returned(t, done); err != nil {
		t.Errorf("Serve: got %v, want nil", err)
	}
	if n, _, err := db.Counts(t.Context()); err != nil || n != 1 {
		t.Errorf("store: got %d stories (%v), want the story in flight", n, err)
	}
}

// TestServeGraceEnds stops a server whose request in flight does not end
// within the grace period: its connection is cut and Serve says so.
func TestServeGraceEnds(t *testing.T) {
	s := &Server{Grace: 50 * time.Millisecond}
	newServer(t, s)
	addr, cancel, done := serving(t, s)
	partial(t, addr, "/v1/code", slowStory) // never finished
	waitFor(t, "the request inside", func() bool { return s.limits().inside.Load() == 1 })
	cancel()
	if err := returned(t, done); err == nil || !strings.Contains(err.Error(), "1 in flight after 50ms; cancelled") {
		t.Errorf("Serve: got %v, want the request cut named", err)
	}
	if n := s.limits().inside.Load(); n != 0 {
		t.Errorf("after Serve returned: got %d requests inside, want 0", n)
	}
}

// FuzzReadStories feeds request bodies of every kind to the reader: it must
// return stories or a 4xx error, never panic.
func FuzzReadStories(f *testing.F) {
	data, err := os.ReadFile("testdata/stories.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(0, string(data))
	f.Add(1, string(data))
	f.Add(1, `[{"id": "a", "text": "Egypt attacked Libya."}]`)
	f.Add(2, string(seed.Text()))
	s := &Server{}
	kinds := []string{kindJSONL, kindJSON, kindText}
	f.Fuzz(func(t *testing.T, k int, body string) {
		kind := kinds[uint(k)%uint(len(kinds))]
		r := httptest.NewRequest("POST", "/v1/stories", strings.NewReader(body))
		items, err := s.readStories(r, kind, []byte(body))
		if err != nil {
			es, ok := err.(*errStatus)
			if !ok || es.code/100 != 4 {
				t.Fatalf("got %v, want a 4xx error", err)
			}
			return
		}
		for _, it := range items {
			if it.err == nil && it.story.ID == "" {
				t.Errorf("story without an id from %q", body)
			}
		}
	})
}

// FuzzParseQuery: any query string gives a Query or a 400, never a panic.
func FuzzParseQuery(f *testing.F) {
	for _, q := range []string{"country=LBY", "cameo=04&from=2018&to=2018-11-13", "near=Tripoli&radius=20&limit=5&format=csv", "colour=red", "from=2018-02-30"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		r := httptest.NewRequest("GET", "/v1/events", nil)
		r.URL.RawQuery = q
		_, format, err := parseQuery(r)
		if err != nil {
			if es, ok := err.(*errStatus); !ok || es.code != 400 {
				t.Fatalf("got %v, want a 400", err)
			}
			return
		}
		if format != "json" && format != "csv" && format != "jsonl" {
			t.Errorf("format: got %q", format)
		}
	})
}

// BenchmarkCode codes the seed story through the handler, as a request.
func BenchmarkCode(b *testing.B) {
	coderOnce.Do(func() { coder, coderErr = pipeline.New() })
	if coderErr != nil {
		b.Fatal(coderErr)
	}
	h := (&Server{Coder: coder}).Handler()
	text := string(seed.Text())
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r := httptest.NewRequest("POST", "/v1/code", strings.NewReader(text))
		r.Host = "localhost"
		r.Header.Set("Content-Type", "text/plain")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}
