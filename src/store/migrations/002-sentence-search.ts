/** Full-text search over sentence text; each engine brings its own index (FTS5 on SQLite). */
import type { Migration } from 'kysely';
import { sqliteSentenceSearch } from '../sqlite-engine.js';
import type { Engine } from './index.js';

export function sentenceSearch(engine: Engine): Migration {
  switch (engine) {
    case 'sqlite':
      return sqliteSentenceSearch;
  }
}
