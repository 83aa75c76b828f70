import type { TimeLexicon } from './time-lexicon.js';

/** The sentence may hold a time (a trigger word of the lexicon). */
export const TRIGGER = 1;
/** A time phrase may start at this word (see startWords). */
export const START = 2;
/** A calendar piece may start at this word: a month, weekday, season, ordinal or part name. */
export const PIECE = 4;
/** A relative day, weekday or shift word ("yesterday", "Monday", "last"): a relative phrase's head. */
export const REL_HEAD = 8;
/** A number word ("three", "a"). */
export const NUMBER_WORD = 16;
/** A bounding word ("since", "until", "by"). */
export const BOUND_WORD = 32;

/**
 * A map from words to small numbers for lookups of every token of a text, where most tokens are
 * no key. A filter on (length, first and last code unit) turns most of those away before the
 * hash lookup, which costs several times more.
 */
export class WordTable {
  private readonly map = new Map<string, number>();
  /** Set at slotOf(w) for every key w; a clear slot means "not a key". */
  private readonly filter = new Uint8Array(4096);
  private maxLength = 0;

  constructor(entries: Iterable<readonly [string, number]> = []) {
    for (const [w, v] of entries) this.or(w, v);
  }

  /** Adds the bits v to the word's value. */
  or(w: string, v: number): void {
    this.map.set(w, (this.map.get(w) ?? 0) | v);
    this.filter[slotOf(w)] = 1;
    this.maxLength = Math.max(this.maxLength, w.length);
  }

  /** The word's value, 0 when it is no key. */
  get(w: string): number {
    const n = w.length;
    if (n === 0 || n > this.maxLength || this.filter[slotOf(w)] === 0) return 0;
    return this.map.get(w) ?? 0;
  }
}

/** A slot of the filter from a word's length and first and last code units. */
function slotOf(w: string): number {
  const n = w.length;
  return ((n << 9) ^ (w.charCodeAt(0) << 4) ^ w.charCodeAt(n - 1)) & 4095;
}

/** What each lexicon word can be to the grammar (the bits above), in one lookup per token. */
export function timeWordFlags(lex: TimeLexicon, starts: ReadonlySet<string>): WordTable {
  const t = new WordTable();
  for (const w of lex.triggers) t.or(w, TRIGGER);
  for (const w of starts) t.or(w, START);
  for (const m of [lex.months, lex.weekdays, lex.seasons, lex.ordinals, lex.parts]) for (const w of m.keys()) t.or(w, PIECE);
  for (const m of [lex.relDays, lex.weekdays, lex.shifts, lex.weekends]) for (const w of m.keys()) t.or(w, REL_HEAD);
  for (const w of lex.numbers.keys()) t.or(w, NUMBER_WORD);
  for (const w of lex.bounds.keys()) t.or(w, BOUND_WORD);
  return t;
}

/** Whether a norm starts with an ASCII digit (what every numeric pattern of the grammar needs). */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
