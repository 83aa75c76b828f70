import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictionary } from './build-dictionary.js';
import { ActorDictionaryError, DICT_ERRORS } from './dictionary-error.js';
import { parseDictionary } from './parse-dictionary.js';
import type { ActorDictionary, DictionaryRecord } from './types.js';

/** data/actors relative to this module, from src/actors or dist/actors alike. */
export const DEFAULT_ACTOR_DIR = fileURLToPath(new URL('../../data/actors/', import.meta.url));

export interface LoadActorOptions {
  /** User dictionaries (our format, e.g. written by `dyad dict import`), loaded after the built-in one. */
  readonly extraFiles?: readonly string[];
  /** Folder of the built-in dictionary (every *.jsonl in it); defaults to data/actors. */
  readonly dir?: string;
}

/** Loads the built-in actor dictionary plus any user files and builds the matcher's trie. */
export function loadActorDictionary(opts: LoadActorOptions = {}): ActorDictionary {
  const dir = opts.dir ?? DEFAULT_ACTOR_DIR;
  const builtIn = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
  const files = [...builtIn, ...(opts.extraFiles ?? [])];
  const records: DictionaryRecord[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ActorDictionaryError(DICT_ERRORS.unreadable, file, 0, (err as Error).message);
    }
    for (const r of parseDictionary(text, file)) records.push(r);
  }
  return buildDictionary(records, files);
}
