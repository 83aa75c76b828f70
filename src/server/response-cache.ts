import type BetterSqlite3 from 'better-sqlite3';

/**
 * Answers of expensive aggregate endpoints, kept until the database changes. SQLite's
 * `PRAGMA data_version` moves whenever another connection commits (an ingest running beside
 * the server), so a changed value empties the cache; writes on the server's own connection are counted too.
 */
export interface ResponseCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly size: number;
}

export function createResponseCache(sqlite: BetterSqlite3.Database, maxEntries = 500): ResponseCache {
  const entries = new Map<string, unknown>();
  let version = dataVersion(sqlite);
  const fresh = (): void => {
    const now = dataVersion(sqlite);
    if (now !== version) {
      entries.clear();
      version = now;
    }
  };
  return {
    get(key) {
      if (maxEntries === 0) return undefined;
      fresh();
      const v = entries.get(key);
      if (v !== undefined) {
        // Re-insert so the Map's order is least recently used first.
        entries.delete(key);
        entries.set(key, v);
      }
      return v;
    },
    set(key, value) {
      if (maxEntries === 0) return;
      fresh();
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}

/** Other connections' commits (data_version) and this connection's own writes (total_changes). */
function dataVersion(sqlite: BetterSqlite3.Database): string {
  const own = sqlite.prepare('select total_changes() as n').pluck().get();
  return `${String(sqlite.pragma('data_version', { simple: true }))}:${String(own)}`;
}
