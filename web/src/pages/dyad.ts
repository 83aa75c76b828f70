import { type ApiEvent, type DyadSummary, type IssueRow, type Network, type Page, type Series, get, queryString } from '../api.js';
import { issueBars, quadLegend } from '../charts/bar-list.js';
import { QUAD_NAME } from '../charts/colors.js';
import { networkGraph } from '../charts/network-graph.js';
import { timeline } from '../charts/timeline.js';
import { trendChart } from '../charts/trend-chart.js';
import { el, fmt, mount } from '../dom.js';
import { eventDetail, eventRows, eventTable } from '../event-table.js';

const TABLE_LIMIT = 500;

/** What a view page looks at: a dyad, an actor or an issue, and how to name it. */
export interface View {
  readonly title: string;
  readonly filter: Record<string, string>;
}

export const dyadView = (dyad: string): View => ({ title: `Dyad ${dyad.toUpperCase()}`, filter: { dyad } });
export const actorView = (actor: string): View => ({ title: `Actor ${actor}`, filter: { actor } });
export const issueView = (issue: string): View => ({ title: `Issue ${issue}`, filter: { issue } });

/** A dyad (or actor, or issue) at a glance: trend, timeline, network, issues and every event with its sentence. */
export async function dyadPage(app: HTMLElement, view: View): Promise<void> {
  const q = view.filter;
  const [summary, series, events, network, issues] = await Promise.all([
    get<DyadSummary>('summary', q),
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
  const table = eventTable(events.items, select);
  const more = moreButton(q, table, events.items.length, events.total, select);
  mount(app,
    el('h1', {}, view.title),
    summaryLine(summary),
    quadLegend(),
    trendPanel(q, series),
    el('section', { class: 'panel' }, el('h2', {}, events.total > events.items.length ? `Timeline (first ${events.items.length} of ${events.total} events)` : 'Timeline'),
      timeline(events.items, select)),
    detail,
    el('div', { class: 'two-col' },
      el('section', { class: 'panel' }, el('h2', {}, 'Actor network'), networkGraph(network)),
      el('section', { class: 'panel' }, el('h2', {}, 'Issues'), issueBars(issues.items))),
    el('section', { class: 'panel' },
      el('h2', {}, `Events (${events.total})`),
      el('p', {}, el('a', { href: `/api/events${queryString({ ...q, format: 'csv', limit: 10000 })}` }, 'Download CSV'), ' · ',
        el('a', { href: `/api/series${queryString({ ...q, period: 'month', format: 'csv' })}` }, 'Monthly series CSV'), ' · ',
        el('a', { href: `/api/network${queryString({ ...q, format: 'gexf' })}` }, 'Network GEXF')),
      table, more));
}

/** A button that fetches the next page of events into the table until all are shown. */
function moreButton(q: Record<string, string>, table: HTMLTableElement, shown: number, total: number, select: (e: ApiEvent) => void): HTMLElement {
  let offset = shown;
  const button = el('button', { type: 'button', class: 'more' }, `Show more (${total - offset} left)`);
  button.hidden = offset >= total;
  button.addEventListener('click', async () => {
    button.disabled = true;
    const page = await get<Page<ApiEvent>>('events', { ...q, limit: TABLE_LIMIT, offset });
    table.tBodies[0].append(...eventRows(page.items, select));
    offset += page.items.length;
    button.textContent = `Show more (${total - offset} left)`;
    button.hidden = offset >= total || page.items.length === 0;
    button.disabled = false;
  });
  return button;
}

function summaryLine(s: DyadSummary): HTMLElement {
  const quads = [1, 2, 3, 4].map((q) => `${QUAD_NAME[q]} ${s.quad[String(q) as '1']}`).join(' · ');
  return el('p', { class: 'summary', 'data-events': s.events },
    el('strong', {}, `${s.events} events`), ` in ${s.documents} documents, ${s.first ?? '—'} to ${s.last ?? '—'}. `,
    `Mean Goldstein ${fmt(s.meanGoldstein, 2)}, net cooperation ${s.netCooperation}. `, quads,
    s.negated > 0 ? `. ${s.negated} negated.` : '');
}

/** The trend chart with a switch between years and months. */
function trendPanel(q: Record<string, string>, first: Series): HTMLElement {
  const slot = el('div', { class: 'chart-slot' }, trendChart(first.rows));
  const title = el('h2', {}, 'Cooperation and conflict per year');
  const switcher = el('select', { 'aria-label': 'Period' }, el('option', { value: 'year' }, 'Years'), el('option', { value: 'month' }, 'Months'));
  switcher.addEventListener('change', async () => {
    const period = switcher.value as 'year' | 'month';
    const series = await get<Series>('series', { ...q, period });
    title.textContent = `Cooperation and conflict per ${period}`;
    mount(slot, trendChart(series.rows));
  });
  return el('section', { class: 'panel trend' }, el('div', { class: 'panel-head' }, title, switcher), slot,
    first.undated > 0 ? el('p', { class: 'note' }, `${first.undated} undated events are not in the chart.`) : null);
}
