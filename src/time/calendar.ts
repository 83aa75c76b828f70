import type { Granularity } from '../model/types.js';

/** A calendar point whose precision is the parts it has: a year, a month or a day. */
export interface Point {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

/** A normalised time: the inclusive span [a, b]; a single value when a equals b. */
export interface TimeValue {
  readonly a: Point;
  readonly b: Point;
  readonly granularity: Granularity;
}

export type Precision = 'year' | 'month' | 'day';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1];
  // by arithmetic, as Date.UTC reckons it: years 0-99 are read as 1900-1999 there
  const yy = y >= 0 && y <= 99 ? 1900 + y : y;
  return (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function precisionOf(p: Point): Precision {
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO 8601 prefix of a point: 1992, 1992-02, 1992-02-11. */
export function pointIso(p: Point): string {
  let s = pad(p.y, 4);
  if (p.m !== undefined) s += '-' + pad(p.m, 2);
  if (p.d !== undefined) s += '-' + pad(p.d, 2);
  return s;
}

/** The contract's value string: one ISO prefix, or `A/B` for a span. */
export function formatValue(v: TimeValue): string {
  const a = pointIso(v.a);
  const b = pointIso(v.b);
  return a === b ? a : `${a}/${b}`;
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD (a document date); null when it is none of them or invalid. */
export function parseIsoPoint(s: string | null): Point | null {
  const m = s === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (m === null) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { y };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { y, m: mo };
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

export const single = (p: Point, granularity: Granularity = precisionOf(p)): TimeValue => ({ a: p, b: p, granularity });

export const span = (a: Point, b: Point, granularity: Granularity = 'range'): TimeValue => ({ a, b, granularity });

/** The first day of a point (1992-02 -> 1992-02-01). */
export function firstDay(p: Point): Required<Point> {
  return { y: p.y, m: p.m ?? 1, d: p.d ?? 1 };
}

/** The last day of a point (1992-02 -> 1992-02-29). */
export function lastDay(p: Point): Required<Point> {
  const m = p.m ?? 12;
  return { y: p.y, m, d: p.d ?? daysInMonth(p.y, m) };
}

export function truncate(p: Point, to: Precision): Point {
  if (to === 'year') return { y: p.y };
  if (to === 'month') return { y: p.y, m: p.m ?? 1 };
  return firstDay(p);
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function coarser(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Adds n days to a full date. */
export function addDays(p: Required<Point>, n: number): Required<Point> {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds n months, clamping the day to the month's length (31 Jan + 1 month -> 28/29 Feb). */
export function addMonths(p: Required<Point>, n: number): Required<Point> {
  const idx = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) };
}

/** ISO weekday of a full date, 1 = Monday ... 7 = Sunday. */
export function weekdayOf(p: Required<Point>): number {
  const w = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Compares two points on their first days; negative when a is earlier. */
export function comparePoints(a: Point, b: Point): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x.y - y.y || x.m - y.m || x.d - y.d;
}
