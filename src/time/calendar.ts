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

/*
 * Calendar arithmetic is done by hand (proleptic Gregorian, no Date objects: they were a good
 * part of the time stage's cost), giving what Date.UTC gives, including its reading of years
 * 0-99 as 1900-1999. Inputs outside the plain case (a month outside 1-12, fractions, huge years)
 * go to Date.UTC itself.
 */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether Date.UTC(y, m - 1, ...) can be reckoned by hand: integers, m in 1-12, a sane year. */
const plain = (y: number, m: number): boolean => Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12 && Math.abs(y) <= 100000;

/** The year Date.UTC means by y. */
const utcYear = (y: number): number => (y >= 0 && y <= 99 ? 1900 + y : y);

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (!plain(y, m)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m === 2 && isLeap(utcYear(y)) ? 29 : MONTH_DAYS[m - 1];
}

/** Days from 1970-01-01 to the first of month m of year y (y already as Date.UTC means it). */
function dayNumber(y: number, m: number): number {
  // days-from-civil: count from 1 March of year 0, so the leap day ends each counted year
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The date of a day number (the inverse of dayNumber plus the day of the month). */
function dateOf(z: number): Required<Point> {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
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

/** The last document date parsed, and its point: documents of one run mostly share a date or few. */
let lastIso: string | null = null;
let lastPoint: Point | null = null;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD (a document date); null when it is none of them or invalid. */
export function parseIsoPoint(s: string | null): Point | null {
  if (s === lastIso && s !== null) return lastPoint; // points are read-only, so one can be shared
  lastPoint = readIsoPoint(s);
  lastIso = s;
  return lastPoint;
}

function readIsoPoint(s: string | null): Point | null {
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
  if (plain(p.y, p.m) && Number.isInteger(p.d + n) && Math.abs(p.d + n) < 1e7) return dateOf(dayNumber(utcYear(p.y), p.m) + p.d + n - 1);
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
  const w = plain(p.y, p.m) && Number.isInteger(p.d) && Math.abs(p.d) < 1e7
    ? (((dayNumber(utcYear(p.y), p.m) + p.d - 1 + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday (4)
    : new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Compares two points on their first days; negative when a is earlier. */
export function comparePoints(a: Point, b: Point): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x.y - y.y || x.m - y.m || x.d - y.d;
}
