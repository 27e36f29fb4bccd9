package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// hostileFile is one input of the hostile run: its name, its content, and
// what must become of it.
type hostileFile struct {
	name string
	data []byte
	bad  []string // what stderr must name, once each: the file, or file:line for JSON Lines
	good bool     // a real story: its events must be exactly those it has alone
}

// goodStory returns a shipped story's text.
func goodStory(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "news", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// words returns n words of news-like text, no sentence end among them.
func words(n int, seed uint64) string {
	vocab := strings.Fields("the police said Egypt Monday talks army fired on protesters in Cairo and Israel met with rebels")
	r := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(vocab[r.IntN(len(vocab))])
	}
	return b.String()
}

// bigLine returns a single line of about size bytes of words.
func bigLine(size int) string {
	w := words(size/5+1, 7)
	return w[:size]
}

func jsonLine(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func hostileFiles(t *testing.T) []hostileFile {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	big := bigLine(50 << 20)
	jsonl := strings.Join([]string{
		jsonLine(t, map[string]string{"id": "j1", "text": "Egyptian police arrested 12 protesters in Cairo on Monday.", "published": "2019-09-23"}),
		`{"id": "j2", "text": "unterminated`,
		jsonLine(t, map[string]string{"id": "j3", "text": big, "published": "2019-09-23"}),
		"\x00\x01\x02 not json at all",
		`{"id": "j5", "text": "Police arrested two men.", "published": "13/09/2019"}`,
		"{\"id\": \"j6\", \"text\": \"bad \xff\xfe bytes\"}",
		jsonLine(t, map[string]string{"id": "j7", "text": "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", "published": "2019-09-24"}),
	}, "\n") + "\n"
	return []hostileFile{
		{name: "1-good.txt", data: goodStory(t, "2011-cairo-tahrir.txt"), good: true},
		{name: "2-invalid-utf8.txt", data: []byte("CAIRO (AP) — Police arrested \xff\xfe 12 protesters in Cairo on Monday.\n"), bad: []string{"2-invalid-utf8.txt"}},
		{name: "3-nul.txt", data: bytes.Repeat([]byte("Police arrested\x00 protesters.\n"), 10), bad: []string{"3-nul.txt"}},
		{name: "4-random.bin", data: random, bad: []string{"4-random.bin"}},
		{name: "5-empty.txt", data: nil, bad: []string{"5-empty.txt"}},
		{name: "6-good.txt", data: goodStory(t, "2019-khartoum-sitin.txt"), good: true},
		{name: "7-big.txt", data: []byte(big), bad: []string{"7-big.txt"}},
		{name: "8-html.txt", data: []byte(`<html><head><title>t</title><script>var x = "<p>";</script></head><body><p>CAIRO (AP) &mdash; Egyptian police arrested 12 protesters in Cairo on Monday.</p><p>The United States condemned the arrests.</body>`)},
		{name: "9-controls.txt", data: []byte("Police arrest protesters\n\nCAIRO (AP) \u2014 Egyptian police\a arrested 12\x1b[31m protesters in Cairo\v on Monday.\x7f\u0085\n\nThe United States\x01 condemned the arrests.\n")},
		{name: "10-long-sentence.txt", data: []byte("Egyptian police arrested protesters and " + words(100_000, 3) + ".\n")},
		{name: "11-long-token.txt", data: []byte("Egyptian police arrested protesters in Cairo. " + strings.Repeat("x", 1_000_000) + " Israel attacked Gaza.\n")},
		{name: "12-lines.jsonl", data: []byte(jsonl), bad: []string{"12-lines.jsonl:2", "12-lines.jsonl:3", "12-lines.jsonl:4", "12-lines.jsonl:5", "12-lines.jsonl:6"}},
		{name: "13-good.txt", data: goodStory(t, "2022-colombo-protests.txt"), good: true},
	}
}

// TestHostileInput codes good stories mixed with hostile inputs: every good
// story is coded with the events it has alone, in input order; each bad input
// is reported once, naming its file (and line); the run fails with errFailed;
// the heap stays bounded throughout.
func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB of hostile input")
	}
	dir := t.TempDir()
	files := hostileFiles(t)
	var paths, goodPaths []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		if f.good {
			goodPaths = append(goodPaths, p)
		}
	}
	files = nil // let the 50 MB strings go before measuring

	args := []string{"code", "--format", "jsonl", "--workers", "2", "--date", "2019-09-23"}
	peak := watchHeap(t)
	out, errOut, err := runArgs(t, "", append(args, paths...)...)
	heap := peak()
	if !errors.Is(err, errFailed) {
		t.Fatalf("got error %v, want errFailed", err)
	}
	if heap > 1<<30 {
		t.Errorf("got peak heap %d MB, want under 1024 MB", heap>>20)
	}
	t.Logf("peak heap %d MB", heap>>20)

	for _, f := range hostileFiles(t) {
		for _, name := range f.bad {
			if n := countReports(errOut, name); n != 1 {
				t.Errorf("stderr names %s %d times, want once:\n%s", name, n, errOut)
			}
		}
		if len(f.bad) == 0 && strings.Contains(errOut, f.name) {
			t.Errorf("stderr reports %s, a readable story, want it coded:\n%s", f.name, errOut)
		}
	}

	solo, _, err := runArgs(t, "", append(args, goodPaths...)...)
	if err != nil {
		t.Fatalf("coding the good stories alone: %v", err)
	}
	got := eventsOf(t, out, "1-good", "6-good", "13-good")
	want := eventsOf(t, solo, "1-good", "6-good", "13-good")
	if len(want) == 0 || got != want {
		t.Errorf("got the good stories' events\n%s\nwant, as they code alone\n%s", got, want)
	}
	if !strings.Contains(out, `"doc":"12-lines.jsonl:1"`) && !strings.Contains(out, `"doc":"j1"`) {
		t.Errorf("got no events of JSON Lines record j1, want some")
	}
}

// countReports counts the lines of stderr that name name: exactly, not as
// the prefix of a longer name or line number.
func countReports(stderr, name string) int {
	n := 0
	for _, line := range strings.Split(stderr, "\n") {
		for rest := line; ; {
			i := strings.Index(rest, name)
			if i < 0 {
				break
			}
			rest = rest[i+len(name):]
			if rest == "" || !strings.ContainsRune("0123456789.-_abcdefghijklmnopqrstuvwxyz", rune(rest[0])) {
				n++
				break
			}
		}
	}
	return n
}

// eventsOf returns the output lines of the given docs, in order.
func eventsOf(t *testing.T, out string, docs ...string) string {
	t.Helper()
	keep := map[string]bool{}
	for _, d := range docs {
		keep[d] = true
	}
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct{ Doc string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("output line %.80q is not JSON: %v", sc.Text(), err)
		}
		if keep[rec.Doc] {
			fmt.Fprintln(&b, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// watchHeap samples the live heap every few milliseconds until the returned
// function is called, which returns the largest value seen.
func watchHeap(t *testing.T) func() uint64 {
	t.Helper()
	runtime.GC()
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			mu.Lock()
			peak = max(peak, m.HeapAlloc)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
