package web

import (
	"context"
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// megabyteStory is a wire story of about 1 MB: paragraphs of news that name
// the same leaders, bodies and places again and again.
func megabyteStory() string {
	paras := []string{
		"Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Minsk on Monday.",
		"Putin said the talks with Lukashenko went well, and he thanked the Belarusian president.",
		"The Kremlin said President Putin would visit China, and Beijing welcomed the plan.",
		"He also accused NATO of threatening Russia, and the U.S. rejected the charge.",
		"Lukashenko backed Putin, while Ukraine's foreign minister condemned the meeting in Kyiv.",
		"Egyptian police arrested 12 protesters in Cairo, and the United Nations condemned the arrests.",
	}
	var b strings.Builder
	b.WriteString("MOSCOW (AP) — Russian President Vladimir Putin spoke on Sunday.\n\n")
	for i := 0; b.Len() < 1_000_000; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// TestLoad sends 200 stories of 1 MB at once to a real server on loopback,
// with two workers and a queue of eight, whatever the machine (its
// timeout is set past what the slowest machine takes, so no answer hangs
// on the machine's speed or load): every
// request is answered 200 or 503, the server stays up, and its heap stays
// bounded because only ten stories are read and two coded at a time.
// (Without the limit, the heap passes 6 GB.)
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("codes megabytes of stories")
	}
	const clients = 200
	const heapLimit = 1 << 30
	// a timeout longer than any machine takes, so the answers do not hang on
	// its speed or load: the ten stories let in are coded, the rest refused
	ts, _ := startServer(t, &Server{Workers: 2, Queue: 8, Timeout: 4 * time.Minute})
	story := megabyteStory()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)

	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // the heap, every few milliseconds
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()

	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, err := http.NewRequestWithContext(ctx, "POST", ts.URL+"/v1/code", strings.NewReader(story))
			if err != nil {
				t.Error(err)
				return
			}
			req.Header.Set("Content-Type", "text/plain")
			outcome := ""
			resp, err := ts.Client().Do(req)
			if err != nil {
				outcome = "error: " + err.Error()
			} else {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				outcome = resp.Status
			}
			mu.Lock()
			counts[outcome]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(stop)
	<-sampled
	t.Logf("answers: %v; heap %d MB before, %d MB at its peak", counts, base.HeapAlloc>>20, peak.Load()>>20)
	for outcome, n := range counts {
		if outcome != "200 OK" && outcome != "503 Service Unavailable" {
			t.Errorf("%d requests: got %s, want 200 or 503", n, outcome)
		}
	}
	if counts["200 OK"] == 0 {
		t.Errorf("no story was coded")
	}
	if p := peak.Load(); p > heapLimit {
		t.Errorf("peak heap: got %d MB, want at most %d MB", p>>20, heapLimit>>20)
	}
	if code, _, body := request(t, ts, "POST", "/v1/code", "", "", slowStory); code != 200 {
		t.Errorf("after the load: got %d, want 200 (%s)", code, body)
	}
}
