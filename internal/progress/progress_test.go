package progress

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// fakeClock returns a clock that moves only when told.
func fakeClock() (now func() time.Time, advance func(time.Duration)) {
	t := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	return func() time.Time { return t }, func(d time.Duration) { t = t.Add(d) }
}

func TestReporter(t *testing.T) {
	tests := []struct {
		name  string
		bar   bool
		total int
		want  string
	}{
		{"lines, total unknown", false, 0,
			"20 stories, 2/s, 60 events, 1 errors, 0:10\n" +
				"30 stories, 2/s, 90 events, 1 errors, 0:15\n"},
		{"lines, total known", false, 40,
			" 50% 20/40 stories, 2/s, 60 events, 1 errors, 0:10, 0:10 left\n" +
				" 75% 30/40 stories, 2/s, 90 events, 1 errors, 0:15\n"},
		{"bar", true, 40,
			"\r[##########..........]  50% 20/40 stories, 2/s, 60 events, 1 errors, 0:10, 0:10 left\x1b[K" +
				"\r[###############.....]  75% 30/40 stories, 2/s, 90 events, 1 errors, 0:15\x1b[K\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			now, advance := fakeClock()
			r := &Reporter{W: &b, Total: tt.total, Bar: tt.bar, Every: 10 * time.Second, Now: now}
			r.Add(0, 0, 0) // starts the clock
			for i := 0; i < 30; i++ {
				advance(500 * time.Millisecond)
				errs := 0
				if i == 3 {
					errs = 1
				}
				r.Add(1, 3, errs)
			}
			r.Done()
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestClock(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{{0, "0:00"}, {59400 * time.Millisecond, "0:59"}, {61 * time.Second, "1:01"}, {3723 * time.Second, "1:02:03"}}
	for _, tt := range tests {
		if got := clock(tt.d); got != tt.want {
			t.Errorf("clock(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) || IsTerminal(&bytes.Buffer{}) {
		t.Error("IsTerminal: got true for a file or a buffer, want false")
	}
	if r := New(f, 0); r.Bar || r.Every != 5*time.Second {
		t.Errorf("New(file): got Bar %v, Every %v; want false, 5s", r.Bar, r.Every)
	}
}
