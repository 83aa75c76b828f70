/**
 * Indexes added after measuring the dashboard queries on 1,000,000 events (bench/RESULTS.md,
 * "## Store" and "## Explore"): the per-dyad aggregates read from a covering index (12.4 s -> 0.5 s), a dyad's
 * events in listing order (0.73 s -> 13 ms), and the document list by ingest time.
 */
import { sql, type Migration } from 'kysely';

export const queryIndexes: Migration = {
  async up(db) {
    await db.schema.dropIndex('events_dyad_date').execute();
    // Covers the dyad list and every per-dyad aggregate (summary, series, issues): they read the index alone.
    await db.schema
      .createIndex('events_dyad_date')
      .on('events')
      .columns(['dyad', 'date_start', 'quad', 'root', 'goldstein', 'negated', 'date_end', 'doc_id'])
      .execute();
    await sql`create index events_dyad_order on events (dyad, (date_start is null), date_start, doc_id, sentence, id)`.execute(db);
    await db.schema.createIndex('documents_ingested').on('documents').columns(['ingested_at', 'id']).execute();
  },
  async down(db) {
    await db.schema.dropIndex('documents_ingested').execute();
    await db.schema.dropIndex('events_dyad_order').execute();
    await db.schema.dropIndex('events_dyad_date').execute();
    await db.schema.createIndex('events_dyad_date').on('events').columns(['dyad', 'date_start']).execute();
  },
};
