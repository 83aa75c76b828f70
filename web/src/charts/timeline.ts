import type { ApiEvent } from '../api.js';
import { svg } from '../dom.js';
import { QUAD_COLOR, QUAD_NAME } from './colors.js';

const W = 720;
const LANE = 26;
const PAD = { left: 130, right: 16, top: 10, bottom: 26 };

/** Fractional year of an ISO prefix or the start of a range ("1993-05" → 1993.33…). */
export function yearOf(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (m === null) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + (month + day / 31) / 12;
}

/**
 * One dot per dated event on a time axis, in one lane per quad class. Clicking a dot calls
 * `onSelect` with the event; undated events are not drawn. `span` (first and last dates of all
 * matching events) fixes the axis when `events` is only a first page.
 */
export function timeline(events: readonly ApiEvent[], onSelect: (e: ApiEvent) => void, span?: { first: string | null; last: string | null }): SVGSVGElement {
  const dated = events.map((e) => ({ e, y: e.date ? yearOf(e.date.value) : null })).filter((d): d is { e: ApiEvent; y: number } => d.y !== null);
  const H = PAD.top + LANE * 4 + PAD.bottom;
  const root = svg('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Timeline of events' });
  if (dated.length === 0) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No dated events'));
    return root;
  }
  // The axis covers the whole span when it is known (only a first page of events may be drawn).
  const ends = [span?.first, span?.last].map((v) => (v ? yearOf(v) : null)).filter((y): y is number => y !== null);
  const lo = Math.floor(Math.min(...dated.map((d) => d.y), ...ends));
  const hi = Math.max(lo + 1, Math.ceil(Math.max(...dated.map((d) => d.y + 0.01), ...ends.map((y) => y + 0.01))));
  const x = (y: number): number => PAD.left + 8 + ((y - lo) / (hi - lo)) * (W - PAD.left - PAD.right - 16);
  [1, 2, 3, 4].forEach((q, i) => {
    const cy = PAD.top + LANE * i + LANE / 2;
    root.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: cy, y2: cy, stroke: '#ddd' }));
    root.append(svg('text', { x: PAD.left - 6, y: cy + 4, 'text-anchor': 'end', class: 'lane' }, QUAD_NAME[q]));
  });
  // Ticks at the start of years, every `step` years, ending on the last year that has events.
  const last = hi - 1;
  const step = Math.max(1, Math.ceil((last - lo) / 10));
  for (let y = last; y >= lo; y -= step) root.append(svg('text', { x: x(y), y: H - 8, 'text-anchor': 'middle' }, String(y)));
  for (const { e, y } of dated) root.append(dot(e, x(y), PAD.top + LANE * (e.quad - 1) + LANE / 2, onSelect));
  return root;
}

function dot(e: ApiEvent, cx: number, cy: number, onSelect: (e: ApiEvent) => void): SVGCircleElement {
  const c = svg('circle', {
    class: e.negated ? 'event-dot negated' : 'event-dot',
    cx: cx.toFixed(1),
    cy: cy.toFixed(1),
    r: 5,
    fill: e.negated ? 'white' : QUAD_COLOR[e.quad],
    stroke: QUAD_COLOR[e.quad],
    'data-id': e.id,
    'data-quad': e.quad,
    tabindex: 0,
  });
  c.append(svg('title', {}, `${e.date?.value ?? ''} ${e.source.name} → ${e.target?.name ?? '—'}: ${e.label}${e.negated ? ' (negated)' : ''}`));
  c.addEventListener('click', () => onSelect(e));
  c.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter') onSelect(e);
  });
  return c;
}
