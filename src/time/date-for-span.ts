import type { Doc, DyadEvent, Sentence, TimeExpr } from '../model/types.js';

export type EventDate = NonNullable<DyadEvent['date']>;

/** Tokens that close a clause, and words that open a new one. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '-', '"']);
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'whereas', 'although', 'though',
  'because', 'if', 'unless', 'but', 'whether',
]);
/**
 * Clauses whose date stays theirs: relative ("Russia, which invaded Georgia in 2008, protested")
 * and concessive or conditional ones. Temporal clauses ("When Russia invaded in 2008, ...")
 * do lend their date to the sentence.
 */
const CLOSED_CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'whether']);
/** A time starting this close to the sentence start governs the whole sentence ("In 1992, ..."). */
const FRONTED_TOKENS = 2;

/**
 * The date of an event whose evidence is [start, end) in the given sentence: the nearest date
 * in its own clause; else, among dates not inside relative or concessive clauses, a date fronted
 * at the sentence start, else the sentence's only date, else the nearest one before it (the
 * governing clause: "confirmed on 11 December 2012 that ... will no longer rent"); else null. Dates are never carried across
 * sentences here: phrases that carry one ("the following day", "that year") are time records
 * of their own sentence. Bounds other than "since" and non-event dates (a lease end) are skipped.
 */
export function dateForSpan(doc: Doc, sentence: number, start: number, end: number): DyadEvent['date'] {
  const t = pickTime(doc, sentence, start, end);
  return t === null ? null : toDate(t);
}

/**
 * Like dateForSpan, but when the chosen date is one of a list ("visits in 2001 and 2006") it
 * returns every date of the list, so the event coder can code one event per date.
 */
export function datesForSpan(doc: Doc, sentence: number, start: number, end: number): EventDate[] {
  const t = pickTime(doc, sentence, start, end);
  if (t === null) return [];
  const times = usableTimes(doc, sentence);
  let i = times.indexOf(t);
  while (i > 0 && listed(doc, times[i - 1], times[i])) i--;
  const out = [toDate(times[i])];
  for (; i + 1 < times.length && listed(doc, times[i], times[i + 1]); i++) out.push(toDate(times[i + 1]));
  return out;
}

function toDate(t: TimeExpr): EventDate {
  return t.anchor === 'document' ? { value: t.value, granularity: t.granularity, fromDocument: true } : { value: t.value, granularity: t.granularity };
}

/** Whether b follows a in a list: only a comma, "and" or "or" between them. */
function listed(doc: Doc, a: TimeExpr, b: TimeExpr): boolean {
  return /^\s*,?\s*(?:(?:and|or)\s+)?$/.test(doc.text.slice(a.end, b.start)) && a.end < b.start;
}

function pickTime(doc: Doc, sentence: number, start: number, end: number): TimeExpr | null {
  const s = doc.sentences[sentence];
  const times = usableTimes(doc, sentence);
  if (s === undefined || times.length === 0) return null;
  const { clauseOf, closed } = clauses(doc, s);
  const evClauses = new Set([clauseOf(start), clauseOf(Math.max(start, end - 1))]);
  for (let k = Math.min(...evClauses); k <= Math.max(...evClauses); k++) evClauses.add(k);
  const own = times.filter((t) => evClauses.has(clauseOf(t.start)));
  if (own.length > 0) return nearest(own, start, end);
  return governing(doc, s, times.filter((t) => !closed.has(clauseOf(t.start))), start);
}

/** A date of another clause that governs the evidence, or null (rules 2-4 above). */
function governing(doc: Doc, s: Sentence, times: TimeExpr[], start: number): TimeExpr | null {
  if (times.length === 0) return null;
  const firstTokens = doc.tokens.slice(s.tokenStart, s.tokenStart + FRONTED_TOKENS + 1).map((x) => x.start);
  const fronted = times.find((t) => firstTokens.includes(t.start) && t.end <= start);
  if (fronted !== undefined) return fronted;
  if (new Set(times.map((t) => t.value)).size === 1) return times[0];
  const before = times.filter((t) => t.end <= start);
  return before.length > 0 ? before[before.length - 1] : null;
}

function nearest(times: TimeExpr[], start: number, end: number): TimeExpr {
  const dist = (t: TimeExpr) => (t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0);
  return times.reduce((best, t) => (dist(t) < dist(best) ? t : best));
}

/** The sentence's times an event can take, in text order. */
function usableTimes(doc: Doc, sentence: number): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = firstOfSentence(doc.times, sentence); i < doc.times.length && doc.times[i].sentence === sentence; i++) {
    const t = doc.times[i] as TimeExpr & { bound?: string };
    if (t.nonEvent !== true && (t.bound === undefined || t.bound === 'since')) out.push(t);
  }
  return out;
}

/** Binary search: index of the first time of the sentence (times are in text order). */
function firstOfSentence(times: readonly TimeExpr[], sentence: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid].sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence's clauses: a map from a character offset to its clause, and the closed ones. */
function clauses(doc: Doc, s: Sentence): { clauseOf: (offset: number) => number; closed: Set<number> } {
  const starts: number[] = [s.start];
  const closed = new Set<number>();
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const t = doc.tokens[k];
    if (CLAUSE_PUNCT.has(t.norm) && !(t.norm === '-' && doc.tokens[k - 1].end === t.start)) starts.push(t.end);
    else if (CLAUSE_WORDS.has(t.norm)) {
      if (CLOSED_CLAUSE_WORDS.has(t.norm)) closed.add(starts.length);
      starts.push(t.start);
    }
  }
  const clauseOf = (offset: number): number => {
    let n = 0;
    while (n + 1 < starts.length && starts[n + 1] <= offset) n++;
    return n;
  };
  return { clauseOf, closed };
}
