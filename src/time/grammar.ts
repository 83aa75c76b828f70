import { comparePoints, isValidDay, precisionOf, single, span, truncate, type TimeValue } from './calendar.js';
import { futureBefore, isDash, normAt, type Cursor } from './cursor.js';
import { dayOnly, parsePiece, type Piece } from './pieces.js';
import { parseRelative, relativeToPrevious, type Found } from './relative.js';
import type { Bound } from './time-lexicon.js';
import { BOUND_WORD, NUMBER_WORD, PIECE, REL_HEAD, startsWithDigit } from './word-flags.js';

/** A found phrase with the word that bounds it ("since October 2003" -> since). */
export interface BoundFound extends Found {
  readonly bound?: Bound;
  /** Set on a range read from two phrases ("2001 to 2006"). */
  readonly ranged?: boolean;
}

/** What the grammar read at one position: the token it stopped at, and the times found. */
export interface Reading {
  readonly end: number;
  readonly items: readonly BoundFound[];
}

const RANGE_WORDS = new Set(['to', 'until', 'till', 'through']);

/** Reads the time phrase starting at token i, or returns null when there is none. */
export function parseAt(c: Cursor, i: number): Reading | null {
  const w = normAt(c, i);
  const f = c.flags.get(w);
  const bound = (f & BOUND_WORD) === 0 ? undefined : c.lex.bounds.get(w);
  if (bound !== undefined) return bounded(c, i, bound);
  if (w === 'from' || w === 'between') return spanned(c, i, w === 'between');
  // The readers below all start at a lexicon word, a digit, an apostrophe or a "q" (see
  // mayStartPiece, dayAt, parseRelative, countAt); a word of the grammar alone ("the", "that",
  // "later") can only begin a phrase relative to the last date, so only those readers run.
  const numeric = startsWithDigit(w) || w === "'" || (w.length === 2 && w[0] === 'q');
  if ((f & PIECE) !== 0 || numeric) {
    const r = core(c, i, false, false);
    if (r !== null) return r;
  }
  const rel = (f & (REL_HEAD | NUMBER_WORD)) !== 0 || numeric ? parseRelative(c, i) : relativeToPrevious(c, i);
  return rel === null ? null : { end: rel.end, items: [rel] };
}

/** "since October 2003", "until 2044", "by the end of 2015": the bound word joins the phrase. */
function bounded(c: Cursor, i: number, bound: Bound): Reading | null {
  const k = normAt(c, i + 1) === 'the' ? i + 2 : i + 1;
  const r = core(c, k, false, true, bound === 'until') ?? relativeAt(c, k);
  if (r === null) return null;
  return { end: r.end, items: r.items.map((f, n) => withBound(f, n === 0 ? i : f.first, bound)) };
}

/** The found phrase starting at `first`, bounded (a literal: object spreads are slow here). */
function withBound(f: BoundFound, first: number, bound: Bound | undefined): BoundFound {
  return { first, end: f.end, value: f.value, anchor: f.anchor, ranged: f.ranged, bound };
}

function relativeAt(c: Cursor, k: number): Reading | null {
  const rel = parseRelative(c, k);
  return rel === null ? null : { end: rel.end, items: [rel] };
}

/**
 * "from 2001 to 2006", "between May and July 2008": a range takes the word; "dates from 1992"
 * or "between 2001 and Russia" is just the date.
 */
function spanned(c: Cursor, i: number, andRange: boolean): Reading | null {
  const r = core(c, i + 1, andRange, true);
  if (r === null || r.items.length !== 1 || r.items[0].ranged !== true) return r;
  return { end: r.end, items: [withBound(r.items[0], i, r.items[0].bound)] };
}

/**
 * A piece, a range of two ("1992-1994", "May to July 2008") or a list closed by and/or
 * ("2001 and 2006"). `andRange` reads "X and Y" as a range (after "between"); `cued` says a
 * word before the phrase marks it as a time (so "in May" may borrow a year from context).
 */
function core(c: Cursor, i: number, andRange: boolean, cued: boolean, future = false): Reading | null {
  const p = parsePiece(c, i) ?? dayOnly(c, i);
  if (p === null) return null;
  const isCued = cued || c.lex.yearCues.has(normAt(c, i - 1));
  const sep = normAt(c, p.end);
  if (isDash(sep) || RANGE_WORDS.has(sep) || (andRange && sep === 'and')) {
    const q = parsePiece(c, p.end + 1, true);
    if (q !== null && rangeFits(p, q)) return range(c, p, q, isCued, future);
  }
  const items = list(c, p);
  if (items.length === 1 && p.kind === 'dayOnly') return null;
  return resolveList(c, items, isCued, future);
}

function rangeFits(p: Piece, q: Piece): boolean {
  if (p.kind === 'dayOnly') return q.kind === 'day' && q.month !== undefined;
  return q.kind !== 'dayOnly';
}

/** The items of "2001, 2004 and 2006"; a list must end in and/or, else only the first counts. */
function list(c: Cursor, p: Piece): Piece[] {
  const items = [p];
  let j = p.end;
  for (;;) {
    let k = j;
    if (normAt(c, k) === ',') k++;
    const conj = normAt(c, k) === 'and' || normAt(c, k) === 'or';
    if (conj) k++;
    if (k === j) break;
    const q = parsePiece(c, k, true) ?? dayOnly(c, k);
    if (q === null || !listFits(items[items.length - 1], q)) break;
    items.push(q);
    j = q.end;
    if (conj) return q.kind === 'dayOnly' ? [p] : items;
  }
  return [p];
}

function listFits(p: Piece, q: Piece): boolean {
  if (p.kind === 'dayOnly') return q.kind === 'dayOnly' || (q.kind === 'day' && q.month !== undefined);
  if (p.kind === 'month' || p.kind === 'day') return q.kind === 'month' || q.kind === 'day';
  return p.kind === q.kind;
}

/** Years flow right to left ("May and June 2008"), then left to right; a list with none borrows one from context. */
function resolveList(c: Cursor, items: Piece[], cued: boolean, future: boolean): Reading | null {
  const years: (number | null)[] = [];
  const months: (number | undefined)[] = [];
  let y: number | null = null;
  let m: number | undefined;
  for (let n = items.length - 1; n >= 0; n--) {
    y = items[n].year ?? y;
    m = items[n].month ?? m;
    years[n] = y;
    months[n] = m;
  }
  for (let n = 1; n < items.length; n++) years[n] ??= years[n - 1]; // "4 March 2012 and May"
  let anchor: Found['anchor'] = 'absolute';
  if (years[0] === null) {
    const ctx = contextYear(c, cued || items.some((x) => x.strong === true), items[0], future);
    if (ctx === null) return null;
    anchor = ctx.anchor;
    years.fill(ctx.year);
  }
  const found = items.map((p, n): Found => {
    const value = p.kind === 'dayOnly' ? dayValueOf(p, years[n]!, months[n]) : p.make(years[n]!);
    return { first: p.first, end: p.end, value, anchor: p.year === null ? anchor : 'absolute' };
  });
  return { end: items[items.length - 1].end, items: found };
}

function dayValueOf(p: Piece, y: number, m: number | undefined): TimeValue | null {
  const d = p.day!;
  return m !== undefined && isValidDay(y, m, d) ? single({ y, m, d }) : null;
}

/** "between May and July 2008" -> 2008-05/2008-07; "December to February 2008" starts a year earlier. */
function range(c: Cursor, p: Piece, q: Piece, cued: boolean, future: boolean): Reading | null {
  let yq = q.year;
  let anchor: Found['anchor'] = 'absolute';
  if (yq === null) {
    const ctx = contextYear(c, cued || q.strong === true, q, future);
    if (ctx === null) return null;
    yq = ctx.year;
    anchor = ctx.anchor;
  }
  let yp = p.year ?? yq;
  const mq = q.month;
  const makeP = (y: number) => (p.kind === 'dayOnly' ? dayValueOf(p, y, mq) : p.make(y));
  let a = makeP(yp);
  const b = q.make(yq);
  if (a !== null && b !== null && p.year === null && comparePoints(a.a, b.b) > 0) a = makeP(--yp);
  const value = a !== null && b !== null && comparePoints(a.a, b.b) <= 0 ? span(a.a, b.b) : null;
  return { end: q.end, items: [{ first: p.first, end: q.end, value, anchor, ranged: true }] };
}

/**
 * A year for a phrase that gives none ("on 3 April"): the year of the text's last date when
 * that is in this or the previous sentence (or there is no document date), else the year that
 * puts the date on the right side of the document date: the latest such date on or before it,
 * or the next one on or after it when the sentence speaks of the future ("since September" in
 * a paper of January 2000 is 1999-09; "scheduled for March 2" in December is next March).
 */
function contextYear(c: Cursor, cued: boolean, p: Piece, future: boolean): { year: number; anchor: Found['anchor'] } | null {
  if (!cued) return null;
  const prev = c.previous;
  const prevYear = prev !== null && prev.a.y === prev.b.y ? prev.a.y : null;
  const near = c.previousSentence >= c.sentence - 1 && !c.previousFromDocument;
  if (prevYear !== null && (near || c.docDate === null)) return { year: prevYear, anchor: 'previous' };
  const doc = c.docDate;
  if (doc === null) return null;
  const v = p.make(doc.y);
  if (v === null) return { year: doc.y, anchor: 'document' };
  const prec = precisionOf(doc);
  const ahead = future || futureBefore(c, p.first);
  if (!ahead && comparePoints(truncate(v.a, prec), doc) > 0) return { year: doc.y - 1, anchor: 'document' };
  if (ahead && comparePoints(truncate(v.b, prec), doc) < 0) return { year: doc.y + 1, anchor: 'document' };
  return { year: doc.y, anchor: 'document' };
}
