// Package progress reports how an ingest or recode is going: a bar redrawn
// in place on a terminal, plain lines now and then otherwise (logs, CI).
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Reporter counts stories, events and errors and writes progress to W. It
// is safe for concurrent use.
type Reporter struct {
	W     io.Writer
	Total int           // stories expected; 0 if unknown
	Bar   bool          // redraw one line with \r instead of writing lines
	Every time.Duration // how often to write: 100 ms for a bar, 5 s for lines
	Now   func() time.Time

	mu                      sync.Mutex
	start, last             time.Time
	stories, events, errors int
}

// New returns a Reporter writing to w, as a bar if w is a terminal.
func New(w io.Writer, total int) *Reporter {
	r := &Reporter{W: w, Total: total, Bar: IsTerminal(w), Now: time.Now}
	r.Every = 5 * time.Second
	if r.Bar {
		r.Every = 100 * time.Millisecond
	}
	return r
}

// IsTerminal reports whether w is a character device, such as a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Add counts stories, events and errors done and writes progress if Every
// has passed since it last did.
func (r *Reporter) Add(stories, events, errors int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if r.start.IsZero() {
		r.start, r.last = now, now
	}
	r.stories += stories
	r.events += events
	r.errors += errors
	if now.Sub(r.last) >= r.Every {
		r.last = now
		r.write(now, false)
	}
}

// Done writes the final counts and ends the bar's line.
func (r *Reporter) Done() {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if r.start.IsZero() {
		r.start = now
	}
	r.write(now, true)
}

func (r *Reporter) now() time.Time {
	if r.Now == nil {
		return time.Now()
	}
	return r.Now()
}

// write writes one report; errors writing progress are ignored.
func (r *Reporter) write(now time.Time, done bool) {
	elapsed := now.Sub(r.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(r.stories) / elapsed.Seconds()
	}
	var b strings.Builder
	if r.Bar {
		b.WriteString("\r")
	}
	if r.Total > 0 {
		frac := min(float64(r.stories)/float64(r.Total), 1)
		if r.Bar {
			n := int(frac * 20)
			fmt.Fprintf(&b, "[%s%s] ", strings.Repeat("#", n), strings.Repeat(".", 20-n))
		}
		fmt.Fprintf(&b, "%3.0f%% %d/%d stories", 100*frac, r.stories, r.Total)
	} else {
		fmt.Fprintf(&b, "%d stories", r.stories)
	}
	fmt.Fprintf(&b, ", %.0f/s, %d events, %d errors, %s", rate, r.events, r.errors, clock(elapsed))
	if r.Total > 0 && !done && rate > 0 && r.stories < r.Total {
		fmt.Fprintf(&b, ", %s left", clock(time.Duration(float64(r.Total-r.stories)/rate*float64(time.Second))))
	}
	if r.Bar {
		b.WriteString("\x1b[K") // clear what a longer line left behind
	}
	if !r.Bar || done {
		b.WriteString("\n")
	}
	io.WriteString(r.W, b.String())
}

// clock formats d as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
