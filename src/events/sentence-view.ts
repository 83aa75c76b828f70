import type { Doc, Mention, TimeExpr, Token } from '../model/types.js';
import type { EventDictionary } from './event-dictionary.js';
import type { PatternTrie } from './pattern-trie.js';
import { LexemeInts, lexemesOf } from '../text/lexicon.js';

/** Cue sets the coder reads, resolved once from the dictionary. */
export interface Cues {
  readonly negation: ReadonlySet<string>;
  readonly no: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly aux: ReadonlySet<string>;
  readonly alleged: ReadonlySet<string>;
  readonly allegation: ReadonlySet<string>;
  readonly reported: ReadonlySet<string>;
  readonly reportVerb: ReadonlySet<string>;
  readonly denial: ReadonlySet<string>;
  readonly intended: ReadonlySet<string>;
  readonly commit: ReadonlySet<string>;
  readonly hypothetical: ReadonlySet<string>;
  readonly boundary: ReadonlySet<string>;
  readonly relative: ReadonlySet<string>;
  readonly pronoun: ReadonlySet<string>;
  readonly preposition: ReadonlySet<string>;
  readonly targetPrep: ReadonlySet<string>;
  readonly determiner: ReadonlySet<string>;
}

/** One bit per cue set, for the per-token cue masks of a view (cueAt). */
export const CUE = {
  negation: 1 << 0, no: 1 << 1, be: 1 << 2, aux: 1 << 3, alleged: 1 << 4, reported: 1 << 5, reportVerb: 1 << 6,
  denial: 1 << 7, intended: 1 << 8, commit: 1 << 9, hypothetical: 1 << 10, boundary: 1 << 11, relative: 1 << 12,
  pronoun: 1 << 13, preposition: 1 << 14, targetPrep: 1 << 15, determiner: 1 << 16, allegation: 1 << 17,
} as const satisfies Record<keyof Cues, number>;

/** The dictionary's verb forms the coder tests token words against (EventDictionary's bases and participles). */
export interface WordForms {
  readonly bases: ReadonlySet<string>;
  readonly participles: ReadonlySet<string>;
}

/** Bits of the word masks (beside the CUE bits) for a word in WordForms' bases or participles (read them with formAt). */
export const FORM = { base: 1 << 18, participle: 1 << 19 } as const;

/** The word-mask bits left for WordSets (20-31). */
const FIRST_SET_BIT = 20;
const SET_BITS = 12;
/** Every WordSet with a mask bit, in the order made (index = bit - FIRST_SET_BIT). */
const wordSets: WordSet[] = [];

/**
 * A word list of the finders ("a", "an", "the" before a noun, ...), tested on a token with wordIn:
 * a bit of the token's word mask when the view's word index holds the set, as every WordSet made
 * before indexCues does (they are module constants; indexCues runs when a coder is made), else a
 * Set lookup. The first 12 sets made get a bit; any later one is looked up.
 */
export class WordSet {
  readonly words: ReadonlySet<string>;
  /** Its word-mask bit (0: none). */
  readonly bit: number;
  /** Its place in wordSets (-1: none). */
  readonly index: number;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.index = wordSets.length < SET_BITS ? wordSets.push(this) - 1 : -1;
    this.bit = this.index >= 0 ? 1 << (FIRST_SET_BIT + this.index) : 0;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
}

/**
 * Word ids and cue bits, so a view reads each token's word once: the trie's vocabulary (cue
 * words and `forms` added to it) gives the id, `maskById[id]` the CUE bits of the sets holding
 * that word and its FORM bits.
 */
export interface WordIndex {
  readonly trie: PatternTrie<unknown>;
  readonly maskById: Int32Array;
  /** The sets the FORM bits stand for (null: no FORM bits). */
  readonly forms: WordForms | null;
  /** The WordSets of index below this have their bits in the masks. */
  readonly wordSets: number;
}

/** Adds the cue words (and the forms) to the trie's vocabulary and builds their masks. */
export function indexCues(trie: PatternTrie<unknown>, cues: Cues, forms?: WordForms): WordIndex {
  const words: [string, number][] = [];
  for (const name of Object.keys(CUE) as (keyof Cues)[]) for (const w of cues[name]) words.push([w, CUE[name]]);
  if (forms) {
    for (const w of forms.bases) words.push([w, FORM.base]);
    for (const w of forms.participles) words.push([w, FORM.participle]);
  }
  for (const set of wordSets) for (const w of set.words) words.push([w, set.bit]);
  for (const [w] of words) trie.wordId(w);
  const maskById = new Int32Array(trie.vocabularySize + 1);
  for (const [w, bit] of words) maskById[trie.wordId(w)] |= bit;
  return { trie, maskById, forms: forms ?? null, wordSets: wordSets.length };
}

export function resolveCues(dict: EventDictionary): Cues {
  const get = (name: string): ReadonlySet<string> => {
    const s = dict.cues.get(name);
    if (!s) throw new Error(`event dictionary: cue section [${name}] is missing`);
    return s;
  };
  return {
    negation: get('negation'), no: get('no'), be: get('be'), aux: get('aux'), alleged: get('alleged'), allegation: get('allegation'),
    reported: get('reported'), reportVerb: get('report-verb'), denial: get('denial'), intended: get('intended'), commit: get('commit'), hypothetical: get('hypothetical'),
    boundary: get('boundary'), relative: get('relative'), pronoun: get('pronoun'), preposition: get('preposition'),
    targetPrep: get('target-prep'), determiner: get('determiner'),
  };
}

/** One sentence with its actor mentions indexed by token, the unit the coder works on. */
export interface SentenceView {
  readonly doc: Doc;
  readonly index: number;
  readonly tokens: readonly Token[];
  /** Token range of the sentence in doc.tokens. */
  readonly ts: number;
  readonly te: number;
  /** Actor mentions of the sentence, in text order. */
  readonly mentions: readonly Mention[];
  /** Every mention of the sentence, modifiers and uncoded names included. */
  readonly allMentions: readonly Mention[];
  /** Mention covering token i, at [i - ts]. */
  readonly mentionAt: readonly (Mention | undefined)[];
  readonly cues: Cues;
  /**
   * MATCH bits of token i at [i - ts], i in [ts, te] (filled by the coder: markMatch): whether an
   * event noun matched in the sentence ends just before it, whether a verb pattern has its head on it.
   */
  readonly matchFlags: Uint8Array;
  /** The sets the FORM bits of cueMasks stand for (null: none). */
  readonly forms: WordForms | null;
  /** The WordSets of index below this have their bits in cueMasks. */
  readonly wordSets: number;
  /** Predicate index -> the predicate its infinitive governs ("ready to | impose"). */
  readonly governed: Map<number, import('./arguments.js').Predicate>;
  /** The sentence's time expressions, filled on first use. */
  times: readonly TimeExpr[] | null;
  /** CUE bits of token i's word at [i - ts] (read them with cueAt). */
  readonly cueMasks: Int32Array;
  /** Word ids of token i at [i - ts] in `wordTrie`'s vocabulary (null: not read; all 0). */
  readonly wordIds: Int32Array;
  readonly wordTrie: PatternTrie<unknown> | null;
}

/** True when token i is in the sentence and its word is in one of the cue sets `bits` names: `v.cues.X.has(normAt(v, i))`. */
export const cueAt = (v: SentenceView, i: number, bits: number): boolean => i >= v.ts && i < v.te && (v.cueMasks[i - v.ts] & bits) !== 0;

/**
 * `set.has(normAt(v, i))` for `set` the bases or participles (bit FORM.base or FORM.participle):
 * a bit test when the view's word index holds that very set (the coder's view), else the lookup.
 */
export function formAt(v: SentenceView, i: number, set: ReadonlySet<string>, bit: number): boolean {
  const forms = v.forms;
  if (forms !== null && i >= v.ts && i < v.te && (bit === FORM.base ? forms.bases : forms.participles) === set) return (v.cueMasks[i - v.ts] & bit) !== 0;
  return set.has(normAt(v, i));
}

/** `set.has(normAt(v, i))`: a bit test when the view's masks hold the set's bit. */
export function wordIn(v: SentenceView, i: number, set: WordSet): boolean {
  if (set.index >= 0 && set.index < v.wordSets && i >= v.ts && i < v.te) return (v.cueMasks[i - v.ts] & set.bit) !== 0;
  return set.words.has(normAt(v, i));
}

/** Bits of SentenceView.matchFlags. */
const MATCH = { nounEnd: 1, verbHead: 2 } as const;

/** Notes a trie match of the sentence: where an event noun ends, where a verb pattern has its head. */
export function markMatch(v: SentenceView, noun: boolean, end: number, head: number): void {
  if (noun) v.matchFlags[end - v.ts] |= MATCH.nounEnd;
  else v.matchFlags[head - v.ts] |= MATCH.verbHead;
}

/** An event noun matched in the sentence ends just before token i (`eventNounEnds.has(i)` before). */
export const eventNounEndAt = (v: SentenceView, i: number): boolean => i >= v.ts && i <= v.te && (v.matchFlags[i - v.ts] & MATCH.nounEnd) !== 0;

/** A verb pattern matched in the sentence has its head on token i (`verbHeads.has(i)` before). */
export const verbHeadAt = (v: SentenceView, i: number): boolean => i >= v.ts && i <= v.te && (v.matchFlags[i - v.ts] & MATCH.verbHead) !== 0;

/** Mentions that can be event actors: coded, and not a mere modifier ("pro-Russian"). */
export function isActor(m: Mention): boolean {
  return !m.modifier && m.code !== '' && m.tokenEnd > m.tokenStart;
}

export function createView(doc: Doc, index: number, mentions: readonly Mention[], cues: Cues, allMentions: readonly Mention[] = mentions, words?: WordIndex): SentenceView {
  return new ReusableView(cues, words).reset(doc, index, mentions, allMentions);
}

/**
 * A sentence view the coder refills for each sentence (reset), so coding a sentence allocates
 * no token-indexed array, set or map. One class for every view keeps the hot code monomorphic.
 */
export class ReusableView implements SentenceView {
  doc!: Doc;
  index = 0;
  tokens: readonly Token[] = [];
  ts = 0;
  te = 0;
  mentions: readonly Mention[] = [];
  allMentions: readonly Mention[] = [];
  /** Covers at least the current sentence; entries past it are left undefined by reset. */
  readonly mentionAt: (Mention | undefined)[] = [];
  matchFlags: Uint8Array = new Uint8Array(129);
  readonly governed = new Map<number, import('./arguments.js').Predicate>();
  times: readonly TimeExpr[] | null = null;
  cueMasks: Int32Array = new Int32Array(128);
  wordIds: Int32Array = new Int32Array(128);
  readonly wordTrie: PatternTrie<unknown> | null;
  readonly forms: WordForms | null;
  readonly wordSets: number;
  /** Entries of mentionAt the previous sentence may have set. */
  private used = 0;
  private readonly words: WordIndex | null;
  /** Trie word ids by lexeme id (src/text/lexicon.ts), so a word seen before costs no hash lookup. */
  private readonly idsByLexeme = new LexemeInts();
  /** The trie's vocabulary size when idsByLexeme was filled: a word added since may have been read as unknown. */
  private vocabularySize = -1;

  /** Without a WordIndex the cue masks come from the cue sets (one lookup per set and token). */
  constructor(readonly cues: Cues, words?: WordIndex) {
    this.words = words ?? null;
    this.wordTrie = words?.trie ?? null;
    this.forms = words?.forms ?? null;
    this.wordSets = words?.wordSets ?? 0;
  }

  /** Points the view at sentence `index`, indexing `mentions` by token. */
  reset(doc: Doc, index: number, mentions: readonly Mention[], allMentions: readonly Mention[] = mentions): this {
    const s = doc.sentences[index];
    this.doc = doc;
    this.index = index;
    this.tokens = doc.tokens;
    this.ts = s.tokenStart;
    this.te = s.tokenEnd;
    this.mentions = mentions;
    this.allMentions = allMentions;
    this.times = null;
    if (this.governed.size) this.governed.clear();
    const at = this.mentionAt;
    const n = s.tokenEnd - s.tokenStart;
    if (this.matchFlags.length <= n) this.matchFlags = new Uint8Array(2 * n + 1);
    else this.matchFlags.fill(0, 0, n + 1);
    // clear what the previous sentence left (undefined, not holes: the array stays packed)
    for (let i = 0; i < n || i < this.used; i++) at[i] = undefined;
    this.used = n;
    for (const m of mentions) {
      for (let t = Math.max(m.tokenStart, s.tokenStart); t < Math.min(m.tokenEnd, s.tokenEnd); t++) at[t - s.tokenStart] = m;
    }
    this.indexWords(n);
    return this;
  }

  private indexWords(n: number): void {
    if (this.wordIds.length < n) {
      this.wordIds = new Int32Array(2 * n);
      this.cueMasks = new Int32Array(2 * n);
    }
    const { wordIds, cueMasks } = this;
    if (this.words) {
      const { trie, maskById } = this.words;
      if (trie.vocabularySize !== this.vocabularySize) {
        this.idsByLexeme.clear();
        this.vocabularySize = trie.vocabularySize;
      }
      const lexemes = lexemesOf(this.doc);
      const byLexeme = this.idsByLexeme.sync(lexemes.lexicon);
      const lexIds = lexemes.ids;
      const { tokens, ts } = this;
      for (let k = 0; k < n; k++) {
        const lex = lexIds[ts + k];
        let id = byLexeme[lex];
        if (id < 0) byLexeme[lex] = id = trie.idOf(tokens[ts + k].norm);
        wordIds[k] = id;
        cueMasks[k] = maskById[id];
      }
      return;
    }
    for (let k = 0; k < n; k++) {
      const w = this.tokens[this.ts + k].norm;
      let mask = 0;
      for (const name of Object.keys(CUE) as (keyof Cues)[]) if (this.cues[name].has(w)) mask |= CUE[name];
      cueMasks[k] = mask;
      wordIds[k] = 0;
    }
  }
}

export const normAt = (v: SentenceView, i: number): string => (i >= v.ts && i < v.te ? v.tokens[i].norm : '');
export const mentionOf = (v: SentenceView, i: number): Mention | undefined => (i >= v.ts && i < v.te ? v.mentionAt[i - v.ts] : undefined);

const UPPER_INITIAL = /^\p{Lu}/u;
/** `/^\p{Lu}/u.test(text)` without the regex for ASCII initials (nearly every token). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_INITIAL.test(text);
}

/**
 * `/(ed|ing|en)$/.test(form)`: a past, participle or gerund ending. Read as character codes
 * (three endsWith calls per test showed in profiles: it runs for every verb match).
 */
export function inflected(form: string): boolean {
  const n = form.length;
  if (n < 2) return false;
  const a = form.charCodeAt(n - 2);
  const b = form.charCodeAt(n - 1);
  // "ed", "en" (a = e; b = d or n), or "ing"
  return (a === 101 && (b === 100 || b === 110)) || (a === 110 && b === 103 && n >= 3 && form.charCodeAt(n - 3) === 105);
}

/** `form.endsWith('ed')` by character codes. */
export function endsEd(form: string): boolean {
  const n = form.length;
  return n >= 2 && form.charCodeAt(n - 1) === 100 && form.charCodeAt(n - 2) === 101;
}

/** `form.endsWith('ing')` by character codes: the gerund test of several hot checks. */
export function endsIng(form: string): boolean {
  const n = form.length;
  return n >= 3 && form.charCodeAt(n - 1) === 103 && form.charCodeAt(n - 2) === 110 && form.charCodeAt(n - 3) === 105;
}
