import { sql } from 'kysely';
import { type AnalysisFilter, filteredEvents } from './filtered-events.js';
import { addQuad, emptyQuads, mean, netCooperation } from './quad-counts.js';
import { type AnalysisDb, runQuery } from './run-query.js';
import type { Period, SeriesRow, TimeSeries } from './types.js';

interface Cell {
  p: string;
  quad: number;
  root: string;
  n: number;
  g: number;
}

/**
 * Events per period by quad class and root, with mean Goldstein and net cooperation. An event
 * counts in the period its date starts in (a range `1993/1997` counts in 1993). Periods between
 * the first and last with no events are included with zeros, so a chart's gaps are real.
 */
export function timeSeries(adb: AnalysisDb, filter: AnalysisFilter, period: Period): TimeSeries {
  const len = period === 'year' ? 4 : 7;
  const p = sql<string>`substr(date_start, 1, ${sql.lit(len)})`;
  const cells = runQuery<Cell>(adb,
    filteredEvents(adb.db, filter)
      .where('date_start', 'is not', null)
      .select([p.as('p'), 'quad', 'root', sql<number>`count(*)`.as('n'), sql<number>`sum(goldstein)`.as('g')])
      .groupBy([p, 'quad', 'root']));
  const [undated] = runQuery<{ n: number }>(adb,
    filteredEvents(adb.db, filter).where('date_start', 'is', null).select(sql<number>`count(*)`.as('n')));
  return { period, rows: fillGaps(fold(cells), period), undated: undated?.n ?? 0 };
}

function fold(cells: readonly Cell[]): Map<string, SeriesRow & { sum: number }> {
  const rows = new Map<string, SeriesRow & { sum: number }>();
  for (const c of cells) {
    let r = rows.get(c.p);
    if (r === undefined) {
      r = { period: c.p, events: 0, quad: emptyQuads(), roots: {}, meanGoldstein: null, netCooperation: 0, sum: 0 };
      rows.set(c.p, r);
    }
    r.events += c.n;
    r.sum += c.g;
    addQuad(r.quad, c.quad, c.n);
    r.roots[c.root] = (r.roots[c.root] ?? 0) + c.n;
  }
  return rows;
}

function fillGaps(rows: Map<string, SeriesRow & { sum: number }>, period: Period): SeriesRow[] {
  const keys = [...rows.keys()].sort();
  if (keys.length === 0) return [];
  const out: SeriesRow[] = [];
  for (const key of periodsBetween(keys[0], keys[keys.length - 1], period)) {
    const r = rows.get(key);
    if (r === undefined) {
      out.push({ period: key, events: 0, quad: emptyQuads(), roots: {}, meanGoldstein: null, netCooperation: 0 });
      continue;
    }
    const { sum, ...row } = r;
    out.push({ ...row, roots: sortedKeys(row.roots), meanGoldstein: mean(sum, r.events), netCooperation: netCooperation(r.quad) });
  }
  return out;
}

/** Every period from `first` to `last` inclusive; guards against absurd spans from bad dates. */
export function periodsBetween(first: string, last: string, period: Period): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = period === 'month' ? Number(first.slice(5, 7)) : 1;
  const endY = Number(last.slice(0, 4));
  const endM = period === 'month' ? Number(last.slice(5, 7)) : 1;
  while ((y < endY || (y === endY && m <= endM)) && out.length < 5000) {
    out.push(period === 'year' ? String(y).padStart(4, '0') : `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (period === 'year' || m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
  return out;
}

function sortedKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
