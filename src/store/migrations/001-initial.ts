/**
 * The core tables and their indexes, written with Kysely's schema builder so that the same
 * migration can run on PostgreSQL (where `integer primary key` would become an identity column).
 */
import { sql, type Kysely, type Migration } from 'kysely';

const cascade = 'cascade' as const;

async function createDocuments(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('date', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('sentence_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sentences')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete(cascade))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('sentences_doc_idx', ['doc_id', 'idx'])
    .execute();
  await db.schema
    .createTable('doc_issues')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete(cascade))
    .addColumn('issue', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_issues_pk', ['doc_id', 'issue'])
    .execute();
  await db.schema.createIndex('doc_issues_issue').on('doc_issues').columns(['issue', 'doc_id']).execute();
}

async function createMentionsAndActors(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mentions')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete(cascade))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('canonical', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('org', 'text')
    .addColumn('sector', 'text')
    .addColumn('token_start', 'integer', (c) => c.notNull())
    .addColumn('token_end', 'integer', (c) => c.notNull())
    .addColumn('modifier', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('mentions_doc').on('mentions').columns(['doc_id', 'start']).execute();
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute();
  await db.schema
    .createTable('actors')
    .addColumn('entity_id', 'text', (c) => c.primaryKey())
    .addColumn('canonical', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('org', 'text')
    .addColumn('sector', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mention_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('actors_country').on('actors').column('country').execute();
  await db.schema.createIndex('actors_mentions').on('actors').columns(['mention_count', 'entity_id']).execute();
}

async function createTimes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('times')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete(cascade))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text')
    .addColumn('non_event', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('times_doc').on('times').columns(['doc_id', 'start']).execute();
}

function actorColumns(side: 'source' | 'target') {
  const notNull = side === 'source';
  return ['code', 'country', 'org', 'sector', 'name', 'type', 'entity_id'].map((col) => ({
    name: `${side}_${col}`,
    notNull: notNull && (col === 'code' || col === 'name' || col === 'type'),
  }));
}

async function createEvents(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('events')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete(cascade))
    .addColumn('sentence', 'integer', (c) => c.notNull());
  for (const col of [...actorColumns('source'), ...actorColumns('target')]) {
    table = table.addColumn(col.name, 'text', (c) => (col.notNull ? c.notNull() : c));
  }
  await table
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('plover', 'text')
    .addColumn('date_value', 'text')
    .addColumn('date_granularity', 'text')
    .addColumn('date_start', 'text')
    .addColumn('date_end', 'text')
    .addColumn('date_span', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('date_from_document', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('negated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('issues', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('dyad', 'text')
    .execute();
  await db.schema
    .createTable('event_issues')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete(cascade))
    .addColumn('issue', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_issues_pk', ['event_id', 'issue'])
    .execute();
  await db.schema.createIndex('event_issues_issue').on('event_issues').columns(['issue', 'event_id']).execute();
}

/** Indexes for the API/dashboard filters; each was checked with EXPLAIN QUERY PLAN. */
const eventIndexes: Record<string, string[]> = {
  events_dyad_date: ['dyad', 'date_start'],
  events_span_date: ['date_span', 'date_start'],
  events_source_country: ['source_country'],
  events_target_country: ['target_country'],
  events_source_entity: ['source_entity_id'],
  events_target_entity: ['target_entity_id'],
  events_source_org: ['source_org'],
  events_target_org: ['target_org'],
  events_root: ['root'],
  events_quad: ['quad'],
  events_code: ['code'],
  events_doc: ['doc_id', 'sentence'],
};

async function createEventIndexes(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(eventIndexes)) {
    await db.schema.createIndex(name).on('events').columns(columns).execute();
  }
  // The listing order (undated last) as an expression index, so the default page needs no sort.
  await sql`create index events_order on events ((date_start is null), date_start, doc_id, sentence, id)`.execute(db);
}

export const initial: Migration = {
  async up(db) {
    await createDocuments(db);
    await createMentionsAndActors(db);
    await createTimes(db);
    await createEvents(db);
    await createEventIndexes(db);
  },
  async down(db) {
    for (const t of ['event_issues', 'events', 'times', 'actors', 'mentions', 'doc_issues', 'sentences', 'documents']) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};
