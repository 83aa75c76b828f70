import type { Doc, Sentence } from '../model/types.js';
import type { ActorDictionary, Entity } from './types.js';

/** What the actor stage remembers while it walks a document in order. */
export interface ScanContext {
  readonly doc: Doc;
  readonly dict: ActorDictionary;
  readonly key: (norm: string) => string;
  /** Mentions of each state so far (alpha-3 -> count), to pick "the two countries". */
  readonly countryCounts: Map<string, number>;
  /** Surname key -> the person last named with it (known or discovered). */
  readonly persons: Map<string, Entity>;
  /** Entities made up for this document (discovered people, organisations, places). */
  readonly discovered: Map<string, Entity>;
  /** Year of the sentence being scanned (its own, else the document's), for dated roles. */
  year: number | null;
}

export function createScanContext(doc: Doc, dict: ActorDictionary, key: (norm: string) => string): ScanContext {
  return { doc, dict, key, countryCounts: new Map(), persons: new Map(), discovered: new Map(), year: null };
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;

/** A cheap year scan: the first plausible year in the sentence, else the document date's year. */
export function sentenceYear(doc: Doc, s: Sentence): number | null {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.shape === 'number' && YEAR.test(t.text)) return Number(t.text);
  }
  return doc.date ? Number(doc.date.slice(0, 4)) : null;
}

/** The state most mentioned so far, or null when there is none or a tie. */
export function mainCountry(ctx: ScanContext, exclude: string | null = null): string | null {
  let best: string | null = null;
  let bestN = 0;
  let tie = false;
  for (const [c, n] of ctx.countryCounts) {
    if (c === exclude) continue;
    if (n > bestN) {
      best = c;
      bestN = n;
      tie = false;
    } else if (n === bestN) tie = true;
  }
  return tie ? null : best;
}
