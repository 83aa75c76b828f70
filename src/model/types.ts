/**
 * The data model every stage shares. One `Doc` flows through the pipeline and owns `text`;
 * everything else (sentences, tokens, mentions, times, events) is a span over it.
 *
 * Offsets (`start`/`end`) are JavaScript string indices (UTF-16 code units) into `Doc.text`,
 * `end` exclusive. Records are plain JSON-safe data so they survive storage and HTTP as is.
 */

/** A document as ingest produces it, before any analysis. */
export interface SourceDoc {
  /** Stable id: the JSONL record's id, else the file name without its extension. */
  readonly id: string;
  readonly title: string | null;
  /** Publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  readonly date: string | null;
  /** Cleaned text: page chrome removed, newlines kept between blocks. */
  readonly text: string;
  /** Where it came from: a path, `-` for stdin, or `path#line` for a JSONL record. */
  readonly source: string;
  readonly url: string | null;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Surface form. */
  readonly text: string;
  /** Lower-cased, diacritics folded; the form dictionaries match on. */
  readonly norm: string;
  /** 'word' | 'number' | 'punct' | 'symbol'. */
  readonly shape: TokenShape;
}

export type TokenShape = 'word' | 'number' | 'punct' | 'symbol';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of the first token of the sentence in `Doc.tokens`. */
  readonly tokenStart: number;
  /** Index one past the last token of the sentence in `Doc.tokens`. */
  readonly tokenEnd: number;
}

export type MentionType =
  | 'person'
  | 'country'
  | 'organization'
  | 'region'
  | 'city'
  | 'facility'
  | 'group'
  | 'other';

/** An actor or other named entity found in the text (contract record `mention`). */
export interface Mention {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MentionType;
  /** Canonical name of the entity ("Heydar Aliyev"). */
  readonly canonical: string;
  /** Stable entity id (dictionary id, or `discovered:...`). */
  readonly entityId: string;
  /** CAMEO-style actor code: country alpha-3 then sector codes (AZEGOV), or IGO... */
  readonly code: string;
  /** ISO 3166 alpha-3 of the state the actor belongs to, or null. */
  readonly country: string | null;
  /** Short organisation code (NATO, EU, Gazprom...), or null. */
  readonly org: string | null;
  /** Primary sector code (GOV, MIL, OPP, BUS, CVL...), or null. */
  readonly sector: string | null;
  /** Token index range in `Doc.tokens` [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** True when the mention only modifies another word ("pro-Russian", "Baku-based"). */
  readonly modifier?: boolean;
  /** Set on the member mentions of a group phrase ("the two countries" -> AZE+RUS), all at one span. */
  readonly group?: string;
}

export type Granularity = 'day' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'range';

/** A temporal expression (contract record `time`). */
export interface TimeExpr {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO 8601 at the text's precision, or a range `A/B` (either side may be `..` when open). */
  readonly value: string;
  readonly granularity: Granularity;
  /** How the value was anchored: in the text itself, to the document date, or to an earlier date. */
  readonly anchor?: 'absolute' | 'document' | 'previous';
  /** True when this is a date but not one an event happens on (a lease end, a deadline). */
  readonly nonEvent?: boolean;
}

export type Modality = 'asserted' | 'alleged' | 'reported' | 'intended' | 'hypothetical';

export type Quad = 1 | 2 | 3 | 4;

/** One side of an event. */
export interface EventActor {
  readonly code: string;
  readonly country: string | null;
  readonly org: string | null;
  readonly sector: string | null;
  readonly name: string;
  readonly type: MentionType;
  /** The entity id of the mention it came from, when there is one. */
  readonly entityId?: string | null;
}

/** A coded event (contract record `event`). */
export interface DyadEvent {
  readonly sentence: number;
  readonly source: EventActor;
  readonly target: EventActor | null;
  /** CAMEO code, a string with leading zeros kept ("0874"). */
  readonly code: string;
  readonly root: string;
  readonly label: string;
  readonly quad: Quad;
  readonly goldstein: number;
  readonly plover: string | null;
  readonly date: { readonly value: string; readonly granularity: Granularity; readonly fromDocument?: boolean } | null;
  readonly negated: boolean;
  readonly modality: Modality;
  /** Issue ids of the event's sentence; the issue stage fills them in after the event stage. */
  issues: readonly string[];
  /** Offsets of the words that carry the event. */
  readonly evidence: { readonly start: number; readonly end: number };
  readonly confidence: number;
}

/** The document as it flows through the stages; each stage fills its own fields. */
export interface Doc extends SourceDoc {
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  times: TimeExpr[];
  events: DyadEvent[];
  /** Issue tags of the whole document (issue taxonomy ids). */
  issues: string[];
  /** Word ids of the tokens, given by the text stage (see src/text/lexicon.ts); absent on documents tokenized otherwise. */
  lexemes?: DocLexemes;
}

/** A vocabulary of word ids that can start afresh (src/text/lexicon.ts's Lexicon). */
export interface LexemeSpace {
  /** Number of ids handed out in this generation (ids run 0..size-1). */
  readonly size: number;
  /** Incremented each time the ids start afresh. */
  readonly generation: number;
}

/** A document's word ids: `ids[i]` is the id of `tokens[i]` in `lexicon`. */
export interface DocLexemes {
  readonly lexicon: LexemeSpace;
  readonly tokens: readonly Token[];
  readonly ids: Int32Array;
}
