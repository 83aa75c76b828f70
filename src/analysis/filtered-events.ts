import type { Kysely } from 'kysely';
import { type EventFilter, eventConditions } from '../store/event-filter.js';
import type { Database } from '../store/schema.js';

/** Filter fields analysis queries accept: the store's event filter without paging. */
export type AnalysisFilter = Omit<EventFilter, 'limit' | 'offset'>;

/** `select ... from events where <the store's own conditions for f>`, ready for grouping. */
export function filteredEvents(db: Kysely<Database>, f: AnalysisFilter) {
  return db.selectFrom('events').where((eb) => eb.and(eventConditions(eb, f)));
}
