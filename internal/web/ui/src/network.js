// The actor network: the actors who act on one another, the most active
// first (15, more on request), laid out inside the network's box with
// their labels readable.
import cytoscape from "cytoscape";
import { QUAD, el, esc, dl, eventHTML, showTip, moveTip, hideTip, plural, rectsOverlap } from "./common.js";

// STEP is how many actors the network shows at first, and how many more
// each "more" adds.
const STEP = 15;
const FONT = "Inter, system-ui, sans-serif";
const FONT_SIZE = 12, LINE = 15; // label font size and line height, px

// networks holds each drawn network by the id of its box: the cytoscape
// instance, and what it was drawn from so that it can be drawn again.
export const networks = {};

// renderNetwork draws the actors of events in the box with id: nodes are
// actors sized by their events, edges who acted on whom coloured by
// QuadClass. Only the top actors by event count are drawn (STEP at first);
// the bar under the box tells how many there are and offers more. onNode,
// when given, is called with an actor's data when its node is clicked.
export function renderNetwork(id, events, opts = {}) {
  const prev = networks[id];
  const top = opts.top || (prev && prev.events === events ? prev.top : STEP);
  const { ranked, edges } = actorGraph(events);
  const shown = ranked.slice(0, top);
  const ids = new Set(shown.map((n) => n.id));
  const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const box = document.getElementById(id);
  if (prev && prev.cy) prev.cy.destroy();
  networks[id] = { events, top, opts };
  box.dataset.nodes = shown.length;
  box.dataset.edges = links.length;
  box.dataset.actors = ranked.length;
  networkBar(id, ranked.length, shown.length, events, opts);
  if (!shown.length) {
    box.style.height = "";
    box.innerHTML = '<p class="empty">No actor acts on another.</p>';
    return;
  }
  box.innerHTML = "";
  const w = box.clientWidth || 420;
  box.style.height = networkHeight(shown.length, w) + "px";
  const h = box.clientHeight || networkHeight(shown.length, w);
  const maxN = shown[0].n;
  for (const n of shown) n.size = 16 + 22 * Math.sqrt(n.n / maxN);
  layoutNetwork(shown, links, w, h);
  const cy = cytoscape({
    container: box,
    elements: [
      ...shown.map((n) => ({ data: { id: n.id, name: n.name, code: n.code, country: n.country, sector: n.sector, n: n.n,
        label: n.showLabel ? n.label : "", color: n.color, size: n.size }, position: { x: n.x, y: n.y } })),
      ...links.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, color: QUAD[e.quad],
        width: 1.2 + Math.min(5, Math.sqrt(e.events.length) * 1.2), events: e.events } })),
    ],
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", width: "data(size)", height: "data(size)", label: "data(label)", "text-wrap": "wrap",
        "font-family": FONT, "font-size": FONT_SIZE, "line-height": LINE / FONT_SIZE, "font-weight": 600, color: "#1f2937",
        "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 2, "border-color": "#fff" } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "arrow-scale": 0.8, opacity: 0.75 } },
      { selector: "node:active, node:selected", style: { "background-color": "#b45309" } },
    ],
    layout: { name: "preset", fit: false, zoom: 1, pan: { x: 0, y: 0 } },
    wheelSensitivity: 0.2, minZoom: 0.5, maxZoom: 3, boxSelectionEnabled: false,
  });
  // A dragged node stays inside the box.
  cy.on("drag", "node", (ev) => {
    const n = ev.target, p = n.position(), r = n.data("size") / 2;
    n.position({ x: Math.min(w - r, Math.max(r, p.x)), y: Math.min(h - r, Math.max(r, p.y)) });
  });
  cy.on("mouseover", "edge", (ev) => showTip(ev.target.data("events").slice(0, 6).map(eventHTML).join("<hr>") + more(ev.target.data("events").length, 6), ev.originalEvent));
  cy.on("mouseover", "node", (ev) => {
    const d = ev.target.data();
    showTip(`<div class="t-title">${esc(d.name)}</div>` + dl([["code", d.code], ["country", d.country], ["sector", d.sector], ["events", d.n]]) +
      (opts.onNode ? '<div class="t-sub">click to filter by this actor</div>' : ""), ev.originalEvent);
  });
  cy.on("mousemove", "node, edge", (ev) => moveTip(ev.originalEvent));
  cy.on("mouseout", "node, edge", hideTip);
  if (opts.onNode) cy.on("tap", "node", (ev) => { hideTip(); opts.onNode(ev.target.data()); });
  networks[id].cy = cy;
  networks[id].size = [w, h];
}

function more(n, shown) {
  return n > shown ? `<div class="t-sub">and ${plural(n - shown, "more event")}</div>` : "";
}

// networkHeight gives the box room for n actors at width w: about 20,000
// px² an actor, from 340 px to 900 px or 1.6 times the width.
function networkHeight(n, w) {
  return Math.round(Math.min(900, 1.6 * w, Math.max(340, (n * 20000) / Math.max(w, 200))));
}

// networkBar tells how many actors are drawn and offers more or fewer.
function networkBar(id, total, shown, events, opts) {
  const bar = document.getElementById(id + "-bar");
  if (!bar) return;
  bar.replaceChildren();
  if (total <= STEP) return;
  bar.append(el("span", { class: "hint" }, `the ${shown} most active of ${plural(total, "actor")}`));
  if (shown < total) {
    bar.append(el("button", { class: "ghost small", type: "button", "data-more": "1",
      onclick: () => renderNetwork(id, events, { ...opts, top: shown + STEP }) }, `${Math.min(STEP, total - shown)} more`));
  }
  if (shown > STEP) {
    bar.append(el("button", { class: "ghost small", type: "button", "data-fewer": "1",
      onclick: () => renderNetwork(id, events, { ...opts, top: Math.max(STEP, shown - STEP) }) }, "fewer"));
  }
}

// actorGraph counts, for each actor, the events in which it acts on
// another or is acted on, and ranks the actors by that count; edges join
// source and target, one per QuadClass.
function actorGraph(events) {
  const nodes = new Map(), edges = new Map();
  const key = (p) => (p.name || p.text) + "|" + p.code;
  for (const e of events) {
    if (!e.source || !e.target || key(e.source) === key(e.target)) continue;
    for (const p of [e.source, e.target]) {
      const k = key(p);
      if (!nodes.has(k)) {
        const name = p.name || p.text;
        nodes.set(k, { id: "n:" + k, name, label: short(name) + (p.code && p.code !== name ? "\n" + p.code : ""),
          code: p.code, country: p.country, sector: p.sector, color: sectorColor(p), n: 0 });
      }
      nodes.get(k).n++;
    }
    const k = key(e.source) + "→" + key(e.target) + ":" + e.quad_class;
    if (!edges.has(k)) edges.set(k, { id: "e:" + k, source: "n:" + key(e.source), target: "n:" + key(e.target), quad: e.quad_class, events: [] });
    edges.get(k).events.push(e);
  }
  const ranked = [...nodes.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return { ranked, edges: [...edges.values()] };
}

// short cuts a long name to 22 characters with an ellipsis.
function short(s) {
  return s.length > 22 ? s.slice(0, 21).trimEnd() + "…" : s;
}

let measurer = null;
function textWidth(s) {
  measurer = measurer || document.createElement("canvas").getContext("2d");
  measurer.font = `600 ${FONT_SIZE}px ${FONT}`;
  return Math.max(0, ...s.split("\n").map((l) => measurer.measureText(l).width));
}

// layoutNetwork places nodes inside a w×h box. A force layout (all nodes
// repel, edges pull, a weak pull to the centre) runs a fixed number of
// steps from a spiral in rank order, so the same events always give the
// same picture, and every step keeps each node's box (its disc with the
// label under it) inside the box. A last pass pushes overlapping boxes
// apart; a label that still overlaps one of a more active actor is hidden
// (its node keeps its tooltip).
function layoutNetwork(nodes, edges, w, h) {
  const pad = 4, n = nodes.length;
  for (const d of nodes) {
    const lw = d.label ? textWidth(d.label) + 6 : 0, lines = d.label.split("\n").length;
    d.ext = { left: Math.max(d.size, lw) / 2 + 2, right: Math.max(d.size, lw) / 2 + 2, top: d.size / 2 + 2,
      bottom: d.size / 2 + 3 + lines * LINE + 3 };
  }
  const clamp = (d) => {
    const x0 = pad + d.ext.left, x1 = w - pad - d.ext.right, y0 = pad + d.ext.top, y1 = h - pad - d.ext.bottom;
    d.x = x0 > x1 ? w / 2 : Math.min(x1, Math.max(x0, d.x));
    d.y = y0 > y1 ? h / 2 : Math.min(y1, Math.max(y0, d.y));
  };
  nodes.forEach((d, i) => {
    const a = i * 2.39996, r = Math.sqrt(i / n) * Math.min(w, h) * 0.42;
    d.x = w / 2 + r * Math.cos(a);
    d.y = h / 2 + r * Math.sin(a);
    clamp(d);
  });
  const at = new Map(nodes.map((d) => [d.id, d]));
  // k is the ideal distance between nodes; gravity, the pull to the
  // centre, balances the push of all nodes about 0.4 of the box out,
  // across and down.
  const k = Math.sqrt((w * h) / n) * 0.5, steps = 300;
  const gx = (0.25 * w * h) / (0.4 * w) ** 2, gy = (0.25 * w * h) / (0.4 * h) ** 2;
  for (let s = 0; s < steps; s++) {
    const temp = (Math.min(w, h) / 8) * (1 - s / steps) + 0.5;
    for (const d of nodes) { d.dx = 0; d.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = at.get(e.source), b = at.get(e.target);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.1, f = d / k;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const d of nodes) {
      d.dx += (w / 2 - d.x) * gx; d.dy += (h / 2 - d.y) * gy;
      const len = Math.sqrt(d.dx * d.dx + d.dy * d.dy) || 1, m = Math.min(len, temp);
      d.x += (d.dx / len) * m; d.y += (d.dy / len) * m;
      clamp(d);
    }
  }
  separate(nodes, clamp);
  const placed = [];
  for (const d of nodes) {
    const r = rectOf(d);
    d.showLabel = !placed.some((p) => rectsOverlap(p, r));
    if (d.showLabel) placed.push(r);
  }
}

function rectOf(d) {
  return { x0: d.x - d.ext.left, x1: d.x + d.ext.right, y0: d.y - d.ext.top, y1: d.y + d.ext.bottom };
}

// separate pushes overlapping node boxes apart along the axis where they
// overlap least, keeping them in the box, for at most 400 rounds.
function separate(nodes, clamp) {
  for (let round = 0; round < 400; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j], ra = rectOf(a), rb = rectOf(b);
        if (!rectsOverlap(ra, rb)) continue;
        const ox = Math.min(ra.x1, rb.x1) - Math.max(ra.x0, rb.x0), oy = Math.min(ra.y1, rb.y1) - Math.max(ra.y0, rb.y0);
        if (ox < oy) {
          const s = (a.x < b.x || (a.x === b.x && i < j) ? -1 : 1) * (ox / 2 + 0.5);
          a.x += s; b.x -= s;
        } else {
          const s = (a.y < b.y || (a.y === b.y && i < j) ? -1 : 1) * (oy / 2 + 0.5);
          a.y += s; b.y -= s;
        }
        clamp(a); clamp(b);
        moved = true;
      }
    }
    if (!moved) return;
  }
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
