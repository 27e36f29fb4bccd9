package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"dateline/internal/seed"
)

// chromium finds a Chromium binary: $DATELINE_CHROMIUM, else chromium or
// Chrome on the PATH.
func chromium() string {
	if p := os.Getenv("DATELINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageCounts is what the page shows once the seed story is coded.
type pageCounts struct {
	Actors, Triggers, Places, Dates int // highlights in the story
	Nodes, Edges                    int // actor network
	Canvases                        int // cytoscape draws on canvases
	MapPaths, MapDots, TimeDots     int
	Rows                            int // event table
	Tip                             string
	BrowseRows                      int
}

const countsJS = `(() => {
	const n = (s) => document.querySelectorAll(s).length;
	const net = document.querySelector('#network');
	return {
		Actors: n('#body .ann.actor'), Triggers: n('#body .ann.trigger'), Places: n('#body .ann.place'), Dates: n('#body .ann.date'),
		Nodes: +net.dataset.nodes, Edges: +net.dataset.edges, Canvases: n('#network canvas'),
		MapPaths: n('#map svg .land path'), MapDots: n('#map .place-dot'), TimeDots: n('#timeline circle'),
		Rows: n('#events tbody tr'),
	};
})()`

// hoverJS hovers over the first trigger and returns the tooltip's text.
const hoverJS = `(() => {
	const t = document.querySelector('#body .ann.trigger');
	const r = t.getBoundingClientRect();
	t.dispatchEvent(new MouseEvent('mouseenter', {clientX: r.left + 2, clientY: r.bottom + 2}));
	const tip = document.querySelector('#tip');
	return tip.hidden ? '' : tip.textContent;
})()`

// TestBrowser drives headless Chromium over the page: it codes the seed
// story, checks the highlights, the network, the map and the timeline, and
// saves screenshots (see save). Without Chromium it skips, unless
// DATELINE_BROWSER=1, when it fails.
func TestBrowser(t *testing.T) {
	needChromium(t)
	ts, _ := testServer(t, "", 0)
	resp, body := do(t, ts, call{"POST", "/v1/stories?id=palermo", "text/plain", string(seed.Text()), ""})
	if resp.StatusCode != 200 {
		t.Fatalf("ingest seed: got %d (%s)", resp.StatusCode, body)
	}

	bctx := newBrowser(t, 1440, 1000)

	err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(`body[data-coded="1"]`),
	)
	if err != nil {
		t.Fatalf("drive page: %v", err)
	}
	got, err := chromedp.Run(bctx, chromedp.Evaluate[pageCounts](countsJS))
	if err != nil {
		t.Fatalf("count page: %v", err)
	}
	if got.Tip, err = chromedp.Run(bctx, chromedp.Evaluate[string](hoverJS)); err != nil {
		t.Fatalf("hover: %v", err)
	}
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.querySelector('#tip').hidden = true`)); err != nil {
		t.Fatalf("hide tip: %v", err)
	}
	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	save(t, "dateline-page.png", shot)
	if side, err := chromedp.Run(bctx, chromedp.Screenshot(`.side`)); err == nil {
		save(t, "dateline-side.png", side)
	}

	checks := []struct {
		name     string
		got, min int
	}{
		{"actor highlights", got.Actors, 20},
		{"trigger highlights", got.Triggers, 8},
		{"place highlights", got.Places, 2},
		{"date highlights", got.Dates, 1},
		{"network nodes", got.Nodes, 5},
		{"network edges", got.Edges, 3},
		{"network canvases", got.Canvases, 1},
		{"map country paths", got.MapPaths, 100},
		{"map place dots", got.MapDots, 1},
		{"timeline dots", got.TimeDots, 5},
		{"event rows", got.Rows, 10},
	}
	for _, c := range checks {
		if c.got < c.min {
			t.Errorf("%s: got %d, want at least %d", c.name, c.got, c.min)
		}
	}
	if !strings.Contains(got.Tip, "→") || !strings.Contains(got.Tip, ".txt:") {
		t.Errorf("trigger tooltip: got %q, want an event with its rule", got.Tip)
	}

	// The browse tab lists the stored story's events.
	err = chromedp.Do(bctx,
		chromedp.Click(`button[data-tab="browse"]`),
		chromedp.SetValue(`#filters input[name="country"]`, "LBY"),
		chromedp.Click(`#filters button[type="submit"]`),
	)
	if err != nil {
		t.Fatalf("browse tab: %v", err)
	}
	settle(t, bctx)
	if got.BrowseRows, err = chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('#bevents tbody tr').length`)); err != nil {
		t.Fatalf("count browse rows: %v", err)
	}
	if shot, err = chromedp.Run(bctx, chromedp.FullScreenshot(100)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	save(t, "dateline-browse.png", shot)
	if got.BrowseRows < 5 {
		t.Errorf("browse rows for country=LBY: got %d, want at least 5", got.BrowseRows)
	}
}

// needChromium skips the test when no Chromium is found, unless
// DATELINE_BROWSER=1, when it fails.
func needChromium(t *testing.T) {
	t.Helper()
	if chromium() != "" {
		return
	}
	if os.Getenv("DATELINE_BROWSER") == "1" {
		t.Fatal("DATELINE_BROWSER=1 but no Chromium found (install chromium or set DATELINE_CHROMIUM)")
	}
	t.Skip("no Chromium found; set DATELINE_BROWSER=1 to make this a failure")
}

// newBrowser starts headless Chromium with a width×height window, its
// profile and temporary files in the test's temporary directory; it ends
// with the test.
func newBrowser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.Env("TMPDIR=" + t.TempDir()),
		chromedp.ExecPath(chromium()),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelBrowser(); cancelAlloc(); cancel() })
	// An error the page throws fails the test.
	err := chromedp.Listen(bctx, func(ev any) {
		if ex, ok := ev.(*runtime.EventExceptionThrown); ok {
			d := ex.ExceptionDetails
			if d.Exception != nil {
				t.Errorf("page threw: %s", d.Exception.Description)
			} else {
				t.Errorf("page threw: %s at %d:%d", d.Text, d.LineNumber, d.ColumnNumber)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return bctx
}

// save writes a screenshot to the test's temporary directory, which is
// removed when the test ends, and also to $DATELINE_SCREENSHOTS when that
// names a directory, for a person to look at.
func save(t *testing.T, name string, png []byte) {
	t.Helper()
	dirs := []string{t.TempDir()}
	if d := os.Getenv("DATELINE_SCREENSHOTS"); d != "" {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Errorf("save screenshot: %v", err)
			continue
		}
		t.Logf("screenshot: %s", p)
	}
}

// TestBrowserUndated codes a story with no date on the page: the page says
// its relative dates are unknown and the table shows no date, until the
// story date field dates it.
func TestBrowserUndated(t *testing.T) {
	needChromium(t)
	ts, _ := testServer(t, "", 0)
	bctx := newBrowser(t, 1200, 900)
	if err := chromedp.Do(bctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(`body[data-coded="1"]`)); err != nil {
		t.Fatalf("drive page: %v", err)
	}
	code := func(date string) (warning, firstDate string) {
		t.Helper()
		eval[bool](t, bctx, fmt.Sprintf(`(() => {
			document.querySelector('#text').value = 'Libyan forces attacked rebels in Benghazi on Monday.';
			document.querySelector('#date').value = %q;
			document.querySelector('#status').textContent = '';
			document.querySelector('#code').click();
			return true;
		})()`, date))
		if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`/events from/.test(document.querySelector('#status').textContent)`)); err != nil {
			t.Fatalf("wait for the coded story: %v", err)
		}
		w := eval[string](t, bctx, `(() => { const w = document.querySelector('#warnings'); return w.classList.contains('hidden') ? '' : w.textContent; })()`)
		d := eval[string](t, bctx, `document.querySelector('#events tbody tr td:nth-child(2)').textContent`)
		return w, d
	}
	if w, d := code(""); !strings.Contains(w, "No date") || d != "—" {
		t.Errorf("undated: got warning %q and date %q, want a warning and no date", w, d)
	}
	if w, d := code("2019-04-10"); w != "" || d != "2019-04-08" {
		t.Errorf("dated 2019-04-10: got warning %q and date %q, want none and 2019-04-08", w, d)
	}
}
