import type { HtmlPage } from './parse-html.js';
import { normalizeDate } from './normalize-date.js';

/** Meta keys that name the article's title, best first. */
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'];
/** Meta keys (property, name or itemprop) that carry a publication date, best first. */
const DATE_KEYS = [
  'article:published_time', 'datepublished', 'og:published_time', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'citation_publication_date',
];
/** Separators between an article title and the site name in a <title>. */
const SITE_SEPARATOR = /\s+[|–—·•»]\s+|\s+::\s+/;

/** The page's title from its metadata: og/twitter/Dublin Core, JSON-LD headline, then <title>. */
export function pageTitle(page: HtmlPage): string | null {
  for (const key of TITLE_KEYS) {
    const v = page.meta.get(key);
    if (v?.trim()) return oneLine(v);
  }
  const headline = findInJsonLd(page.jsonLd, 'headline');
  if (headline) return oneLine(headline);
  if (!page.titleTag) return null;
  const parts = page.titleTag.split(SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || null;
}

/** The publication date (ISO prefix) from metadata, JSON-LD or a <time> element, or null. */
export function pageDate(page: HtmlPage): string | null {
  const candidates = [
    page.meta.get('article:published_time'),
    page.meta.get('datepublished'),
    findInJsonLd(page.jsonLd, 'datePublished'),
    ...DATE_KEYS.map((k) => page.meta.get(k)),
    page.times.find((t) => t.published)?.value,
    page.times.find((t) => t.main)?.value,
    page.times.every((t) => !t.main) ? page.times[0]?.value : undefined,
  ];
  for (const raw of candidates) {
    const date = raw ? normalizeDate(raw) : null;
    if (date) return date;
  }
  return null;
}

/** First string value of `key` anywhere in the JSON-LD objects (walks arrays and @graph). */
function findInJsonLd(values: readonly unknown[], key: string): string | undefined {
  const queue: unknown[] = [...values];
  for (let guard = 0; queue.length > 0 && guard < 1000; guard++) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      if (typeof obj[key] === 'string' && obj[key]) return obj[key] as string;
      queue.push(...Object.values(obj).filter((x) => typeof x === 'object'));
    }
  }
  return undefined;
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(head: Uint8Array): string | undefined {
  const text = Buffer.from(head.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text)?.[1];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
