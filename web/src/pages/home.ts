import { type DyadRow, type IssueRow, get } from '../api.js';
import { issueBars } from '../charts/bar-list.js';
import { sparkline } from '../charts/sparkline.js';
import { el, fmt, mount } from '../dom.js';

interface ActorRow {
  entityId: string;
  canonical: string;
  code: string;
  country: string | null;
  mentions: number;
  events: number;
}

interface Stats {
  documents: number;
  events: number;
  actors: number;
}

/** Landing page: corpus totals and every dyad with a sparkline of its events per year. */
export async function homePage(app: HTMLElement): Promise<void> {
  const [stats, dyads, issues, actors] = await Promise.all([
    get<Stats>('stats'),
    get<{ items: DyadRow[] }>('dyads', { limit: 200 }),
    get<{ items: IssueRow[] }>('issues'),
    get<{ items: ActorRow[] }>('actors', { limit: 15 }),
  ]);
  const rows = dyads.items.map((d) =>
    el('tr', { 'data-dyad': d.dyad },
      el('td', {}, el('a', { href: `#/dyad/${d.dyad}` }, d.dyad)),
      el('td', { class: 'num' }, d.events),
      el('td', {}, sparkline(d.spark)),
      el('td', {}, `${d.first ?? '—'} – ${d.last ?? '—'}`),
      el('td', { class: 'num' }, fmt(d.meanGoldstein, 1)),
      el('td', { class: 'num' }, d.netCooperation)));
  mount(app,
    el('h1', {}, 'Dyads'),
    el('p', { class: 'stats' }, `${stats.documents} documents · ${stats.events} events · ${stats.actors} actors`),
    rows.length === 0
      ? el('p', { class: 'empty' }, 'No events between two countries yet. Ingest documents with `dyad ingest`.')
      : el('table', { class: 'dyads' },
          el('thead', {}, el('tr', {}, ...['Dyad', 'Events', 'Per year', 'Span', 'Mean Goldstein', 'Net cooperation'].map((h) => el('th', {}, h)))),
          el('tbody', {}, ...rows)),
    el('div', { class: 'two-col' },
      el('section', { class: 'panel' }, el('h2', {}, 'Issues'), issueBars(issues.items.slice(0, 15))),
      el('section', { class: 'panel' }, el('h2', {}, 'Most mentioned actors'),
        el('ol', { class: 'actors' }, ...actors.items.map((a) =>
          el('li', {}, el('a', { href: `#/actor/${encodeURIComponent(a.entityId)}` }, a.canonical),
            ` (${a.code}) · ${a.mentions} mentions · ${a.events} events`))))));
}
