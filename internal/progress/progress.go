// Package progress shows how long work is going: a bar on standard error
// with the count done, the total, the rate and the time left, redrawn in
// place on a terminal and left out when standard error is a file or a pipe
// (logs and scripts get only the command's summary).
//
// The bar is drawn by github.com/schollz/progressbar/v3: one bar, written
// to any io.Writer, with rate and time left built in and few dependencies.
// github.com/vbauerster/mpb/v8 was the alternative; its strength, several
// bars at once, is not needed here.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Bar counts units of work done and draws them when its writer is a
// terminal. It is safe for concurrent use.
type Bar struct {
	mu  sync.Mutex
	w   io.Writer
	bar *progressbar.ProgressBar // nil when nothing is drawn
}

// New returns a bar for total units (0 or less: unknown) on w, drawn only
// when w is a terminal. what names the work ("coding") and unit the thing
// counted ("stories"). The bar is drawn at once, before any unit is done.
func New(w io.Writer, total int, what, unit string) *Bar {
	if !IsTerminal(w) {
		return Off(w)
	}
	return Draw(w, total, what, unit)
}

// Off returns a Bar that draws nothing and only writes messages to w: for
// work whose output already shows on the terminal.
func Off(w io.Writer) *Bar { return &Bar{w: w} }

// Draw returns a bar on w whether or not it is a terminal.
func Draw(w io.Writer, total int, what, unit string) *Bar {
	max := int64(total)
	if total <= 0 {
		max = -1
	}
	b := &Bar{w: w}
	b.bar = progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionSetSpinnerChangeInterval(0), // no drawing goroutine: all drawing happens under mu
		progressbar.OptionSetRenderBlankState(true),
	)
	return b
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Add counts n more units done.
func (b *Bar) Add(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar == nil {
		return
	}
	b.bar.Add(n) // past the total, the bar stays at 100%
}

// Printf writes a message (an error about one input) to the bar's writer;
// a drawn bar is cleared first and drawn again below the message.
func (b *Bar) Printf(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar != nil {
		b.bar.Clear()
	}
	fmt.Fprintf(b.w, format, args...)
	if b.bar != nil {
		b.bar.RenderBlank()
	}
}

// Done clears the bar for good: the command's summary says what was done.
func (b *Bar) Done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar == nil {
		return
	}
	b.bar.Exit()
	b.bar.Clear()
	b.bar = nil // later messages are plain lines; a second Done does nothing
}
