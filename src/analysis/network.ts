import { sql } from 'kysely';
import { type AnalysisFilter, filteredEvents } from './filtered-events.js';
import { addQuad, emptyQuads, mean } from './quad-counts.js';
import { type AnalysisDb, runQuery } from './run-query.js';
import type { Network, NetworkEdge, NetworkLevel } from './types.js';

interface EdgeCell {
  s: string;
  sl: string;
  sc: string | null;
  t: string;
  tl: string;
  tc: string | null;
  quad: number;
  n: number;
  g: number;
}

function keys(level: NetworkLevel, side: 'source' | 'target') {
  const col = (c: string) => sql.ref(`${side}_${c}`);
  if (level === 'country') {
    const id = sql<string>`coalesce(${col('country')}, ${col('org')}, ${col('code')})`;
    return { id, label: id, country: sql<string | null>`${col('country')}` };
  }
  const id = sql<string>`coalesce(${col('entity_id')}, ${col('code')} || ':' || ${col('name')})`;
  return { id, label: sql<string>`max(${col('name')})`, country: sql<string | null>`max(${col('country')})` };
}

/**
 * Directed actor network: an edge per (source, target) pair with its event count, mean
 * Goldstein and quad split; events without a target add to no edge. `limit` keeps the
 * heaviest edges only (ties broken by ids, so the cut is stable).
 */
export function network(adb: AnalysisDb, filter: AnalysisFilter, level: NetworkLevel, limit = 200): Network {
  const s = keys(level, 'source');
  const t = keys(level, 'target');
  const cells = runQuery<EdgeCell>(adb,
    filteredEvents(adb.db, filter)
      .where('target_name', 'is not', null)
      .select([
        s.id.as('s'), s.label.as('sl'), s.country.as('sc'),
        t.id.as('t'), t.label.as('tl'), t.country.as('tc'),
        'quad', sql<number>`count(*)`.as('n'), sql<number>`sum(goldstein)`.as('g'),
      ])
      .groupBy([s.id, t.id, 'quad']));
  return assemble(level, cells, limit);
}

function assemble(level: NetworkLevel, cells: readonly EdgeCell[], limit: number): Network {
  const edges = new Map<string, NetworkEdge & { sum: number }>();
  const labels = new Map<string, { label: string; country: string | null }>();
  for (const c of cells) {
    labels.set(c.s, { label: c.sl, country: c.sc });
    labels.set(c.t, { label: c.tl, country: c.tc });
    const key = JSON.stringify([c.s, c.t]);
    let e = edges.get(key);
    if (e === undefined) {
      e = { source: c.s, target: c.t, events: 0, meanGoldstein: null, quad: emptyQuads(), sum: 0 };
      edges.set(key, e);
    }
    e.events += c.n;
    e.sum += c.g;
    addQuad(e.quad, c.quad, c.n);
  }
  const kept = [...edges.values()]
    .sort((a, b) => b.events - a.events || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, limit)
    .map(({ sum, ...e }) => ({ ...e, meanGoldstein: mean(sum, e.events) }));
  const weight = new Map<string, number>();
  for (const e of kept) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.events);
    if (e.target !== e.source) weight.set(e.target, (weight.get(e.target) ?? 0) + e.events);
  }
  const nodes = [...weight.entries()]
    .map(([id, events]) => ({ id, label: labels.get(id)?.label ?? id, country: labels.get(id)?.country ?? null, events }))
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
  return { level, nodes, edges: kept };
}
