import { type ApiEvent, type SearchResult, get } from '../api.js';
import { el, mount } from '../dom.js';
import { type Mark, highlighted } from '../highlight.js';
import { eventDetail, eventTable } from '../event-table.js';

/** Full-text search over sentences and the events coded from them. */
export async function searchPage(app: HTMLElement, q: string): Promise<void> {
  const input = el('input', { type: 'search', name: 'q', placeholder: 'Search sentences, e.g. radar station', 'aria-label': 'Search' });
  input.value = q;
  const form = el('form', { class: 'search', role: 'search' }, input, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  });
  if (q.trim() === '') {
    mount(app, el('h1', {}, 'Search'), form);
    return;
  }
  const res = await get<SearchResult>('search', { q, limit: 50 });
  const detail = el('div', { class: 'detail-slot' });
  const select = (e: ApiEvent): void => mount(detail, eventDetail(e));
  const hits = res.sentences.items.map((s) =>
    el('li', { class: 'hit' },
      el('a', { href: `#/doc/${encodeURIComponent(s.doc)}?start=${s.start}&end=${s.end}` }, s.title ?? s.doc), ': ',
      termMarks(s.text, q)));
  mount(app,
    el('h1', {}, 'Search'), form,
    el('section', { class: 'panel' }, el('h2', {}, `Sentences (${res.sentences.total})`),
      hits.length ? el('ol', { class: 'hits' }, ...hits) : el('p', { class: 'empty' }, 'No sentence matches.')),
    el('section', { class: 'panel' }, el('h2', {}, `Events (${res.events.total})`), detail, eventTable(res.events.items, select)));
  input.focus();
}

/**
 * The sentence with the query's words marked where a word of the text starts with one of them
 * (the index stems words, so "sanction" also found "sanctions": a prefix match shows that).
 */
function termMarks(text: string, q: string): HTMLElement {
  const terms = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
  const marks: Mark[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    if (terms.some((t) => word.startsWith(t.slice(0, Math.max(3, t.length - 2))))) {
      marks.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, className: 'term' });
    }
  }
  const node = highlighted(text, marks, 'span');
  node.className = 'sentence';
  return node;
}
