import { el } from './dom.js';

export interface Mark {
  /** Offsets into the text being rendered (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title?: string;
  readonly data?: Record<string, string>;
}

/**
 * Renders `text` with the given ranges wrapped in <mark> elements, as text nodes only.
 * Overlapping marks are clipped: a later mark starting inside an earlier one begins where it ends.
 */
export function highlighted(text: string, marks: readonly Mark[], tag: 'span' | 'p' | 'div' = 'span'): HTMLElement {
  const root = el(tag);
  const sorted = [...marks]
    .filter((m) => m.end > m.start && m.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > at) root.append(document.createTextNode(text.slice(at, start)));
    const mark = el('mark', { class: m.className, title: m.title });
    for (const [k, v] of Object.entries(m.data ?? {})) mark.dataset[k] = v;
    mark.textContent = text.slice(start, end);
    root.append(mark);
    at = end;
  }
  if (at < text.length) root.append(document.createTextNode(text.slice(at)));
  return root;
}
