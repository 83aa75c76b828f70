/**
 * The calendar bounds of an ISO 8601 date value at any precision, as full YYYY-MM-DD strings, so
 * that range filters can compare plain text. `1993-05` -> 1993-05-01..1993-05-31; a range `A/B`
 * takes A's start and B's end; an open side (`..`) or a value not understood gives null there.
 */
export interface DateBounds {
  readonly start: string | null;
  readonly end: string | null;
}

const seasonMonths: Record<number, [number, number]> = {
  21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [12, 14],
  33: [1, 3], 34: [4, 6], 35: [7, 9], 36: [10, 12],
};

export function dateBounds(value: string): DateBounds {
  const slash = value.indexOf('/');
  if (slash >= 0) {
    return { start: pointBounds(value.slice(0, slash)).start, end: pointBounds(value.slice(slash + 1)).end };
  }
  return pointBounds(value);
}

function pointBounds(raw: string): DateBounds {
  const v = raw.trim().replace(/T.*$/, '');
  let m: RegExpMatchArray | null;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return { start: v, end: v };
  if ((m = v.match(/^(\d{4})-(\d{2})$/))) return monthSpan(+m[1], +m[2], +m[2]);
  if ((m = v.match(/^(\d{4})-Q([1-4])$/i))) return monthSpan(+m[1], +m[2] * 3 - 2, +m[2] * 3);
  if ((m = v.match(/^(\d{4})$/))) return monthSpan(+m[1], 1, 12);
  // Decades and centuries: ISO `199`, EDTF `199X`, `1990s`; `19`, `19XX`.
  if ((m = v.match(/^(\d{3})(?:[xX]|0s)?$/))) return digitPrefixSpan(m[1]);
  if ((m = v.match(/^(\d{2})(?:[xX]{2})?$/))) return digitPrefixSpan(m[1]);
  return { start: null, end: null };
}

/** `1993-05` style values and the EDTF season/quarter month codes 21-24 and 33-36 land here. */
function monthSpan(year: number, from: number, to: number): DateBounds {
  if (from > 12 && !seasonMonths[from]) return { start: null, end: null };
  if (from > 12) return monthSpan(year, seasonMonths[from][0], seasonMonths[from][1]);
  if (from < 1) return { start: null, end: null };
  const endYear = year + Math.floor((to - 1) / 12);
  const endMonth = ((to - 1) % 12) + 1;
  return { start: `${pad(year, 4)}-${pad(from, 2)}-01`, end: `${pad(endYear, 4)}-${pad(endMonth, 2)}-${pad(daysIn(endYear, endMonth), 2)}` };
}

/** A year prefix: `199` (ISO decade) or `19` (century). */
function digitPrefixSpan(prefix: string): DateBounds {
  const width = 4 - prefix.length;
  if (width < 1) return { start: null, end: null };
  const first = Number(prefix) * 10 ** width;
  return { start: `${pad(first, 4)}-01-01`, end: `${pad(first + 10 ** width - 1, 4)}-12-31` };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Date ranges in three length classes, so that "overlaps [from, to]" can be answered with index
 * range scans on (date_span, date_start): an event of class k that ends on or after `from` must
 * start no earlier than `from` minus SPAN_DAYS[k]. Class 2 (long or open) has no such floor.
 */
export const SPAN_DAYS = [31, 366] as const;

export function spanClass(b: DateBounds): 0 | 1 | 2 {
  if (b.start === null || b.end === null) return 2;
  const days = (Date.parse(b.end) - Date.parse(b.start)) / 86_400_000;
  return days < SPAN_DAYS[0] ? 0 : days < SPAN_DAYS[1] ? 1 : 2;
}

/** The YYYY-MM-DD date `days` before `iso` (a full date). */
export function daysBefore(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
