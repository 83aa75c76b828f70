import { tokenize } from '../text/index.js';
import { foldKey } from './fold-key.js';
import type { ActorDictionary, DictionaryRecord, Entity, EntityRecord, Hit, HitForm, TrieNode } from './types.js';
import { createTrieNode, trieInsert } from './word-trie.js';

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Token norms of a dictionary form; plain ASCII words skip the tokenizer (same result, faster load). */
function formNorms(form: string): string[] {
  const flat = flatCopy(form);
  return PLAIN.test(flat) ? flat.toLowerCase().split(' ') : tokenize(flat).map((t) => t.norm);
}

/**
 * A flat, sequential copy of `s`, the kind of string document texts are. V8 specialises the
 * tokenizer's character reads to the string representations they have seen, and strings from
 * the dictionary files come internalized, sliced or concatenated: tokenizing those at load made
 * the reads generic for the whole run (text stage ~20% slower, bench/RESULTS.md session 5).
 */
function flatCopy(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** Token keys of a dictionary form, folded exactly as text tokens are. */
export function formKeys(form: string, key: (norm: string) => string = foldKey): string[] {
  return formNorms(form).map(key);
}

/** Regular English plurals of a sector word ("official" -> "officials", "authority" -> "authorities"). */
function plural(word: string): string | null {
  if (/(s|x|ch|sh)$/.test(word)) return null;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

interface Builder {
  key: (norm: string) => string;
  trie: TrieNode;
  entities: Map<string, Entity>;
  nearMiss: Map<number, { key: string; id: string }[]>;
  /** Ids whose entity a later record replaced: their hits are pointed at the new entity at the end. */
  replaced: Set<string> | null;
}

/**
 * Builds the matcher's structures from parsed records. Later records with an id already seen
 * replace the earlier entity's fields and add their forms (a user file can extend a state).
 */
export function buildDictionary(records: readonly DictionaryRecord[], files: readonly string[]): ActorDictionary {
  const b: Builder = { key: foldKey, trie: createTrieNode(), entities: new Map(), nearMiss: new Map(), replaced: null };
  for (const r of records) {
    if (r.kind === 'entity') addEntity(b, r);
    else addSectorWords(b, r.kind, r.names, r.sector ?? '', r.kind === 'title' ? undefined : r.type, r.kind === 'head' ? r.before : undefined);
  }
  if (b.replaced !== null) relinkHits(b.trie, b.entities, b.replaced);
  return { entities: b.entities, trie: b.trie, nearMiss: b.nearMiss, files };
}

/** Sets an entity; a repeated id (the map does not grow) is noted for `relinkHits`. */
function setEntity(b: Builder, e: Entity): Entity {
  const size = b.entities.size;
  b.entities.set(e.id, e);
  if (b.entities.size === size) (b.replaced ??= new Set()).add(e.id);
  return e;
}

/** Points the hits of replaced ids at the entity that finally holds the id. */
function relinkHits(root: TrieNode, entities: ReadonlyMap<string, Entity>, replaced: ReadonlySet<string>): void {
  const stack: TrieNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.hits !== null) for (const h of node.hits) if (h.entity !== null && replaced.has(h.ref)) h.entity = entities.get(h.ref) ?? null;
    if (node.child !== null) stack.push(node.child);
    if (node.next !== null) for (const c of node.next.values()) stack.push(c);
  }
}

// The load path runs once, mostly before the JIT warms up: plain indexed loops, no spreads
// or per-entity closures, keep it inside the 300 ms load budget.
function addEntity(b: Builder, r: EntityRecord): void {
  const entity = setEntity(b, {
    id: r.id,
    type: r.type,
    name: r.name,
    code: r.code,
    country: r.country,
    org: r.org ?? null,
    sector: r.sector ?? null,
    roles: r.roles ?? [],
    countries: r.countries ?? [],
  });
  const indexed = r.type === 'country' || r.type === 'region' || r.type === 'city';
  let norms = formNorms(r.name);
  if (indexed) indexName(b, r, norms);
  addForm(b, norms, r.name, 'name', entity);
  const names = r.names;
  if (names !== undefined) {
    for (let i = 0; i < names.length; i++) {
      norms = formNorms(names[i]);
      if (indexed) indexName(b, r, norms);
      addForm(b, norms, names[i], 'name', entity);
    }
  }
  addForms(b, r.exact, 'exact', entity);
  addForms(b, r.adjectives, 'adjective', entity);
  addForms(b, r.plurals, 'plural', entity);
  const capitals = r.capitals;
  if (capitals === undefined) return;
  for (let i = 0; i < capitals.length; i++) {
    const n = capitals[i];
    const cityId = `city:${r.country ?? r.id}:${n}`;
    const city = setEntity(b, {
      // the state's own code: Kosovo is KSV in CAMEO though its ISO code is XKX
      id: cityId, type: 'city', name: n, code: r.country ? `${/^[A-Z]{3}$/.test(r.code ?? '') ? r.code : r.country}GOV` : r.code,
      country: r.country, org: null, sector: 'GOV', roles: [], countries: [],
    });
    addForm(b, formNorms(n), n, 'capital', city);
  }
}

function addForms(b: Builder, forms: readonly string[] | undefined, kind: HitForm, entity: Entity): void {
  if (forms === undefined) return;
  for (let i = 0; i < forms.length; i++) addForm(b, formNorms(forms[i]), forms[i], kind, entity);
}

function addForm(b: Builder, norms: string[], form: string, kind: HitForm, entity: Entity): void {
  if (norms.length === 0) return;
  for (let i = 0; i < norms.length; i++) norms[i] = b.key(norms[i]);
  const surface = kind === 'exact' ? form : undefined;
  const hit: Hit = { form: kind, ref: entity.id, surface, type: undefined, before: undefined, entity };
  trieInsert(b.trie, norms, hit);
  // "Jean-Bertrand Aristide" must also match "Jean Bertrand Aristide" (the walk skips the other way).
  if (kind !== 'exact' && norms.some(isJoiner)) {
    const joined = norms.filter((k) => !isJoiner(k));
    if (joined.length > 0) trieInsert(b.trie, joined, hit);
  }
}

/** Hyphen and apostrophe tokens, which a name may be written with or without. */
function isJoiner(k: string): boolean {
  return k === '-' || k === "'" || k === '\u2019';
}

/** The near-miss index: one-word place names of six letters or more, by length. */
function indexName(b: Builder, r: EntityRecord, norms: readonly string[]): void {
  if ((r.type === 'country' || r.type === 'region' || r.type === 'city') && norms.length === 1 && norms[0].length >= 6) {
    const list = b.nearMiss.get(norms[0].length) ?? [];
    list.push({ key: norms[0], id: r.id });
    b.nearMiss.set(norms[0].length, list);
  }
}

function addSectorWords(
  b: Builder,
  kind: 'agent' | 'title' | 'head',
  names: readonly string[],
  sector: string,
  type?: Entity['type'],
  before?: boolean,
): void {
  for (const n of names) {
    const forms = [n];
    const last = n.split(' ').pop()!;
    const pl = plural(last);
    if (pl !== null && /^[a-z]/i.test(last)) forms.push(n.slice(0, n.length - last.length) + pl);
    for (const f of forms) {
      const hit: Hit = { form: kind, ref: sector, surface: undefined, type: type ? type : undefined, before: before ? before : undefined, entity: null };
      trieInsert(b.trie, formKeys(f, b.key), hit);
    }
  }
}
