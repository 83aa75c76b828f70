import { daysInMonth, isValidDay, single, span, type TimeValue } from './calendar.js';
import { dayAt, isCapitalized, isDash, isDigits, normAt, touches, yearAt, type Cursor } from './cursor.js';
import type { Part, Season } from './time-lexicon.js';
import { PIECE, startsWithDigit } from './word-flags.js';

export type PieceKind = 'year' | 'month' | 'day' | 'dayOnly' | 'season' | 'part' | 'decade' | 'quarter' | 'century';

/**
 * One calendar phrase ("11 December 2012", "May", "winter 2006-07"), possibly without the
 * year: lists and ranges lend it the year of a later item ("May and June 2008").
 */
export interface Piece {
  readonly kind: PieceKind;
  readonly first: number;
  readonly end: number;
  /** The year the phrase itself gives, or null. */
  readonly year: number | null;
  /** The month the phrase names, when it names one. */
  readonly month?: number;
  /** The day of a bare day number ("3" in "3 and 4 April"). */
  readonly day?: number;
  /** Clearly a date even with no year and no cue before it ("3 April", "early May"). */
  readonly strong?: boolean;
  /** The value given a year; null when that date does not exist ("31 February"). */
  make(year: number): TimeValue | null;
}

/** Reads a calendar phrase starting at token i; `loose` is set inside a list or range. */
export function parsePiece(c: Cursor, i: number, loose = false): Piece | null {
  const w = normAt(c, i);
  if ((c.flags.get(w) & PIECE) === 0) {
    // No month, weekday, season, ordinal or part name: only the readers that need a digit,
    // an apostrophe ("'90s") or a "q" ("q3") can match, so only they are asked (same order).
    if (startsWithDigit(w)) return numericDate(c, i) ?? dayFirst(c, i) ?? quarter(c, i) ?? decade(c, i) ?? century(c, i) ?? year(c, i, loose);
    if (w === "'") return decade(c, i);
    return w.length === 2 && w[0] === 'q' ? quarter(c, i) : null;
  }
  return (
    numericDate(c, i) ?? dayFirst(c, i) ?? monthFirst(c, i) ?? season(c, i) ?? quarter(c, i) ??
    half(c, i) ?? part(c, i) ?? decade(c, i) ?? century(c, i) ?? year(c, i, loose)
  );
}

/** A bare day number that a later day-and-month item completes ("3" in "3-5 April 2012"). */
export function dayOnly(c: Cursor, i: number): Piece | null {
  const d = dayAt(c, i);
  if (d === null) return null;
  return { kind: 'dayOnly', first: i, end: i + 1, year: null, day: d, make: () => null };
}

const dayValue = (y: number, m: number, d: number): TimeValue | null => (isValidDay(y, m, d) ? single({ y, m, d }) : null);

/** A month name written with a capital; null for "may", "march" as ordinary words. */
function monthAt(c: Cursor, k: number): number | null {
  const m = c.lex.months.get(normAt(c, k));
  return m !== undefined && isCapitalized(c, k) ? m : null;
}

const FULL_SHORT_MONTHS = new Set(['may', 'june', 'july']);

/** The token after a month name, skipping the full stop of an abbreviation ("Dec."). */
function afterMonth(c: Cursor, k: number): number {
  const w = normAt(c, k);
  const abbr = w.length <= 4 && !FULL_SHORT_MONTHS.has(w);
  return abbr && normAt(c, k + 1) === '.' && touches(c, k) ? k + 2 : k + 1;
}

/** Skips a weekday name and comma before a date ("Tuesday, 11 December"). */
function skipWeekday(c: Cursor, i: number): number {
  if (!c.lex.weekdays.has(normAt(c, i)) || !isCapitalized(c, i)) return i;
  let k = normAt(c, i + 1) === '.' ? i + 2 : i + 1;
  if (normAt(c, k) === ',') k++;
  return k;
}

/** "11 December 2012", "11th of December, 2012", "3 April". */
function dayFirst(c: Cursor, i: number): Piece | null {
  const k = skipWeekday(c, i);
  const d = dayAt(c, k);
  if (d === null) return null;
  const mk = normAt(c, k + 1) === 'of' ? k + 2 : k + 1;
  const m = monthAt(c, mk);
  if (m === null) return null;
  let yk = afterMonth(c, mk);
  if (normAt(c, yk) === ',' && yearAt(c, yk + 1) !== null) yk++;
  const y = yearAt(c, yk);
  return {
    kind: 'day', first: i, end: y === null ? afterMonth(c, mk) : yk + 1, year: y, month: m, strong: true,
    make: (year) => dayValue(year, m, d),
  };
}

/** "December 11, 2012", "February 1992", "February of 1992", "May". */
function monthFirst(c: Cursor, i: number): Piece | null {
  const k = skipWeekday(c, i);
  const m = monthAt(c, k);
  if (m === null) return null;
  const n = afterMonth(c, k);
  const sep = normAt(c, n);
  const yk = (sep === 'of' || sep === ',') && yearAt(c, n + 1) !== null ? n + 1 : n;
  const y = yearAt(c, yk);
  if (y !== null) return { kind: 'month', first: i, end: yk + 1, year: y, month: m, make: (year) => single({ y: year, m }) };
  const d = dayAt(c, n);
  if (d !== null && !c.lex.countAfter.has(normAt(c, n + 1))) {
    const dy = normAt(c, n + 1) === ',' && yearAt(c, n + 2) !== null ? n + 2 : n + 1;
    const year2 = yearAt(c, dy);
    return {
      kind: 'day', first: i, end: year2 === null ? n + 1 : dy + 1, year: year2, month: m, strong: true,
      make: (year) => dayValue(year, m, d),
    };
  }
  if (k !== i) return null; // a weekday before a bare month name is no date
  return { kind: 'month', first: i, end: n, year: null, month: m, make: (year) => single({ y: year, m }) };
}

const SEASON_MONTHS = { winter: [12, 2], spring: [3, 5], summer: [6, 8], autumn: [9, 11] } as const;

/** "winter 2006-07", "autumn 2020", "the winter of 1941". Winter Y runs from December Y. */
function season(c: Cursor, i: number): Piece | null {
  const s = c.lex.seasons.get(normAt(c, i));
  if (s === undefined) return null;
  const yk = normAt(c, i + 1) === 'of' ? i + 2 : i + 1;
  const y = yearAt(c, yk);
  if (y === null) return null;
  let end = yk + 1;
  const second = normAt(c, yk + 2);
  if (isDash(normAt(c, yk + 1)) && touches(c, yk) && touches(c, yk + 1) && (second === String(y + 1) || (second.length === 2 && Number(second) === (y + 1) % 100))) end = yk + 3;
  return { kind: 'season', first: i, end, year: y, make: (year) => seasonSpan(year, s) };
}

/** The months of season `s` of a year (winter Y runs from December Y). */
export function seasonSpan(year: number, s: Season): TimeValue {
  const [from, to] = SEASON_MONTHS[s];
  return span({ y: year, m: from }, { y: from > to ? year + 1 : year, m: to }, 'season');
}

const quarterValue = (y: number, q: number): TimeValue => span({ y, m: 3 * q - 2 }, { y, m: 3 * q }, 'range');

/** "Q3 2019", "3Q 2019", "third quarter of 2019". */
function quarter(c: Cursor, i: number): Piece | null {
  const w = normAt(c, i);
  const qm = w.length === 2 ? /^(?:q([1-4])|([1-4])q)$/.exec(w) : null;
  let q: number | undefined;
  let k: number;
  if (qm !== null) {
    q = Number(qm[1] ?? qm[2]);
    k = i + 1;
  } else {
    q = c.lex.ordinals.get(normAt(c, i));
    if (q === undefined || c.lex.units.get(normAt(c, i + 1)) !== 'quarter') return null;
    k = i + 2;
  }
  if (normAt(c, k) === 'of') k++;
  const y = yearAt(c, k);
  if (y === null) return null;
  const qq = q;
  return { kind: 'quarter', first: i, end: k + 1, year: y, make: (year) => quarterValue(year, qq) };
}

/** "the first half of 2008". */
function half(c: Cursor, i: number): Piece | null {
  const h = c.lex.ordinals.get(normAt(c, i));
  if ((h !== 1 && h !== 2) || normAt(c, i + 1) !== 'half') return null;
  const yk = normAt(c, i + 2) === 'of' ? i + 3 : i + 2;
  const y = yearAt(c, yk);
  if (y === null) return null;
  const from = h === 1 ? 1 : 7;
  return { kind: 'part', first: i, end: yk + 1, year: y, make: (year) => span({ y: year, m: from }, { y: year, m: from + 5 }) };
}

/** Ranges of each part (early/mid/late) of a decade (years), a year (months), a month (days). */
const DECADE_PART: Record<Part, [number, number]> = { early: [0, 3], mid: [3, 7], late: [7, 9] };
export const YEAR_PART: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
export const MONTH_PART: Record<Part, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/** "early 2008", "mid-1990s", "the end of 2015", "late May 2008". */
function part(c: Cursor, i: number): Piece | null {
  const w = normAt(c, i);
  const p = c.lex.parts.get(w);
  if (p === undefined) return null;
  let k = i + 1;
  if (isDash(normAt(c, k)) && touches(c, i)) k++;
  else if (normAt(c, k) === 'of') k += normAt(c, k + 1) === 'the' ? 2 : 1;
  else if (w !== 'early' && w !== 'mid' && w !== 'late') return null; // "end", "beginning" need "of"
  const dec = decade(c, k);
  if (dec !== null) {
    const d0 = dec.year!;
    const [a, b] = DECADE_PART[p];
    return { kind: 'part', first: i, end: dec.end, year: d0, make: (y) => span({ y: y + a }, { y: y + b }, 'decade') };
  }
  const y = yearAt(c, k);
  if (y !== null && !isDash(normAt(c, k + 1))) {
    const [a, b] = YEAR_PART[p];
    return { kind: 'part', first: i, end: k + 1, year: y, make: (yy) => span({ y: yy, m: a }, { y: yy, m: b }) };
  }
  const m = monthAt(c, k);
  if (m === null) return null;
  const n = afterMonth(c, k);
  const my = yearAt(c, n);
  const [a, b] = MONTH_PART[p];
  return {
    kind: 'part', first: i, end: my === null ? n : n + 1, year: my, month: m, strong: true,
    make: (yy) => span({ y: yy, m, d: a }, { y: yy, m, d: Math.min(b, daysInMonth(yy, m)) }),
  };
}

/** "1990s", "the '90s", "the 1990's"; the piece's year is the decade's first year. */
function decade(c: Cursor, i: number): Piece | null {
  const s = normAt(c, i);
  if (s !== "'" && !startsWithDigit(s)) return null; // every form below starts so
  let d0: number | null = null;
  let end = i + 1;
  const full = s.length === 5 ? /^(\d{3}0)s$/.exec(s) : null;
  if (full !== null) d0 = Number(full[1]);
  else if (s === "'" && touches(c, i) && /^\d0s$/.test(normAt(c, i + 1))) {
    d0 = twoDigitDecade(normAt(c, i + 1));
    end = i + 2;
  } else if (s.length === 3 && /^\d0s$/.test(s) && (normAt(c, i - 1) === 'the' || isDash(normAt(c, i - 1)))) d0 = twoDigitDecade(s);
  else if (s.length === 4 && /^\d{3}0$/.test(s) && normAt(c, i + 1) === "'s" && touches(c, i) && ['the', '-', 'early', 'late', 'mid'].includes(normAt(c, i - 1))) {
    d0 = Number(s);
    end = i + 2;
  }
  if (d0 === null || d0 < 1000 || d0 > 2090) return null;
  return { kind: 'decade', first: i, end, year: d0, make: (y) => span({ y }, { y: y + 9 }, 'decade') };
}

/** "'90s" -> 1990, "'10s" -> 2010 (the twenties and earlier are read as this century). */
function twoDigitDecade(s: string): number {
  const n = Number(s.slice(0, 2));
  return n >= 30 ? 1900 + n : 2000 + n;
}

/** "the 20th century" -> 1900/1999 (read as "the 1900s", as most writers mean it). */
function century(c: Cursor, i: number): Piece | null {
  const w = normAt(c, i);
  const m = (w.length === 3 || w.length === 4) && startsWithDigit(w) ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w) : null;
  if (m === null) return null;
  const k = isDash(normAt(c, i + 1)) ? i + 2 : i + 1;
  if (normAt(c, k) !== 'century') return null;
  const n = Number(m[1]);
  if (n < 1 || n > 21) return null;
  const y0 = (n - 1) * 100;
  return { kind: 'century', first: i, end: k + 1, year: y0, make: (y) => span({ y }, { y: y + 99 }) };
}

/** "2012-12-11", "11.12.2012", "11/12/2012" (only when the day/month order is clear). */
function numericDate(c: Cursor, i: number): Piece | null {
  const s = normAt(c, i);
  if (!startsWithDigit(s)) return null; // every form below starts with a digit
  const dotted = s.length >= 8 && s.length <= 10 ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s) : null;
  if (dotted !== null) return fixedDay(i, i + 1, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const y = yearAt(c, i);
  if (y !== null && chain(c, i, 5) && normAt(c, i + 1) === '-' && normAt(c, i + 3) === '-' && /^\d{2}$/.test(normAt(c, i + 2)) && /^\d{2}$/.test(normAt(c, i + 4))) {
    return fixedDay(i, i + 5, y, Number(normAt(c, i + 2)), Number(normAt(c, i + 4)));
  }
  if (!isDigits(s, 1, 2) || !chain(c, i, 5) || normAt(c, i + 1) !== '/' || normAt(c, i + 3) !== '/') return null;
  const a = Number(s);
  const b = Number(normAt(c, i + 2));
  const yy = yearAt(c, i + 4);
  if (yy === null || !/^\d{1,2}$/.test(normAt(c, i + 2))) return null;
  if (a > 12) return fixedDay(i, i + 5, yy, b, a);
  if (b > 12) return fixedDay(i, i + 5, yy, a, b);
  return { kind: 'day', first: i, end: i + 5, year: yy, make: () => null }; // 03/04/2012: order unknown
}

function fixedDay(first: number, end: number, y: number, m: number, d: number): Piece {
  return { kind: 'day', first, end, year: y, make: () => dayValue(y, m, d) };
}

/** Whether the n tokens from i touch one another (one written unit such as 2012-12-11). */
function chain(c: Cursor, i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) if (!touches(c, k)) return false;
  return i + n <= c.to;
}

/** "1992", "1992-94", "2006-07" (two years), "2012-05" (a month). */
function year(c: Cursor, i: number, loose: boolean): Piece | null {
  const y = yearAt(c, i);
  if (y === null) return null;
  const nn = normAt(c, i + 2);
  if (isDash(normAt(c, i + 1)) && chain(c, i, 3) && /^\d{2}$/.test(nn)) {
    const n = Number(nn);
    const yy = y % 100;
    if (n === (yy + 1) % 100 || n > yy) {
      const y2 = y - yy + (n > yy ? n : n + 100);
      return { kind: 'year', first: i, end: i + 3, year: y, make: (v) => span({ y: v }, { y: v + (y2 - y) }) };
    }
    if (n >= 1 && n <= 12) return { kind: 'month', first: i, end: i + 3, year: y, month: n, make: (v) => single({ y: v, m: n }) };
  }
  if (!acceptYear(c, i, y, loose)) return null;
  return { kind: 'year', first: i, end: i + 1, year: y, make: (v) => single({ y: v }) };
}

/** Whether a bare four-digit number is a year here (not "Resolution 1992", "2000 troops"). */
function acceptYear(c: Cursor, i: number, y: number, loose: boolean): boolean {
  const prev = normAt(c, i - 1);
  const next = normAt(c, i + 1);
  if (c.lex.notYearBefore.has(prev) || c.lex.countAfter.has(next)) return false;
  if (isDash(next) && touches(c, i) && /^\p{L}/u.test(normAt(c, i + 2))) return false; // "2008-member"
  if (startsWithDigit(prev) || startsWithDigit(next)) return false;
  return y >= 1800 || loose || c.lex.yearCues.has(prev);
}
