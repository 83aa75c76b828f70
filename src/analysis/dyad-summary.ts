import { sql } from 'kysely';
import { type AnalysisFilter, filteredEvents } from './filtered-events.js';
import { addQuad, emptyQuads, mean, netCooperation } from './quad-counts.js';
import { type AnalysisDb, runQuery } from './run-query.js';
import type { DyadListRow, QuadCounts, Summary } from './types.js';

/** Totals for any filter (a dyad, an actor, an issue...): counts by quad, means, span. */
export function summarize(adb: AnalysisDb, filter: AnalysisFilter): Summary {
  const rows = runQuery<{ quad: number; n: number; g: number; neg: number; first: string | null; last: string | null }>(adb,
    filteredEvents(adb.db, filter)
      .select(['quad', sql<number>`count(*)`.as('n'), sql<number>`sum(goldstein)`.as('g'), sql<number>`sum(negated)`.as('neg'),
        sql<string | null>`min(date_start)`.as('first'), sql<string | null>`max(date_end)`.as('last')])
      .groupBy('quad'));
  const [docs] = runQuery<{ n: number }>(adb, filteredEvents(adb.db, filter).select(sql<number>`count(distinct doc_id)`.as('n')));
  const quad = emptyQuads();
  let events = 0;
  let sum = 0;
  let negated = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const r of rows) {
    addQuad(quad, r.quad, r.n);
    events += r.n;
    sum += r.g;
    negated += r.neg;
    if (r.first !== null && (first === null || r.first < first)) first = r.first;
    if (r.last !== null && (last === null || r.last > last)) last = r.last;
  }
  return { events, quad, meanGoldstein: mean(sum, events), netCooperation: netCooperation(quad), negated, first, last, documents: docs?.n ?? 0 };
}

/** The dyads with most events (ties by name), each with its yearly counts. */
export function dyadList(adb: AnalysisDb, limit = 100, offset = 0): { total: number; items: DyadListRow[] } {
  const year = sql<string>`substr(date_start, 1, 4)`;
  const cells = runQuery<{ dyad: string; y: string | null; quad: number; n: number; g: number; first: string | null; last: string | null }>(adb,
    adb.db.selectFrom('events').where('dyad', 'is not', null)
      .select(['dyad', year.as('y'), 'quad', sql<number>`count(*)`.as('n'), sql<number>`sum(goldstein)`.as('g'),
        sql<string | null>`min(date_start)`.as('first'), sql<string | null>`max(date_end)`.as('last')])
      .groupBy(['dyad', year, 'quad']));
  const all = foldDyads(cells).sort((a, b) => b.events - a.events || a.dyad.localeCompare(b.dyad));
  return { total: all.length, items: all.slice(offset, offset + limit) };
}

type DyadCell = { dyad: string; y: string | null; quad: number; n: number; g: number; first: string | null; last: string | null };

function foldDyads(cells: readonly DyadCell[]): DyadListRow[] {
  const acc = new Map<string, { row: DyadListRow; quad: QuadCounts; sum: number; years: Map<string, number> }>();
  for (const c of cells) {
    let a = acc.get(c.dyad);
    if (a === undefined) {
      a = { row: { dyad: c.dyad, events: 0, first: null, last: null, meanGoldstein: null, netCooperation: 0, spark: [] }, quad: emptyQuads(), sum: 0, years: new Map() };
      acc.set(c.dyad, a);
    }
    a.row.events += c.n;
    a.sum += c.g;
    addQuad(a.quad, c.quad, c.n);
    if (c.first !== null && (a.row.first === null || c.first < a.row.first)) a.row.first = c.first;
    if (c.last !== null && (a.row.last === null || c.last > a.row.last)) a.row.last = c.last;
    if (c.y !== null) a.years.set(c.y, (a.years.get(c.y) ?? 0) + c.n);
  }
  return [...acc.values()].map(({ row, quad, sum, years }) => ({
    ...row,
    meanGoldstein: mean(sum, row.events),
    netCooperation: netCooperation(quad),
    spark: yearly(years),
  }));
}

function yearly(years: Map<string, number>): { period: string; events: number }[] {
  const ks = [...years.keys()].sort();
  if (ks.length === 0) return [];
  const out: { period: string; events: number }[] = [];
  for (let y = Number(ks[0]); y <= Number(ks[ks.length - 1]) && out.length < 500; y++) {
    const key = String(y).padStart(4, '0');
    out.push({ period: key, events: years.get(key) ?? 0 });
  }
  return out;
}
