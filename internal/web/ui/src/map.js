// The map of event places: offline country outlines (Natural Earth), fitted
// to the places of the events shown; places whose circles would overlap
// are drawn as one cluster with its count, and labels never overlap.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature, mesh } from "topojson-client";
import { QUAD, el, eventHTML, hoverable, placeHTML, plural, dominant, rectsOverlap, esc } from "./common.js";

let world = null;
async function loadWorld() {
  if (!world) {
    const topo = await (await fetch("/countries.json")).json();
    world = { land: feature(topo, topo.objects.countries), borders: mesh(topo, topo.objects.countries, (a, b) => a !== b) };
  }
  return world;
}

// maps holds each drawn map by the id of its box: its projection, size and
// what it was drawn from.
export const maps = {};

// eventPlaces groups events by the place they happened at.
function eventPlaces(events) {
  const places = new Map();
  for (const e of events) {
    const p = e.place;
    if (!p || (p.lat === 0 && p.lon === 0)) continue;
    const k = p.geonames_id || p.name + "|" + p.country;
    if (!places.has(k)) places.set(k, { ...p, key: k, events: [] });
    places.get(k).events.push(e);
  }
  return [...places.values()];
}

// centreLon is the longitude opposite the widest gap between the places,
// so that places on both sides of the antimeridian are drawn together.
function centreLon(lons) {
  const xs = [...new Set(lons)].sort((a, b) => a - b);
  if (xs.length < 2) return xs[0] || 0;
  let gap = xs[0] + 360 - xs[xs.length - 1], after = xs[0];
  for (let i = 1; i < xs.length; i++) {
    if (xs[i] - xs[i - 1] > gap) { gap = xs[i] - xs[i - 1]; after = xs[i]; }
  }
  return after + (360 - gap) / 2;
}

// projection fits the map to the places (or to focus, a list of places the
// user zoomed to): their extent fills the box less a margin for circles;
// a single place, or places close together, get about 8 by 5 degrees
// around them.
function projection(pts, w, h) {
  const proj = geoNaturalEarth1();
  if (!pts.length) return proj.fitExtent([[4, 4], [w - 4, h - 4]], { type: "Sphere" });
  const centre = centreLon(pts.map((p) => p.lon));
  proj.rotate([-centre, 0]);
  const coords = pts.map((p) => [p.lon, p.lat]);
  const lats = pts.map((p) => p.lat), rel = pts.map((p) => ((p.lon - centre + 540) % 360) - 180);
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2, cx = centre + (Math.min(...rel) + Math.max(...rel)) / 2;
  if (Math.max(...rel) - Math.min(...rel) < 8 && Math.max(...lats) - Math.min(...lats) < 5) {
    coords.push([cx - 4, cy - 2.5], [cx + 4, cy + 2.5]);
  }
  const m = 24;
  return proj.fitExtent([[m, m], [w - m, h - m]], { type: "MultiPoint", coordinates: coords });
}

const radius = (n, maxN) => 5 + 10 * Math.sqrt(n / maxN);

// cluster merges places whose circles overlap on screen into clusters,
// each at the event-weighted centre of its places, until none overlap.
function cluster(pts, proj) {
  const maxN = Math.max(1, ...pts.map((p) => p.events.length));
  let cs = [];
  for (const p of pts) {
    const xy = proj([p.lon, p.lat]);
    if (xy) cs.push({ x: xy[0], y: xy[1], n: p.events.length, places: [p] });
  }
  for (let merged = true; merged;) {
    merged = false;
    cs.sort((a, b) => b.n - a.n);
    const out = [];
    for (const c of cs) {
      const r = radius(c.n, maxN);
      const into = out.find((o) => Math.hypot(o.x - c.x, o.y - c.y) < radius(o.n, maxN) + r + 1);
      if (!into) { out.push(c); continue; }
      into.x = (into.x * into.n + c.x * c.n) / (into.n + c.n);
      into.y = (into.y * into.n + c.y * c.n) / (into.n + c.n);
      into.n += c.n;
      into.places.push(...c.places);
      merged = true;
    }
    cs = out;
  }
  for (const c of cs) {
    c.r = radius(c.n, maxN);
    c.places.sort((a, b) => b.events.length - a.events.length);
  }
  return cs;
}

// renderMap draws the places of events in the box with id. Clicking a
// cluster of several places zooms to them; "Show all" fits all again.
export async function renderMap(id, events, focus = null) {
  const box = document.getElementById(id);
  // Empty, the box is as tall as its card lets it be (next to a taller
  // network, say); the map is at least 0.62 times as tall as it is wide.
  box.replaceChildren();
  const w = box.clientWidth || 420, h = Math.round(Math.max(Math.min(w * 0.62, 560), box.clientHeight));
  const pts = eventPlaces(events);
  const { land, borders } = await loadWorld();
  const proj = projection(focus || pts, w, h);
  maps[id] = { events, proj, w, h, focus };
  const path = geoPath(proj);
  const svg = el("svg:svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": "Map of event places" });
  svg.append(el("svg:rect", { width: w, height: h, class: "sea" })); // past the poles too, when the map is tall
  svg.append(el("svg:path", { d: path({ type: "Sphere" }), class: "sea" }));
  svg.append(el("svg:path", { d: path(geoGraticule10()), class: "graticule" }));
  const g = el("svg:g", { class: "land" });
  for (const f of land.features) g.append(el("svg:path", { d: path(f) || "", "data-name": f.properties.name }));
  svg.append(g, el("svg:path", { d: path(borders), class: "borders" }));
  const clusters = cluster(pts, proj);
  for (const c of clusters) {
    const evs = c.places.flatMap((p) => p.events), many = c.places.length > 1;
    const dot = el("svg:g", { class: "place-dot" + (many ? " cluster" : ""), "data-count": c.n, "data-places": c.places.length });
    dot.append(el("svg:circle", { cx: c.x, cy: c.y, r: c.r, fill: QUAD[dominant(evs.map((e) => e.quad_class))] }));
    if (c.n > 1) dot.append(el("svg:text", { x: c.x, y: c.y + 4, class: "count", "text-anchor": "middle" }, String(c.n)));
    hoverable(dot, () => clusterHTML(c, evs));
    if (many) dot.addEventListener("click", () => renderMap(id, events, c.places));
    svg.append(dot);
  }
  box.replaceChildren(svg);
  placeLabels(svg, clusters, w, h);
  if (focus) {
    box.append(el("button", { class: "ghost small map-reset", type: "button", onclick: () => renderMap(id, events) }, "Show all"));
  }
  box.dataset.places = pts.length;
  box.dataset.clusters = clusters.length;
  box.dataset.events = pts.reduce((n, p) => n + p.events.length, 0);
  if (!pts.length) box.append(el("p", { class: "empty overlay" }, "No event places."));
}

function clusterHTML(c, evs) {
  if (c.places.length === 1) {
    return placeHTML(c.places[0]) + `<div class="t-sub">${plural(evs.length, "event")}</div>` + evs.slice(0, 3).map(eventHTML).join("<hr>");
  }
  const rows = c.places.slice(0, 8).map((p) => `<dt>${esc(p.name)}, ${esc(p.country)}</dt><dd>${p.events.length}</dd>`).join("");
  return `<div class="t-title">${plural(c.places.length, "place")}, ${plural(c.n, "event")}</div><dl>${rows}</dl>` +
    (c.places.length > 8 ? `<div class="t-sub">and ${plural(c.places.length - 8, "more place")}</div>` : "") +
    '<div class="t-sub">click to zoom in</div>';
}

// placeLabels names clusters, the busiest first: each label goes right of,
// left of, above or below its circle, wherever it overlaps no label, no
// circle and stays inside the map; a label with no such spot is left out
// (its circle's tooltip names it).
function placeLabels(svg, clusters, w, h) {
  const taken = clusters.map((c) => ({ x0: c.x - c.r, x1: c.x + c.r, y0: c.y - c.r, y1: c.y + c.r, c }));
  for (const c of clusters) {
    const name = c.places[0].name + (c.places.length > 1 ? ` +${c.places.length - 1}` : "");
    const t = el("svg:text", { class: "place-label" }, name);
    svg.append(t);
    const tw = t.getBBox().width + 3, th = t.getBBox().height + 2; // with the white halo
    const spots = [[c.x + c.r + 3, c.y - th / 2], [c.x - c.r - 3 - tw, c.y - th / 2], [c.x - tw / 2, c.y - c.r - 2 - th], [c.x - tw / 2, c.y + c.r + 2]];
    const fit = spots.map(([x, y]) => ({ x0: x, y0: y, x1: x + tw, y1: y + th }))
      .find((r) => r.x0 >= 0 && r.y0 >= 0 && r.x1 <= w && r.y1 <= h && !taken.some((o) => o.c !== c && rectsOverlap(o, r)));
    if (!fit) { t.remove(); continue; }
    const b = t.getBBox(); // where the text sits relative to its x, y
    t.setAttribute("x", fit.x0 + 1.5 - b.x);
    t.setAttribute("y", fit.y0 + 1 - b.y);
    taken.push(fit);
  }
}
