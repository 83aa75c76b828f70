/**
 * Everything that only SQLite has: connection PRAGMAs and the FTS5 sentence index. A PostgreSQL
 * engine would supply its own versions (a tsvector column and index) behind the same names.
 */
import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * WAL lets readers (the server) run beside one writer and, with one transaction per document,
 * means a crash loses at most the document being written. NORMAL sync is safe under WAL.
 */
export function applyPragmas(sqlite: BetterSqlite3.Database, readonly: boolean): void {
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  if (readonly) {
    sqlite.pragma('query_only = ON');
    return;
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
}

/**
 * Runs `fn` inside BEGIN IMMEDIATE, so that two processes opening a new database at once do not
 * both run the migrations. The lock is awaited by polling, not by SQLite's busy handler, which
 * would block the event loop (and, within one process, the connection holding the lock).
 */
export async function withWriteLock<T>(sqlite: BetterSqlite3.Database, fn: () => Promise<T>, waitMs = 30_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    for (;;) {
      try {
        sqlite.exec('BEGIN IMMEDIATE');
        break;
      } catch (err) {
        if (!String((err as { code?: string }).code).startsWith('SQLITE_BUSY') || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
      }
    }
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
  try {
    const out = await fn();
    sqlite.exec('COMMIT');
    return out;
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw err;
  }
}

/**
 * Lets SQLite refresh its planner statistics (ANALYZE, bounded work) where they went stale, as
 * SQLite advises before closing a connection that wrote; without them the planner may walk the
 * order index instead of a selective filter index.
 */
export function optimizeBeforeClose(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize');
}

/**
 * An external-content FTS5 table over sentences.text, kept in sync by triggers (they also fire
 * for rows removed by ON DELETE CASCADE). Porter stemming so "sanction" finds "sanctions".
 */
export const sqliteSentenceSearch: Migration = {
  async up(db) {
    await sql`create virtual table sentences_fts using fts5(
      text, content='sentences', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger sentences_fts_ai after insert on sentences begin
      insert into sentences_fts(rowid, text) values (new.id, new.text); end`.execute(db);
    await sql`create trigger sentences_fts_ad after delete on sentences begin
      insert into sentences_fts(sentences_fts, rowid, text) values ('delete', old.id, old.text); end`.execute(db);
    await sql`create trigger sentences_fts_au after update on sentences begin
      insert into sentences_fts(sentences_fts, rowid, text) values ('delete', old.id, old.text);
      insert into sentences_fts(rowid, text) values (new.id, new.text); end`.execute(db);
  },
  async down(db) {
    for (const t of ['sentences_fts_ai', 'sentences_fts_ad', 'sentences_fts_au']) {
      await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
    }
    await sql`drop table if exists sentences_fts`.execute(db);
  },
};

/**
 * Turns what a user typed into a safe FTS5 MATCH expression: every word becomes a quoted string
 * (so `U.S.`, `-`, `AND`, a stray `"` are never FTS syntax), "quoted phrases" stay phrases, a
 * trailing `*` keeps prefix search. Terms are ANDed. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const raw = m[1] ?? m[2] ?? '';
    const prefix = m[2] !== undefined && raw.endsWith('*');
    const body = (prefix ? raw.replace(/\*+$/, '') : raw).replace(/"/g, '');
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    parts.push(`"${body}"${prefix ? '*' : ''}`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** A subquery yielding the ids of sentences matching an expression made by toFtsQuery. */
export function sentenceMatchRowIds(ftsQuery: string): RawBuilder<unknown> {
  return sql`select rowid from sentences_fts where sentences_fts match ${ftsQuery}`;
}

export interface SentenceHit {
  readonly doc: string;
  readonly title: string | null;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Sentences matching the words of `q`, best match (bm25) first; [] when nothing is searchable. */
export async function searchSentencesSqlite(
  db: Kysely<Database>, q: string, limit: number, offset: number,
): Promise<SentenceHit[]> {
  const fts = toFtsQuery(q);
  if (fts === null) return [];
  const { rows } = await sql<{ doc_id: string; title: string | null; idx: number; start: number; end: number; text: string }>`
    select s.doc_id, d.title, s.idx, s."start", s."end", s.text
    from sentences_fts f
    join sentences s on s.id = f.rowid
    join documents d on d.id = s.doc_id
    where sentences_fts match ${fts}
    order by f.rank, s.doc_id, s.idx
    limit ${limit} offset ${offset}`.execute(db);
  return rows.map((r) => ({ doc: r.doc_id, title: r.title, sentence: r.idx, start: r.start, end: r.end, text: r.text }));
}
