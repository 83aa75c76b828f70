import type { MentionType } from '../model/types.js';

/** One dated role of an actor: the code it takes between `from` and `to` (ISO dates, inclusive). */
export interface RoleSpec {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * An entity line of the dictionary format (docs/formats/actor-dictionary.md).
 * `names` match case-folded (the first letter must be a capital in the text); `exact` only
 * letter for letter (USG, NK); `adjectives`/`plurals` are demonyms; `capitals` are metonyms
 * for the government ("Moscow said").
 */
export interface EntityRecord {
  readonly kind: 'entity';
  readonly id: string;
  readonly type: MentionType;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  readonly org?: string | null;
  readonly sector?: string | null;
  readonly names?: readonly string[];
  readonly exact?: readonly string[];
  readonly adjectives?: readonly string[];
  readonly plurals?: readonly string[];
  readonly capitals?: readonly string[];
  readonly roles?: readonly RoleSpec[];
  /** States an ethnic group or region lives in; the one the document is about wins. */
  readonly countries?: readonly string[];
}

/** A sector word: "troops" -> MIL. `type` is the mention type of a combined mention. */
export interface AgentRecord {
  readonly kind: 'agent';
  readonly names: readonly string[];
  readonly sector: string;
  readonly type?: MentionType;
}

/** A title introducing a person ("Ambassador", "Presidential Advisor"). */
export interface TitleRecord {
  readonly kind: 'title';
  readonly names: readonly string[];
  readonly sector: string;
}

/** The last word of an organisation or facility name ("University" -> EDU organization). */
export interface HeadRecord {
  readonly kind: 'head';
  readonly names: readonly string[];
  readonly sector: string | null;
  readonly type: MentionType;
  /** The head comes first and takes its name after "of" ("the port of Kulevi"). */
  readonly before?: boolean;
}

export type DictionaryRecord = EntityRecord | AgentRecord | TitleRecord | HeadRecord;

/** A loaded entity, ready for the matcher. */
export interface Entity {
  readonly id: string;
  readonly type: MentionType;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  readonly org: string | null;
  readonly sector: string | null;
  readonly roles: readonly RoleSpec[];
  readonly countries: readonly string[];
}

/** How a dictionary form relates to its entry. */
export type HitForm = 'name' | 'exact' | 'adjective' | 'plural' | 'capital' | 'agent' | 'title' | 'head';

export interface Hit {
  readonly form: HitForm;
  /** Entity id for entity forms; sector for agent/title/head forms. */
  readonly ref: string;
  /** Exact surface form required (form 'exact'). */
  readonly surface?: string;
  readonly type?: MentionType;
  readonly before?: boolean;
  /**
   * The entity of an entity form, resolved when the dictionary is built so the matcher need not
   * look `ref` up (null for sector words). Every hit has all six fields, so they share one shape.
   */
  entity: Entity | null;
}

export interface TrieNode {
  /** The first child, kept inline. */
  key: string | null;
  child: TrieNode | null;
  /** Further children. */
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
  /**
   * hits[0] when it is the only hit (most nodes), else null: the matcher reads it here, one
   * object nearer than through the array (fewer memory loads on the hottest path of the stage).
   */
  one: Hit | null;
  /**
   * Bits (length & 31) and (first char code & 31) of the keys of all children: a key missing
   * either bit is no child, known without the map lookup (see mayHaveChild in word-trie.ts).
   */
  lens: number;
  firsts: number;
}

export interface ActorDictionary {
  readonly entities: ReadonlyMap<string, Entity>;
  /** Word-level trie over folded token keys. */
  readonly trie: TrieNode;
  /** Single-word proper names by length, for near-miss spellings ("Khazakhstan"). */
  readonly nearMiss: ReadonlyMap<number, readonly { key: string; id: string }[]>;
  /** Files the dictionary was loaded from. */
  readonly files: readonly string[];
}
