import type { Doc, Mention, TimeExpr, Token } from '../model/types.js';
import type { EventDictionary } from './event-dictionary.js';

/** Cue sets the coder reads, resolved once from the dictionary. */
export interface Cues {
  readonly negation: ReadonlySet<string>;
  readonly no: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly aux: ReadonlySet<string>;
  readonly alleged: ReadonlySet<string>;
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

export function resolveCues(dict: EventDictionary): Cues {
  const get = (name: string): ReadonlySet<string> => {
    const s = dict.cues.get(name);
    if (!s) throw new Error(`event dictionary: cue section [${name}] is missing`);
    return s;
  };
  return {
    negation: get('negation'), no: get('no'), be: get('be'), aux: get('aux'), alleged: get('alleged'),
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
  /** Token indices just past every event noun matched in the sentence (filled by the coder). */
  readonly eventNounEnds: Set<number>;
  /** Predicate index -> the predicate its infinitive governs ("ready to | impose"). */
  readonly governed: Map<number, import('./arguments.js').Predicate>;
  /** The sentence's time expressions, filled on first use. */
  times: readonly TimeExpr[] | null;
}

/** Mentions that can be event actors: coded, and not a mere modifier ("pro-Russian"). */
export function isActor(m: Mention): boolean {
  return !m.modifier && m.code !== '' && m.tokenEnd > m.tokenStart;
}

export function createView(doc: Doc, index: number, mentions: readonly Mention[], cues: Cues, allMentions: readonly Mention[] = mentions): SentenceView {
  return new ReusableView(cues).reset(doc, index, mentions, allMentions);
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
  readonly eventNounEnds = new Set<number>();
  readonly governed = new Map<number, import('./arguments.js').Predicate>();
  times: readonly TimeExpr[] | null = null;
  /** Entries of mentionAt the previous sentence may have set. */
  private used = 0;

  constructor(readonly cues: Cues) {}

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
    this.eventNounEnds.clear();
    this.governed.clear();
    const at = this.mentionAt;
    const n = s.tokenEnd - s.tokenStart;
    // clear what the previous sentence left (undefined, not holes: the array stays packed)
    for (let i = 0; i < n || i < this.used; i++) at[i] = undefined;
    this.used = n;
    for (const m of mentions) {
      for (let t = Math.max(m.tokenStart, s.tokenStart); t < Math.min(m.tokenEnd, s.tokenEnd); t++) at[t - s.tokenStart] = m;
    }
    return this;
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

/** `/(ed|ing|en)$/.test(form)`: a past, participle or gerund ending. */
export const inflected = (form: string): boolean => form.endsWith('ed') || form.endsWith('ing') || form.endsWith('en');
