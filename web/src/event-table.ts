import type { ApiEvent } from './api.js';
import { QUAD_COLOR, QUAD_NAME } from './charts/colors.js';
import { el, fmt } from './dom.js';
import { highlighted } from './highlight.js';

/** The event's sentence with its evidence words marked (offsets are document offsets). */
export function evidenceSentence(e: ApiEvent): HTMLElement {
  const base = e.sentenceStart ?? 0;
  const marks = e.sentenceStart === null ? [] : [{ start: e.evidence.start - base, end: e.evidence.end - base, className: 'evidence' }];
  const node = highlighted(e.text, marks, 'span');
  node.className = 'sentence';
  return node;
}

const actorName = (a: ApiEvent['source'] | null): string => (a === null ? '—' : `${a.name} (${a.code})`);

/** A table of events; clicking a row (or pressing Enter on it) calls `onSelect`. */
export function eventTable(events: readonly ApiEvent[], onSelect: (e: ApiEvent) => void): HTMLTableElement {
  const body = el('tbody', {}, ...eventRows(events, onSelect));
  const head = el('thead', {}, el('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Sentence'].map((h) => el('th', {}, h))));
  return el('table', { class: 'events' }, head, body);
}

/** Table rows for events, for a table's body (more can be appended as pages arrive). */
export function eventRows(events: readonly ApiEvent[], onSelect: (e: ApiEvent) => void): HTMLTableRowElement[] {
  return events.map((e) => {
    const row = el('tr', { class: e.negated ? 'event negated' : 'event', 'data-id': e.id, tabindex: 0 },
      el('td', {}, e.date?.value ?? '—'),
      el('td', {}, actorName(e.source)),
      el('td', {}, el('span', { class: 'quad', style: `background:${QUAD_COLOR[e.quad]}`, title: QUAD_NAME[e.quad] }), `${e.code} ${e.label}`, e.negated ? ' (not)' : ''),
      el('td', {}, actorName(e.target)),
      el('td', { class: 'num' }, fmt(e.goldstein, 1)),
      el('td', {}, evidenceSentence(e)));
    row.addEventListener('click', () => onSelect(e));
    row.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') onSelect(e);
    });
    return row;
  });
}

/** The detail panel for one event: its evidence in context and every coded field. */
export function eventDetail(e: ApiEvent): HTMLElement {
  const field = (k: string, v: string): HTMLElement[] => [el('dt', {}, k), el('dd', {}, v)];
  return el('section', { class: 'event-detail', 'data-id': e.id },
    el('h3', {}, `${e.code} ${e.label}${e.negated ? ' — negated' : ''}`),
    el('blockquote', {}, evidenceSentence(e)),
    el('p', { class: 'evidence-text' }, 'Evidence: ', el('q', {}, evidenceWords(e))),
    el('dl', {},
      ...field('Source', actorName(e.source)),
      ...field('Target', actorName(e.target)),
      ...field('Date', e.date ? `${e.date.value} (${e.date.granularity})` : 'undated'),
      ...field('Quad class', `${e.quad} ${QUAD_NAME[e.quad]}`),
      ...field('Goldstein', fmt(e.goldstein, 1)),
      ...field('Modality', e.modality),
      ...field('Issues', e.issues.join(', ') || '—'),
      ...field('Confidence', fmt(e.confidence, 2))),
    el('a', { href: `#/doc/${encodeURIComponent(e.doc)}?event=${e.id}` }, `Open document ${e.doc}, sentence ${e.sentence + 1}`));
}

function evidenceWords(e: ApiEvent): string {
  if (e.sentenceStart === null) return '';
  return e.text.slice(e.evidence.start - e.sentenceStart, e.evidence.end - e.sentenceStart);
}
