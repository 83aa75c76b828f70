import { tokenize } from '../text/index.js';
import { createKeyCache, foldKey } from './fold-key.js';
import type { ActorDictionary, DictionaryRecord, Entity, EntityRecord, Hit, HitForm, TrieNode } from './types.js';
import { createTrieNode, trieInsert } from './word-trie.js';

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Token norms of a dictionary form; plain ASCII words skip the tokenizer (same result, faster load). */
function formNorms(form: string): string[] {
  return PLAIN.test(form) ? form.toLowerCase().split(' ') : tokenize(form).map((t) => t.norm);
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
  surnames: Map<string, string[]>;
}

/**
 * Builds the matcher's structures from parsed records. Later records with an id already seen
 * replace the earlier entity's fields and add their forms (a user file can extend a state).
 */
export function buildDictionary(records: readonly DictionaryRecord[], files: readonly string[]): ActorDictionary {
  const b: Builder = { key: createKeyCache(), trie: createTrieNode(), entities: new Map(), nearMiss: new Map(), surnames: new Map() };
  for (const r of records) {
    if (r.kind === 'entity') addEntity(b, r);
    else addSectorWords(b, r.kind, r.names, r.sector ?? '', r.kind === 'title' ? undefined : r.type, r.kind === 'head' ? r.before : undefined);
  }
  return { entities: b.entities, trie: b.trie, nearMiss: b.nearMiss, surnames: b.surnames, files };
}

function addEntity(b: Builder, r: EntityRecord): void {
  b.entities.set(r.id, {
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
  const add = (form: string, kind: HitForm, ref = r.id): void => {
    const keys = formKeys(form, b.key);
    if (keys.length === 0) return;
    const hit: Hit = kind === 'exact' ? { form: kind, ref, surface: form } : { form: kind, ref };
    trieInsert(b.trie, keys, hit);
  };
  for (const n of [r.name, ...(r.names ?? [])]) {
    add(n, 'name');
    if (r.type === 'person' || r.type === 'country' || r.type === 'region' || r.type === 'city') indexName(b, r, n);
  }
  for (const n of r.exact ?? []) add(n, 'exact');
  for (const n of r.adjectives ?? []) add(n, 'adjective');
  for (const n of r.plurals ?? []) add(n, 'plural');
  for (const n of r.capitals ?? []) {
    const cityId = `city:${r.country ?? r.id}:${n}`;
    b.entities.set(cityId, {
      id: cityId, type: 'city', name: n, code: r.country ? `${r.country}GOV` : r.code,
      country: r.country, org: null, sector: 'GOV', roles: [], countries: [],
    });
    add(n, 'capital', cityId);
  }
}

/** Near-miss and surname indexes. */
function indexName(b: Builder, r: EntityRecord, name: string): void {
  const norms = formNorms(name);
  if (r.type === 'person' && norms.length >= 2) {
    const last = b.key(norms[norms.length - 1]);
    if (last.length >= 4) {
      const ids = b.surnames.get(last) ?? [];
      if (!ids.includes(r.id)) ids.push(r.id);
      b.surnames.set(last, ids);
    }
  }
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
      const hit: Hit = { form: kind, ref: sector, ...(type ? { type } : {}), ...(before ? { before } : {}) };
      trieInsert(b.trie, formKeys(f, b.key), hit);
    }
  }
}
