import type { Token } from '../model/types.js';

/** Marker element: up to GAP_MAX arbitrary tokens (no clause punctuation) may stand here. */
export const GAP = '..';
export const GAP_MAX = 6;

/** What a finished path through the trie stands for. */
export interface TrieEnd<T> {
  readonly value: T;
  /** Element index of the pattern's head word (the verb or event noun). */
  readonly headElem: number;
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  gap: TrieNode<T> | null;
  readonly ends: TrieEnd<T>[];
}

export interface TrieMatch<T> {
  readonly value: T;
  /** Token indices [start, end) of the whole match, and of the head word. */
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), gap: null, ends: [] });
/** A gap never crosses clause punctuation or an infinitive marker ("opened fire to disperse ... on"). */
const GAP_STOP = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', 'to', 'after', 'before', 'following', 'despite', 'amid', 'during', 'because', 'while', 'when', 'although', 'unless', 'whereas']);

/**
 * A word-level trie over token norms. Patterns are element lists; the element `..` matches a
 * short gap ("held high-level talks" for `hold* .. talks`). Matching is a depth-first walk from
 * each start token, so cost grows with the number of live prefixes, not the number of patterns.
 */
export class PatternTrie<T> {
  private readonly root = newNode<T>();
  private size = 0;

  get patternCount(): number {
    return this.size;
  }

  /** Adds one concrete pattern; `elements` must not start or end with a gap. */
  add(elements: readonly string[], value: T, headElem: number): void {
    let node = this.root;
    for (const el of elements) {
      if (el === GAP) {
        node.gap ??= newNode<T>();
        node = node.gap;
      } else {
        let child = node.next.get(el);
        if (!child) node.next.set(el, (child = newNode<T>()));
        node = child;
      }
    }
    node.ends.push({ value, headElem });
    this.size++;
  }

  /** True when some pattern starts with this norm (the cheap candidate test). */
  startsWith(norm: string): boolean {
    return this.root.next.has(norm);
  }

  /** Every match that starts at token `start` and ends before `limit`. */
  matchAt(tokens: readonly Token[], start: number, limit: number, out: TrieMatch<T>[]): void {
    const first = this.root.next.get(tokens[start].norm);
    if (first) this.walk(tokens, first, start + 1, limit, start, [start], out);
  }

  private walk(tokens: readonly Token[], node: TrieNode<T>, pos: number, limit: number, start: number, path: number[], out: TrieMatch<T>[]): void {
    for (const e of node.ends) out.push({ value: e.value, start, end: pos, head: path[e.headElem] ?? start });
    if (pos < limit) {
      const child = node.next.get(tokens[pos].norm);
      if (child) {
        path.push(pos);
        this.walk(tokens, child, pos + 1, limit, start, path, out);
        path.pop();
      }
    }
    if (node.gap) this.walkGap(tokens, node.gap, pos, limit, start, path, out);
  }

  private walkGap(tokens: readonly Token[], gap: TrieNode<T>, pos: number, limit: number, start: number, path: number[], out: TrieMatch<T>[]): void {
    path.push(pos); // the gap occupies one element slot
    for (let p = pos; p < limit && p <= pos + GAP_MAX; p++) {
      if (p > pos && GAP_STOP.has(tokens[p - 1].norm)) break;
      const child = gap.next.get(tokens[p].norm);
      if (child) {
        path.push(p);
        this.walk(tokens, child, p + 1, limit, start, path, out);
        path.pop();
      }
    }
    path.pop();
  }
}
