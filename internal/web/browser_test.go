package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
		MapPaths: n('#map svg .land path'), MapDots: n('#map circle.place-dot'), TimeDots: n('#timeline circle'),
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
// saves a screenshot ($DATELINE_SCREENSHOT, else the test's temporary
// directory, and /tmp/dateline-page.png outside CI). Without Chromium it
// skips, unless DATELINE_BROWSER=1, when it fails.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("DATELINE_BROWSER") == "1" {
			t.Fatal("DATELINE_BROWSER=1 but no Chromium found (install chromium or set DATELINE_CHROMIUM)")
		}
		t.Skip("no Chromium found; set DATELINE_BROWSER=1 to make this a failure")
	}
	ts, _ := testServer(t, "", 0)
	resp, body := do(t, ts, call{"POST", "/v1/stories?id=palermo", "text/plain", string(seed.Text()), ""})
	if resp.StatusCode != 200 {
		t.Fatalf("ingest seed: got %d (%s)", resp.StatusCode, body)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(`body[data-coded="1"]`),
		chromedp.Sleep(300*time.Millisecond), // let the network layout settle
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
	if !strings.Contains(got.Tip, "→") || !strings.Contains(got.Tip, "verbs.txt") {
		t.Errorf("trigger tooltip: got %q, want an event with its rule", got.Tip)
	}

	// The browse tab lists the stored story's events.
	err = chromedp.Do(bctx,
		chromedp.Click(`button[data-tab="browse"]`),
		chromedp.SetValue(`#filters input[name="country"]`, "LBY"),
		chromedp.Click(`#filters button[type="submit"]`),
		chromedp.WaitVisible(`#bevents tbody tr`),
		chromedp.Sleep(300*time.Millisecond),
	)
	if err != nil {
		t.Fatalf("browse tab: %v", err)
	}
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

// save writes a screenshot to $DATELINE_SCREENSHOT's directory or the
// test's temporary directory, and to /tmp when not in CI.
func save(t *testing.T, name string, png []byte) {
	t.Helper()
	dir := t.TempDir()
	if p := os.Getenv("DATELINE_SCREENSHOT"); p != "" {
		dir = filepath.Dir(p)
		if filepath.Base(p) != "." && name == "dateline-page.png" {
			name = filepath.Base(p)
		}
	}
	paths := []string{filepath.Join(dir, name)}
	if os.Getenv("CI") == "" {
		paths = append(paths, filepath.Join(os.TempDir(), name))
	}
	for _, p := range paths {
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Errorf("save screenshot: %v", err)
			continue
		}
		t.Logf("screenshot: %s", p)
	}
}
