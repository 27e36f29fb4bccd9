// dateline's page: code a story through /v1/code and show it annotated,
// with its actor network, a map of event places, a timeline and a table;
// and browse stored events through /v1/events.
import cytoscape from "cytoscape";
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature, mesh } from "topojson-client";
import "./style.css";

const $ = (s) => document.querySelector(s);
const QUAD = { 0: "#94a3b8", 1: "#4ade80", 2: "#15803d", 3: "#f97316", 4: "#dc2626" };
const QUADNAME = { 0: "neutral", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const SVG = "http://www.w3.org/2000/svg";

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function el(tag, attrs = {}, ...kids) {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.setAttribute("class", v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v != null) e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k);
  return e;
}

// ---- tooltip ----
const tip = $("#tip");
function showTip(html, ev) {
  tip.innerHTML = html;
  tip.hidden = false;
  moveTip(ev);
}
function moveTip(ev) {
  const pad = 14, w = tip.offsetWidth, h = tip.offsetHeight;
  let x = ev.clientX + pad, y = ev.clientY + pad;
  if (x + w > innerWidth - 8) x = ev.clientX - w - pad;
  if (y + h > innerHeight - 8) y = Math.max(8, ev.clientY - h - pad);
  tip.style.left = x + "px";
  tip.style.top = y + "px";
}
function hideTip() { tip.hidden = true; }
function hoverable(node, html) {
  node.addEventListener("mouseenter", (ev) => showTip(typeof html === "function" ? html() : html, ev));
  node.addEventListener("mousemove", moveTip);
  node.addEventListener("mouseleave", hideTip);
}

// ---- describing things ----
function actorLabel(p) {
  if (!p) return "—";
  return p.name || p.text;
}
function actorHTML(a, m) {
  const rows = [["code", a.code], ["country", a.country], ["sector", a.sector], ["kind", m && m.kind]];
  return `<div class="t-title">${esc(a.name)}</div>` + dl(rows) + (m && m.rule ? `<div class="t-rule">${esc(m.rule)}</div>` : "");
}
function placeHTML(p, m) {
  return `<div class="t-title">${esc(p.name)}</div>` +
    dl([["admin1", p.admin1], ["country", p.country], ["feature", p.feature], ["lat, lon", `${(+p.lat).toFixed(3)}, ${(+p.lon).toFixed(3)}`], ["GeoNames", p.geonames_id || ""]]) +
    (m && m.rule ? `<div class="t-rule">${esc(m.rule)}</div>` : "");
}
function eventHTML(e) {
  return `<div class="t-title"><span class="quad-dot" style="background:${QUAD[e.quad_class]}"></span>${esc(e.cameo)} ${esc(e.type || "STATEMENT")}${e.mode ? " · " + esc(e.mode) : ""}</div>` +
    `<div class="t-who">${esc(actorLabel(e.source))} → ${esc(actorLabel(e.target))}</div>` +
    dl([["source", e.source && e.source.code], ["target", e.target && e.target.code], ["date", e.date ? `${e.date} (${e.date_precision})` : ""],
      ["place", e.place ? `${e.place.name}, ${e.place.country}` : ""], ["goldstein", e.goldstein], ["quad", QUADNAME[e.quad_class]],
      ["modality", e.modality], ["confidence", e.confidence]]) +
    `<div class="t-rule">${esc(e.rule)}</div>` +
    `<div class="t-evidence">${evidence(e)}</div>`;
}
function dl(rows) {
  return "<dl>" + rows.filter(([, v]) => v !== "" && v != null).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("") + "</dl>";
}
// evidence shows the event's sentence with its source, trigger and target marked.
function evidence(e) {
  const s = e.sentence, text = s.text, marks = [];
  for (const [p, cls] of [[e.source, "source"], [e.trigger, "trigger"], [e.target, "target"]]) {
    if (p && p.end > p.start) marks.push([p.start - s.start, p.end - s.start, cls]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = "", at = 0;
  for (const [a, b, cls] of marks) {
    if (a < at || b > text.length) continue;
    out += esc(text.slice(at, a)) + `<mark class="${cls}">${esc(text.slice(a, b))}</mark>`;
    at = b;
  }
  return out + esc(text.slice(at));
}

// ---- the annotated story ----
// annotate renders body with actor mentions, places, triggers and dates
// marked; overlapping marks split the text so that every piece carries
// all the marks over it.
function annotate(v) {
  const body = v.story.body, anns = [];
  for (const m of v.mentions) {
    const isPlace = m.kind === "place" || (!m.actor && m.place);
    anns.push({ start: m.start, end: m.end, cls: isPlace ? "place" : "actor", kind: m.kind,
      html: () => (isPlace ? placeHTML(m.place, m) : actorHTML(m.actor, m) + (m.place ? placeHTML(m.place) : "")) });
  }
  const byTrigger = new Map();
  for (const e of v.events) {
    const k = e.trigger.start + ":" + e.trigger.end;
    if (!byTrigger.has(k)) byTrigger.set(k, []);
    byTrigger.get(k).push(e);
  }
  for (const evs of byTrigger.values()) {
    const t = evs[0].trigger;
    anns.push({ start: t.start, end: t.end, cls: "trigger", quad: evs[0].quad_class, events: evs,
      html: () => evs.map(eventHTML).join('<hr>') });
  }
  for (const d of v.dates) {
    anns.push({ start: d.start, end: d.end, cls: "date",
      html: () => `<div class="t-title">${esc(d.date)}</div>` + dl([["precision", d.precision], ["events", d.events.length]]) });
  }
  const cuts = new Set([0, body.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  for (const p of v.story.paragraphs) { cuts.add(p[0]); cuts.add(p[1]); }
  const points = [...cuts].filter((c) => c >= 0 && c <= body.length).sort((a, b) => a - b);
  const rank = { trigger: 4, date: 3, place: 2, actor: 1 };
  const container = el("div");
  for (const [pi, [ps, pe]] of v.story.paragraphs.entries()) {
    const para = el("p", { "data-paragraph": pi });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      if (a < ps || b > pe) continue;
      const over = anns.filter((x) => x.start <= a && x.end >= b);
      const text = body.slice(a, b);
      if (!over.length) { para.append(text); continue; }
      over.sort((x, y) => rank[y.cls] - rank[x.cls]);
      const classes = ["ann", ...new Set(over.map((x) => x.cls))];
      if (over.some((x) => x.kind === "pronoun")) classes.push("pronoun");
      const span = el("span", { class: classes.join(" ") }, text);
      const top = over.find((x) => x.cls === "trigger");
      if (top) span.style.setProperty("--quad", QUAD[top.quad]);
      hoverable(span, () => over.map((x) => x.html()).join("<hr>"));
      para.append(span);
    }
    container.append(para);
  }
  return container;
}

// ---- actor network ----
const networks = {};
function renderNetwork(id, events) {
  const nodes = new Map(), edges = new Map();
  const key = (p) => (p.name || p.text) + "|" + p.code;
  for (const e of events) {
    for (const p of [e.source, e.target]) {
      if (!p) continue;
      const k = key(p);
      if (!nodes.has(k)) nodes.set(k, { id: "n:" + k, name: p.name || p.text, label: (p.name || p.text) + (p.code ? "\n" + p.code : ""), code: p.code, country: p.country, sector: p.sector, color: sectorColor(p), n: 0 });
      nodes.get(k).n++;
    }
    if (e.source && e.target && key(e.source) !== key(e.target)) {
      const k = key(e.source) + "→" + key(e.target) + ":" + e.quad_class;
      if (!edges.has(k)) edges.set(k, { id: "e:" + k, source: "n:" + key(e.source), target: "n:" + key(e.target), quad: e.quad_class, events: [] });
      edges.get(k).events.push(e);
    }
  }
  // Only actors that act on or are acted on by another are drawn.
  const linked = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  for (const [k, n] of nodes) if (!linked.has(n.id)) nodes.delete(k);
  const box = document.getElementById(id);
  if (networks[id]) networks[id].destroy();
  box.dataset.nodes = nodes.size;
  box.dataset.edges = edges.size;
  if (!nodes.size) { box.innerHTML = '<p class="empty">No actor acts on another.</p>'; return; }
  box.innerHTML = "";
  const maxN = Math.max(...[...nodes.values()].map((n) => n.n));
  const cy = cytoscape({
    container: box,
    elements: [
      ...[...nodes.values()].map((n) => ({ data: { ...n, size: 18 + 22 * Math.sqrt(n.n / maxN) } })),
      ...[...edges.values()].map((e) => ({ data: { id: e.id, source: e.source, target: e.target, color: QUAD[e.quad], width: 1.5 + Math.min(5, e.events.length), events: e.events } })),
    ],
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", width: "data(size)", height: "data(size)", label: "data(label)", "text-wrap": "wrap",
        "font-family": "Inter, system-ui, sans-serif", "font-size": 12, "font-weight": 600, color: "#1f2937", "text-valign": "bottom", "text-margin-y": 4,
        "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 2, "border-color": "#fff" } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "arrow-scale": 0.9, opacity: 0.9 } },
      { selector: "node:active, node:selected", style: { "background-color": "#b45309" } },
    ],
    layout: { name: nodes.size > 2 ? "cose" : "circle", animate: false, padding: 28, nodeRepulsion: () => 5000, nodeOverlap: 20,
      idealEdgeLength: () => 45, componentSpacing: 30, gravity: 4, numIter: 1500, randomize: false, nodeDimensionsIncludeLabels: true },
    wheelSensitivity: 0.2,
    minZoom: 0.3, maxZoom: 3,
  });
  if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
  box.dataset.zoom = cy.zoom().toFixed(2);
  // Keep labels legible when a wide graph is zoomed out to fit.
  if (cy.zoom() < 1) cy.style().selector("node").style("font-size", Math.round(11 / Math.max(cy.zoom(), 0.75))).update();
  cy.on("mouseover", "edge", (ev) => showTip(ev.target.data("events").map(eventHTML).join("<hr>"), ev.originalEvent));
  cy.on("mouseover", "node", (ev) => {
    const d = ev.target.data();
    showTip(`<div class="t-title">${esc(d.name)}</div>` + dl([["code", d.code], ["country", d.country], ["sector", d.sector], ["events", d.n]]), ev.originalEvent);
  });
  cy.on("mousemove", "node, edge", (ev) => moveTip(ev.originalEvent));
  cy.on("mouseout", "node, edge", hideTip);
  networks[id] = cy;
}

// sectorColor colours an actor node by what it is: government, military,
// rebels and opposition, international bodies, others.
function sectorColor(p) {
  const s = p.sector || "";
  if (s === "GOV" || s === "LEG" || s === "JUD") return "#1e3a8a";
  if (s === "MIL" || s === "COP" || s === "SPY") return "#7f1d1d";
  if (s === "REB" || s === "OPP" || s === "INS" || s === "RAD") return "#b45309";
  if (s === "IGO" || s === "NGO") return "#0f766e";
  if (!s && p.code && p.code.length === 3) return "#334155";
  return "#64748b";
}

// ---- map ----
let world = null;
async function loadWorld() {
  if (!world) {
    const topo = await (await fetch("/countries.json")).json();
    world = { land: feature(topo, topo.objects.countries), borders: mesh(topo, topo.objects.countries, (a, b) => a !== b) };
  }
  return world;
}
async function renderMap(id, events) {
  const box = document.getElementById(id);
  const w = box.clientWidth || 420, h = Math.round(w * 0.62);
  const places = new Map();
  for (const e of events) {
    const p = e.place;
    if (!p || (p.lat === 0 && p.lon === 0)) continue;
    const k = p.geonames_id || p.name;
    if (!places.has(k)) places.set(k, { ...p, events: [] });
    places.get(k).events.push(e);
  }
  const { land, borders } = await loadWorld();
  const proj = geoNaturalEarth1();
  const pts = [...places.values()];
  if (pts.length) {
    // Fit to the places, with at least about 25 degrees of context.
    const lons = pts.map((p) => p.lon), lats = pts.map((p) => p.lat);
    let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, span = Math.max(25, (x1 - x0) * 1.4, (y1 - y0) * 2.2);
    [x0, x1, y0, y1] = [cx - span / 2, cx + span / 2, cy - span / 3, cy + span / 3];
    proj.fitExtent([[10, 10], [w - 10, h - 10]], { type: "MultiPoint", coordinates: [[x0, y0], [x1, y1], [x0, y1], [x1, y0]] });
  } else {
    proj.fitExtent([[4, 4], [w - 4, h - 4]], { type: "Sphere" });
  }
  const path = geoPath(proj);
  const svg = el("svg:svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": "Map of event places" });
  svg.append(el("svg:path", { d: path({ type: "Sphere" }), class: "sea" }));
  svg.append(el("svg:path", { d: path(geoGraticule10()), class: "graticule" }));
  const countries = new Set(events.flatMap((e) => [e.place && e.place.country]).filter(Boolean));
  const g = el("svg:g", { class: "land" });
  for (const f of land.features) g.append(el("svg:path", { d: path(f) || "", "data-name": f.properties.name }));
  svg.append(g);
  svg.append(el("svg:path", { d: path(borders), class: "borders" }));
  const maxN = Math.max(1, ...pts.map((p) => p.events.length));
  for (const p of pts.sort((a, b) => b.events.length - a.events.length)) {
    const xy = proj([p.lon, p.lat]);
    if (!xy) continue;
    const quad = dominant(p.events.map((e) => e.quad_class));
    const r = 5 + 9 * Math.sqrt(p.events.length / maxN);
    const c = el("svg:circle", { cx: xy[0], cy: xy[1], r, class: "place-dot", fill: QUAD[quad] });
    hoverable(c, () => placeHTML(p) + `<div class="t-sub">${p.events.length} event${p.events.length > 1 ? "s" : ""}</div>` + p.events.slice(0, 4).map(eventHTML).join("<hr>"));
    svg.append(c);
    svg.append(el("svg:text", { x: xy[0] + r + 3, y: xy[1] + 4, class: "place-label" }, p.name));
  }
  box.replaceChildren(svg);
  box.dataset.places = pts.length;
  box.dataset.countries = countries.size;
  if (!pts.length) box.append(el("p", { class: "empty overlay" }, "No event places."));
}
function dominant(xs) {
  const n = {};
  for (const x of xs) n[x] = (n[x] || 0) + 1;
  return +Object.entries(n).sort((a, b) => b[1] - a[1])[0][0];
}

// ---- timeline ----
function dayOf(e) {
  const [y, m, d] = String(e.date).split("-").map(Number);
  return Date.UTC(y, (m || 7) - 1, d || (m ? 15 : 1));
}
function renderTimeline(id, events) {
  const box = document.getElementById(id);
  const dated = events.filter((e) => e.date);
  box.dataset.dates = new Set(dated.map((e) => e.date)).size;
  if (!dated.length) { box.innerHTML = '<p class="empty">No dated events.</p>'; return; }
  const w = box.clientWidth || 420, row = 11;
  const groups = new Map();
  for (const e of dated.sort((a, b) => dayOf(a) - dayOf(b))) {
    if (!groups.has(e.date)) groups.set(e.date, []);
    groups.get(e.date).push(e);
  }
  const tallest = Math.max(...[...groups.values()].map((g) => g.length));
  const h = Math.max(90, 46 + tallest * row);
  let t0 = Math.min(...dated.map(dayOf)), t1 = Math.max(...dated.map(dayOf));
  if (t1 - t0 < 864e5 * 6) { t0 -= 864e5 * 3; t1 += 864e5 * 3; }
  const pad = 40, x = (t) => pad + ((t - t0) / (t1 - t0)) * (w - 2 * pad), base = h - 28;
  const svg = el("svg:svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": "Timeline of event dates" });
  svg.append(el("svg:line", { x1: pad - 10, x2: w - pad + 10, y1: base, y2: base, class: "axis" }));
  let lastX = -1e9;
  for (const [date, evs] of groups) {
    const t = dayOf(evs[0]), cx = x(t);
    svg.append(el("svg:line", { x1: cx, x2: cx, y1: base, y2: base + 5, class: "tick" }));
    if (cx - lastX > 80) {
      svg.append(el("svg:text", { x: cx, y: base + 18, class: "tick-label", "text-anchor": "middle" }, date));
      lastX = cx;
    }
    evs.forEach((e, i) => {
      const c = el("svg:circle", { cx, cy: base - 8 - i * row, r: 4.5, fill: QUAD[e.quad_class], class: "time-dot" + (e.date_precision !== "day" ? " coarse" : "") });
      hoverable(c, () => eventHTML(e));
      svg.append(c);
    });
  }
  box.replaceChildren(svg);
}

// ---- event table ----
function renderTable(id, events, onRow) {
  const t = document.getElementById(id);
  const head = el("tr", {}, ...["#", "date", "source", "action", "target", "CAMEO", "type", "place", "modality", "conf."].map((h) => el("th", {}, h)));
  const rows = events.map((e) => {
    const tr = el("tr", { class: "q" + e.quad_class + (e.modality !== "asserted" ? " unreal" : "") },
      el("td", { class: "num" }, String(e.sentence.index + 1)),
      el("td", { class: "nowrap" }, e.date || "—"),
      el("td", {}, actorCell(e.source)),
      el("td", {}, el("span", { class: "trig", style: `--quad:${QUAD[e.quad_class]}` }, e.trigger.text)),
      el("td", {}, actorCell(e.target)),
      el("td", { class: "mono" }, e.cameo),
      el("td", {}, (e.type || "—") + (e.mode ? " · " + e.mode : "")),
      el("td", {}, e.place ? e.place.name : "—"),
      el("td", {}, e.modality),
      el("td", { class: "num" }, (+e.confidence).toFixed(2)));
    hoverable(tr, () => eventHTML(e));
    if (onRow) tr.addEventListener("click", () => onRow(e));
    return tr;
  });
  t.replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
}
function actorCell(p) {
  if (!p) return el("span", { class: "none" }, "—");
  return el("span", {}, el("span", { class: "who" }, p.name || p.text), " ", el("span", { class: "code" }, p.code || ""));
}

// ---- code tab ----
async function codeStory() {
  const text = $("#text").value;
  if (!text.trim()) { setStatus("#status", "Paste a story first.", true); return; }
  setStatus("#status", "Coding…");
  const t0 = performance.now();
  try {
    const r = await fetch("/v1/code" + ($("#all").checked ? "?all=1" : ""), { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });
    const v = await r.json();
    if (!r.ok) throw new Error(v.error || r.statusText);
    await show(v);
    setStatus("#status", `${v.events.length} events from ${v.sentences.length} sentences in ${Math.round(performance.now() - t0)} ms`);
  } catch (err) {
    setStatus("#status", err.message, true);
  }
}
function setStatus(sel, msg, bad) {
  const s = $(sel);
  s.textContent = msg;
  s.classList.toggle("bad", !!bad);
}
// localStamp writes an RFC 3339 time in the story's own zone:
// "13 Nov 2018, 04:09 UTC−06:00".
function localStamp(s) {
  const m = s.match(/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/);
  if (!m) return s;
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][+m[2] - 1];
  const zone = m[6] === "Z" || m[6] === "+00:00" ? "UTC" : "UTC" + m[6].replace("-", "−");
  return `${+m[3]} ${mon} ${m[1]}, ${m[4]}:${m[5]} ${zone}`;
}

async function show(v) {
  $("#result").classList.remove("hidden");
  const st = v.story;
  $("#headline").textContent = st.headline || st.id;
  const meta = [];
  if (st.dateline) meta.push(st.dateline.text + (st.dateline.agency ? ` (${st.dateline.agency})` : ""));
  if (st.published) meta.push(localStamp(st.published));
  if (st.byline && st.byline.length) meta.push("by " + st.byline.join(", "));
  $("#meta").textContent = meta.join(" · ");
  $("#body").replaceChildren(annotate(v));
  $("#count").textContent = `${v.events.length} · hover a row for the evidence, click to find it in the story`;
  renderTable("events", v.events, (e) => {
    const spans = [...document.querySelectorAll("#body .trigger")];
    const hit = spans.find((s) => s.textContent && e.trigger.text.startsWith(s.textContent));
    if (hit) { hit.scrollIntoView({ behavior: "smooth", block: "center" }); hit.classList.add("flash"); setTimeout(() => hit.classList.remove("flash"), 1400); }
  });
  renderNetwork("network", v.events);
  renderTimeline("timeline", v.events);
  await renderMap("map", v.events);
  document.body.dataset.coded = "1";
}

// ---- browse tab ----
function filterQuery() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData($("#filters"))) if (String(v).trim()) q.set(k, String(v).trim());
  return q;
}
async function browse(ev) {
  if (ev) ev.preventDefault();
  const q = filterQuery();
  for (const [id, f] of [["#csv", "csv"], ["#jsonl", "jsonl"]]) {
    const d = new URLSearchParams(q);
    d.set("format", f);
    $(id).href = "/v1/events?" + d;
  }
  setStatus("#bstatus", "Searching…");
  try {
    const r = await fetch("/v1/events?" + q);
    const events = await r.json();
    if (!r.ok) throw new Error(events.error || r.statusText);
    setStatus("#bstatus", `${events.length} events`);
    $("#bcount").textContent = String(events.length);
    renderTable("bevents", events, null);
    renderNetwork("bnetwork", events);
    await renderMap("bmap", events);
  } catch (err) {
    setStatus("#bstatus", err.message, true);
  }
}

function selectTab(name) {
  for (const b of document.querySelectorAll(".tab")) {
    const on = b.dataset.tab === name;
    b.classList.toggle("active", on);
    b.setAttribute("aria-selected", on);
  }
  for (const p of document.querySelectorAll(".panel")) p.classList.toggle("active", p.id === "tab-" + name);
  if (name === "browse" && !$("#bevents").childElementCount) browse();
  for (const cy of Object.values(networks)) { cy.resize(); cy.fit(undefined, 24); }
}

async function seedText() {
  const r = await fetch("/seed.txt");
  return r.ok ? r.text() : "";
}

async function main() {
  for (const b of document.querySelectorAll(".tab")) b.addEventListener("click", () => selectTab(b.dataset.tab));
  $("#code").addEventListener("click", codeStory);
  $("#seed").addEventListener("click", async () => { $("#text").value = await seedText(); codeStory(); });
  $("#file").addEventListener("change", async (ev) => {
    const f = ev.target.files[0];
    if (f) { $("#text").value = await f.text(); codeStory(); }
  });
  $("#text").addEventListener("keydown", (ev) => { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) codeStory(); });
  $("#filters").addEventListener("submit", browse);
  if (location.hash === "#browse") selectTab("browse");
  $("#text").value = await seedText();
  await codeStory();
}
main();
