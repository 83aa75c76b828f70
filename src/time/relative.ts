import {
  addDays, addMonths, coarser, daysInMonth, firstDay, lastDay, precisionOf, single, span, truncate, weekdayOf,
  type Point, type Precision, type TimeValue,
} from './calendar.js';
import { countAt, futureBefore, isCapitalized, normAt, type Cursor } from './cursor.js';
import { MONTH_PART, seasonSpan, YEAR_PART } from './pieces.js';
import type { Unit } from './time-lexicon.js';
import { REL_HEAD } from './word-flags.js';

export type Anchor = 'absolute' | 'document' | 'previous';

/** A time phrase the grammar found: tokens [first, end) and its value (null: consumed, no date). */
export interface Found {
  readonly first: number;
  readonly end: number;
  readonly value: TimeValue | null;
  readonly anchor: Anchor;
}

const LATER = new Set(['later', 'afterwards', 'afterward', 'thereafter', 'on']);
const EARLIER = new Set(['earlier', 'before', 'previously']);
const NEXT = new Set(['following', 'next', 'subsequent']);
const PREVIOUS = new Set(['previous', 'preceding', 'prior']);

/**
 * Phrases relative to the document date ("yesterday", "on Monday", "last week", "three years
 * ago") or to the last date the text gave ("the following day", "two weeks later", "that year").
 */
export function parseRelative(c: Cursor, i: number): Found | null {
  const w = normAt(c, i);
  // most words reaching here ("the", "a") head no relative phrase: one lookup rules that out
  if ((c.flags.get(w) & REL_HEAD) === 0) return countPhrase(c, i) ?? sequel(c, i) ?? sameAs(c, i);
  const rd = c.lex.relDays.get(w);
  if (rd !== undefined) return docDay(c, i, i + 1, rd);
  if (c.lex.weekdays.has(w)) return weekday(c, i, i, 0);
  if (c.lex.weekends.has(w)) return weekend(c, i);
  const shift = c.lex.shifts.get(w);
  if (shift !== undefined && !['the', 'past', 'over'].includes(normAt(c, i - 1))) {
    if (c.lex.weekdays.has(normAt(c, i + 1))) return weekday(c, i, i + 1, shift);
    if (c.lex.months.has(normAt(c, i + 1)) && isCapitalized(c, i + 1)) return docMonth(c, i, shift);
    const unit = c.lex.units.get(normAt(c, i + 1));
    if (unit !== undefined && unit !== 'day' && unit !== 'decade') return docShift(c, i, i + 2, shift, unit);
  }
  return countPhrase(c, i) ?? sequel(c, i) ?? sameAs(c, i);
}

/** "three years ago" (document) and "two weeks later" (previous date). */
function countPhrase(c: Cursor, i: number): Found | null {
  const vague = vagueCountEnd(c, i);
  if (vague >= 0) {
    // "days later", "a few weeks later", "several months earlier": somewhere in a span after (before) the last date
    const unit = c.lex.units.get(normAt(c, vague));
    const dir = LATER.has(normAt(c, vague + 1)) ? 1 : EARLIER.has(normAt(c, vague + 1)) && !isClauseGoingOn(c, vague + 2) ? -1 : 0;
    if (unit === undefined || unit === 'quarter' || unit === 'decade' || dir === 0 || normAt(c, vague + 1) === 'on') return null;
    return fromPrevious(c, i, vague + 2, vagueShift(c.previous, dir, unit));
  }
  const n = countAt(c, i);
  if (n === null) return null;
  const unit = c.lex.units.get(normAt(c, i + 1));
  if (unit === undefined) return null;
  const after = normAt(c, i + 2);
  if (after === 'ago') return docShift(c, i, i + 3, -n, unit);
  if (after === 'on' && normAt(c, i + 3) !== ',' && i + 3 < c.to) return null; // "two days on" only at a clause end
  if (LATER.has(after)) return fromPrevious(c, i, i + 3, shiftValue(c.previous, n, unit));
  if (EARLIER.has(after) && !isClauseGoingOn(c, i + 3)) return fromPrevious(c, i, i + 3, shiftValue(c.previous, -n, unit));
  return null;
}

/** Index of the plural unit of a count given without a number ("days", "a few days", "several days"), else -1. */
function vagueCountEnd(c: Cursor, i: number): number {
  const w = normAt(c, i);
  const k = w === 'a' && normAt(c, i + 1) === 'few' ? i + 2 : w === 'several' || w === 'few' ? i + 1 : i;
  const unit = normAt(c, k);
  return unit.endsWith('s') && c.lex.units.has(unit) ? k : -1;
}

/** How far "a few" units reach: up to a week of days, a month of weeks, a year of months, a decade of years. */
const VAGUE_REACH: Record<Unit, number> = { day: 7, week: 4, month: 11, quarter: 3, year: 9, decade: 1 };

/** The span 1..VAGUE_REACH units after (dir 1) or before (dir -1) v, at the unit's precision or v's if coarser. */
function vagueShift(v: TimeValue | null, dir: 1 | -1, unit: Unit): TimeValue | null {
  if (v === null) return null;
  const prec = coarser(precisionOf(v.a), UNIT_PRECISION[unit]);
  const near = truncate(dir > 0 ? move(lastDay(v.b), 1, unit) : move(firstDay(v.a), -1, unit), prec);
  const far = truncate(dir > 0 ? move(lastDay(v.b), VAGUE_REACH[unit], unit) : move(firstDay(v.a), -VAGUE_REACH[unit], unit), prec);
  const [a, b] = dir > 0 ? [near, far] : [far, near];
  return a.y === b.y && a.m === b.m && a.d === b.d ? single(a) : span(a, b);
}

/** "two days before the vote" is relative to an event we cannot date; "two days before." is not. */
function isClauseGoingOn(c: Cursor, k: number): boolean {
  const w = normAt(c, k);
  return w !== '' && /^[\p{L}\d]/u.test(w);
}

/** "the following day" or "that year": a phrase headed by a grammar word, relative to the last date. */
export function relativeToPrevious(c: Cursor, i: number): Found | null {
  return sequel(c, i) ?? sameAs(c, i) ?? partOfPrevious(c, i) ?? (vagueCountEnd(c, i) >= 0 ? countPhrase(c, i) : null);
}

/** "(at) the end of the month", "the beginning of that year": that part of the previous date's month or year. */
function partOfPrevious(c: Cursor, i: number): Found | null {
  let k = normAt(c, i) === 'the' ? i + 1 : i;
  const part = c.lex.parts.get(normAt(c, k));
  if (part === undefined || normAt(c, k + 1) !== 'of') return null;
  k += 2;
  const det = normAt(c, k);
  if (det !== 'the' && det !== 'that') return null;
  const unit = c.lex.units.get(normAt(c, k + 1));
  const p = c.previous;
  if (p === null || p.a.y !== p.b.y || (unit !== 'month' && unit !== 'year')) return null;
  const y = p.a.y;
  if (unit === 'year') {
    const [a, b] = YEAR_PART[part];
    return fromPrevious(c, i, k + 2, span({ y, m: a }, { y, m: b }));
  }
  const m = p.a.m;
  if (m === undefined || m !== p.b.m) return null;
  const [a, b] = MONTH_PART[part];
  return fromPrevious(c, i, k + 2, span({ y, m, d: a }, { y, m, d: Math.min(b, daysInMonth(y, m)) }));
}

/** "the following day", "the next year", "the previous month". */
function sequel(c: Cursor, i: number): Found | null {
  let k = i;
  if (normAt(c, k) === 'the') k++;
  const w = normAt(c, k);
  const dir = NEXT.has(w) ? 1 : PREVIOUS.has(w) ? -1 : 0;
  if (dir === 0 || (w === 'next' && k === i)) return null; // bare "next week" is document-relative
  const unit = c.lex.units.get(normAt(c, k + 1));
  if (unit === undefined || unit === 'decade') return null;
  return fromPrevious(c, i, k + 2, shiftValue(c.previous, dir, unit));
}

/** "that year", "the same day", "later that month": the previous date at that unit. */
function sameAs(c: Cursor, i: number): Found | null {
  let k = i;
  if (normAt(c, k) === 'later' || normAt(c, k) === 'earlier') k++;
  if (normAt(c, k) === 'that') k++;
  else if (normAt(c, k) === 'the' && normAt(c, k + 1) === 'same') k += 2;
  else return null;
  const w = normAt(c, k);
  // "that summer": the season of the previous date's year
  const season = c.lex.seasons.get(w);
  if (season !== undefined) {
    const p = c.previous;
    return p !== null && p.a.y === p.b.y ? fromPrevious(c, i, k + 1, seasonSpan(p.a.y, season)) : null;
  }
  const unit = c.lex.units.get(w);
  if ((unit !== 'day' && unit !== 'month' && unit !== 'year') || w.endsWith('s')) return null; // not "those years"
  return fromPrevious(c, i, k + 1, sameUnit(c.previous, unit));
}

function fromPrevious(c: Cursor, first: number, end: number, value: TimeValue | null): Found | null {
  return value === null ? null : { first, end, value, anchor: 'previous' };
}

const UNIT_PRECISION: Record<Unit, Precision> = { day: 'day', week: 'day', month: 'month', quarter: 'month', year: 'year', decade: 'year' };

/** Moves a full date by n units. */
function move(p: Required<Point>, n: number, unit: Unit): Required<Point> {
  switch (unit) {
    case 'day': return addDays(p, n);
    case 'week': return addDays(p, 7 * n);
    case 'month': return addMonths(p, n);
    case 'quarter': return addMonths(p, 3 * n);
    case 'year': return addMonths(p, 12 * n);
    case 'decade': return addMonths(p, 120 * n);
  }
}

/**
 * Moves a value by n units, at the coarser of its precision and the unit's: "the following day"
 * after 1993-05 gives 1993-05/1993-06, which is what the text allows, not a guessed day.
 */
export function shiftValue(v: TimeValue | null, n: number, unit: Unit): TimeValue | null {
  if (v === null) return null;
  const prec = coarser(precisionOf(v.a), UNIT_PRECISION[unit]);
  const a = truncate(move(firstDay(v.a), n, unit), prec);
  const b = truncate(move(lastDay(v.b), n, unit), prec);
  const same = a.y === b.y && a.m === b.m && a.d === b.d;
  return same ? single(a) : span(a, b);
}

/** The previous value at the precision of "that day/month/year", when it fits in one. */
function sameUnit(v: TimeValue | null, unit: 'day' | 'month' | 'year'): TimeValue | null {
  if (v === null) return null;
  const a = truncate(v.a, unit);
  const b = truncate(v.b, unit);
  if (precisionOf(v.a) !== 'day' && unit === 'day') return null;
  if (unit === 'month' && v.a.m === undefined) return null;
  return a.y === b.y && a.m === b.m && a.d === b.d ? single(a) : null;
}

function docDay(c: Cursor, first: number, end: number, offset: number): Found | null {
  const d = c.docDate;
  if (d === null || d.d === undefined) return null;
  return { first, end, value: single(addDays(firstDay(d), offset)), anchor: 'document' };
}

/** The Monday-to-Sunday week holding a date. */
function weekOf(p: Required<Point>): TimeValue {
  const monday = addDays(p, 1 - weekdayOf(p));
  return span(monday, addDays(monday, 6));
}

/** "last week", "next month", "this year", "three years ago". */
function docShift(c: Cursor, first: number, end: number, n: number, unit: Unit): Found | null {
  const d = c.docDate;
  if (d === null) return null;
  const need = UNIT_PRECISION[unit];
  if (precisionOf(d) !== 'day' && (need === 'day' || (need === 'month' && d.m === undefined))) return null;
  const moved = move(firstDay(d), n, unit);
  let value: TimeValue;
  if (unit === 'week') value = weekOf(moved);
  else if (unit === 'quarter') {
    const q0 = Math.floor((moved.m - 1) / 3) * 3 + 1;
    value = span({ y: moved.y, m: q0 }, { y: moved.y, m: q0 + 2 });
  } else value = single(truncate(moved, need));
  return { first, end, value, anchor: 'document' };
}

/**
 * "on Monday", "last Friday", "next Tuesday". Without "last"/"next", a weekday is the latest
 * one on or before the document date, or the next one from it when the sentence speaks of the
 * future before it ("will meet on Monday").
 */
function weekday(c: Cursor, first: number, k: number, shift: number): Found | null {
  const d = c.docDate;
  const wd = c.lex.weekdays.get(normAt(c, k));
  if (d === null || d.d === undefined || wd === undefined || !isCapitalized(c, k) || normAt(c, k).length < 6) return null;
  const base = firstDay(d);
  const today = weekdayOf(base);
  let offset: number;
  if (shift < 0) offset = -(((today - wd + 6) % 7) + 1);
  else if (shift > 0) offset = ((wd - today + 6) % 7) + 1;
  else if (first !== k) offset = wd - today; // "this Monday": the same week
  else offset = futureBefore(c, first) ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
  return { first, end: k + 1, value: single(addDays(base, offset)), anchor: 'document' };
}

/**
 * "over the weekend", "this weekend", "last weekend", "next weekend": Saturday and Sunday of the
 * latest weekend on or before the document date, the one before it after "last", the coming one
 * after "next"/"coming" or when the sentence speaks of the future before it.
 */
function weekend(c: Cursor, i: number): Found | null {
  const d = c.docDate;
  if (d === null || d.d === undefined) return null;
  const base = firstDay(d);
  const today = weekdayOf(base); // Monday 1 ... Sunday 7
  const shift = c.lex.shifts.get(normAt(c, i - 1));
  const past = today >= 6 ? 6 - today : -(today + 1); // the latest Saturday on or before the date
  let saturday: number;
  if (shift === 1 || (shift !== -1 && futureBefore(c, i))) saturday = today >= 6 ? 13 - today : 6 - today;
  else if (shift === -1) saturday = past - 7 * (today >= 6 ? 1 : 0);
  else saturday = past;
  const sat = addDays(base, saturday);
  return { first: i, end: i + 1, value: span(sat, addDays(sat, 1)), anchor: 'document' };
}

/** "last May", "this March", "next October": that month before, in, or after the document's year. */
function docMonth(c: Cursor, i: number, shift: number): Found | null {
  const d = c.docDate;
  const m = c.lex.months.get(normAt(c, i + 1));
  if (d === null || d.m === undefined || m === undefined) return null;
  let y = d.y;
  if (shift < 0 && m >= d.m) y--;
  if (shift > 0 && m <= d.m) y++;
  return { first: i, end: i + 2, value: single({ y, m }), anchor: 'document' };
}
