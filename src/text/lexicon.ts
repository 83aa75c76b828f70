import type { Doc, DocLexemes, LexemeSpace, Token } from '../model/types.js';

/**
 * The words a pipeline has read, each with a small integer id (spaCy's vocabulary of lexemes):
 * the text stage looks each token's norm up once, and the later stages keep what they know of a
 * word in arrays indexed by that id (LexemeTable) instead of hashing the norm again each.
 *
 * Bounded, so memory stays flat however big the corpus: when it holds `limit` words it starts
 * afresh before the next document and bumps `generation`, which empties every table made on it.
 */
export class Lexicon implements LexemeSpace {
  private ids = new Map<string, number>();
  /** Incremented each time the ids start afresh. */
  generation = 0;

  constructor(readonly limit = 250_000) {}

  /** Number of ids handed out in this generation (ids run 0..size-1). */
  get size(): number {
    return this.ids.size;
  }

  /** Lexeme ids of `tokens`, by token index. */
  assign(tokens: readonly Token[]): Int32Array {
    if (this.ids.size >= this.limit) {
      this.ids = new Map();
      this.generation++;
    }
    const ids = this.ids;
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const norm = tokens[i].norm;
      let id = ids.get(norm);
      if (id === undefined) ids.set(norm, (id = ids.size));
      out[i] = id;
    }
    return out;
  }
}

/**
 * The lexeme ids of the document's tokens: those the text stage gave, or, for a document
 * tokenized some other way (or whose tokens were replaced since), ids from a lexicon of its own.
 */
export function lexemesOf(doc: Doc): DocLexemes {
  const given = doc.lexemes;
  if (given !== undefined && given.tokens === doc.tokens) return given;
  const lexicon = new Lexicon();
  return (doc.lexemes = { lexicon, tokens: doc.tokens, ids: lexicon.assign(doc.tokens) });
}

/**
 * What one stage knows of each word, by lexeme id, made on first sight of the word and kept for
 * the next documents: `sync` at the start of each document empties it when the document's
 * lexicon is another one or has started afresh.
 */
export class LexemeTable<T> {
  private values: (T | undefined)[] = [];
  private lexicon: LexemeSpace | null = null;
  private generation = -1;

  /** Readies the table for ids of `lexicon`; returns the value array (undefined: not known yet). */
  sync(lexicon: LexemeSpace): (T | undefined)[] {
    if (lexicon !== this.lexicon || lexicon.generation !== this.generation) {
      this.values = [];
      this.lexicon = lexicon;
      this.generation = lexicon.generation;
    }
    // Grown one slot at a time up to the lexicon's size, so the array stays packed, not a dictionary.
    const values = this.values;
    for (let i = values.length; i < lexicon.size; i++) values.push(undefined);
    return values;
  }
}

/** LexemeTable for small integers, in a typed array; -1 means not known yet. */
export class LexemeInts {
  private values = new Int32Array(0);
  private lexicon: LexemeSpace | null = null;
  private generation = -1;

  sync(lexicon: LexemeSpace): Int32Array {
    const fresh = lexicon !== this.lexicon || lexicon.generation !== this.generation;
    if (fresh || this.values.length < lexicon.size) {
      const grown = new Int32Array(Math.max(1024, 2 * lexicon.size)).fill(-1);
      if (!fresh) grown.set(this.values);
      this.values = grown;
      this.lexicon = lexicon;
      this.generation = lexicon.generation;
    }
    return this.values;
  }

  /** Forgets every value (for a caller whose own answers changed). */
  clear(): void {
    this.values.fill(-1);
  }
}
