import type { TimeLexicon } from './time-lexicon.js';

/** The sentence may hold a time (a trigger word of the lexicon). */
export const TRIGGER = 1;
/** A time phrase may start at this word (see startWords). */
export const START = 2;
/** A calendar piece may start at this word: a month, weekday, season, ordinal or part name. */
export const PIECE = 4;

/**
 * What each lexicon word can be to the grammar, as bits, so the hot loops pay one lookup per
 * token instead of one per word list. Most tokens are no lexicon word; a small filter on
 * (length, first and last character) turns most of them away before the hash lookup.
 */
export class WordFlags {
  private readonly flags = new Map<string, number>();
  /** Set at filterSlot(w) for every word w of the map; other slots mean "not a word here". */
  private readonly filter = new Uint8Array(4096);
  private readonly maxLength: number;

  constructor(lex: TimeLexicon, starts: ReadonlySet<string>) {
    const add = (words: Iterable<string>, bit: number) => {
      for (const w of words) this.flags.set(w, (this.flags.get(w) ?? 0) | bit);
    };
    add(lex.triggers, TRIGGER);
    add(starts, START);
    for (const m of [lex.months, lex.weekdays, lex.seasons, lex.ordinals, lex.parts]) add(m.keys(), PIECE);
    let max = 0;
    for (const w of this.flags.keys()) {
      this.filter[filterSlot(w)] = 1;
      max = Math.max(max, w.length);
    }
    this.maxLength = max;
  }

  /** The bits of a token norm (0 when it is no lexicon word). */
  get(w: string): number {
    const n = w.length;
    if (n === 0 || n > this.maxLength || this.filter[filterSlot(w)] === 0) return 0;
    return this.flags.get(w) ?? 0;
  }
}

/** A slot of the filter from a word's length and first and last code units. */
function filterSlot(w: string): number {
  const n = w.length;
  return ((n << 9) ^ (w.charCodeAt(0) << 4) ^ w.charCodeAt(n - 1)) & 4095;
}

/** Whether a norm starts with an ASCII digit (what every numeric pattern of the grammar needs). */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
