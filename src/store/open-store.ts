/**
 * Opening the database: the connection, migrations (run on open unless read-only), and the
 * Store object that the CLI, the server and the pipeline share.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Doc } from '../model/types.js';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations/index.js';
import { applyPragmas, optimizeBeforeClose, searchSentencesSqlite, withWriteLock, type SentenceHit } from './sqlite-engine.js';
import { createDocumentWriter, type DocumentWriter, type SaveResult } from './document-writer.js';
import { page, type EventFilter } from './event-filter.js';
import { countEvents, queryEvents } from './event-queries.js';
import {
  getDocument, listActors, listDocuments,
  type ActorQuery, type ActorSummary, type DocumentDetail, type DocumentSummary, type PageQuery,
} from './catalog-queries.js';
import { listDyads, storeStats, type DyadSummary, type StoreStats } from './summary-queries.js';
import type { StoredEvent } from './stored-event.js';
import { StoreError } from './store-error.js';

export interface OpenStoreOptions {
  /** Open without writing: no migrations (the database must be up to date), no saveDocument. */
  readonly readonly?: boolean;
}

export interface Store {
  readonly path: string;
  readonly readonly: boolean;
  /** Kysely over the same connection, for aggregate queries elsewhere; await `ready` first. */
  readonly db: Kysely<Database>;
  /** The raw better-sqlite3 handle (same connection). */
  readonly sqlite: BetterSqlite3.Database;
  /** Settles when migrations have run (or, read-only, were checked). Every method awaits it. */
  readonly ready: Promise<void>;
  /** Writes the document and all its rows in one transaction (see SaveResult). */
  saveDocument(doc: Doc, hash: string): Promise<SaveResult>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  actors(opts?: ActorQuery): Promise<ActorSummary[]>;
  documents(opts?: PageQuery): Promise<DocumentSummary[]>;
  document(id: string): Promise<DocumentDetail | undefined>;
  searchSentences(q: string, opts?: PageQuery): Promise<SentenceHit[]>;
  stats(): Promise<StoreStats>;
  dyads(): Promise<DyadSummary[]>;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the SQLite database at `path` (':memory:' works too). Errors about
 * the path are thrown here; migration errors reject `ready` and every later call.
 */
export function openStore(path: string, opts: OpenStoreOptions = {}): Store {
  const readonly = opts.readonly === true;
  const sqlite = openSqlite(path, readonly);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const ready = readonly ? checkUpToDate(db, path) : migrate(db, sqlite, path);
  ready.catch(() => undefined); // surfaced by the first call that awaits it
  let writer: DocumentWriter | undefined;
  let closed = false;
  const use = async <T>(fn: () => T | Promise<T>): Promise<T> => {
    if (closed) throw new StoreError('E_STORE_CLOSED', `store ${path} is closed`);
    await ready;
    return fn();
  };
  return {
    path, readonly, db, sqlite, ready,
    saveDocument: (doc, hash) => use(() => {
      if (readonly) throw new StoreError('E_STORE_READONLY', `store ${path} was opened read-only`);
      writer ??= createDocumentWriter(sqlite);
      return writer(doc, hash);
    }),
    events: (filter) => use(() => queryEvents(db, filter)),
    countEvents: (filter) => use(() => countEvents(db, filter)),
    actors: (q) => use(() => listActors(db, q)),
    documents: (q) => use(() => listDocuments(db, q)),
    document: (id) => use(() => getDocument(db, id)),
    searchSentences: (q, o = {}) => use(() => {
      const { limit, offset } = page(o.limit, o.offset);
      return searchSentencesSqlite(db, q, limit, offset);
    }),
    stats: () => use(() => storeStats(db)),
    dyads: () => use(() => listDyads(db)),
    close: async () => {
      if (closed) return;
      closed = true;
      const migrated = await ready.then(() => true, () => false);
      if (migrated && !readonly) optimizeBeforeClose(sqlite);
      await db.destroy();
    },
  };
}

function openSqlite(path: string, readonly: boolean): BetterSqlite3.Database {
  const where = path === ':memory:' ? path : resolve(path);
  if (path !== ':memory:') checkPath(where, readonly);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(where, { readonly, fileMustExist: readonly });
    applyPragmas(sqlite, readonly);
    return sqlite;
  } catch (err) {
    sqlite?.close();
    throw new StoreError('E_STORE_PATH', `cannot open database ${where}: ${(err as Error).message}`, { cause: err });
  }
}

function checkPath(where: string, readonly: boolean): void {
  const file = statSync(where, { throwIfNoEntry: false });
  if (file?.isDirectory()) throw new StoreError('E_STORE_PATH', `cannot open database ${where}: it is a directory`);
  if (file) return;
  if (readonly) throw new StoreError('E_STORE_PATH', `cannot open database ${where}: no such file`);
  const dir = statSync(dirname(where), { throwIfNoEntry: false });
  if (!dir?.isDirectory()) {
    throw new StoreError('E_STORE_PATH', `cannot create database ${where}: ${dirname(where)} is not a directory`);
  }
}

/** Runs pending migrations under a write lock; a database already up to date takes no lock. */
async function migrate(db: Kysely<Database>, sqlite: BetterSqlite3.Database, path: string): Promise<void> {
  const migrator = () => new Migrator({ db, provider: migrationProvider('sqlite'), disableTransactions: true });
  try {
    const pending = (await migrator().getMigrations()).some((m) => m.executedAt === undefined);
    if (!pending) return;
    await withWriteLock(sqlite, async () => {
      const { error } = await migrator().migrateToLatest();
      if (error) throw error;
    });
  } catch (error) {
    throw new StoreError('E_STORE_MIGRATE', `migrating ${path} failed: ${(error as Error).message ?? error}`, { cause: error });
  }
}

async function checkUpToDate(db: Kysely<Database>, path: string): Promise<void> {
  const pending = (await new Migrator({ db, provider: migrationProvider('sqlite') }).getMigrations())
    .filter((m) => m.executedAt === undefined);
  if (pending.length > 0) {
    throw new StoreError('E_STORE_MIGRATE',
      `database ${path} is not up to date (pending: ${pending.map((m) => m.name).join(', ')}); open it once without read-only`);
  }
}
