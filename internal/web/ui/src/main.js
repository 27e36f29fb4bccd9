// dateline's page: code a story through /v1/code and show it annotated,
// with its actor network, a map of event places, a timeline and a table;
// and browse stored events through /v1/events with the same views.
import { $, QUAD, el, esc, eventHTML, hoverable, plural, actorHTML, placeHTML, dl } from "./common.js";
import { renderNetwork, networks } from "./network.js";
import { renderMap, maps } from "./map.js";
import { renderTimeline } from "./timeline.js";
import "./style.css";

// The views, for the browser test: each network's cytoscape instance and
// each map's projection.
window.dateline = { networks, maps };

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

// ---- event table ----
// ROWS is how many rows a table shows at first, and how many more each
// "more" adds.
const ROWS = 200;

// renderTable lists events, ROWS at first; story adds a column naming the
// story of each event. onRow, when given, is called with a clicked event.
function renderTable(id, events, { onRow = null, story = false } = {}) {
  const t = document.getElementById(id);
  const cols = ["#", "date", "source", "action", "target", "CAMEO", "type", "place", "modality", "conf."];
  if (story) cols.splice(0, 1, "story", "#");
  const head = el("tr", {}, ...cols.map((h) => el("th", {}, h)));
  const row = (e) => {
    const tr = el("tr", { class: "q" + e.quad_class + (e.modality !== "asserted" ? " unreal" : ""), "data-id": e.id },
      ...(story ? [el("td", { class: "doc" }, e.doc)] : []),
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
  };
  const body = el("tbody", {});
  const foot = el("tfoot", {});
  let shown = 0;
  const more = () => {
    body.append(...events.slice(shown, shown + ROWS).map(row));
    shown = Math.min(events.length, shown + ROWS);
    foot.replaceChildren();
    if (shown < events.length) {
      foot.append(el("tr", {}, el("td", { colspan: cols.length },
        el("button", { class: "ghost small", type: "button", onclick: more }, `Show ${Math.min(ROWS, events.length - shown)} more of ${events.length - shown}`))));
    }
  };
  more();
  t.replaceChildren(el("thead", {}, head), body, foot);
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
    const q = new URLSearchParams();
    if ($("#all").checked) q.set("all", "1");
    if ($("#date").value) q.set("date", $("#date").value);
    const r = await fetch("/v1/code" + (q.size ? "?" + q : ""), { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });
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
  // A story with no date: its relative dates are left unknown, and the
  // page says so and how to give one.
  const warn = (v.warnings || []).map((w) => w.charAt(0).toUpperCase() + w.slice(1) + ".");
  if (warn.length && !st.published) warn.push("Give the story's date above and code it again.");
  $("#warnings").textContent = warn.join(" ");
  $("#warnings").classList.toggle("hidden", !warn.length);
  $("#body").replaceChildren(annotate(v));
  $("#count").textContent = `${v.events.length} · hover a row for the evidence, click to find it in the story`;
  renderTable("events", v.events, { onRow: (e) => {
    const spans = [...document.querySelectorAll("#body .trigger")];
    const hit = spans.find((s) => s.textContent && e.trigger.text.startsWith(s.textContent));
    if (hit) { hit.scrollIntoView({ behavior: "smooth", block: "center" }); hit.classList.add("flash"); setTimeout(() => hit.classList.remove("flash"), 1400); }
  } });
  renderNetwork("network", v.events);
  renderTimeline("timeline", v.events);
  await renderMap("map", v.events);
  document.body.dataset.coded = "1";
}

// ---- browse tab ----
// LIMIT is how many stored events a search fetches unless told otherwise.
const LIMIT = 2000;

function filterQuery() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData($("#filters"))) if (String(v).trim()) q.set(k, String(v).trim());
  if (!q.has("limit")) q.set("limit", LIMIT);
  return q;
}
// searched counts the searches started, so that a slow answer never
// overwrites a newer one; body's data-searching and data-browsed tell which
// search started last and which the views show.
let searched = 0;
async function browse(ev) {
  if (ev) ev.preventDefault();
  const q = filterQuery(), n = ++searched;
  document.body.dataset.searching = String(n);
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
    if (n !== searched) return;
    const full = events.length >= +q.get("limit");
    setStatus("#bstatus", plural(events.length, "event") + (full ? " (the limit: narrow the filters or raise it)" : ""));
    $("#bcount").textContent = String(events.length);
    if (![...q.keys()].some((k) => k !== "limit")) suggest(events);
    renderTable("bevents", events, { onRow: openStory, story: true });
    renderNetwork("bnetwork", events, { onNode: (d) => { $('#filters input[name="actor"]').value = d.code || d.name; browse(); } });
    renderTimeline("btimeline", events);
    await renderMap("bmap", events);
  } catch (err) {
    setStatus("#bstatus", err.message, true);
  } finally {
    if (n === searched) document.body.dataset.browsed = String(n); // all views show the latest search
  }
}

// suggest offers the actors, countries and types of the stored events in
// the filters' lists, the most frequent first.
function suggest(events) {
  const count = (xs) => [...xs.reduce((m, x) => (x ? m.set(x, (m.get(x) || 0) + 1) : m), new Map())].sort((a, b) => b[1] - a[1]).slice(0, 200).map(([x]) => x);
  const fill = (id, xs) => $(id).replaceChildren(...xs.map((x) => el("option", { value: x })));
  fill("#actors", count(events.flatMap((e) => [e.source, e.target]).filter(Boolean).map((p) => p.name || p.text)));
  fill("#countries", count(events.flatMap((e) => [e.source && e.source.country, e.target && e.target.country, e.place && e.place.country])));
  fill("#types", count(events.map((e) => e.type)));
}

// openStory shows the story of a stored event, coded, on the first tab.
async function openStory(e) {
  setStatus("#bstatus", "Opening " + e.doc + "…");
  try {
    const r = await fetch("/v1/stories/" + encodeURIComponent(e.doc));
    const v = await r.json();
    if (!r.ok) throw new Error(v.error || r.statusText);
    selectTab("code");
    $("#input").open = false;
    await show(v);
    setStatus("#status", `${e.doc}: ${plural(v.events.length, "event")}`);
    window.scrollTo(0, 0);
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
  else redraw();
}

// redraw draws the visible networks and maps again when their box has
// changed size (a tab shown, the window resized).
function redraw() {
  for (const [id, n] of Object.entries(networks)) {
    const box = document.getElementById(id);
    if (box.offsetParent && n.size && box.clientWidth !== n.size[0]) renderNetwork(id, n.events, { ...n.opts, top: n.top });
  }
  for (const [id, m] of Object.entries(maps)) {
    const box = document.getElementById(id);
    if (box.offsetParent && box.clientWidth !== m.w) renderMap(id, m.events, m.focus);
  }
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
  $("#filters").addEventListener("change", () => browse());
  let resizing = 0;
  addEventListener("resize", () => { clearTimeout(resizing); resizing = setTimeout(redraw, 200); });
  if (location.hash === "#browse") selectTab("browse");
  $("#text").value = await seedText();
  await codeStory();
}
main();
