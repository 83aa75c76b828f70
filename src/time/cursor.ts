import type { Token } from '../model/types.js';
import type { Point, TimeValue } from './calendar.js';
import type { TimeLexicon } from './time-lexicon.js';
import { startsWithDigit, type WordFlags } from './word-flags.js';

/** What the grammar sees while it reads one sentence. */
export interface Cursor {
  readonly lex: TimeLexicon;
  /** What each lexicon word can be to the grammar (see word-flags.ts). */
  readonly flags: WordFlags;
  readonly tokens: readonly Token[];
  /** First token of the sentence. */
  readonly from: number;
  /** One past the last token of the sentence. */
  readonly to: number;
  readonly docDate: Point | null;
  /** Index of the sentence being read. */
  readonly sentence: number;
  /** The last date the text gave (for "the following day"), or null; updated as times are found. */
  previous: TimeValue | null;
  /** The sentence that date came from, -1 when none. */
  previousSentence: number;
  /** Whether that date was itself resolved against the document date ("on Monday"). */
  previousFromDocument: boolean;
}

/** Token norm at k, or '' outside the sentence, so checks need no bounds tests. */
export function normAt(c: Cursor, k: number): string {
  return k >= c.from && k < c.to ? c.tokens[k].norm : '';
}

/** Whether tokens k and k+1 touch (no space between them: "mid-1990s", "2006-07"). */
export function touches(c: Cursor, k: number): boolean {
  return k + 1 < c.to && c.tokens[k].end === c.tokens[k + 1].start;
}

export function isCapitalized(c: Cursor, k: number): boolean {
  const t = k >= c.from && k < c.to ? c.tokens[k].text : '';
  return t !== '' && t[0] !== t[0].toLowerCase();
}

export const isDash = (s: string): boolean => s === '-' || s === '–' || s === '—';

/** A four-digit number read as a year, or null. */
export function yearAt(c: Cursor, k: number): number | null {
  const s = normAt(c, k);
  if (s.length !== 4 || !/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2100 ? y : null;
}

/** A day of the month (1-31, "11th" too), or null. */
export function dayAt(c: Cursor, k: number): number | null {
  const s = normAt(c, k);
  if (!startsWithDigit(s)) return null; // the common case, without running the regex
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  if (m === null) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** A count 1-100 written as digits or a number word ("three", "a"), or null. */
export function countAt(c: Cursor, k: number): number | null {
  const s = normAt(c, k);
  if (startsWithDigit(s) && /^\d{1,3}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 100 ? n : null;
  }
  return c.lex.numbers.get(s) ?? null;
}

/** Words before a time that put it in the future ("will meet on Monday", "would free by August"). */
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'plans', 'planned', 'scheduled', 'expected', 'due', 'intends', 'if', 'upcoming']);

/** Whether the sentence speaks of the future before token k. */
export function futureBefore(c: Cursor, k: number): boolean {
  for (let j = c.from; j < k; j++) if (FUTURE.has(c.tokens[j].norm)) return true;
  return false;
}
