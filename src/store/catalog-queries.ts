/** Listings of actors and documents, and one document with everything found in it. */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Granularity, Mention, MentionType, TimeExpr } from '../model/types.js';
import type { Database, MentionRow, TimeRow } from './schema.js';
import { page } from './event-filter.js';
import { documentEvents } from './event-queries.js';
import type { StoredEvent } from './stored-event.js';

export interface PageQuery {
  readonly limit?: number;
  readonly offset?: number;
}

export interface ActorQuery extends PageQuery {
  /** ISO alpha-3 country code. */
  readonly country?: string;
  /** Part of the canonical name or entity id, any case. */
  readonly q?: string;
}

export interface ActorSummary {
  readonly entityId: string;
  readonly canonical: string;
  readonly code: string;
  readonly country: string | null;
  readonly org: string | null;
  readonly sector: string | null;
  readonly type: MentionType;
  readonly mentions: number;
  /** Events the actor takes part in, as source or target (each event once). */
  readonly events: number;
}

export interface DocumentSummary {
  readonly id: string;
  readonly hash: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly source: string;
  readonly url: string | null;
  readonly ingestedAt: string;
  readonly sentences: number;
  readonly events: number;
}

export interface StoredMention extends Mention {
  readonly modifier: boolean;
}

export interface DocumentDetail extends Omit<DocumentSummary, 'events'> {
  readonly eventCount: number;
  readonly text: string;
  readonly issues: string[];
  readonly mentions: StoredMention[];
  readonly times: TimeExpr[];
  readonly events: StoredEvent[];
}

/** Actors by mention count (most first), then entity id. */
export async function listActors(db: Kysely<Database>, opts: ActorQuery = {}): Promise<ActorSummary[]> {
  const { limit, offset } = page(opts.limit, opts.offset);
  let qb = db.selectFrom('actors').selectAll();
  if (opts.country !== undefined) qb = qb.where('country', '=', opts.country.toUpperCase());
  if (opts.q !== undefined && opts.q.trim() !== '') {
    const pattern = `%${escapeLike(opts.q.trim().toLowerCase())}%`;
    qb = qb.where(sql<SqlBool>`(lower(canonical) like ${pattern} escape '\\' or lower(entity_id) like ${pattern} escape '\\')`);
  }
  const rows = await qb.orderBy('mention_count', 'desc').orderBy('entity_id').limit(limit).offset(offset).execute();
  return rows.map((r) => ({
    entityId: r.entity_id, canonical: r.canonical, code: r.code, country: r.country, org: r.org,
    sector: r.sector, type: r.type as MentionType, mentions: r.mention_count, events: r.event_count,
  }));
}

/** Documents, most recently ingested first (then by id, descending, so an index serves it). */
export async function listDocuments(db: Kysely<Database>, opts: PageQuery = {}): Promise<DocumentSummary[]> {
  const { limit, offset } = page(opts.limit, opts.offset);
  const rows = await summaryQuery(db).orderBy('ingested_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
  return rows.map(toSummary);
}

export async function getDocument(db: Kysely<Database>, id: string): Promise<DocumentDetail | undefined> {
  const row = await summaryQuery(db).select('text').where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [issues, mentions, times, events] = await Promise.all([
    db.selectFrom('doc_issues').select('issue').where('doc_id', '=', id).orderBy('issue').execute(),
    db.selectFrom('mentions').selectAll().where('doc_id', '=', id).orderBy('start').orderBy('id').execute(),
    db.selectFrom('times').selectAll().where('doc_id', '=', id).orderBy('start').orderBy('id').execute(),
    documentEvents(db, id),
  ]);
  return {
    ...toSummary(row),
    eventCount: Number(row.event_count ?? 0),
    text: row.text,
    issues: issues.map((r) => r.issue),
    mentions: mentions.map(mentionFromRow),
    times: times.map(timeFromRow),
    events,
  };
}

function summaryQuery(db: Kysely<Database>) {
  return db.selectFrom('documents').select((eb) => [
    'id', 'hash', 'title', 'date', 'source', 'url', 'ingested_at', 'sentence_count',
    eb.selectFrom('events').select(eb.fn.countAll<number>().as('n')).whereRef('events.doc_id', '=', 'documents.id').as('event_count'),
  ]);
}

type SummaryRow = {
  id: string; hash: string; title: string | null; date: string | null; source: string; url: string | null;
  ingested_at: string; sentence_count: number; event_count: number | null;
};

function toSummary(r: SummaryRow): DocumentSummary {
  return {
    id: r.id, hash: r.hash, title: r.title, date: r.date, source: r.source, url: r.url,
    ingestedAt: r.ingested_at, sentences: r.sentence_count, events: Number(r.event_count ?? 0),
  };
}

function mentionFromRow(r: MentionRow): StoredMention {
  return {
    sentence: r.sentence, start: r.start, end: r.end, text: r.text, type: r.type as MentionType,
    canonical: r.canonical, entityId: r.entity_id, code: r.code, country: r.country, org: r.org,
    sector: r.sector, tokenStart: r.token_start, tokenEnd: r.token_end, modifier: r.modifier === 1,
  };
}

function timeFromRow(r: TimeRow): TimeExpr {
  const t: TimeExpr = {
    sentence: r.sentence, start: r.start, end: r.end, text: r.text, value: r.value,
    granularity: r.granularity as Granularity, nonEvent: r.non_event === 1,
  };
  return r.anchor === null ? t : { ...t, anchor: r.anchor as TimeExpr['anchor'] };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
