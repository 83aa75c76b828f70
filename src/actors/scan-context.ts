import type { Doc, Sentence } from '../model/types.js';
import { foldKey } from './fold-key.js';
import type { ActorDictionary, Entity, Hit, TrieNode } from './types.js';
import { isCap, type Draft } from './draft.js';
import { trieChild } from './word-trie.js';
import { LexemeTable, lexemesOf } from '../text/lexicon.js';

/** A token's trie key and the trie node it leads to from the root (null: no name starts with it). */
export interface TokenEntry {
  readonly key: string;
  readonly root: TrieNode | null;
  /**
   * `root` when some hit under it can fit a span whose first token is not capitalised, else
   * null: "the", "said", "as" start names ("The Hague") but only with a capital, so written in
   * lower case they need no trie walk.
   */
  readonly lowerRoot: TrieNode | null;
  /** The near-miss place id of the norm (see near-miss.ts), once asked for; undefined until then. */
  near: string | null | undefined;
  /** F_LINK, F_TWO or F_BODY when the word is one of theirs, else 0 (see wordFlagsOf). */
  readonly wordFlags: number;
}

/** Nouns that may stand for the body named last ("the alliance", "the bloc"): see combine.ts resolveBodies. */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['alliance', 'bloc', 'union', 'organization', 'organisation', 'council', 'commission', 'agency', 'court']);

/** The flags a word carries wherever it stands, worked out once per word form. */
function wordFlagsOf(norm: string): number {
  if (norm === 'of') return F_LINK;
  if (norm === 'two' || norm === 'both') return F_TWO;
  return BODY_NOUNS.has(norm) ? F_BODY : 0;
}

/** Memoised token entries for one dictionary: most tokens repeat, so each form is folded and looked up once. */
export function createTokenIndex(dict: ActorDictionary, limit = 200_000): (norm: string) => TokenEntry {
  let cache = new Map<string, TokenEntry>();
  // Root children found to fit lower case, or not: each is walked once per stage.
  const fitsLower = new Map<TrieNode, boolean>();
  return (norm) => {
    let e = cache.get(norm);
    if (e === undefined) {
      if (cache.size >= limit) cache = new Map();
      const key = foldKey(norm);
      const root = trieChild(dict.trie, key) ?? null;
      let lower = false;
      if (root !== null) {
        const known = fitsLower.get(root);
        lower = known ?? fitsLowerBelow(root);
        if (known === undefined) fitsLower.set(root, lower);
      }
      // nearMissEntity gives null below six letters: known without asking.
      e = { key, root, lowerRoot: lower ? root : null, near: norm.length < 6 ? null : undefined, wordFlags: wordFlagsOf(norm) };
      cache.set(norm, e);
    }
    return e;
  };
}

/** Whether some hit at or under `node` can fit a span whose first token is not capitalised. */
function fitsLowerBelow(node: TrieNode): boolean {
  const stack: TrieNode[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.hits !== null) for (const h of n.hits) if (hitFitsLower(h)) return true;
    if (n.child !== null) stack.push(n.child);
    if (n.next !== null) for (const c of n.next.values()) stack.push(c);
  }
  return false;
}

/** hitFits (scan-dictionary.ts) for an uncapitalised first token: sector words, and exact forms that start in lower case. */
function hitFitsLower(h: Hit): boolean {
  if (h.form === 'agent' || h.form === 'title' || h.form === 'head') return true;
  // An exact form fits only text that starts with its own first letter.
  if (h.form === 'exact') return h.surface !== undefined && h.surface !== '' && !isCap(h.surface);
  return false;
}

// Per-token facts the sentence passes test again and again, made once per document in the loop
// that looks tokens up: the passes then read one byte instead of the token and its strings.
/** isCap(text): the first letter is a capital. */
export const F_CAP = 1;
/** shape === 'word'. */
export const F_WORD = 2;
/** The first character is an ASCII capital (A-Z). */
export const F_ASCII_UPPER = 4;
/** The first character is not ASCII. */
export const F_HIGH = 8;
/** text === ',' or norm === 'of' (what can follow a name in apposition). */
export const F_LINK = 16;
/** norm === 'two' or 'both' ("the two countries", "both sides"). */
export const F_TWO = 32;
/** A noun of BODY_NOUNS ("the alliance"). */
export const F_BODY = 128;
/** A hyphen or apostrophe, which names may be written with or without ("Jean-Bertrand", "Workers' Party"). */
export const F_JOINER = 64;

/** norm -> trie key through `index`. */
export function keyOf(index: (norm: string) => TokenEntry): (norm: string) => string {
  return (norm) => index(norm).key;
}

/** What the actor stage remembers while it walks a document in order. */
export interface ScanContext {
  readonly doc: Doc;
  readonly dict: ActorDictionary;
  readonly key: (norm: string) => string;
  /**
   * The tokens that lead to a trie node from the root (the entry's `root`, or `lowerRoot` when the
   * token is not capitalised), in text order, in starts[0..startCount): only those can start a
   * name, so the matcher visits them instead of testing every token.
   */
  readonly starts: Int32Array;
  readonly startCount: number;
  /**
   * Token index entry of each token that may be part of a name (null for other punctuation); may
   * run past the last token. Its `key` is the token's trie key (null entry: no name can contain it).
   */
  readonly entries: readonly (TokenEntry | null)[];
  /** Mentions of each state so far (alpha-3 -> count), to pick "the two countries". */
  readonly countryCounts: Map<string, number>;
  /** The previous sentence's drafts, for "the two leaders" after it ("Sargsyan met Gul. The two leaders ..."). */
  lastDrafts: readonly Draft[];
  /** Surname key -> the person last named with it (known or discovered). */
  readonly persons: Map<string, Entity>;
  /**
   * Bit (length & 31) of every key of `persons`, and bit (first char code & 31): a word whose
   * key misses either bit is no surname named so far, known without hashing it (see mayBePerson).
   */
  personLengths: number;
  personFirsts: number;
  /** Entities made up for this document (discovered people, organisations, places). */
  readonly discovered: Map<string, Entity>;
  /** Year of the sentence being scanned (its own, else the document's), for dated roles. */
  year: number | null;
  /** State of the armed forces named last ("Russian units began to leave ... The last of them, the 104th Division"). */
  lastForce: string | null;
  /** The intergovernmental body named last ("NATO ... the alliance"). */
  lastBody: Entity | null;
  /** Scratch buffer of `claimedMask`, reused for every sentence of the document (grown as needed). */
  mask: Uint8Array;
  /** Scratch buffer of `capitalsOf` (discover.ts), reused like `mask`. */
  caps: Int32Array;
  /** Indices of the tokens that read as a year (1800-2099), in text order. */
  readonly years: readonly number[];
  /** The year of the document's date (null without one): what sentences with no year of their own take. */
  readonly docYear: number | null;
  /** F_* bits of each token; may run past the last token. */
  readonly flags: Uint8Array;
  /** The F_* bits of all the document's tokens or-ed: a pass whose bit no token has can be skipped. */
  readonly flagsSeen: number;
  /**
   * Indices of the tokens flagged F_TWO or F_BODY ("two", "both", "alliance" ...), in text order:
   * the passes that look for them walk this short list instead of sweeping every sentence.
   */
  readonly rare: readonly number[];
}

/**
 * Per-token arrays kept by a stage from one document to the next (grown as needed), so a
 * document does not allocate four token-sized arrays: only indices below the current
 * document's token count are meaningful.
 */
export interface TokenBuffers {
  entries: (TokenEntry | null)[];
  starts: Int32Array;
  flags: Uint8Array;
  /** Token entries by word id (src/text/lexicon.ts), so a word seen before costs no hash lookup. */
  readonly byLexeme: LexemeTable<TokenEntry>;
  /**
   * The sentence scratch buffers (ScanContext.mask and .caps), kept here between documents:
   * a typed array of more than 64 bytes has its own backing store, slow to make and to free,
   * and they were made anew for every document. findMentions stores back the grown ones.
   */
  mask: Uint8Array;
  caps: Int32Array;
}

export function createTokenBuffers(): TokenBuffers {
  return { entries: [], starts: new Int32Array(0), flags: new Uint8Array(0), byLexeme: new LexemeTable(), mask: new Uint8Array(64), caps: new Int32Array(64) };
}

/** `buffers` with room for n tokens. */
function reserve(buffers: TokenBuffers, n: number): TokenBuffers {
  if (buffers.flags.length < n) {
    const size = Math.max(n, 2 * buffers.flags.length);
    buffers.entries = new Array(size).fill(null);
    buffers.starts = new Int32Array(size);
    buffers.flags = new Uint8Array(size);
  }
  return buffers;
}

export function createScanContext(
  doc: Doc,
  dict: ActorDictionary,
  index: (norm: string) => TokenEntry,
  // One function per stage, not per document: a fresh closure per call would be a new constant
  // to the optimised callers each time (V8 drops such code when the old closure dies).
  key: (norm: string) => string = keyOf(index),
  // Reused across documents by the stage; the default makes fresh ones.
  buffers: TokenBuffers = createTokenBuffers(),
): ScanContext {
  const tokens = doc.tokens;
  const n = tokens.length;
  const { entries, starts, flags } = reserve(buffers, n);
  let startCount = 0;
  const lexemes = lexemesOf(doc);
  const lexIds = lexemes.ids;
  const known = buffers.byLexeme.sync(lexemes.lexicon);
  const years: number[] = [];
  const rare: number[] = [];
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const shape = t.shape;
    const text = t.text;
    const c = text.charCodeAt(0);
    // text === '-' and the like by the first character: a string compare per token cost more.
    const single = text.length === 1;
    let f = 0;
    if (c >= 65 && c <= 90) f = F_CAP | F_ASCII_UPPER;
    else if (c > 127) f = isCap(text) ? F_CAP | F_HIGH : F_HIGH;
    if (single && (c === 45 || c === 39 || c === 0x2019)) f |= F_JOINER;
    if (shape === 'word' || shape === 'number' || (single && c === 45)) {
      const norm = t.norm;
      const id = lexIds[i];
      let e = known[id];
      if (e === undefined) known[id] = e = index(norm);
      entries[i] = e;
      if (((f & F_CAP) !== 0 ? e.root : e.lowerRoot) !== null) starts[startCount++] = i;
      if (shape === 'word') {
        f |= F_WORD | e.wordFlags;
        if ((e.wordFlags & (F_TWO | F_BODY)) !== 0) rare.push(i);
      } else if (shape === 'number' && isYear(text)) years.push(i);
    } else {
      entries[i] = null;
      // Punctuation and symbols: only "," matters (their norms are never "of" or "two").
      if (single && c === 44) f |= F_LINK;
    }
    flags[i] = f;
    seen |= f;
  }
  return {
    doc, dict, key, entries, starts, startCount, countryCounts: new Map(), lastDrafts: [], persons: new Map(), personLengths: 0, personFirsts: 0, discovered: new Map(), year: null, lastForce: null, lastBody: null,
    mask: buffers.mask, caps: buffers.caps, years, docYear: doc.date ? Number(doc.date.slice(0, 4)) : null, flags, flagsSeen: seen, rare,
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
  return ctx.docYear;
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

/** The position in ctx.starts of the first start at or after token `from`. */
export function firstStartAt(ctx: ScanContext, from: number): number {
  return lowerBound(ctx.starts, ctx.startCount, from);
}

/** The position in ctx.rare of the first token at or after `from`. */
export function firstRareAt(ctx: ScanContext, from: number): number {
  return lowerBound(ctx.rare, ctx.rare.length, from);
}

/** The first index below `n` of the ascending `xs` whose value is at least `from` (n when none). */
function lowerBound(xs: ArrayLike<number>, n: number, from: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** False when `key` is surely no key of ctx.persons (true: it may be one). */
export function mayBePerson(ctx: ScanContext, key: string): boolean {
  return ((ctx.personLengths >>> (key.length & 31)) & 1) !== 0 && ((ctx.personFirsts >>> (key.charCodeAt(0) & 31)) & 1) !== 0;
}

/** Records `e` as the person last named with surname key `key`. */
export function setPerson(ctx: ScanContext, key: string, e: Entity): void {
  // Deleted first so the key moves to the end: the map's order is the order of last mention.
  ctx.persons.delete(key);
  ctx.persons.set(key, e);
  ctx.personLengths |= 1 << (key.length & 31);
  ctx.personFirsts |= 1 << (key.charCodeAt(0) & 31);
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
