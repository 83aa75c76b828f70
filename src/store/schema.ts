/**
 * Kysely table typings of the Dyad database. The schema itself is created by the migrations in
 * ./migrations; keep the two in step. Booleans are stored as 0/1 integers, lists as JSON text,
 * dates as ISO 8601 text (`date_start`/`date_end` are full YYYY-MM-DD bounds of `date_value`).
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface DocumentsTable {
  id: string;
  hash: string;
  title: string | null;
  date: string | null;
  source: string;
  url: string | null;
  text: string;
  ingested_at: string;
  sentence_count: number;
}

export interface SentencesTable {
  /** Row id; the full-text index refers to it. */
  id: Generated<number>;
  doc_id: string;
  idx: number;
  start: number;
  end: number;
  text: string;
}

export interface MentionsTable {
  id: Generated<number>;
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: string;
  canonical: string;
  entity_id: string;
  code: string;
  country: string | null;
  org: string | null;
  sector: string | null;
  token_start: number;
  token_end: number;
  modifier: number;
}

/** One row per entity, upserted as documents arrive; counts are kept incrementally. */
export interface ActorsTable {
  entity_id: string;
  canonical: string;
  code: string;
  country: string | null;
  org: string | null;
  sector: string | null;
  type: string;
  mention_count: number;
  event_count: number;
}

export interface TimesTable {
  id: Generated<number>;
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  value: string;
  granularity: string;
  anchor: string | null;
  non_event: number;
}

export interface EventsTable {
  id: Generated<number>;
  doc_id: string;
  sentence: number;
  source_code: string;
  source_country: string | null;
  source_org: string | null;
  source_sector: string | null;
  source_name: string;
  source_type: string;
  source_entity_id: string | null;
  /** All target_* columns are null when the event has no target; target_name tells. */
  target_code: string | null;
  target_country: string | null;
  target_org: string | null;
  target_sector: string | null;
  target_name: string | null;
  target_type: string | null;
  target_entity_id: string | null;
  code: string;
  root: string;
  label: string;
  quad: number;
  goldstein: number;
  plover: string | null;
  date_value: string | null;
  date_granularity: string | null;
  date_start: string | null;
  date_end: string | null;
  /** How long the date range is: 0 up to 31 days, 1 up to 366 days, 2 longer or open (see date-bounds.ts). */
  date_span: number;
  date_from_document: number;
  negated: number;
  modality: string;
  /** JSON array of issue ids. */
  issues: string;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
  /** The two countries sorted and joined ('AZE-RUS'), null unless both sides have one. */
  dyad: string | null;
}

export interface EventIssuesTable {
  event_id: number;
  issue: string;
}

export interface DocIssuesTable {
  doc_id: string;
  issue: string;
}

export interface Database {
  documents: DocumentsTable;
  sentences: SentencesTable;
  mentions: MentionsTable;
  actors: ActorsTable;
  times: TimesTable;
  events: EventsTable;
  event_issues: EventIssuesTable;
  doc_issues: DocIssuesTable;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type SentenceRow = Selectable<SentencesTable>;
export type MentionRow = Selectable<MentionsTable>;
export type ActorRow = Selectable<ActorsTable>;
export type TimeRow = Selectable<TimesTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
