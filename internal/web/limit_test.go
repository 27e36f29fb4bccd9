package web

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// slowStory is a story a test client sends in two halves.
const slowStory = "Egyptian police arrested 12 protesters in Cairo on Monday. The United States condemned the arrests."

// partial sends a POST of body to path on the server at addr, its headers
// and the first half of the body only: the request stays in flight. The
// function it returns sends the rest and reads the answer.
func partial(t *testing.T, addr, path, body string) func() (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	half := len(body) / 2
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s", path, addr, len(body), body[:half])
	return func() (int, string) {
		t.Helper()
		if _, err := io.WriteString(conn, body[half:]); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
}

// waitFor waits until cond holds, failing the test after ten seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
	}
}

// TestBusy: a server with one worker and a queue of one takes two requests
// to code; a third, to code or to store, is answered 503 with Retry-After
// at once, without its body being read; once the two are answered, the
// server takes work again.
func TestBusy(t *testing.T) {
	s := &Server{Workers: 1, Queue: 1}
	ts, db := startServer(t, s)
	addr := strings.TrimPrefix(ts.URL, "http://")
	first := partial(t, addr, "/v1/code", slowStory)
	second := partial(t, addr, "/v1/stories", slowStory)
	waitFor(t, "two requests inside", func() bool { return s.limits().inside.Load() == 2 })

	for _, path := range []string{"/v1/code", "/v1/stories"} {
		code, h, body := request(t, ts, "POST", path, "", "", slowStory)
		if code != http.StatusServiceUnavailable || h.Get("Retry-After") != "2" || !strings.Contains(body, "busy") {
			t.Errorf("%s beyond the queue: got %d, Retry-After %q, %s; want 503, 2, busy", path, code, h.Get("Retry-After"), body)
		}
	}
	if code, _, _ := request(t, ts, "GET", "/v1/events", "", "", ""); code != 200 {
		t.Errorf("a query while busy: got %d, want 200", code)
	}
	for i, finish := range []func() (int, string){first, second} {
		if code, body := finish(); code != 200 {
			t.Errorf("request %d in the queue: got %d, want 200 (%s)", i+1, code, body)
		}
	}
	waitFor(t, "the requests to leave", func() bool { return s.limits().inside.Load() == 0 })
	if code, _, body := request(t, ts, "POST", "/v1/code", "", "", slowStory); code != 200 {
		t.Errorf("after the queue drained: got %d, want 200 (%s)", code, body)
	}
	if n, _, err := db.Counts(t.Context()); err != nil || n != 1 {
		t.Errorf("store: got %d stories (%v), want the one admitted", n, err)
	}
}

// TestTimeout: a request that codes stories ends with 503 at its deadline
// and stores nothing.
func TestTimeout(t *testing.T) {
	ts, db := startServer(t, &Server{Timeout: time.Nanosecond})
	for _, path := range []string{"/v1/code", "/v1/stories"} {
		code, h, body := request(t, ts, "POST", path, "", "", slowStory)
		if code != http.StatusServiceUnavailable || h.Get("Retry-After") == "" || !strings.Contains(body, "stopped after 1ns") {
			t.Errorf("%s: got %d, Retry-After %q, %s; want 503 stopped after 1ns", path, code, h.Get("Retry-After"), body)
		}
	}
	if n, _, err := db.Counts(t.Context()); err != nil || n != 0 {
		t.Errorf("store: got %d stories (%v), want none", n, err)
	}
}
