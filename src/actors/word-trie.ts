import type { Hit, TrieNode } from './types.js';

export function createTrieNode(): TrieNode {
  return { next: null, hits: null };
}

/** Adds `hit` under the word sequence `keys`. */
export function trieInsert(root: TrieNode, keys: readonly string[], hit: Hit): void {
  let node = root;
  for (const k of keys) {
    if (node.next === null) node.next = new Map();
    let child = node.next.get(k);
    if (child === undefined) {
      child = createTrieNode();
      node.next.set(k, child);
    }
    node = child;
  }
  if (node.hits === null) node.hits = [];
  if (!node.hits.some((h) => h.form === hit.form && h.ref === hit.ref && h.surface === hit.surface)) node.hits.push(hit);
}

/** Every prefix match starting at `keys[from]`: [end index (exclusive), hits], longest last. */
export function trieWalk(root: TrieNode, keyAt: (i: number) => string | null, from: number, to: number): [number, Hit[]][] {
  const out: [number, Hit[]][] = [];
  let node: TrieNode | undefined = root;
  for (let i = from; i < to && node?.next; i++) {
    const k = keyAt(i);
    if (k === null) break;
    node = node.next.get(k);
    if (node === undefined) break;
    if (node.hits !== null) out.push([i + 1, node.hits]);
  }
  return out;
}
