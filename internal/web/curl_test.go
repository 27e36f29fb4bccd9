package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// readmeAddr is the address the README's curl lines call.
const readmeAddr = "http://127.0.0.1:8080"

// readmeCurls returns the curl command lines of the README's API section.
func readmeCurls(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## The HTTP API\n")
	if !ok {
		t.Fatal("README.md has no section \"## The HTTP API\"")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var lines []string
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "curl ") {
			lines = append(lines, line)
		}
	}
	return lines
}

// shellWords splits a command line as a POSIX shell does for the quoting the
// README uses: single quotes, double quotes and backslashes; no expansion.
func shellWords(line string) ([]string, error) {
	var words []string
	var w strings.Builder
	in := false // inside a word
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			if in {
				words, in = append(words, w.String()), false
				w.Reset()
			}
			continue
		case c == '\'':
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				return nil, errUnclosed
			}
			w.WriteString(line[i+1 : i+1+j])
			i += j + 1
		case c == '"':
			j := i + 1
			for ; j < len(line) && line[j] != '"'; j++ {
				if line[j] == '\\' && j+1 < len(line) && strings.IndexByte("\"\\$`", line[j+1]) >= 0 {
					j++
				}
				w.WriteByte(line[j])
			}
			if j == len(line) {
				return nil, errUnclosed
			}
			i = j
		case c == '\\' && i+1 < len(line):
			i++
			w.WriteByte(line[i])
		default:
			w.WriteByte(c)
		}
		in = true
	}
	if in {
		words = append(words, w.String())
	}
	return words, nil
}

var errUnclosed = errors.New("unclosed quote")

// curl runs the curl binary with args from dir, and returns the response
// body and status code.
func curl(t *testing.T, dir string, args ...string) ([]byte, int) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), "curl", append([]string{"-sS", "--max-time", "60", "--write-out", "\n%{http_code}"}, args...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("curl %q: %v: %s", args, err, stderr.Bytes())
	}
	i := bytes.LastIndexByte(out, '\n')
	code, err := strconv.Atoi(string(out[i+1:]))
	if err != nil {
		t.Fatalf("curl %q: no status code at the end of %q", args, out)
	}
	return out[:i], code
}

// needCurl skips the test when the curl binary is absent.
func needCurl(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("no curl on the PATH")
	}
}

// TestREADMECurl runs each curl line of the README's API section, in order,
// with the real curl against the real server on a loopback listener, from
// the repository's root, and checks that each answers 200 with what it
// promises: coded events, stored stories, events in the asked format.
func TestREADMECurl(t *testing.T) {
	needCurl(t)
	lines := readmeCurls(t)
	if len(lines) < 8 {
		t.Fatalf("README API section: got %d curl lines, want at least 8 (every endpoint)", len(lines))
	}
	s := &Server{}
	newServer(t, s)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, s) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	url := "http://" + ln.Addr().String()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	endpoints := map[string]bool{}
	for _, line := range lines {
		t.Run(line, func(t *testing.T) {
			args, err := shellWords(line)
			if err != nil {
				t.Fatalf("split: %v", err)
			}
			for i, a := range args {
				if rest, ok := strings.CutPrefix(a, readmeAddr); ok {
					args[i] = url + rest
					path, _, _ := strings.Cut(rest, "?")
					if strings.HasPrefix(path, "/v1/stories/") {
						path = "/v1/stories/{id}"
					}
					endpoints[path] = true
				}
			}
			body, code := curl(t, root, args[1:]...)
			if code != http.StatusOK {
				t.Fatalf("status: got %d, want 200 (%s)", code, body)
			}
			if n := answers(t, line, body); n == 0 {
				t.Errorf("got an empty answer, want events or stories: %.300s", body)
			}
		})
	}
	for _, ep := range []string{"/v1/code", "/v1/stories", "/v1/events", "/v1/stories/{id}"} {
		if !endpoints[ep] {
			t.Errorf("README API section: no curl line calls %s", ep)
		}
	}
}

// answers counts what a response body holds: events (JSON, CSV rows or
// JSON Lines), or stories added.
func answers(t *testing.T, line string, body []byte) int {
	t.Helper()
	switch {
	case strings.Contains(line, "format=csv"):
		rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
		if err != nil || len(rows) == 0 || rows[0][0] != "id" {
			t.Fatalf("csv: got %d rows, %v; want a header and events", len(rows), err)
		}
		return len(rows) - 1
	case strings.Contains(line, "format=jsonl"):
		n := 0
		for _, l := range bytes.Split(bytes.TrimSpace(body), []byte("\n")) {
			if !json.Valid(l) {
				t.Fatalf("jsonl: line %q is not JSON", l)
			}
			n++
		}
		return n
	case bytes.HasPrefix(body, []byte("[")):
		var events []json.RawMessage
		if err := json.Unmarshal(body, &events); err != nil {
			t.Fatal(err)
		}
		return len(events)
	}
	var v struct {
		Events []json.RawMessage
		Added  *int
	}
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("got %v, want a JSON object: %.300s", err, body)
	}
	if v.Added != nil {
		return *v.Added
	}
	return len(v.Events)
}

// TestCurlDefaultBody sends a story as curl does by default, with the form
// content type, and checks it is coded as a story in plain text.
func TestCurlDefaultBody(t *testing.T) {
	needCurl(t)
	s := &Server{}
	newServer(t, s)
	var (
		mu  sync.Mutex
		got []string // the Content-Type of each request
	)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Header.Get("Content-Type"))
		mu.Unlock()
		s.Handler().ServeHTTP(w, r)
	}))
	defer ts.Close()
	dir := t.TempDir()
	story := "Libyan forces attacked rebels in Benghazi on Monday.\n\nEgypt's president met Haftar in Cairo on Tuesday.\n"
	if err := os.WriteFile(filepath.Join(dir, "story.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want int // events at least
	}{
		{"data-binary", []string{"--data-binary", "@story.txt"}, 2},
		{"data", []string{"-d", "@story.txt"}, 2},
		{"stdin", []string{"--data-binary", "@-"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mu.Lock()
			got = nil
			mu.Unlock()
			args := append(tt.args, ts.URL+"/v1/code")
			cmd := exec.CommandContext(t.Context(), "curl", append([]string{"-sS"}, args...)...)
			cmd.Dir = dir
			cmd.Stdin = strings.NewReader(story)
			body, err := cmd.Output()
			if err != nil {
				t.Fatalf("curl: %v", err)
			}
			mu.Lock()
			sent := append([]string(nil), got...)
			mu.Unlock()
			if len(sent) != 1 || sent[0] != "application/x-www-form-urlencoded" {
				t.Fatalf("curl sent Content-Type %q, want curl's default application/x-www-form-urlencoded", sent)
			}
			var v codedView
			if err := json.Unmarshal(body, &v); err != nil {
				t.Fatalf("got %v: %.300s", err, body)
			}
			if len(v.Events) < tt.want {
				t.Errorf("events: got %d, want at least %d (%s)", len(v.Events), tt.want, body)
			}
		})
	}
}
