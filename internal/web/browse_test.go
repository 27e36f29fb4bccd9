package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"dateline"
)

// scaleCities are places for generated one-line stories, spread over the
// world so that the map has far and near places to fit and cluster.
var scaleCities = []struct{ adj, city string }{
	{"Nigerian", "Lagos"}, {"Kenyan", "Mombasa"}, {"Brazilian", "Recife"}, {"Indian", "Srinagar"},
	{"Pakistani", "Peshawar"}, {"French", "Marseille"}, {"German", "Hamburg"}, {"Mexican", "Guadalajara"},
	{"Colombian", "Cali"}, {"Indonesian", "Surabaya"}, {"Japanese", "Osaka"}, {"Australian", "Perth"},
	{"Canadian", "Vancouver"}, {"Turkish", "Izmir"}, {"Egyptian", "Alexandria"}, {"Russian", "Grozny"},
	{"Philippine", "Davao"}, {"Iraqi", "Mosul"}, {"Syrian", "Homs"}, {"Yemeni", "Aden"},
}

// scaleStore fills the server's store through POST /v1/stories with at
// least 1,000 events: two generated stories a city, then the shipped corpus
// (testdata/news.jsonl) round after round, with distinct ids and bodies and
// each round published a month later, until the store holds 1,000 events
// (six rounds today). It returns every stored event, as GET /v1/events
// gives them.
func scaleStore(t *testing.T, ts *httptest.Server) []dateline.Event {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	for i, c := range scaleCities {
		for j, text := range []string{"%s police arrested protesters in %s on Monday.", "%s troops attacked rebels near %s on Tuesday."} {
			enc.Encode(map[string]string{"id": fmt.Sprintf("city-%d-%d", i, j), "text": fmt.Sprintf(text, c.adj, c.city),
				"published": fmt.Sprintf("20%02d-%02d-10", 15+i%10, 1+(i+j)%12)})
		}
	}
	var events []dateline.Event
	for round := 0; len(events) < 1000; round++ {
		if round == 20 {
			t.Fatalf("store: got %d events after %d rounds of the corpus, want at least 1,000", len(events), round)
		}
		for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			var rec map[string]any
			if err := json.Unmarshal(line, &rec); err != nil {
				t.Fatal(err)
			}
			rec["id"] = fmt.Sprintf("%s-%d", rec["id"], round)
			rec["text"] = fmt.Sprintf("%s\n\nEdition %d of this report.", rec["text"], round+1) // the store skips a body it holds
			if p, err := time.Parse(time.RFC3339, fmt.Sprint(rec["published"])); err == nil {
				rec["published"] = p.AddDate(0, round, 0).Format(time.RFC3339)
			}
			enc.Encode(rec)
		}
		resp, out := do(t, ts, call{"POST", "/v1/stories", "application/x-ndjson", body.String(), ""})
		if resp.StatusCode != 200 {
			t.Fatalf("ingest: got %d (%.300s)", resp.StatusCode, out)
		}
		body.Reset()
		events = query(t, ts, url.Values{})
	}
	return events
}

// query returns the stored events a filter selects, through the API.
func query(t *testing.T, ts *httptest.Server, q url.Values) []dateline.Event {
	t.Helper()
	q.Set("limit", "100000")
	resp, body := do(t, ts, call{method: "GET", path: "/v1/events?" + q.Encode()})
	var events []dateline.Event
	if err := json.Unmarshal(body, &events); err != nil || resp.StatusCode != 200 {
		t.Fatalf("events?%s: %d %v", q.Encode(), resp.StatusCode, err)
	}
	return events
}

// eval runs a script in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %.80s: %v", js, err)
	}
	return v
}

// mapView is what the stored-events map shows, measured in the page.
type mapView struct {
	W, H          float64 // the map's size, px
	Outside       int     // event places drawn outside the map
	Fill          float64 // the share of the map's width or height the places span, the larger
	Events        int     // events counted on the map's circles
	Clusters      int     // circles
	Places        int     // distinct places
	Labels        int
	CircleOverlap int // pairs of circles that overlap
	LabelOverlap  int // pairs of labels that overlap, or a label and a circle
	LabelsOutside int
}

// mapJS measures the map in box #%s with the page's own projection, over
// the places %s ([[lon, lat], ...]) of the events the API returned.
const mapJS = `((id, pts) => {
	const m = window.dateline.maps[id], box = document.getElementById(id);
	let out = 0, x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
	for (const [lon, lat] of pts) {
		const p = m.proj([lon, lat]);
		if (!p || p[0] < 0 || p[0] > m.w || p[1] < 0 || p[1] > m.h) { out++; continue; }
		x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]); y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]);
	}
	const dots = [...box.querySelectorAll('.place-dot')];
	const cs = dots.map((d) => d.querySelector('circle')).map((c) => ({ x: +c.getAttribute('cx'), y: +c.getAttribute('cy'), r: +c.getAttribute('r') }));
	const ls = [...box.querySelectorAll('.place-label')].map((l) => l.getBBox());
	const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	let co = 0, lo = 0, lout = 0;
	for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) if (Math.hypot(cs[i].x - cs[j].x, cs[i].y - cs[j].y) < cs[i].r + cs[j].r - 0.5) co++;
	for (let i = 0; i < ls.length; i++) {
		for (let j = i + 1; j < ls.length; j++) if (hit(ls[i], ls[j])) lo++;
		for (const c of cs) if (hit(ls[i], { x: c.x - c.r + 1, y: c.y - c.r + 1, width: 2 * c.r - 2, height: 2 * c.r - 2 })) lo++;
		if (ls[i].x < 0 || ls[i].y < 0 || ls[i].x + ls[i].width > m.w || ls[i].y + ls[i].height > m.h) lout++;
	}
	return { W: m.w, H: m.h, Outside: out, Fill: Math.max((x1 - x0) / m.w, (y1 - y0) / m.h),
		Events: dots.reduce((n, d) => n + +d.dataset.count, 0), Clusters: dots.length, Places: +box.dataset.places,
		Labels: ls.length, CircleOverlap: co, LabelOverlap: lo, LabelsOutside: lout };
})(%q, %s)`

// networkView is what the stored-events network shows, measured by
// cytoscape in the page.
type networkView struct {
	Nodes, Actors int
	W, H          float64 // the drawing's size
	BoxW, BoxH    float64 // the box's size
	Outside       int     // nodes whose disc or label crosses the box's edge
	FontPx        float64 // the labels' size on screen
	Labels        int
	LabelOverlap  int
	EventIDs      []string // the events the edges stand for
}

const networkJS = `((id) => {
	const cy = window.dateline.networks[id].cy, box = document.getElementById(id), W = cy.width(), H = cy.height();
	let out = 0;
	const ls = [];
	cy.nodes().forEach((n) => {
		const b = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
		if (b.x1 < 0 || b.y1 < 0 || b.x2 > W || b.y2 > H) out++;
		if (n.data('label')) ls.push(n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
	});
	let lo = 0;
	for (let i = 0; i < ls.length; i++) for (let j = i + 1; j < ls.length; j++) {
		const a = ls[i], b = ls[j];
		if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) lo++;
	}
	return { Nodes: cy.nodes().length, Actors: +box.dataset.actors, W, H, BoxW: box.clientWidth, BoxH: box.clientHeight, Outside: out,
		FontPx: cy.zoom() * parseFloat(cy.nodes()[0].style('font-size')), Labels: ls.length, LabelOverlap: lo,
		EventIDs: [...new Set(cy.edges().map((e) => e.data('events').map((ev) => ev.id)).flat())] };
})(%q)`

// tableView is what the stored-events table and timeline show.
type tableView struct {
	Count    int      // events the table says it lists
	RowIDs   []string // events of the rows drawn
	Timeline int      // events counted on the timeline
}

const tableJS = `(() => ({
	Count: +document.querySelector('#bcount').textContent,
	RowIDs: [...document.querySelectorAll('#bevents tbody tr')].map((r) => r.dataset.id),
	Timeline: [...document.querySelectorAll('#btimeline .time-bar')].reduce((n, b) => n + +b.dataset.count, 0) +
		document.querySelectorAll('#btimeline circle').length,
}))()`

// overflowJS finds what sticks out of the window sideways: the page's
// width, and the elements whose right edge passes the window's that no
// scrolling box holds.
const overflowJS = `(() => {
	const W = document.documentElement.clientWidth, wide = [];
	for (const e of document.querySelectorAll('body *')) {
		const r = e.getBoundingClientRect();
		if (!r.width || r.right <= W + 0.5) continue;
		let held = false;
		for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) { held = true; break; }
		}
		if (!held) wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right));
	}
	return { Width: W, Scroll: document.documentElement.scrollWidth, Wide: wide.slice(0, 8) };
})()`

type overflow struct {
	Width, Scroll int
	Wide          []string
}

// places returns the places of events, as [[lon, lat], ...] in JSON.
func places(events []dateline.Event) (string, int) {
	var pts [][2]float64
	for _, e := range events {
		if p := e.Place; p != nil && !(p.Lat == 0 && p.Lon == 0) {
			pts = append(pts, [2]float64{p.Lon, p.Lat})
		}
	}
	b, _ := json.Marshal(pts)
	return string(b), len(pts)
}

func ids(events []dateline.Event) map[string]bool {
	m := make(map[string]bool, len(events))
	for _, e := range events {
		m[e.ID] = true
	}
	return m
}

func dated(events []dateline.Event) int {
	n := 0
	for _, e := range events {
		if e.Date != "" {
			n++
		}
	}
	return n
}

// checkViews checks that the table, map, network and timeline of the
// stored-events tab show the events the API returns for the same filter,
// that the map holds all their places and the network all its nodes, and
// that no circles or labels overlap.
func checkViews(t *testing.T, ctx context.Context, want []dateline.Event) (mapView, networkView) {
	t.Helper()
	pts, nPlaced := places(want)
	m := eval[mapView](t, ctx, fmt.Sprintf(mapJS, "bmap", pts))
	n := eval[networkView](t, ctx, fmt.Sprintf(networkJS, "bnetwork"))
	tv := eval[tableView](t, ctx, tableJS)
	in := ids(want)
	if tv.Count != len(want) {
		t.Errorf("table: got %d events, want %d", tv.Count, len(want))
	}
	for _, id := range tv.RowIDs {
		if !in[id] {
			t.Errorf("table: row for event %s, which the filter leaves out", id)
			break
		}
	}
	if got := dated(want); tv.Timeline != got {
		t.Errorf("timeline: got %d events, want %d", tv.Timeline, got)
	}
	if m.Events != nPlaced {
		t.Errorf("map: got %d events on its circles, want %d", m.Events, nPlaced)
	}
	if m.Outside != 0 {
		t.Errorf("map: %d of %d event places outside its %gx%g px bounds", m.Outside, nPlaced, m.W, m.H)
	}
	if m.CircleOverlap != 0 || m.LabelOverlap != 0 || m.LabelsOutside != 0 {
		t.Errorf("map: got %d overlapping circles, %d overlapping labels, %d labels outside; want none", m.CircleOverlap, m.LabelOverlap, m.LabelsOutside)
	}
	for _, id := range n.EventIDs {
		if !in[id] {
			t.Errorf("network: edge for event %s, which the filter leaves out", id)
			break
		}
	}
	if n.Outside != 0 {
		t.Errorf("network: %d of %d nodes outside its %gx%g px box", n.Outside, n.Nodes, n.W, n.H)
	}
	if n.W != n.BoxW || n.H != n.BoxH {
		t.Errorf("network: drawn %gx%g, box %gx%g; want the same", n.W, n.H, n.BoxW, n.BoxH)
	}
	if n.FontPx < 11 || n.LabelOverlap != 0 {
		t.Errorf("network labels: got %g px, %d overlapping; want at least 11 px, none overlapping", n.FontPx, n.LabelOverlap)
	}
	return m, n
}

// settledJS is true when the views of the stored-events tab show the last
// search started.
const settledJS = `!!document.body.dataset.browsed && document.body.dataset.browsed === document.body.dataset.searching`

// settle waits until the stored-events views show the last search started.
func settle(t *testing.T, ctx context.Context) {
	t.Helper()
	for attempt := 0; ; attempt++ {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](settledJS))
		if err == nil {
			return
		}
		// A poll that starts while the page is still navigating finds its
		// JavaScript context gone; poll again in the new page.
		if attempt < 5 && strings.Contains(err.Error(), "Cannot find context with specified id") {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		t.Fatalf("wait for the stored events: %v", err)
	}
}

// search sets the stored-events filters and waits for all views to show
// the result.
func search(t *testing.T, ctx context.Context, filter url.Values) {
	t.Helper()
	set, _ := json.Marshal(map[string]string{"actor": filter.Get("actor"), "country": filter.Get("country"), "type": filter.Get("type"), "from": filter.Get("from"), "to": filter.Get("to")})
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const f = document.querySelector('#filters');
		for (const [k, v] of Object.entries(%s)) f.elements[k].value = v;
		f.requestSubmit();
		return true;
	})()`, set))
	settle(t, ctx)
}

// shoot saves a screenshot of the element sel, or of the window when sel
// is "", or of the whole page when sel is "page".
func shoot(t *testing.T, ctx context.Context, name string, sel string) {
	t.Helper()
	var png []byte
	var err error
	switch sel {
	case "":
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	case "page":
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	default:
		png, err = chromedp.Run(ctx, chromedp.Screenshot(sel))
	}
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	save(t, name, png)
}

// TestBrowseAtScale opens the stored-events tab over a store of more than
// 1,000 events in headless Chromium, at 1,440 px and at 390 px wide. The
// map must hold every event place and fit them tightly, with no circles or
// labels overlapping; the network must show the 15 most active actors
// (more on request) inside its box with readable labels; the filters must
// change the table, map, network and timeline alike; and nothing may stick
// out sideways on a phone.
func TestBrowseAtScale(t *testing.T) {
	needChromium(t)
	if testing.Short() {
		t.Skip("stores 1,000 events and drives a browser")
	}
	ts, _ := testServer(t, "", 0)
	all := scaleStore(t, ts)
	ctx := newBrowser(t, 1440, 1000)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#browse")); err != nil {
		t.Fatalf("open stored events: %v", err)
	}
	settle(t, ctx)
	m, n := checkViews(t, ctx, all)
	if m.Fill < 0.8 {
		t.Errorf("map: the places span %.0f%% of it, want at least 80%% (fitted to them)", 100*m.Fill)
	}
	if m.Clusters >= m.Places {
		t.Errorf("map: got %d circles for %d places, want overlapping places clustered", m.Clusters, m.Places)
	}
	if n.Nodes != 15 || n.Actors <= 15 {
		t.Errorf("network: got %d of %d actors, want the top 15", n.Nodes, n.Actors)
	}
	t.Logf("%d events; map %gx%g: %d places in %d circles, %d labels, fill %.2f; network %gx%g: %d of %d actors, %d labels",
		len(all), m.W, m.H, m.Places, m.Clusters, m.Labels, m.Fill, n.W, n.H, n.Nodes, n.Actors, n.Labels)
	shoot(t, ctx, "browse-1440.png", "")
	shoot(t, ctx, "browse-map.png", "#bmap")
	shoot(t, ctx, "browse-network.png", "#bnetwork")
	shoot(t, ctx, "browse-timeline.png", "#btimeline")

	// Clicking the biggest cluster zooms in on its places, which then part;
	// "Show all" fits all places again.
	zoom := eval[int](t, ctx, `(() => {
		const cs = [...document.querySelectorAll('#bmap .place-dot.cluster')].sort((a, b) => b.dataset.places - a.dataset.places);
		cs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
		return +cs[0].dataset.places;
	})()`)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#bmap .map-reset`)); err != nil {
		t.Fatalf("zoom to a cluster: %v", err)
	}
	inView := eval[int](t, ctx, `(() => { const m = window.dateline.maps.bmap;
		return [...document.querySelectorAll('#bmap .place-dot circle')].filter((c) => +c.getAttribute('cx') >= 0 && +c.getAttribute('cx') <= m.w && +c.getAttribute('cy') >= 0 && +c.getAttribute('cy') <= m.h).length; })()`)
	if inView < 2 {
		t.Errorf("zoomed to a cluster of %d places: got %d circles in view, want them parted", zoom, inView)
	}
	shoot(t, ctx, "browse-map-zoomed.png", "#bmap")
	if err := chromedp.Do(ctx, chromedp.Click(`#bmap .map-reset`), chromedp.WaitNotPresent(`#bmap .map-reset`)); err != nil {
		t.Fatalf("show all: %v", err)
	}
	if got := eval[mapView](t, ctx, fmt.Sprintf(mapJS, "bmap", "[]")); got.Clusters != m.Clusters {
		t.Errorf("after show all: got %d circles, want %d as before", got.Clusters, m.Clusters)
	}

	// More actors, still inside the box.
	if err := chromedp.Do(ctx, chromedp.Click(`#bnetwork-bar button[data-more]`)); err != nil {
		t.Fatalf("more actors: %v", err)
	}
	if n := eval[networkView](t, ctx, fmt.Sprintf(networkJS, "bnetwork")); n.Nodes != 30 || n.Outside != 0 || n.LabelOverlap != 0 {
		t.Errorf("network after more: got %d nodes, %d outside, %d labels overlapping; want 30, none, none", n.Nodes, n.Outside, n.LabelOverlap)
	}
	shoot(t, ctx, "browse-network-30.png", "#bnetwork")

	filters := []struct {
		name   string
		filter url.Values
	}{
		{"country", url.Values{"country": {"UKR"}}},
		{"type", url.Values{"type": {"ASSAULT"}}},
		{"dates", url.Values{"from": {"2011"}, "to": {"2014-12-31"}}},
		{"actor", url.Values{"actor": {"Russia"}}},
		{"type and dates", url.Values{"type": {"PROTEST"}, "from": {"2015"}}},
	}
	for _, f := range filters {
		t.Run(f.name, func(t *testing.T) {
			want := query(t, ts, f.filter)
			if len(want) == 0 || len(want) >= len(all) {
				t.Fatalf("filter %v selects %d of %d events; want some, not all", f.filter, len(want), len(all))
			}
			search(t, ctx, f.filter)
			checkViews(t, ctx, want)
		})
	}

	// A phone: nothing sticks out sideways, on either tab.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Navigate("about:blank"), chromedp.Navigate(ts.URL+"/#browse")); err != nil {
		t.Fatalf("390 px: %v", err)
	}
	settle(t, ctx)
	checkViews(t, ctx, all)
	if o := eval[overflow](t, ctx, overflowJS); o.Scroll > o.Width || len(o.Wide) > 0 {
		t.Errorf("stored events at 390 px: page %d px wide in a %d px window; sticking out: %v", o.Scroll, o.Width, o.Wide)
	}
	shoot(t, ctx, "browse-390.png", "")
	shoot(t, ctx, "browse-390-views.png", ".browse-viz")
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(`body[data-coded="1"]`)); err != nil {
		t.Fatalf("390 px code tab: %v", err)
	}
	if o := eval[overflow](t, ctx, overflowJS); o.Scroll > o.Width || len(o.Wide) > 0 {
		t.Errorf("coded story at 390 px: page %d px wide in a %d px window; sticking out: %v", o.Scroll, o.Width, o.Wide)
	}
	shoot(t, ctx, "story-390.png", "")
}
