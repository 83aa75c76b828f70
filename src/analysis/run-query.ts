import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** What the analysis queries need from an open store: the Kysely instance and its raw handle. */
export interface AnalysisDb {
  readonly db: Kysely<Database>;
  readonly sqlite: BetterSqlite3.Database;
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * Builds SQL with Kysely (so filters are the store's own) but runs it synchronously through
 * better-sqlite3 with a cached prepared statement: aggregate queries skip the async driver hop.
 */
export function runQuery<T>(adb: AnalysisDb, query: Compilable<unknown>): T[] {
  const { sql, parameters } = query.compile();
  let cache = statements.get(adb.sqlite);
  if (cache === undefined) {
    cache = new Map();
    statements.set(adb.sqlite, cache);
  }
  let stmt = cache.get(sql);
  if (stmt === undefined) {
    stmt = adb.sqlite.prepare(sql);
    if (cache.size > 500) cache.clear();
    cache.set(sql, stmt);
  }
  return stmt.all(...(parameters as unknown[])) as T[];
}
