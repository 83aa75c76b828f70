import { type ApiEvent, type DyadSummary, type IssueRow, type Network, type Page, type Series, get } from '../api.js';
import { issueBars, quadLegend } from '../charts/bar-list.js';
import { QUAD_NAME } from '../charts/colors.js';
import { networkGraph } from '../charts/network-graph.js';
import { timeline } from '../charts/timeline.js';
import { trendChart } from '../charts/trend-chart.js';
import { el, fmt, mount } from '../dom.js';
import { eventDetail, eventTable } from '../event-table.js';

const TABLE_LIMIT = 500;

/** A dyad at a glance: trend, timeline, network, issues and every event with its sentence. */
export async function dyadPage(app: HTMLElement, dyad: string): Promise<void> {
  const q = { dyad };
  const [summary, series, events, network, issues] = await Promise.all([
    get<DyadSummary>(`dyads/${encodeURIComponent(dyad)}`),
    get<Series>('series', { ...q, period: 'year' }),
    get<Page<ApiEvent>>('events', { ...q, limit: TABLE_LIMIT }),
    get<Network>('network', { ...q, level: 'actor', limit: 30 }),
    get<{ items: IssueRow[] }>('issues', q),
  ]);
  const detail = el('div', { class: 'detail-slot' }, el('p', { class: 'hint' }, 'Click an event in the timeline or the table to see its evidence.'));
  const select = (e: ApiEvent): void => {
    mount(detail, eventDetail(e));
    for (const r of app.querySelectorAll('.selected')) r.classList.remove('selected');
    for (const r of app.querySelectorAll(`[data-id="${e.id}"]`)) r.classList.add('selected');
  };
  mount(app,
    el('h1', {}, `Dyad ${summary.dyad}`),
    summaryLine(summary),
    quadLegend(),
    el('section', { class: 'panel trend' }, el('h2', {}, 'Cooperation and conflict per year'), trendChart(series.rows),
      series.undated > 0 ? el('p', { class: 'note' }, `${series.undated} undated events are not in the chart.`) : null),
    el('section', { class: 'panel' }, el('h2', {}, 'Timeline'), timeline(events.items, select)),
    detail,
    el('div', { class: 'two-col' },
      el('section', { class: 'panel' }, el('h2', {}, 'Actor network'), networkGraph(network)),
      el('section', { class: 'panel' }, el('h2', {}, 'Issues'), issueBars(issues.items))),
    el('section', { class: 'panel' },
      el('h2', {}, `Events (${events.total}${events.total > events.items.length ? `, first ${events.items.length} shown` : ''})`),
      el('p', {}, el('a', { href: `/api/events?dyad=${encodeURIComponent(dyad)}&format=csv&limit=10000` }, 'Download CSV'), ' · ',
        el('a', { href: `/api/series?dyad=${encodeURIComponent(dyad)}&period=month&format=csv` }, 'Monthly series CSV'), ' · ',
        el('a', { href: `/api/network?dyad=${encodeURIComponent(dyad)}&format=gexf` }, 'Network GEXF')),
      eventTable(events.items, select)));
}

function summaryLine(s: DyadSummary): HTMLElement {
  const quads = [1, 2, 3, 4].map((q) => `${QUAD_NAME[q]} ${s.quad[String(q) as '1']}`).join(' · ');
  return el('p', { class: 'summary', 'data-events': s.events },
    el('strong', {}, `${s.events} events`), ` in ${s.documents} documents, ${s.first ?? '—'} to ${s.last ?? '—'}. `,
    `Mean Goldstein ${fmt(s.meanGoldstein, 2)}, net cooperation ${s.netCooperation}. `, quads,
    s.negated > 0 ? `. ${s.negated} negated.` : '');
}
