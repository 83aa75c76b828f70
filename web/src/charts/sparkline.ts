import { svg } from '../dom.js';

/** A small line of event counts per period (oldest first). */
export function sparkline(points: readonly { period: string; events: number }[], width = 120, height = 28): SVGSVGElement {
  const root = svg('svg', { class: 'sparkline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const label = points.map((p) => `${p.period}: ${p.events}`).join(', ');
  root.append(svg('title', {}, label || 'no dated events'));
  if (points.length === 0) return root;
  const max = Math.max(1, ...points.map((p) => p.events));
  const step = points.length > 1 ? (width - 4) / (points.length - 1) : 0;
  const xy = points.map((p, i) => `${(2 + i * step).toFixed(1)},${(height - 2 - (p.events / max) * (height - 4)).toFixed(1)}`);
  if (points.length === 1) xy.push(`${width - 2},${xy[0].split(',')[1]}`);
  root.append(svg('polyline', { points: xy.join(' '), fill: 'none', stroke: '#2166ac', 'stroke-width': 1.5 }));
  return root;
}
