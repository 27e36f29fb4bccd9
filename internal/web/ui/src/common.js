// Shared pieces of dateline's page: element helpers, the tooltip, and how
// actors, places and events are described in it.

export const $ = (s) => document.querySelector(s);
export const QUAD = { 0: "#94a3b8", 1: "#4ade80", 2: "#15803d", 3: "#f97316", 4: "#dc2626" };
export const QUADNAME = { 0: "neutral", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
export const SVG = "http://www.w3.org/2000/svg";

export function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function el(tag, attrs = {}, ...kids) {
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
export function showTip(html, ev) {
  tip.innerHTML = html;
  tip.hidden = false;
  moveTip(ev);
}
export function moveTip(ev) {
  const pad = 14, w = tip.offsetWidth, h = tip.offsetHeight;
  let x = ev.clientX + pad, y = ev.clientY + pad;
  if (x + w > innerWidth - 8) x = ev.clientX - w - pad;
  if (y + h > innerHeight - 8) y = Math.max(8, ev.clientY - h - pad);
  tip.style.left = x + "px";
  tip.style.top = y + "px";
}
export function hideTip() { tip.hidden = true; }
export function hoverable(node, html) {
  node.addEventListener("mouseenter", (ev) => showTip(typeof html === "function" ? html() : html, ev));
  node.addEventListener("mousemove", moveTip);
  node.addEventListener("mouseleave", hideTip);
}

// ---- describing things ----
export function actorLabel(p) {
  if (!p) return "—";
  return p.name || p.text;
}
export function actorHTML(a, m) {
  const rows = [["code", a.code], ["country", a.country], ["sector", a.sector], ["kind", m && m.kind]];
  return `<div class="t-title">${esc(a.name)}</div>` + dl(rows) + (m && m.rule ? `<div class="t-rule">${esc(m.rule)}</div>` : "");
}
export function placeHTML(p, m) {
  return `<div class="t-title">${esc(p.name)}</div>` +
    dl([["admin1", p.admin1], ["country", p.country], ["feature", p.feature], ["lat, lon", `${(+p.lat).toFixed(3)}, ${(+p.lon).toFixed(3)}`], ["GeoNames", p.geonames_id || ""]]) +
    (m && m.rule ? `<div class="t-rule">${esc(m.rule)}</div>` : "");
}
export function eventHTML(e) {
  return `<div class="t-title"><span class="quad-dot" style="background:${QUAD[e.quad_class]}"></span>${esc(e.cameo)} ${esc(e.type || "STATEMENT")}${e.mode ? " · " + esc(e.mode) : ""}</div>` +
    `<div class="t-who">${esc(actorLabel(e.source))} → ${esc(actorLabel(e.target))}</div>` +
    dl([["source", e.source && e.source.code], ["target", e.target && e.target.code], ["date", e.date ? `${e.date} (${e.date_precision})` : ""],
      ["place", e.place ? `${e.place.name}, ${e.place.country}` : ""], ["goldstein", e.goldstein], ["quad", QUADNAME[e.quad_class]],
      ["modality", e.modality], ["confidence", e.confidence]]) +
    `<div class="t-rule">${esc(e.rule)}</div>` +
    `<div class="t-evidence">${evidence(e)}</div>`;
}
export function dl(rows) {
  return "<dl>" + rows.filter(([, v]) => v !== "" && v != null).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("") + "</dl>";
}
// evidence shows the event's sentence with its source, trigger and target marked.
export function evidence(e) {
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

// plural writes a count with its noun: "1 event", "3 events".
export function plural(n, noun) {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}

// dominant returns the most frequent of xs.
export function dominant(xs) {
  const n = {};
  for (const x of xs) n[x] = (n[x] || 0) + 1;
  return +Object.entries(n).sort((a, b) => b[1] - a[1])[0][0];
}

// rectsOverlap reports whether two {x0, y0, x1, y1} boxes overlap.
export function rectsOverlap(a, b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
