import type { Hit, TrieNode } from './types.js';

// Most nodes (the words of a person's name) have one child: it is kept inline, and a Map is
// made only for the second, which keeps load time and memory down. So a node whose `key` is
// null has no children at all (the matcher stops there without a lookup).

export function createTrieNode(): TrieNode {
  return { key: null, child: null, next: null, hits: null, one: null, lens: 0, firsts: 0 };
}

export function trieChild(node: TrieNode, key: string): TrieNode | undefined {
  if (node.key === key) return node.child ?? undefined;
  return node.next?.get(key);
}

/** False when `key` is surely no child of `node` (true: it may be one). */
export function mayHaveChild(node: TrieNode, key: string): boolean {
  return ((node.lens >>> (key.length & 31)) & 1) !== 0 && ((node.firsts >>> (key.charCodeAt(0) & 31)) & 1) !== 0;
}

function addChild(node: TrieNode, key: string): TrieNode {
  const had = trieChild(node, key);
  if (had !== undefined) return had;
  const child = createTrieNode();
  node.lens |= 1 << (key.length & 31);
  node.firsts |= 1 << (key.charCodeAt(0) & 31);
  if (node.key === null) {
    node.key = key;
    node.child = child;
  } else {
    if (node.next === null) node.next = new Map();
    node.next.set(key, child);
  }
  return child;
}

/** Adds `hit` under the word sequence `keys`. */
export function trieInsert(root: TrieNode, keys: readonly string[], hit: Hit): void {
  let node = root;
  for (const k of keys) node = addChild(node, k);
  if (node.hits === null) node.hits = [];
  if (!node.hits.some((h) => h.form === hit.form && h.ref === hit.ref && h.surface === hit.surface)) node.hits.push(hit);
  node.one = node.hits.length === 1 ? node.hits[0] : null;
}
