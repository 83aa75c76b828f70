import type { SeriesRow } from '../api.js';
import { svg } from '../dom.js';
import { QUAD_COLOR, QUAD_NAME } from './colors.js';

const W = 720;
const H = 260;
const PAD = { left: 40, right: 40, top: 16, bottom: 28 };

/**
 * Cooperation above the axis (quads 1-2), conflict below it (quads 3-4), one stacked bar per
 * period, with the mean Goldstein score as a line on a -10..10 scale at the right.
 */
export function trendChart(rows: readonly SeriesRow[]): SVGSVGElement {
  const root = svg('svg', { class: 'trend-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Cooperation and conflict by period' });
  root.append(svg('title', {}, 'Events per period: cooperation above the line, conflict below; line: mean Goldstein'));
  if (rows.length === 0) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated events'));
    return root;
  }
  const coop = rows.map((r) => r.quad['1'] + r.quad['2']);
  const conf = rows.map((r) => r.quad['3'] + r.quad['4']);
  const max = Math.max(1, ...coop, ...conf);
  const plotH = H - PAD.top - PAD.bottom;
  const zero = PAD.top + plotH / 2;
  const scale = plotH / 2 / max;
  const band = (W - PAD.left - PAD.right) / rows.length;
  const barW = Math.max(2, band * 0.7);
  root.append(axes(zero, max));
  rows.forEach((r, i) => root.append(bar(r, PAD.left + i * band + (band - barW) / 2, barW, zero, scale)));
  root.append(goldsteinLine(rows, band));
  root.append(periodLabels(rows, band));
  return root;
}

function axes(zero: number, max: number): SVGGElement {
  const g = svg('g', { class: 'axes' });
  g.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: zero, y2: zero, stroke: '#444' }));
  g.append(svg('text', { x: PAD.left - 4, y: PAD.top + 10, 'text-anchor': 'end' }, String(max)));
  g.append(svg('text', { x: PAD.left - 4, y: H - PAD.bottom, 'text-anchor': 'end' }, String(max)));
  g.append(svg('text', { x: PAD.left - 4, y: zero + 4, 'text-anchor': 'end' }, '0'));
  g.append(svg('text', { x: W - PAD.right + 4, y: PAD.top + 10 }, '+10'));
  g.append(svg('text', { x: W - PAD.right + 4, y: H - PAD.bottom }, '−10'));
  return g;
}

function bar(r: SeriesRow, x: number, w: number, zero: number, scale: number): SVGGElement {
  const g = svg('g', { class: 'bar', 'data-period': r.period, 'data-events': r.events });
  g.append(svg('title', {}, `${r.period}: ${r.events} events (${[1, 2, 3, 4].map((q) => `${QUAD_NAME[q]} ${r.quad[String(q) as '1']}`).join(', ')})`));
  let up = zero;
  for (const q of [1, 2]) {
    const h = r.quad[String(q) as '1'] * scale;
    if (h > 0) g.append(svg('rect', { x, y: up - h, width: w, height: h, fill: QUAD_COLOR[q], 'data-quad': q }));
    up -= h;
  }
  let down = zero;
  for (const q of [3, 4]) {
    const h = r.quad[String(q) as '3'] * scale;
    if (h > 0) g.append(svg('rect', { x, y: down, width: w, height: h, fill: QUAD_COLOR[q], 'data-quad': q }));
    down += h;
  }
  return g;
}

function goldsteinLine(rows: readonly SeriesRow[], band: number): SVGGElement {
  const g = svg('g', { class: 'goldstein' });
  const plotH = H - PAD.top - PAD.bottom;
  // One polyline per run of periods with events: a period without events has no mean to draw.
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) g.append(svg('polyline', { points: run.join(' '), fill: 'none', stroke: '#2166ac', 'stroke-width': 1.5 }));
    run = [];
  };
  rows.forEach((r, i) => {
    if (r.meanGoldstein === null) return flush();
    const x = (PAD.left + (i + 0.5) * band).toFixed(1);
    const y = (PAD.top + plotH / 2 - (r.meanGoldstein / 10) * (plotH / 2)).toFixed(1);
    run.push(`${x},${y}`);
    g.append(svg('circle', { cx: x, cy: y, r: 2.5, fill: '#2166ac' }));
  });
  flush();
  return g;
}

function periodLabels(rows: readonly SeriesRow[], band: number): SVGGElement {
  const g = svg('g', { class: 'labels' });
  const every = Math.ceil(rows.length / 12);
  rows.forEach((r, i) => {
    if (i % every !== 0) return;
    g.append(svg('text', { x: PAD.left + (i + 0.5) * band, y: H - 8, 'text-anchor': 'middle' }, r.period));
  });
  return g;
}
