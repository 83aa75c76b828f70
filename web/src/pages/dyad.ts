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

/** Narrowing a view accepts from the URL (#/dyad/AZE-RUS?from=2000&to=2010&negated=false). */
const REFINE = ['from', 'to', 'negated', 'quad', 'root', 'issue', 'actor'] as const;

function refine(base: Record<string, string>, params: URLSearchParams): Record<string, string> {
  const out = { ...base };
  for (const k of REFINE) {
    const v = params.get(k);
    if (v && !(k in base)) out[k] = v;
  }
  return out;
}

export const dyadView = (dyad: string, p = new URLSearchParams()): View => ({ title: `Dyad ${dyad.toUpperCase()}`, filter: refine({ dyad }, p) });
export const actorView = (actor: string, p = new URLSearchParams()): View => ({ title: `Actor ${actor}`, filter: refine({ actor }, p) });
export const issueView = (issue: string, p = new URLSearchParams()): View => ({ title: `Issue ${issue}`, filter: refine({ issue }, p) });

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
    rangeForm(q),
    summaryLine(summary),
    quadLegend(),
    trendPanel(q, series),
    el('section', { class: 'panel' }, el('h2', {}, events.total > events.items.length ? `Timeline (first ${events.items.length} of ${events.total} events)` : 'Timeline'),
      timeline(events.items, select, summary)),
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

/** From/to dates and a switch for negated events; submitting re-routes with them in the hash. */
function rangeForm(q: Record<string, string>): HTMLElement {
  const from = el('input', { name: 'from', placeholder: 'from YYYY[-MM[-DD]]', size: 16, 'aria-label': 'From date' });
  const to = el('input', { name: 'to', placeholder: 'to YYYY[-MM[-DD]]', size: 16, 'aria-label': 'To date' });
  const asserted = el('input', { type: 'checkbox', name: 'asserted' });
  from.value = q.from ?? '';
  to.value = q.to ?? '';
  asserted.checked = q.negated === 'false';
  const form = el('form', { class: 'range' }, from, ' ', to, ' ', el('label', {}, asserted, ' leave out negated events'), ' ', el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const [path] = location.hash.split('?');
    const params = new URLSearchParams();
    if (from.value.trim()) params.set('from', from.value.trim());
    if (to.value.trim()) params.set('to', to.value.trim());
    if (asserted.checked) params.set('negated', 'false');
    const qs = params.toString();
    location.hash = qs ? `${path}?${qs}` : path;
  });
  return form;
}
