import { Parser } from 'htmlparser2';
import type { Block } from './blocks.js';

/** What the chrome classifier and the metadata reader need from a page. */
export interface HtmlPage {
  readonly blocks: Block[];
  /** <meta> content by lower-cased property/name/itemprop (first wins). */
  readonly meta: ReadonlyMap<string, string>;
  /** Text of the page's <title> element. */
  readonly titleTag: string | null;
  /** <time datetime> values in document order. */
  readonly times: readonly PageTime[];
  /** Parsed JSON-LD scripts (schema.org metadata). */
  readonly jsonLd: readonly unknown[];
}

export interface PageTime {
  readonly value: string;
  /** Marked as the publication time (pubdate, itemprop=datePublished). */
  readonly published: boolean;
  readonly main: boolean;
}

/** Elements whose content is never article text: code, media, forms, and page landmarks. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'iframe',
  'head', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'dialog', 'menu',
]);
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'alert',
]);
/** Elements that start and end a block of text. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'hr', 'body', 'html',
  'center', 'fieldset', 'legend', 'details', 'summary',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Form controls: text sharing a container with one is a widget (cookie notice, sign-up box). */
const CONTROLS = new Set(['form', 'button', 'input', 'select', 'textarea']);
const NOT_WIDGETS = new Set(['html', 'body', 'p']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface OpenElement {
  readonly id: number;
  readonly name: string;
  readonly skip: boolean;
  readonly main: boolean;
  readonly link: boolean;
  readonly heading: boolean;
  readonly jsonLd: boolean;
}

type Attribs = Record<string, string>;

/** Parses a page into text blocks (landmark and hidden elements left out) and metadata. */
export function parseHtml(html: string): HtmlPage {
  const state = newState();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => openTag(state, name, attribs),
      ontext: (text) => addText(state, text),
      onclosetag: (name) => closeTag(state, name),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush(state);
  const blocks = state.blocks.map(({ owners, ...b }) => (owners.some((id) => state.widgets.has(id)) ? { ...b, widget: true } : b));
  return { blocks, meta: state.meta, titleTag: state.titleTag, times: state.times, jsonLd: state.jsonLd };
}

function newState() {
  return {
    stack: [] as OpenElement[],
    depth: { skip: 0, main: 0, link: 0, heading: 0 },
    blocks: [] as (Block & { owners: number[] })[],
    cur: { text: '', linkChars: 0, heading: false, main: false, owners: [] as number[] },
    nextId: 0,
    widgets: new Set<number>(),
    meta: new Map<string, string>(),
    titleTag: null as string | null,
    titleBuf: null as string | null,
    ldBuf: null as string | null,
    times: [] as PageTime[],
    jsonLd: [] as unknown[],
  };
}

type State = ReturnType<typeof newState>;

function openTag(s: State, name: string, a: Attribs): void {
  readMetadata(s, name, a);
  if (CONTROLS.has(name)) markWidget(s);
  if (name === 'br') {
    s.cur.text += '\n';
    return;
  }
  if (VOID_TAGS.has(name)) return;
  if (BLOCK_TAGS.has(name)) flush(s);
  const el: OpenElement = {
    id: s.nextId++,
    name,
    skip: isSkipped(name, a),
    main: name === 'article' || name === 'main' || a.role === 'main' || a.itemprop?.toLowerCase() === 'articlebody',
    link: name === 'a',
    heading: HEADINGS.has(name),
    jsonLd: name === 'script' && /ld\+json/i.test(a.type ?? ''),
  };
  s.stack.push(el);
  count(s, el, 1);
  if (name === 'title' && s.titleTag === null && !s.stack.some((e) => e.name === 'svg')) s.titleBuf = '';
  if (el.jsonLd) s.ldBuf = '';
}

/**
 * The element holding a form control is a widget, unless it is the page, its main content, or
 * a paragraph (a button inside running text does not make the text chrome).
 */
function markWidget(s: State): void {
  const parent = s.stack[s.stack.length - 1];
  if (parent && !parent.main && !NOT_WIDGETS.has(parent.name)) s.widgets.add(parent.id);
}

function isSkipped(name: string, a: Attribs): boolean {
  if (SKIP_TAGS.has(name)) return true;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && SKIP_ROLES.has(a.role.toLowerCase())) return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '');
}

function count(s: State, el: OpenElement, by: 1 | -1): void {
  if (el.skip) s.depth.skip += by;
  if (el.main) s.depth.main += by;
  if (el.link) s.depth.link += by;
  if (el.heading) s.depth.heading += by;
}

function closeTag(s: State, name: string): void {
  if (VOID_TAGS.has(name)) return;
  const top = s.stack[s.stack.length - 1];
  if (!top || top.name !== name) return;
  s.stack.pop();
  count(s, top, -1);
  if (name === 'title' && s.titleBuf !== null) {
    s.titleTag = s.titleBuf.replace(/\s+/g, ' ').trim() || null;
    s.titleBuf = null;
  }
  if (top.jsonLd && s.ldBuf !== null) parseJsonLd(s, s.ldBuf);
  if (BLOCK_TAGS.has(name)) flush(s);
}

function addText(s: State, text: string): void {
  if (s.titleBuf !== null) s.titleBuf += text;
  if (s.ldBuf !== null) s.ldBuf += text;
  if (s.depth.skip > 0) return;
  s.cur.text += text;
  if (s.depth.link > 0) s.cur.linkChars += text.replace(/\s+/g, '').length;
  if (!text.trim()) return;
  if (s.depth.heading > 0) s.cur.heading = true;
  if (s.depth.main > 0) s.cur.main = true;
  // The element the text is in and its parent: either may turn out to hold a form control.
  for (const el of s.stack.slice(-2)) if (!s.cur.owners.includes(el.id)) s.cur.owners.push(el.id);
}

function flush(s: State): void {
  const text = s.cur.text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const { linkChars, heading, main, owners } = s.cur;
  if (text) s.blocks.push({ text, linkChars, markup: true, heading, main, owners });
  s.cur = { text: '', linkChars: 0, heading: false, main: false, owners: [] };
}

function readMetadata(s: State, name: string, a: Attribs): void {
  const key = (a.property ?? a.name ?? a.itemprop)?.toLowerCase();
  const value = a.content ?? (name === 'time' ? a.datetime : undefined);
  if (name === 'meta' && key && a.content && !s.meta.has(key)) s.meta.set(key, a.content.trim());
  if (name !== 'meta' && a.itemprop?.toLowerCase() === 'datepublished' && value && !s.meta.has('datepublished')) {
    s.meta.set('datepublished', value.trim());
  }
  if (name === 'time' && a.datetime) {
    const published = a.pubdate !== undefined || a.itemprop?.toLowerCase() === 'datepublished';
    s.times.push({ value: a.datetime.trim(), published, main: s.depth.main > 0 });
  }
}

function parseJsonLd(s: State, text: string): void {
  s.ldBuf = null;
  try {
    s.jsonLd.push(JSON.parse(text));
  } catch {
    // Broken metadata is ignored: the page text is still readable.
  }
}
