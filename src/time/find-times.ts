import type { Doc, Sentence, TimeExpr, Token } from '../model/types.js';
import { formatValue, parseIsoPoint } from './calendar.js';
import type { Cursor } from './cursor.js';
import { parseAt, type BoundFound } from './grammar.js';
import type { Bound, TimeLexicon } from './time-lexicon.js';

/** A time record as the stage emits it: the contract's fields plus the bounding word, if any. */
export interface TimeRecord extends TimeExpr {
  /** since/after/before/until when a word bounds the date ("since October 2003"). */
  readonly bound?: Bound;
}

/** Words of the grammar itself (not in the lexicon) that can start a time phrase. */
const GRAMMAR_STARTS = ['from', 'between', 'the', 'that', 'later', 'earlier', 'following', 'previous', 'preceding', "'"];

/** Every token norm that can start a time phrase; numbers and quarters (q3, 3q) are checked by shape. */
export function startWords(lex: TimeLexicon): ReadonlySet<string> {
  const s = new Set<string>(GRAMMAR_STARTS);
  for (const m of [lex.months, lex.weekdays, lex.seasons, lex.parts, lex.numbers, lex.ordinals, lex.relDays, lex.shifts, lex.bounds]) {
    for (const k of m.keys()) s.add(k);
  }
  return s;
}

const QUARTER = /^(?:q[1-4]|[1-4]q)$/;
const isQuarter = (norm: string): boolean => norm.length === 2 && QUARTER.test(norm);

/** The cheap pre-filter: does the sentence hold a number or a time word at all? */
export function mayHoldTime(tokens: readonly Token[], s: Sentence, lex: TimeLexicon): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.shape === 'number' || lex.triggers.has(t.norm) || isQuarter(t.norm)) return true;
  }
  return false;
}

/** Finds and normalises the temporal expressions of a tokenized document, in text order. */
export function findTimes(doc: Doc, lex: TimeLexicon, starts: ReadonlySet<string> = startWords(lex)): TimeRecord[] {
  const out: TimeRecord[] = [];
  const docDate = parseIsoPoint(doc.date);
  const last: Pick<Cursor, 'previous' | 'previousSentence' | 'previousFromDocument'> = { previous: null, previousSentence: -1, previousFromDocument: false };
  for (const s of doc.sentences) {
    if (!mayHoldTime(doc.tokens, s, lex)) continue;
    const c: Cursor = { lex, tokens: doc.tokens, from: s.tokenStart, to: s.tokenEnd, docDate, sentence: s.index, ...last };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.shape !== 'number' && !starts.has(t.norm) && !isQuarter(t.norm)) continue;
      const r = parseAt(c, i);
      if (r === null) continue;
      for (const f of r.items) {
        const rec = toRecord(doc, s.index, f);
        if (rec === null) continue;
        out.push(rec);
        if (rec.nonEvent !== true && f.value !== null) {
          c.previous = f.value;
          c.previousSentence = s.index;
          c.previousFromDocument = f.anchor === 'document';
        }
      }
      i = Math.max(i, r.end - 1);
    }
    Object.assign(last, { previous: c.previous, previousSentence: c.previousSentence, previousFromDocument: c.previousFromDocument });
  }
  return out;
}

function toRecord(doc: Doc, sentence: number, f: BoundFound): TimeRecord | null {
  if (f.value === null) return null;
  const start = doc.tokens[f.first].start;
  const end = doc.tokens[f.end - 1].end;
  const rec: TimeRecord = {
    sentence, start, end, text: doc.text.slice(start, end),
    value: formatValue(f.value), granularity: f.value.granularity, anchor: f.anchor,
  };
  if (f.bound === undefined) return rec;
  return f.bound === 'since' ? { ...rec, bound: f.bound } : { ...rec, bound: f.bound, nonEvent: true };
}
