import type { Network } from '../api.js';
import { svg } from '../dom.js';
import { goldsteinColor } from './colors.js';

const W = 560;
const H = 420;

/**
 * Actors on a circle, sized by their event count; directed edges whose width is the number of
 * events and whose colour is the mean Goldstein score (red hostile, green cooperative).
 */
export function networkGraph(net: Network): SVGSVGElement {
  const root = svg('svg', { class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Actor network' });
  root.append(arrowMarker());
  if (net.nodes.length === 0) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No actors'));
    return root;
  }
  const pos = layout(net.nodes.map((n) => n.id));
  const maxE = Math.max(1, ...net.edges.map((e) => e.events));
  const maxN = Math.max(1, ...net.nodes.map((n) => n.events));
  for (const e of net.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const line = svg('line', {
      class: 'edge', x1: a[0], y1: a[1], x2: b[0], y2: b[1],
      stroke: goldsteinColor(e.meanGoldstein), 'stroke-width': (1 + 5 * (e.events / maxE)).toFixed(1),
      'marker-end': 'url(#arrow)', opacity: 0.8,
    });
    line.append(svg('title', {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.meanGoldstein?.toFixed(1) ?? '—'}`));
    root.append(line);
  }
  for (const n of net.nodes) {
    const [x, y] = pos.get(n.id) ?? [0, 0];
    const g = svg('g', { class: 'node', 'data-id': n.id });
    g.append(svg('circle', { cx: x, cy: y, r: (6 + 12 * Math.sqrt(n.events / maxN)).toFixed(1), fill: '#d1e5f0', stroke: '#2166ac' }));
    const label = svg('text', { x, y: y + 4, 'text-anchor': 'middle' }, n.label);
    // Actors link to the view of their state, the level the actor filter works at for everyone.
    if (n.country) {
      const a = svg('a', { href: `#/actor/${encodeURIComponent(n.country)}` });
      a.append(label);
      g.append(a);
    } else g.append(label);
    g.append(svg('title', {}, `${n.label}: ${n.events} events`));
    root.append(g);
  }
  return root;
}

function layout(ids: readonly string[]): Map<string, [number, number]> {
  // Room on the sides for labels, which are centred on their node.
  const r = H / 2 - 45;
  const out = new Map<string, [number, number]>();
  ids.forEach((id, i) => {
    const a = (2 * Math.PI * i) / ids.length - Math.PI / 2;
    out.set(id, ids.length === 1 ? [W / 2, H / 2] : [Math.round(W / 2 + r * Math.cos(a)), Math.round(H / 2 + r * Math.sin(a))]);
  });
  return out;
}

function arrowMarker(): SVGDefsElement {
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#666' }));
  defs.append(marker);
  return defs;
}
