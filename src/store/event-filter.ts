/**
 * The filter shared by the event list, the event count and the API. Every field is optional;
 * fields combine with AND. Values are checked here so a bad one fails with E_STORE_FILTER.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from './schema.js';
import { dateBounds, daysBefore, SPAN_DAYS } from './date-bounds.js';
import { sentenceMatchRowIds, toFtsQuery } from './sqlite-engine.js';
import { StoreError } from './store-error.js';

export interface EventFilter {
  /** Two country codes joined by '-', either order ('AZE-RUS' = 'RUS-AZE'). */
  readonly dyad?: string;
  /** Country code, organisation code or entity id, on either side. */
  readonly actor?: string;
  /** Country code, organisation code or entity id of the source. */
  readonly source?: string;
  /** Country code, organisation code or entity id of the target. */
  readonly target?: string;
  /** CAMEO code or code prefix ('087' finds 087 and 0871-0874). */
  readonly code?: string;
  /** CAMEO root, two digits. */
  readonly root?: string;
  readonly quad?: number;
  /** ISO date prefixes; an event is kept when its date range overlaps [from, to]. */
  readonly from?: string;
  readonly to?: string;
  readonly issue?: string;
  readonly negated?: boolean;
  /** Words to find in the event's sentence (full-text; all must occur). */
  readonly q?: string;
  /** Document id. */
  readonly doc?: string;
  /** Page size: default 100, at most 10000. */
  readonly limit?: number;
  readonly offset?: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

type EB = ExpressionBuilder<Database, 'events'>;

/** The WHERE conditions of a filter (paging fields are ignored here). */
export function eventConditions(eb: EB, f: EventFilter): Expression<SqlBool>[] {
  const c: Expression<SqlBool>[] = [];
  if (f.dyad !== undefined) c.push(eb('events.dyad', '=', normalizeDyad(f.dyad)));
  if (f.actor !== undefined) c.push(actorMatch(eb, ['source', 'target'], f.actor));
  if (f.source !== undefined) c.push(actorMatch(eb, ['source'], f.source));
  if (f.target !== undefined) c.push(actorMatch(eb, ['target'], f.target));
  if (f.code !== undefined) c.push(...codePrefix(eb, f.code));
  if (f.root !== undefined) c.push(eb('events.root', '=', checkRoot(f.root)));
  if (f.quad !== undefined) c.push(eb('events.quad', '=', checkQuad(f.quad)));
  if (f.from !== undefined || f.to !== undefined) {
    c.push(dateOverlap(eb, f.from === undefined ? undefined : bound(f.from, 'from'), f.to === undefined ? undefined : bound(f.to, 'to')));
  }
  if (f.issue !== undefined) {
    c.push(eb('events.id', 'in', eb.selectFrom('event_issues').select('event_id').where('issue', '=', f.issue)));
  }
  if (f.negated !== undefined) c.push(eb('events.negated', '=', f.negated ? 1 : 0));
  if (f.doc !== undefined) c.push(eb('events.doc_id', '=', f.doc));
  if (f.q !== undefined && f.q.trim() !== '') c.push(textMatch(f.q));
  return c;
}

export function pageOf(f: EventFilter): { limit: number; offset: number } {
  return page(f.limit, f.offset);
}

export function page(limit = DEFAULT_LIMIT, offset = 0): { limit: number; offset: number } {
  if (!Number.isInteger(limit) || limit < 0) throw new StoreError('E_STORE_FILTER', `limit must be a whole number >= 0, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError('E_STORE_FILTER', `offset must be a whole number >= 0, got ${offset}`);
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}

export function normalizeDyad(dyad: string): string {
  const parts = dyad.trim().toUpperCase().split('-');
  if (parts.length !== 2 || parts.some((p) => !/^[A-Z0-9]+$/.test(p))) {
    throw new StoreError('E_STORE_FILTER', `dyad must be two codes joined by '-' (AZE-RUS), got '${dyad}'`);
  }
  return parts.sort().join('-');
}

function actorMatch(eb: EB, sides: ('source' | 'target')[], value: string): Expression<SqlBool> {
  const cols = sides.flatMap((s) => [`events.${s}_country`, `events.${s}_org`, `events.${s}_entity_id`] as const);
  return eb.or(cols.map((col) => eb(col, '=', value)));
}

/** Codes are digit strings, so [p, p + ':') is exactly the codes that start with p. */
function codePrefix(eb: EB, code: string): Expression<SqlBool>[] {
  if (!/^\d{2,4}$/.test(code)) throw new StoreError('E_STORE_FILTER', `code must be 2-4 digits, got '${code}'`);
  return [eb('events.code', '>=', code), eb('events.code', '<', `${code}:`)];
}

function checkRoot(root: string): string {
  if (!/^\d{2}$/.test(root)) throw new StoreError('E_STORE_FILTER', `root must be two digits (08), got '${root}'`);
  return root;
}

function checkQuad(quad: number): number {
  if (![1, 2, 3, 4].includes(quad)) throw new StoreError('E_STORE_FILTER', `quad must be 1-4, got ${quad}`);
  return quad;
}

function bound(value: string, field: 'from' | 'to'): string {
  const b = dateBounds(value);
  const out = field === 'from' ? b.start : b.end;
  if (out === null || value.includes('/')) {
    throw new StoreError('E_STORE_FILTER', `${field} must be an ISO date prefix (2008, 2008-08, 2008-08-07), got '${value}'`);
  }
  return out;
}

/**
 * Date range [start, end] overlaps [from, to]. Split by span class so each branch is an index
 * range on (date_span, date_start): a short range that ends after `from` starts shortly before it.
 */
function dateOverlap(eb: EB, from: string | undefined, to: string | undefined): Expression<SqlBool> {
  const branches = SPAN_DAYS.map((days, k) => {
    const c: Expression<SqlBool>[] = [eb('events.date_span', '=', k)];
    if (from !== undefined) c.push(eb('events.date_start', '>=', daysBefore(from, days)), eb('events.date_end', '>=', from));
    if (to !== undefined) c.push(eb('events.date_start', '<=', to));
    return eb.and(c);
  });
  const long: Expression<SqlBool>[] = [eb('events.date_span', '=', 2), eb('events.date_value', 'is not', null)];
  if (from !== undefined) long.push(eb.or([eb('events.date_end', '>=', from), eb('events.date_end', 'is', null)]));
  if (to !== undefined) long.push(eb.or([eb('events.date_start', '<=', to), eb('events.date_start', 'is', null)]));
  return eb.or([...branches, eb.and(long)]);
}

/** Events whose sentence matches; nothing searchable in q (only punctuation) matches nothing. */
function textMatch(q: string): Expression<SqlBool> {
  const fts = toFtsQuery(q);
  if (fts === null) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(events.doc_id, events.sentence) in
    (select s.doc_id, s.idx from sentences s where s.id in (${sentenceMatchRowIds(fts)}))`;
}
