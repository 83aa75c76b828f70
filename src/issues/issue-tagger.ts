import type { Doc, Token } from '../model/types.js';
import { LexemeTable, lexemesOf } from '../text/lexicon.js';
import type { IssueTaxonomy } from './taxonomy.js';

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Prefix edges bucketed by their first two letters (as one number), so a token checks only a few stems. */
  prefixes: Map<number, Array<[stem: string, node: TrieNode]>>;
  issues: string[];
}

const node = (): TrieNode => ({ exact: new Map(), prefixes: new Map(), issues: [] });

const NONE: readonly TrieNode[] = [];

/** The first two UTF-16 units of a word as one number: a Map key that needs no string slice. */
const twoLetters = (w: string): number => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);

/** Finds the issues a run of tokens touches, with one word-level trie built from the taxonomy. */
export class IssueTagger {
  private readonly root = node();

  constructor(taxonomy: IssueTaxonomy) {
    for (const issue of taxonomy.issues) {
      for (const term of issue.terms) this.add(term.toLowerCase().split(/\s+/), issue.id);
    }
  }

  private add(words: string[], issue: string): void {
    let at = this.root;
    for (const w of words) {
      if (w.endsWith('*')) {
        const stem = w.slice(0, -1);
        if (stem.length < 2) throw new Error(`issue term "${words.join(' ')}": a prefix needs at least two letters`);
        const key = twoLetters(stem);
        const bucket = at.prefixes.get(key) ?? [];
        at.prefixes.set(key, bucket);
        let next = bucket.find(([s]) => s === stem)?.[1];
        if (next === undefined) {
          next = node();
          bucket.push([stem, next]);
        }
        at = next;
      } else {
        let next = at.exact.get(w);
        if (next === undefined) {
          next = node();
          at.exact.set(w, next);
        }
        at = next;
      }
    }
    if (!at.issues.includes(issue)) at.issues.push(issue);
  }

  /**
   * The nodes each word reaches from the root, by word id (src/text/lexicon.ts): most words of a
   * text start no term, and words repeat, so most tokens cost one array read here.
   */
  private readonly starts = new LexemeTable<readonly TrieNode[]>();

  /** Issue ids touched by tokens [from, to) of the document, in taxonomy order of first match. */
  tag(doc: Doc, from: number, to: number): string[] {
    const found: string[] = [];
    const tokens = doc.tokens;
    const lexemes = lexemesOf(doc);
    const lexIds = lexemes.ids;
    const starts = this.starts.sync(lexemes.lexicon);
    for (let i = from; i < to; i++) {
      let nodes = starts[lexIds[i]];
      if (nodes === undefined) {
        const reached: TrieNode[] = [];
        this.step(tokens[i].norm, this.root, reached);
        starts[lexIds[i]] = nodes = reached.length ? reached : NONE;
      }
      for (let k = 0; k < nodes.length; k++) this.reach(tokens, i, to, nodes[k], found);
    }
    return found;
  }

  /** The nodes one word leads to from `at`: its exact edge, then every matching prefix edge. */
  private step(norm: string, at: TrieNode, reached: TrieNode[]): void {
    const exact = at.exact.get(norm);
    if (exact !== undefined) reached.push(exact);
    if (at.prefixes.size === 0 || norm.length < 2) return;
    const bucket = at.prefixes.get(twoLetters(norm));
    if (bucket === undefined) return;
    for (const [stem, next] of bucket) if (norm.startsWith(stem)) reached.push(next);
  }

  /** Goes on from a multi-word term's inner node (rare: only inside a term). */
  private walk(tokens: readonly Token[], i: number, to: number, at: TrieNode, found: string[]): void {
    if (i >= to) return;
    const reached: TrieNode[] = [];
    this.step(tokens[i].norm, at, reached);
    for (const next of reached) this.reach(tokens, i, to, next, found);
  }

  private reach(tokens: readonly Token[], i: number, to: number, at: TrieNode, found: string[]): void {
    for (const id of at.issues) if (!found.includes(id)) found.push(id);
    this.walk(tokens, i + 1, to, at, found);
  }
}

/** Tags each event with its sentence's issues and the document with all of them, most frequent first. */
export function tagIssues(doc: Doc, tagger: IssueTagger): void {
  const bySentence: string[][] = [];
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    const ids = tagger.tag(doc, s.tokenStart, s.tokenEnd);
    bySentence[s.index] = ids;
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const e of doc.events) e.issues = bySentence[e.sentence] ?? [];
  doc.issues = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
