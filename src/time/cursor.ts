import type { Token } from '../model/types.js';
import type { Point, TimeValue } from './calendar.js';
import type { TimeLexicon } from './time-lexicon.js';
import { NUMBER_WORD, WordTable } from './word-flags.js';

/** What the grammar sees while it reads one sentence. */
export interface Cursor {
  readonly lex: TimeLexicon;
  /** What each lexicon word can be to the grammar (see word-flags.ts). */
  readonly flags: WordTable;
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
  /** The sentence's first token that speaks of the future (`to` when none); -1 until asked (findTimes sets it ahead). */
  firstFuture: number;
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
  if (t === '') return false;
  const ch = t.charCodeAt(0);
  if (ch < 128) return ch >= 65 && ch <= 90; // ASCII: A-Z, without a toLowerCase call
  return t[0] !== t[0].toLowerCase();
}

export const isDash = (s: string): boolean => s === '-' || s === '–' || s === '—';

/** How many ASCII digits s starts with. */
export function leadingDigits(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(n) >= 48 && s.charCodeAt(n) <= 57) n++;
  return n;
}

/** Whether s is all ASCII digits, from `min` to `max` of them (/^\d{min,max}$/ by hand). */
export function isDigits(s: string, min: number, max: number): boolean {
  return s.length >= min && s.length <= max && leadingDigits(s) === s.length;
}

/** Whether s at `k` holds an ordinal suffix: st, nd, rd or th. */
export function isOrdinalSuffix(s: string, k: number): boolean {
  const a = s.charCodeAt(k);
  const b = s.charCodeAt(k + 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** A four-digit number read as a year, or null. */
export function yearAt(c: Cursor, k: number): number | null {
  const s = normAt(c, k);
  if (!isDigits(s, 4, 4)) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2100 ? y : null;
}

/** A day of the month (1-31, "11th" too), or null. */
export function dayAt(c: Cursor, k: number): number | null {
  const s = normAt(c, k);
  // /^(\d{1,2})(?:st|nd|rd|th)?$/ by hand
  const n = leadingDigits(s);
  if (n < 1 || n > 2 || (s.length !== n && !(s.length === n + 2 && isOrdinalSuffix(s, n)))) return null;
  const d = Number(s.slice(0, n));
  return d >= 1 && d <= 31 ? d : null;
}

/** A count 1-100 written as digits or a number word ("three", "a"), or null. */
export function countAt(c: Cursor, k: number): number | null {
  const s = normAt(c, k);
  if (isDigits(s, 1, 3)) {
    const n = Number(s);
    return n >= 1 && n <= 100 ? n : null;
  }
  return (c.flags.get(s) & NUMBER_WORD) === 0 ? null : c.lex.numbers.get(s) ?? null;
}

/** Words before a time that put it in the future ("will meet on Monday", "would free by August"). */
export const FUTURE = new WordTable(['will', "'ll", 'shall', 'would', 'plans', 'planned', 'scheduled', 'expected', 'due', 'intends', 'if', 'upcoming'].map((w) => [w, 1] as const));

/** Whether the sentence speaks of the future before token k. */
export function futureBefore(c: Cursor, k: number): boolean {
  if (c.firstFuture < 0) {
    let j = c.from;
    while (j < c.to && FUTURE.get(c.tokens[j].norm) === 0) j++;
    c.firstFuture = j;
  }
  return c.firstFuture < k;
}
