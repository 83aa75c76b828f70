/** Event listing and counting over the shared EventFilter, in the one stable order. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import { eventConditions, pageOf, type EventFilter } from './event-filter.js';
import { eventFromRow, type StoredEvent } from './stored-event.js';

/** Events in order: dated before undated, then date_start, doc_id, sentence, id. */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const { limit, offset } = pageOf(filter);
  const rows = await filteredEvents(db, filter)
    .leftJoin('sentences as s', (j) => j.onRef('s.doc_id', '=', 'events.doc_id').onRef('s.idx', '=', 'events.sentence'))
    .selectAll('events')
    .select(['s.text as sentence_text', 's.start as sentence_start'])
    // Same expression as the events_order index, so an unfiltered page is read in index order.
    .orderBy(sql`(events.date_start is null)`)
    .orderBy('events.date_start')
    .orderBy('events.doc_id')
    .orderBy('events.sentence')
    .orderBy('events.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(eventFromRow);
}

export async function countEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<number> {
  const row = await filteredEvents(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** All events of one document, in text order. */
export async function documentEvents(db: Kysely<Database>, docId: string): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('events')
    .where('events.doc_id', '=', docId)
    .leftJoin('sentences as s', (j) => j.onRef('s.doc_id', '=', 'events.doc_id').onRef('s.idx', '=', 'events.sentence'))
    .selectAll('events')
    .select(['s.text as sentence_text', 's.start as sentence_start'])
    .orderBy('events.sentence')
    .orderBy('events.id')
    .execute();
  return rows.map(eventFromRow);
}

function filteredEvents(db: Kysely<Database>, filter: EventFilter) {
  const base = db.selectFrom('events');
  return base.where((eb) => {
    const conditions = eventConditions(eb, filter);
    return conditions.length > 0 ? eb.and(conditions) : sql<boolean>`1 = 1`;
  });
}
