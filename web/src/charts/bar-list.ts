import type { IssueRow } from '../api.js';
import { el, fmt } from '../dom.js';
import { QUAD_COLOR, QUAD_NAME } from './colors.js';

/** One row per issue: name, a bar split by quad class, the count and mean Goldstein. */
export function issueBars(rows: readonly IssueRow[]): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'empty' }, 'No issue tags on these events.');
  const max = Math.max(1, ...rows.map((r) => r.events));
  const list = el('ul', { class: 'bar-list' });
  for (const r of rows) {
    const bar = el('span', { class: 'bar', style: `width:${((r.events / max) * 100).toFixed(1)}%` });
    for (const q of [1, 2, 3, 4]) {
      const n = r.quad[String(q) as '1'];
      if (n > 0) bar.append(el('span', { style: `flex:${n};background:${QUAD_COLOR[q]}`, title: `${QUAD_NAME[q]}: ${n}` }));
    }
    list.append(
      el('li', { 'data-issue': r.issue },
        el('a', { class: 'name', href: `#/issue/${encodeURIComponent(r.issue)}` }, r.issue),
        el('span', { class: 'track' }, bar),
        el('span', { class: 'count' }, `${r.events} · ${fmt(r.meanGoldstein, 1)}`)),
    );
  }
  return list;
}

/** The colour key for the quad classes. */
export function quadLegend(): HTMLElement {
  return el('p', { class: 'legend' }, ...[1, 2, 3, 4].map((q) => el('span', {}, el('i', { style: `background:${QUAD_COLOR[q]}` }), QUAD_NAME[q])));
}
