import { type DocumentDetail, type DocumentRow, type Page, get } from '../api.js';
import { QUAD_NAME } from '../charts/colors.js';
import { el, mount } from '../dom.js';
import { eventTable, eventDetail } from '../event-table.js';
import { type Mark, highlighted } from '../highlight.js';

/** The list of stored documents. */
export async function documentsPage(app: HTMLElement): Promise<void> {
  const docs = await get<Page<DocumentRow>>('documents', { limit: 500 });
  mount(app, el('h1', {}, `Documents (${docs.total})`),
    el('ul', { class: 'docs' }, ...docs.items.map((d) =>
      el('li', {}, el('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id), ` · ${d.date ?? 'undated'} · ${d.events} events`))));
}

/** One document's text with its actor mentions and event evidence highlighted, as text only. */
export async function documentPage(app: HTMLElement, id: string, eventId: string | null, focus: { start: number; end: number } | null = null): Promise<void> {
  const d = await get<DocumentDetail>(`documents/${encodeURIComponent(id)}`);
  const marks: Mark[] = [
    // A sentence reached from a search result, marked whole (it hides the marks inside it).
    ...(focus ? [{ start: focus.start, end: focus.end, className: 'focus' }] : []),
    ...d.mentions.map((m) => ({ start: m.start, end: m.end, className: `mention ${m.type}`, title: `${m.canonical} (${m.code})` })),
    ...d.events.map((e) => ({
      start: e.evidence.start, end: e.evidence.end, className: `evidence q${e.quad}`,
      title: `${e.code} ${e.label} — ${QUAD_NAME[e.quad]}${e.negated ? ' (negated)' : ''}`, data: { id: String(e.id) },
    })),
  ];
  const detail = el('div', { class: 'detail-slot' });
  const text = highlighted(d.document.text, marks, 'div');
  text.className = 'doc-text';
  mount(app,
    el('h1', {}, d.document.title ?? d.document.id),
    el('p', { class: 'meta' }, `${d.document.date ?? 'undated'} · ${d.document.source} · ${d.mentions.length} mentions · ${d.events.length} events`),
    el('p', { class: 'legend' }, el('mark', { class: 'mention' }, 'actor mention'), ' ', el('mark', { class: 'evidence' }, 'event evidence')),
    text, detail,
    el('section', { class: 'panel' }, el('h2', {}, 'Events'), eventTable(d.events, (e) => mount(detail, eventDetail(e)))));
  if (focus) text.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  const chosen = eventId === null ? undefined : d.events.find((e) => String(e.id) === eventId);
  if (chosen) {
    mount(detail, eventDetail(chosen));
    text.querySelector(`mark[data-id="${chosen.id}"]`)?.scrollIntoView({ block: 'center' });
  }
}
