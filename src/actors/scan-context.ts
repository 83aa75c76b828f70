import type { Doc, Sentence } from '../model/types.js';
import { foldKey } from './fold-key.js';
import type { ActorDictionary, Entity, TrieNode } from './types.js';
import { trieChild } from './word-trie.js';

/** A token's trie key and the trie node it leads to from the root (null: no name starts with it). */
export interface TokenEntry {
  readonly key: string;
  readonly root: TrieNode | null;
}

/** Memoised token entries for one dictionary: most tokens repeat, so each form is folded and looked up once. */
export function createTokenIndex(dict: ActorDictionary, limit = 200_000): (norm: string) => TokenEntry {
  let cache = new Map<string, TokenEntry>();
  return (norm) => {
    let e = cache.get(norm);
    if (e === undefined) {
      if (cache.size >= limit) cache = new Map();
      const key = foldKey(norm);
      e = { key, root: trieChild(dict.trie, key) ?? null };
      cache.set(norm, e);
    }
    return e;
  };
}

/** What the actor stage remembers while it walks a document in order. */
export interface ScanContext {
  readonly doc: Doc;
  readonly dict: ActorDictionary;
  readonly key: (norm: string) => string;
  /** Trie key of every token of the document (null for tokens no name can contain). */
  readonly keys: readonly (string | null)[];
  /** Trie node each token leads to from the root (null when none or not a word). */
  readonly roots: readonly (TrieNode | null)[];
  /** Near-miss lookups already made (norm -> entity id or null), kept by the stage across documents. */
  readonly nearMiss: Map<string, string | null>;
  /** Mentions of each state so far (alpha-3 -> count), to pick "the two countries". */
  readonly countryCounts: Map<string, number>;
  /** Surname key -> the person last named with it (known or discovered). */
  readonly persons: Map<string, Entity>;
  /** Entities made up for this document (discovered people, organisations, places). */
  readonly discovered: Map<string, Entity>;
  /** Year of the sentence being scanned (its own, else the document's), for dated roles. */
  year: number | null;
  /** Scratch buffer of `claimedMask`, reused for every sentence of the document (grown as needed). */
  mask: Uint8Array;
  /** Indices of the tokens that read as a year (1800-2099), in text order. */
  readonly years: readonly number[];
}

export function createScanContext(
  doc: Doc,
  dict: ActorDictionary,
  index: (norm: string) => TokenEntry,
  nearMiss: Map<string, string | null> = new Map(),
): ScanContext {
  const tokens = doc.tokens;
  const n = tokens.length;
  const keys: (string | null)[] = new Array(n);
  const roots: (TrieNode | null)[] = new Array(n);
  const years: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const shape = t.shape;
    if (shape === 'word' || shape === 'number' || t.text === '-') {
      const e = index(t.norm);
      keys[i] = e.key;
      roots[i] = e.root;
      if (shape === 'number' && isYear(t.text)) years.push(i);
    } else {
      keys[i] = null;
      roots[i] = null;
    }
  }
  const key = (norm: string): string => index(norm).key;
  return {
    doc, dict, key, keys, roots, nearMiss, countryCounts: new Map(), persons: new Map(), discovered: new Map(), year: null,
    mask: new Uint8Array(64), years,
  };
}

/**
 * The first plausible year in the sentence, else the document date's year. Sentences come in
 * text order, so `cursor` (the caller's, starting at 0) walks ctx.years once per document.
 */
export function sentenceYear(ctx: ScanContext, s: Sentence, cursor: { at: number }): number | null {
  const years = ctx.years;
  let at = cursor.at;
  if (at > 0 && years[at - 1] >= s.tokenStart) at = 0; // out of order: search from the start
  while (at < years.length && years[at] < s.tokenStart) at++;
  cursor.at = at;
  if (at < years.length && years[at] < s.tokenEnd) return Number(ctx.doc.tokens[years[at]].text);
  const date = ctx.doc.date;
  return date ? Number(date.slice(0, 4)) : null;
}

/** /^(1[89]\d\d|20\d\d)$/ by character codes: it runs on every number of every sentence. */
function isYear(text: string): boolean {
  if (text.length !== 4) return false;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  const d = text.charCodeAt(3);
  const century = (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
  return century && c >= 48 && c <= 57 && d >= 48 && d <= 57;
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
