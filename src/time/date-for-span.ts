import type { Doc, DyadEvent, Sentence, TimeExpr } from '../model/types.js';
import { LexemeInts, lexemesOf } from '../text/lexicon.js';
import { WordTable } from './word-flags.js';

export type EventDate = NonNullable<DyadEvent['date']>;

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
  const times = sentenceDates(doc, sentence).times;
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
  const sd = sentenceDates(doc, sentence);
  const times = sd.times;
  if (s === undefined || times.length === 0) return null;
  const clauseOfTime = clausesOf(sd, doc, s);
  const a = clauseOf(sd.starts, start);
  const b = clauseOf(sd.starts, Math.max(start, end - 1));
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  // the nearest date in the evidence's own clauses (the first of equally near ones)
  let best: TimeExpr | null = null;
  let bestDist = 0;
  for (let j = 0; j < times.length; j++) {
    if (clauseOfTime[j] < lo || clauseOfTime[j] > hi) continue;
    const t = times[j];
    const d = t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
    if (best === null || d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  return best ?? governing(doc, s, sd, clauseOfTime, start);
}

/** A date of another clause that governs the evidence, or null (rules 2-4 above); dates in closed clauses do not count. */
function governing(doc: Doc, s: Sentence, sd: SentenceDates, clauseOfTime: readonly number[], start: number): TimeExpr | null {
  let first = -1;
  let sameValue = true;
  let before: TimeExpr | null = null;
  for (let j = 0; j < sd.times.length; j++) {
    if (sd.closed.includes(clauseOfTime[j])) continue;
    const t = sd.times[j];
    if (first < 0) first = j;
    else if (t.value !== sd.times[first].value) sameValue = false;
    if (t.end > start) continue;
    if (isFronted(doc, s, t)) return t;
    // "over remarks about the 1918 unification, and Belgrade expelled ...": a date naming another
    // event ("the 2008 war") governs nothing after it unless fronted ("During the 2008 war, ...")
    if (!attributive(doc, t)) before = t;
  }
  if (first < 0) return null;
  // the first fronted date wins over the rules below, so they are only decided after the loop
  if (sameValue) return sd.times[first];
  return before;
}

/** A date used as a modifier of a noun: "the 1918 unification", "its 2015 deal". */
function attributive(doc: Doc, t: TimeExpr): boolean {
  return /(?:\b(?:the|its|their|his|her)|'s)\s+$/i.test(doc.text.slice(Math.max(0, t.start - 8), t.start)) && /^\s+[a-z]/.test(doc.text.slice(t.end, t.end + 3));
}

/** Whether t starts at one of the first FRONTED_TOKENS + 1 tokens from the sentence start. */
function isFronted(doc: Doc, s: Sentence, t: TimeExpr): boolean {
  const last = Math.min(s.tokenStart + FRONTED_TOKENS + 1, doc.tokens.length);
  for (let k = s.tokenStart; k < last; k++) if (doc.tokens[k].start === t.start) return true;
  return false;
}

/**
 * One sentence's usable times and its clauses, kept for the next call: the event coder asks
 * for the dates of several events of a sentence in a row. The entry is only reused for the
 * same doc, sentence and token, sentence and time arrays (and the same number of times).
 */
interface SentenceDates {
  readonly doc: Doc;
  readonly sentence: number;
  readonly tokens: Doc['tokens'];
  readonly sentences: Doc['sentences'];
  readonly allTimes: Doc['times'];
  readonly timeCount: number;
  /** The sentence's times an event can take, in text order. */
  readonly times: TimeExpr[];
  /** Clause start offsets and the closed clauses, filled on first need (clausesOf). */
  starts: number[];
  closed: number[];
  /** The clause of each time in `times`; null until clausesOf has run. */
  clauseOfTime: number[] | null;
}

let cached: SentenceDates | null = null;

function sentenceDates(doc: Doc, sentence: number): SentenceDates {
  const c = cached;
  if (c !== null && c.doc === doc && c.sentence === sentence && c.tokens === doc.tokens && c.sentences === doc.sentences && c.allTimes === doc.times && c.timeCount === doc.times.length) return c;
  cached = {
    doc, sentence, tokens: doc.tokens, sentences: doc.sentences, allTimes: doc.times, timeCount: doc.times.length,
    times: usableTimes(doc, sentence), starts: [], closed: [], clauseOfTime: null,
  };
  return cached;
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

/** Tokens that close a clause, and words that open a new one. */
const CLAUSE_PUNCT = [',', ';', ':', '(', ')', '-', '"'];
const OPEN_CLAUSE_WORDS = ['when', 'where', 'while', 'but'];
/**
 * Clauses whose date stays theirs: relative ("Russia, which invaded Georgia in 2008, protested")
 * and concessive or conditional ones. Temporal clauses ("When Russia invaded in 2008, ...")
 * do lend their date to the sentence.
 */
const CLOSED_CLAUSE_WORDS = ['that', 'which', 'who', 'whom', 'whose', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'whether'];

/** What a token norm does to clauses, in one lookup: ends one (punctuation), opens one, or opens a closed one. */
const ENDS = 1;
const OPENS = 2;
const OPENS_CLOSED = 3;
const CLAUSE_KIND = new WordTable([
  ...CLAUSE_PUNCT.map((w): [string, number] => [w, ENDS]),
  ...OPEN_CLAUSE_WORDS.map((w): [string, number] => [w, OPENS]),
  ...CLOSED_CLAUSE_WORDS.map((w): [string, number] => [w, OPENS_CLOSED]),
]);
/** CLAUSE_KIND of each word by lexeme id, looked up once per word form (-1: not yet). */
const clauseKindById = new LexemeInts();

/**
 * The sentence's clauses (a new one after clause punctuation, and at a clause word), the closed
 * ones, and the clause of each usable time; computed once per cached sentence.
 */
function clausesOf(sd: SentenceDates, doc: Doc, s: Sentence): number[] {
  if (sd.clauseOfTime !== null) return sd.clauseOfTime;
  const starts = sd.starts;
  starts.push(s.start);
  const lexemes = lexemesOf(doc);
  const ids = lexemes.ids;
  const kinds = clauseKindById.sync(lexemes.lexicon);
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    let kind = kinds[ids[k]];
    if (kind < 0) kinds[ids[k]] = kind = CLAUSE_KIND.get(doc.tokens[k].norm);
    if (kind === 0) continue;
    const t = doc.tokens[k];
    if (kind === ENDS) {
      if (!(t.norm === '-' && doc.tokens[k - 1].end === t.start)) starts.push(t.end);
      continue;
    }
    if (kind === OPENS_CLOSED) sd.closed.push(starts.length);
    starts.push(t.start);
  }
  sd.clauseOfTime = sd.times.map((t) => clauseOf(starts, t.start));
  return sd.clauseOfTime;
}

/** The clause holding a character offset: the last clause starting at or before it (the first when none). */
function clauseOf(starts: readonly number[], offset: number): number {
  let n = 0;
  while (n + 1 < starts.length && starts[n + 1] <= offset) n++;
  return n;
}
