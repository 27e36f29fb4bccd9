package progress

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestBarDrawsAtOnce checks that a bar shows its total before any work is
// done, and the count, the rate and the time left as work is done.
func TestBarDrawsAtOnce(t *testing.T) {
	var b bytes.Buffer
	bar := Draw(&b, 40, "coding", "stories")
	for _, want := range []string{"coding", "0/40", "stories/", "[0s:"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("before any story: got %q, want it to hold %q", b.String(), want)
		}
	}
	for range 40 {
		bar.Add(1)
	}
	if got := b.String(); !strings.Contains(got, "40/40") || !strings.Contains(got, "100%") {
		t.Errorf("after 40 of 40: got %q, want 40/40 at 100%%", got)
	}
	b.Reset()
	bar.Done()
	if got := strings.TrimSpace(strings.ReplaceAll(b.String(), "\r", "")); got != "" {
		t.Errorf("Done: got %q, want the bar cleared", got)
	}
}

func TestBarNeverPassesItsTotal(t *testing.T) {
	var b bytes.Buffer
	bar := Draw(&b, 2, "coding", "stories")
	for range 3 {
		bar.Add(1)
	}
	if got := b.String(); !strings.Contains(got, "2/2") || strings.Contains(got, "3/2") {
		t.Errorf("3 done of 2 counted: got %q, want it to stop at 2/2", got)
	}
}

func TestBarUnknownTotal(t *testing.T) {
	var b bytes.Buffer
	bar := Draw(&b, 0, "coding", "stories")
	bar.Printf("dateline: %s\n", "bad story")
	if got := b.String(); !strings.Contains(got, "coding") || !strings.Contains(got, "\rdateline: bad story\n") {
		t.Errorf("got %q, want a spinner, cleared before the message", got)
	}
}

// TestNoBarOffTerminal checks that nothing but messages is written where
// standard error is not a terminal.
func TestNoBarOffTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) || IsTerminal(&bytes.Buffer{}) {
		t.Error("IsTerminal: got true for a file or a buffer, want false")
	}
	bar := New(f, 10, "coding", "stories")
	bar.Add(5)
	bar.Printf("dateline: %s\n", "bad story")
	bar.Add(5)
	bar.Done()
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "dateline: bad story\n" {
		t.Errorf("got %q, want only the message", got)
	}
}
