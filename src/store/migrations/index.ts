/**
 * The store's migrations, in code so they ship inside dist/ with no file-system lookups.
 * Names sort in the order they run; never rename or edit one that has shipped, add a new one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial.js';
import { sentenceSearch } from './002-sentence-search.js';
import { queryIndexes } from './003-query-indexes.js';

export type Engine = 'sqlite';

export function storeMigrations(engine: Engine): Record<string, Migration> {
  return {
    '001-initial': initial,
    '002-sentence-search': sentenceSearch(engine),
    '003-query-indexes': queryIndexes,
  };
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return { getMigrations: async () => storeMigrations(engine) };
}
