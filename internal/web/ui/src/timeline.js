// The timeline of event dates: one dot an event for a story's few events,
// bars stacked by QuadClass (a day, month or year each) for many.
import { QUAD, QUADNAME, el, eventHTML, hoverable, plural } from "./common.js";

const DAY = 864e5;

// dayOf is an event's date as a time: a month's middle, a year's July.
function dayOf(e) {
  const [y, m, d] = String(e.date).split("-").map(Number);
  return Date.UTC(y, (m || 7) - 1, d || (m ? 15 : 1));
}

// renderTimeline draws the dated events in the box with id.
export function renderTimeline(id, events) {
  const box = document.getElementById(id);
  const dated = events.filter((e) => e.date).sort((a, b) => dayOf(a) - dayOf(b));
  box.dataset.dates = new Set(dated.map((e) => e.date)).size;
  box.dataset.events = dated.length;
  if (!dated.length) { box.innerHTML = '<p class="empty">No dated events.</p>'; return; }
  const groups = new Map();
  for (const e of dated) {
    if (!groups.has(e.date)) groups.set(e.date, []);
    groups.get(e.date).push(e);
  }
  const tallest = Math.max(...[...groups.values()].map((g) => g.length));
  if (tallest <= 12 && groups.size <= 60) dots(box, dated, groups, tallest);
  else bars(box, dated);
}

function dots(box, dated, groups, tallest) {
  const w = box.clientWidth || 420, row = 11;
  const h = Math.max(90, 46 + tallest * row);
  let t0 = dayOf(dated[0]), t1 = dayOf(dated[dated.length - 1]);
  if (t1 - t0 < DAY * 6) { t0 -= DAY * 3; t1 += DAY * 3; }
  const pad = 40, x = (t) => pad + ((t - t0) / (t1 - t0)) * (w - 2 * pad), base = h - 28;
  const svg = el("svg:svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": "Timeline of event dates" });
  svg.append(el("svg:line", { x1: pad - 10, x2: w - pad + 10, y1: base, y2: base, class: "axis" }));
  let lastX = -1e9;
  for (const [date, evs] of groups) {
    const cx = x(dayOf(evs[0]));
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

// binOf returns the bin key of a time: its day, month or year.
const binOf = { day: (t) => new Date(t).toISOString().slice(0, 10), month: (t) => new Date(t).toISOString().slice(0, 7), year: (t) => new Date(t).toISOString().slice(0, 4) };

// nextBin returns the start of the bin after the one starting at t.
function nextBin(t, unit) {
  const d = new Date(t);
  if (unit === "day") return t + DAY;
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

// bars draws one bar a day (up to three months), a month (up to four
// years) or a year, stacked by QuadClass, with every bin between the first
// and the last event, empty or not.
function bars(box, dated) {
  const t0 = dayOf(dated[0]), t1 = dayOf(dated[dated.length - 1]), span = (t1 - t0) / DAY;
  const unit = span <= 92 ? "day" : span <= 4 * 366 ? "month" : "year";
  const first = unit === "day" ? t0 : unit === "month" ? Date.UTC(new Date(t0).getUTCFullYear(), new Date(t0).getUTCMonth(), 1) : Date.UTC(new Date(t0).getUTCFullYear(), 0, 1);
  const bins = new Map();
  for (let t = first; t <= t1; t = nextBin(t, unit)) bins.set(binOf[unit](t), []);
  for (const e of dated) bins.get(binOf[unit](dayOf(e))).push(e);
  const w = box.clientWidth || 420, h = 150, pad = 34, base = h - 24, top = 14;
  const maxN = Math.max(...[...bins.values()].map((b) => b.length));
  const bw = (w - 2 * pad) / bins.size, y = (n) => (n / maxN) * (base - top);
  const svg = el("svg:svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": `Events a ${unit}` });
  svg.append(el("svg:line", { x1: pad - 4, x2: w - pad + 4, y1: base, y2: base, class: "axis" }));
  svg.append(el("svg:text", { x: pad - 6, y: top + 4, class: "tick-label", "text-anchor": "end" }, String(maxN)));
  let i = 0, lastX = -1e9;
  for (const [key, evs] of bins) {
    const x = pad + i * bw;
    let at = base;
    for (const q of [2, 1, 0, 3, 4]) {
      const n = evs.filter((e) => e.quad_class === q).length;
      if (!n) continue;
      const r = el("svg:rect", { x: x + Math.min(1, bw * 0.1), width: Math.max(1, bw - Math.min(2, bw * 0.2)), y: at - y(n), height: y(n),
        fill: QUAD[q], class: "time-bar", "data-count": n });
      at -= y(n);
      hoverable(r, () => binHTML(key, evs));
      svg.append(r);
    }
    const label = unit === "month" && key.endsWith("-01") ? key.slice(0, 4) : key;
    if (x + bw / 2 - lastX > 56 && (unit !== "month" || key.endsWith("-01") || i === 0)) {
      svg.append(el("svg:text", { x: x + bw / 2, y: base + 16, class: "tick-label", "text-anchor": "middle" }, label));
      lastX = x + bw / 2;
    }
    i++;
  }
  box.replaceChildren(svg);
  box.dataset.unit = unit;
  box.dataset.bins = bins.size;
}

function binHTML(key, evs) {
  const rows = [2, 1, 0, 3, 4].map((q) => [q, evs.filter((e) => e.quad_class === q).length]).filter(([, n]) => n)
    .map(([q, n]) => `<dt><span class="quad-dot" style="background:${QUAD[q]}"></span>${QUADNAME[q]}</dt><dd>${n}</dd>`).join("");
  return `<div class="t-title">${key}: ${plural(evs.length, "event")}</div><dl>${rows}</dl>`;
}
