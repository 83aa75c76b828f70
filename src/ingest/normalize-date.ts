import * as chrono from 'chrono-node';

/**
 * Normalises a publication date from metadata or a record to an ISO 8601 prefix whose length
 * is its precision (YYYY, YYYY-MM or YYYY-MM-DD). A timestamp keeps the calendar date as
 * written (no time-zone shift). Returns null when the value is not a date.
 */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ]\d)/.exec(s) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/.exec(s);
  if (iso) return isoPrefix(iso[1], iso[2], iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?=$|T)/.exec(s);
  if (compact) return isoPrefix(compact[1], compact[2], compact[3]);
  return fromWords(s);
}

function isoPrefix(y: string, m?: string, d?: string): string | null {
  const year = Number(y);
  if (m === undefined) return y;
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) return null;
  return `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

/** "26 August 2008", "Aug 26, 2008", "Tue, 26 Aug 2008 10:00:00 GMT": only parts the text states. */
function fromWords(s: string): string | null {
  // Casual parsing reads "May 1993"; a written year keeps out relative words ("yesterday").
  if (!/\b\d{4}\b/.test(s)) return null;
  const [hit] = chrono.parse(s, new Date(Date.UTC(2000, 0, 1)));
  if (!hit || !hit.start.isCertain('year') || !hit.start.isCertain('month')) return null;
  const y = String(hit.start.get('year'));
  const m = String(hit.start.get('month'));
  const d = hit.start.isCertain('day') ? String(hit.start.get('day')) : undefined;
  return isoPrefix(y, m, d);
}
