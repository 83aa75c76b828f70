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

export interface TrieMatch<T> {
  readonly value: T;
  /** Token indices [start, end) of the whole match, and of the head word. */
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

/** A gap never crosses clause punctuation or an infinitive marker ("opened fire to disperse ... on"). */
const GAP_STOP = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', 'to', 'after', 'before', 'following', 'despite', 'amid', 'during', 'because', 'while', 'when', 'although', 'unless', 'whereas']);
/** Word id of every norm the trie does not know: no node has a child under it. */
const UNKNOWN = 0;
const ROOT = 1;
const FOLLOWS_WORD = 1;
const FOLLOWS_GAP = 2;
/** Bit of a word's walk flags (wordInfo): a gap stop word. */
const STOP = 4;
/** Above this many children a node's edges are binary-searched (they are sorted by word). */
const SCAN_MAX = 8;

/**
 * A word-level trie over token norms. Patterns are element lists; the element `..` matches a
 * short gap ("held high-level talks" for `hold* .. talks`). Matching is a depth-first walk from
 * each start token, so cost grows with the number of live prefixes, not the number of patterns.
 *
 * For speed, every word of the patterns (and every gap stop word) gets a small integer id, and a
 * sentence is first turned into ids (one string lookup per token); the walk then only compares
 * numbers. Nodes are integers too: node 1 is the root, the root's children are an array by word
 * id, other edges sit in one open-addressing table keyed by (node, word), gap children and
 * pattern ends in arrays by node. No Map, object or closure is touched on the walk.
 *
 * The walk reads a compact copy of all this, made on the first match after the last add
 * (compile): one Int32Array by word id and one by node, and every node's edges side by side.
 * The walk is bound by memory reads (a probe of the 1 MB edge table and three node arrays per
 * node visited were the stage's top cache misses), not by compares.
 */
export class PatternTrie<T> {
  private size = 0;
  /** Word -> id (1, 2, ...); `stops[id]` marks the gap stop words. */
  private readonly vocab = new Map<string, number>();
  private readonly stops: boolean[] = [false];
  /**
   * By word id: FOLLOWS_WORD when some pattern has it right after a word, FOLLOWS_GAP right
   * after a gap. A word without the bit has no edge of that kind, so the walk skips the probe.
   */
  private readonly follows: number[] = [0];
  /** Root child by word id, 0 for none. */
  private readonly firstById: number[] = [0];
  /** By node id (0 unused): its gap child (0: none) and the patterns ending there (null: none). */
  private readonly gapOf: number[] = [0, 0];
  private readonly endsOf: (TrieEnd<T>[] | null)[] = [null, null];
  /** By node id: whether the node stands for a gap (its children follow a gap). */
  private readonly gapNode: boolean[] = [false, false];
  /**
   * Edge table: slot k holds (node, word, child) at [4k, 4k + 3) (16 bytes: a probe reads one
   * cache line); node 0 marks a free slot. Kept at most half full.
   */
  private edgeTable = new Int32Array(4 * 1024);
  private edgeSlots = 1024;
  private edges = 0;
  /** Scratch: word ids of the range being matched, and the element path of the current walk. */
  private ids: Int32Array = new Int32Array(256);
  private path = new Int32Array(64);
  /** Whether the walk arrays below are up to date with the trie (add and new words clear it). */
  private compiled = false;
  /** By word id: [root child (0: none), FOLLOWS_WORD | FOLLOWS_GAP | STOP bits] at [2 * id, 2 * id + 2). */
  private wordInfo = new Int32Array(0);
  /**
   * By node id: [gap child (0: none), 1 when patterns end there, first edge, end edge] at
   * [4 * node, 4 * node + 4); the node's edges are (word, child) pairs at [2 * k, 2 * k + 2) of
   * walkEdges for k from first to end, sorted by word.
   */
  private nodeInfo = new Int32Array(0);
  private walkEdges = new Int32Array(0);

  constructor() {
    for (const w of GAP_STOP) this.stops[this.idFor(w)] = true;
  }

  get patternCount(): number {
    return this.size;
  }

  /** Adds one concrete pattern; `elements` must not start or end with a gap. */
  add(elements: readonly string[], value: T, headElem: number): void {
    this.compiled = false;
    let node = ROOT;
    for (const el of elements) {
      if (el === GAP) {
        if (!this.gapOf[node]) {
          this.gapOf[node] = this.newNode();
          this.gapNode[this.gapOf[node]] = true;
        }
        node = this.gapOf[node];
      } else {
        const id = this.idFor(el);
        if (node !== ROOT) this.follows[id] |= this.gapNode[node] ? FOLLOWS_GAP : FOLLOWS_WORD;
        let child = node === ROOT ? this.firstById[id] : this.child(node, id);
        if (!child) {
          child = this.newNode();
          if (node === ROOT) this.firstById[id] = child;
          else this.addEdge(node, id, child);
        }
        node = child;
      }
    }
    (this.endsOf[node] ??= []).push({ value, headElem });
    if (elements.length >= this.path.length) this.path = new Int32Array(2 * elements.length);
    this.size++;
  }

  /** True when some pattern starts with this norm (the cheap candidate test). */
  startsWith(norm: string): boolean {
    return this.firstById[this.idOf(norm)] !== 0;
  }

  /** Every match that starts at token `start` and ends before `limit`. */
  matchAt(tokens: readonly Token[], start: number, limit: number, out: TrieMatch<T>[]): void {
    if (!this.compiled) this.compile();
    this.loadIds(tokens, start, limit);
    this.matchLoaded(start, start, limit, out);
  }

  /** Every match inside tokens [from, limit), by start token: matchAt for each token, the ids read once. */
  matchRange(tokens: readonly Token[], from: number, limit: number, out: TrieMatch<T>[]): void {
    if (!this.compiled) this.compile();
    this.loadIds(tokens, from, limit);
    for (let i = from; i < limit; i++) this.matchLoaded(from, i, limit, out);
  }

  /** matchRange over word ids the caller has read already (wordIds; `ids[0]` is token `from`). */
  matchIds(ids: Int32Array, from: number, limit: number, out: TrieMatch<T>[]): void {
    if (!this.compiled) this.compile();
    const own = this.ids;
    this.ids = ids;
    const wordInfo = this.wordInfo;
    // most tokens start no pattern: test that inline, walk only from the others
    for (let i = from; i < limit; i++) if (wordInfo[2 * ids[i - from]] !== 0) this.matchLoaded(from, i, limit, out);
    this.ids = own;
  }

  /**
   * Id of a word, registering it when new: callers may index more words (cue words) so one
   * lookup per token serves them too. A word no pattern uses starts and continues nothing.
   */
  wordId(word: string): number {
    return this.idFor(word);
  }

  /** Number of word ids handed out (ids run 1..vocabularySize; 0 is every other word). */
  get vocabularySize(): number {
    return this.vocab.size;
  }

  /** Word ids of tokens [from, limit) into `into` (index 0 is token `from`); `into` must be long enough. */
  wordIds(tokens: readonly Token[], from: number, limit: number, into: Int32Array): void {
    for (let i = from; i < limit; i++) into[i - from] = this.idOf(tokens[i].norm);
  }

  private idFor(word: string): number {
    let id = this.vocab.get(word);
    if (id === undefined) {
      this.vocab.set(word, (id = this.vocab.size + 1));
      this.compiled = false;
      // both arrays grow one id at a time, so they stay dense (a far write would make them hash tables)
      this.stops[id] = false;
      this.firstById[id] = 0;
      this.follows[id] = 0;
    }
    return id;
  }

  /** Id of a word (0 when no pattern or cue word is it), without registering it. */
  idOf(norm: string): number {
    return this.vocab.get(norm) ?? UNKNOWN;
  }

  private newNode(): number {
    this.gapOf.push(0);
    this.endsOf.push(null);
    this.gapNode.push(false);
    return this.gapOf.length - 1;
  }

  private slot(node: number, word: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & (this.edgeSlots - 1);
  }

  /** The child of `node` (not the root) under word id `word`, 0 for none. */
  private child(node: number, word: number): number {
    if (word === UNKNOWN) return 0;
    const table = this.edgeTable;
    const mask = this.edgeSlots - 1;
    for (let k = this.slot(node, word); ; k = (k + 1) & mask) {
      const n = table[4 * k];
      if (n === 0) return 0;
      if (n === node && table[4 * k + 1] === word) return table[4 * k + 2];
    }
  }

  private addEdge(node: number, word: number, child: number): void {
    if (2 * (this.edges + 1) > this.edgeSlots) this.growEdges();
    const table = this.edgeTable;
    const mask = this.edgeSlots - 1;
    let k = this.slot(node, word);
    while (table[4 * k] !== 0) k = (k + 1) & mask;
    table[4 * k] = node;
    table[4 * k + 1] = word;
    table[4 * k + 2] = child;
    this.edges++;
  }

  private growEdges(): void {
    const old = this.edgeTable;
    this.edgeSlots *= 2;
    this.edgeTable = new Int32Array(4 * this.edgeSlots);
    this.edges = 0;
    for (let k = 0; k < old.length; k += 4) if (old[k] !== 0) this.addEdge(old[k], old[k + 1], old[k + 2]);
  }

  /** Builds the walk's arrays (wordInfo, nodeInfo, walkEdges) from the trie as it is now. */
  private compile(): void {
    const words = this.vocab.size + 1;
    const wordInfo = new Int32Array(2 * words);
    for (let id = 0; id < words; id++) {
      wordInfo[2 * id] = this.firstById[id];
      wordInfo[2 * id + 1] = this.follows[id] | (this.stops[id] ? STOP : 0);
    }
    const nodes = this.gapOf.length;
    const table = this.edgeTable;
    const counts = new Int32Array(nodes);
    for (let k = 0; k < table.length; k += 4) if (table[k] !== 0) counts[table[k]]++;
    const nodeInfo = new Int32Array(4 * nodes);
    let at = 0;
    for (let n = 0; n < nodes; n++) {
      nodeInfo[4 * n] = this.gapOf[n];
      nodeInfo[4 * n + 1] = this.endsOf[n] !== null ? 1 : 0;
      nodeInfo[4 * n + 2] = nodeInfo[4 * n + 3] = at;
      at += counts[n];
    }
    const edges = new Int32Array(2 * at);
    for (let k = 0; k < table.length; k += 4) {
      if (table[k] === 0) continue;
      // insert (word, child) into its node's run, kept sorted by word
      const o = 4 * table[k];
      let e = nodeInfo[o + 3]++;
      for (; e > nodeInfo[o + 2] && edges[2 * e - 2] > table[k + 1]; e--) {
        edges[2 * e] = edges[2 * e - 2];
        edges[2 * e + 1] = edges[2 * e - 1];
      }
      edges[2 * e] = table[k + 1];
      edges[2 * e + 1] = table[k + 2];
    }
    this.wordInfo = wordInfo;
    this.nodeInfo = nodeInfo;
    this.walkEdges = edges;
    this.compiled = true;
  }

  /** The child of `node` (not the root) under word id `word`, 0 for none: `child` over the compiled edges. */
  private walkChild(node: number, word: number): number {
    const edges = this.walkEdges;
    let lo = this.nodeInfo[4 * node + 2];
    let hi = this.nodeInfo[4 * node + 3];
    if (hi - lo <= SCAN_MAX) {
      for (; lo < hi; lo++) if (edges[2 * lo] === word) return edges[2 * lo + 1];
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const w = edges[2 * mid];
      if (w === word) return edges[2 * mid + 1];
      if (w < word) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /** Word ids of tokens [from, limit) into `ids` (index 0 is token `from`). */
  private loadIds(tokens: readonly Token[], from: number, limit: number): void {
    if (this.ids.length < limit - from) this.ids = new Int32Array(2 * (limit - from));
    this.wordIds(tokens, from, limit, this.ids);
  }

  /** Matches from token `start`; `ids` holds the ids of tokens from `base` on. */
  private matchLoaded(base: number, start: number, limit: number, out: TrieMatch<T>[]): void {
    const first = this.wordInfo[2 * this.ids[start - base]];
    if (first === 0) return;
    this.path[0] = start;
    this.walk(base, first, start + 1, limit, start, 1, out);
  }

  /** `path[0, depth)`: the token where each element of the pattern so far begins. */
  private walk(base: number, node: number, pos: number, limit: number, start: number, depth: number, out: TrieMatch<T>[]): void {
    const info = this.nodeInfo;
    if (info[4 * node + 1] !== 0) {
      const ends = this.endsOf[node]!;
      for (let k = 0; k < ends.length; k++) {
        const e = ends[k];
        out.push({ value: e.value, start, end: pos, head: e.headElem < depth ? this.path[e.headElem] : start });
      }
    }
    if (pos < limit && (this.wordInfo[2 * this.ids[pos - base] + 1] & FOLLOWS_WORD) !== 0) {
      const child = this.walkChild(node, this.ids[pos - base]);
      if (child !== 0) {
        this.path[depth] = pos;
        this.walk(base, child, pos + 1, limit, start, depth + 1, out);
      }
    }
    const gap = info[4 * node];
    if (gap !== 0) this.walkGap(base, gap, pos, limit, start, depth, out);
  }

  private walkGap(base: number, gap: number, pos: number, limit: number, start: number, depth: number, out: TrieMatch<T>[]): void {
    this.path[depth] = pos; // the gap occupies one element slot
    const wordInfo = this.wordInfo;
    for (let p = pos; p < limit && p <= pos + GAP_MAX; p++) {
      if (p > pos && (wordInfo[2 * this.ids[p - 1 - base] + 1] & STOP) !== 0) break;
      if ((wordInfo[2 * this.ids[p - base] + 1] & FOLLOWS_GAP) === 0) continue;
      const child = this.walkChild(gap, this.ids[p - base]);
      if (child !== 0) {
        this.path[depth + 1] = p;
        this.walk(base, child, p + 1, limit, start, depth + 2, out);
      }
    }
  }
}
