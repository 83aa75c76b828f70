import { sql } from 'kysely';
import { type AnalysisFilter, filteredEvents } from './filtered-events.js';
import { addQuad, emptyQuads, mean } from './quad-counts.js';
import { type AnalysisDb, runQuery } from './run-query.js';
import type { IssueBreakdown, IssueRow } from './types.js';

/** Events per issue tag (most first), with their quad split and mean Goldstein. */
export function issueBreakdown(adb: AnalysisDb, filter: AnalysisFilter): IssueBreakdown {
  // One pass: a left join gives each event its tags, or one row with a null tag when it has none.
  const cells = runQuery<{ issue: string | null; quad: number; n: number; g: number }>(adb,
    filteredEvents(adb.db, filter)
      .leftJoin('event_issues', 'event_issues.event_id', 'events.id')
      .select(['event_issues.issue as issue', 'events.quad as quad', sql<number>`count(*)`.as('n'), sql<number>`sum(events.goldstein)`.as('g')])
      .groupBy(['event_issues.issue', 'events.quad']));
  const rows = new Map<string, IssueRow & { sum: number }>();
  let untagged = 0;
  for (const c of cells) {
    if (c.issue === null) {
      untagged += c.n;
      continue;
    }
    let r = rows.get(c.issue);
    if (r === undefined) {
      r = { issue: c.issue, events: 0, meanGoldstein: null, quad: emptyQuads(), sum: 0 };
      rows.set(c.issue, r);
    }
    r.events += c.n;
    r.sum += c.g;
    addQuad(r.quad, c.quad, c.n);
  }
  const items = [...rows.values()]
    .map(({ sum, ...r }) => ({ ...r, meanGoldstein: mean(sum, r.events) }))
    .sort((a, b) => b.events - a.events || a.issue.localeCompare(b.issue));
  return { items, untagged };
}
