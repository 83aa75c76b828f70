/**
 * The store: SQLite (better-sqlite3 + Kysely) holding documents, sentences, mentions, actors,
 * times and events, with full-text search over sentences. See docs/store.md.
 */
export { openStore, type Store, type OpenStoreOptions } from './open-store.js';
export { defaultDbPath } from './default-db-path.js';
export { toContractEvent, dyadOf, type StoredEvent, type ContractEvent } from './stored-event.js';
export { DEFAULT_LIMIT, MAX_LIMIT, eventConditions, normalizeDyad, type EventFilter } from './event-filter.js';
export type { SaveResult } from './document-writer.js';
export type {
  ActorQuery, ActorSummary, DocumentDetail, DocumentSummary, PageQuery, StoredMention,
} from './catalog-queries.js';
export type { DyadSummary, StoreStats } from './summary-queries.js';
export type { SentenceHit } from './sqlite-engine.js';
export { toFtsQuery } from './sqlite-engine.js';
export { dateBounds, type DateBounds } from './date-bounds.js';
export { StoreError, type StoreErrorCode } from './store-error.js';
export { storeMigrations } from './migrations/index.js';
export type * from './schema.js';
