import type { Doc, Sentence, TimeExpr, Token } from '../model/types.js';
import { LexemeInts, lexemesOf } from '../text/lexicon.js';
import { formatValue, parseIsoPoint } from './calendar.js';
import { FUTURE, type Cursor } from './cursor.js';
import { parseAt, type BoundFound } from './grammar.js';
import type { Bound, TimeLexicon } from './time-lexicon.js';
import { START, startsWithDigit, TRIGGER, timeWordFlags, type WordTable } from './word-flags.js';

/** A time record as the stage emits it: the contract's fields plus the bounding word, if any. */
export interface TimeRecord extends TimeExpr {
  /** since/after/before/until when a word bounds the date ("since October 2003"). */
  readonly bound?: Bound;
}

/** Words of the grammar itself (not in the lexicon) that can start a time phrase. */
const GRAMMAR_STARTS = ['from', 'between', 'the', 'that', 'later', 'earlier', 'following', 'previous', 'preceding', "'", 'several', 'few', 'days', 'weeks', 'months', 'years'];

/** Every token norm that can start a time phrase; numbers and quarters (q3, 3q) are checked by shape. */
export function startWords(lex: TimeLexicon): ReadonlySet<string> {
  const s = new Set<string>(GRAMMAR_STARTS);
  for (const m of [lex.months, lex.weekdays, lex.seasons, lex.parts, lex.numbers, lex.ordinals, lex.relDays, lex.shifts, lex.bounds, lex.weekends]) {
    for (const k of m.keys()) s.add(k);
  }
  return s;
}

/** "q3" or "3q" (the regex /^(?:q[1-4]|[1-4]q)$/, by hand: two-letter norms are common). */
function isQuarter(norm: string): boolean {
  if (norm.length !== 2) return false;
  const a = norm.charCodeAt(0);
  const b = norm.charCodeAt(1);
  return (a === 113 && b >= 49 && b <= 52) || (b === 113 && a >= 49 && a <= 52);
}

/** The cheap pre-filter: does the sentence hold a number or a time word at all? */
export function mayHoldTime(tokens: readonly Token[], s: Sentence, lex: TimeLexicon): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.shape === 'number' || lex.triggers.has(t.norm) || isQuarter(t.norm)) return true;
  }
  return false;
}

/** Word flags per lexicon and start-word set, built on first use (stages pass the same ones every time). */
interface Flags {
  readonly starts: ReadonlySet<string>;
  readonly flags: WordTable;
  /** scanSentence's flags of each word, by lexeme id (looked up once per word form). */
  readonly byLexeme: LexemeInts;
}
const flagCache = new WeakMap<TimeLexicon, Flags>();
function flagsFor(lex: TimeLexicon, starts: ReadonlySet<string>): Flags {
  let e = flagCache.get(lex);
  if (e === undefined || e.starts !== starts) flagCache.set(lex, (e = { starts, flags: timeWordFlags(lex, starts), byLexeme: new LexemeInts() }));
  return e;
}

/** scanSentence's flags of a quarter norm ("q3", "3q") and of a norm starting with a digit (above the WordTable bits). */
const QUARTER = 1 << 16;
const DIGIT_FIRST = 1 << 17;
/** A word that puts a later time in the future (cursor.ts FUTURE). */
const FUTURE_WORD = 1 << 18;

/** Token indices where a time phrase may start: the first `nCandidates`, reused across sentences. */
const candidates: number[] = [];
let nCandidates = 0;
/** The scanned sentence's first future word (Cursor.firstFuture), its end when none. */
let firstFuture = 0;

/**
 * Collects into `candidates` the tokens of sentence s where a phrase may start (a number, a
 * quarter or a start word), and says whether the sentence may hold a time at all (a number, a
 * quarter or a trigger word: mayHoldTime), in one pass and at most one lookup per word form,
 * and notes the sentence's first future word (firstFuture).
 */
function scanSentence(tokens: readonly Token[], ids: Int32Array, s: Sentence, flags: WordTable, byLexeme: Int32Array): boolean {
  nCandidates = 0;
  firstFuture = s.tokenEnd;
  let holds = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    let f = byLexeme[ids[k]];
    if (f < 0) {
      const norm = tokens[k].norm;
      byLexeme[ids[k]] = f = (isQuarter(norm) ? QUARTER : flags.get(norm) | (startsWithDigit(norm) ? DIGIT_FIRST : 0)) | (FUTURE.get(norm) !== 0 ? FUTURE_WORD : 0);
    }
    if ((f & FUTURE_WORD) !== 0 && firstFuture === s.tokenEnd) firstFuture = k;
    // a number token's norm starts with a digit: only those tokens need their shape read
    if ((f & QUARTER) !== 0 || ((f & DIGIT_FIRST) !== 0 && tokens[k].shape === 'number')) {
      holds = true;
      candidates[nCandidates++] = k;
      continue;
    }
    if ((f & TRIGGER) !== 0) holds = true;
    if ((f & START) !== 0) candidates[nCandidates++] = k;
  }
  return holds;
}

/** Finds and normalises the temporal expressions of a tokenized document, in text order. */
export function findTimes(doc: Doc, lex: TimeLexicon, starts: ReadonlySet<string> = startWords(lex)): TimeRecord[] {
  const out: TimeRecord[] = [];
  const docDate = parseIsoPoint(doc.date);
  const { flags, byLexeme } = flagsFor(lex, starts);
  const lexemes = lexemesOf(doc);
  const flagsById = byLexeme.sync(lexemes.lexicon);
  const last: Pick<Cursor, 'previous' | 'previousSentence' | 'previousFromDocument'> = { previous: null, previousSentence: -1, previousFromDocument: false };
  for (const s of doc.sentences) {
    if (!scanSentence(doc.tokens, lexemes.ids, s, flags, flagsById)) continue;
    const c: Cursor = {
      lex, flags, tokens: doc.tokens, from: s.tokenStart, to: s.tokenEnd, docDate, sentence: s.index,
      previous: last.previous, previousSentence: last.previousSentence, previousFromDocument: last.previousFromDocument,
      firstFuture,
    };
    let next = 0; // tokens before this were read as part of a phrase
    for (let n = 0; n < nCandidates; n++) {
      const i = candidates[n];
      if (i < next) continue;
      const r = parseAt(c, i);
      if (r === null) continue;
      for (const f of r.items) {
        let rec = toRecord(doc, s.index, f);
        if (rec === null) continue;
        if (s.index === 0 && inDateline(doc.text, rec.start, rec.end)) rec = { ...rec, nonEvent: true };
        out.push(rec);
        if (rec.nonEvent !== true && f.value !== null) {
          c.previous = f.value;
          c.previousSentence = s.index;
          c.previousFromDocument = f.anchor === 'document';
        }
      }
      next = Math.max(i + 1, r.end);
    }
    last.previous = c.previous;
    last.previousSentence = c.previousSentence;
    last.previousFromDocument = c.previousFromDocument;
  }
  return out;
}

/** Place and date at the head of a news item ("BAKU, Sept 20 -", "MOSCOW, March 3 (Reuters) -"). */
const DATELINE_HEAD = /^[A-Z][A-Za-z.'’ -]{0,40},\s*$/;
const DATELINE_TAIL = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|[–—])\s/;

/**
 * Whether [start, end) is the date of a news dateline: the day the item was filed, not the day
 * of what it reports ("BAKU, Sept 20 - Azerbaijan said on Tuesday it had begun ...").
 */
function inDateline(text: string, start: number, end: number): boolean {
  return end < 80 && DATELINE_HEAD.test(text.slice(0, start)) && DATELINE_TAIL.test(text.slice(end, end + 48));
}

function toRecord(doc: Doc, sentence: number, f: BoundFound): TimeRecord | null {
  if (f.value === null) return null;
  const start = doc.tokens[f.first].start;
  const end = doc.tokens[f.end - 1].end;
  const text = doc.text.slice(start, end);
  const value = formatValue(f.value);
  const granularity = f.value.granularity;
  // Literals rather than spreads ({ ...rec, bound }), which are slow; the key order is the same.
  if (f.bound === undefined) return { sentence, start, end, text, value, granularity, anchor: f.anchor };
  if (f.bound === 'since') return { sentence, start, end, text, value, granularity, anchor: f.anchor, bound: f.bound };
  return { sentence, start, end, text, value, granularity, anchor: f.anchor, bound: f.bound, nonEvent: true };
}
