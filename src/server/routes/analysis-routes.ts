import {
  type NetworkLevel, type Period, dyadList, issueBreakdown, network, searchSentences, summarize, timeSeries, toCsv, toGexf,
} from '../../analysis/index.js';
import { normalizeDyad } from '../../store/index.js';
import { withSentenceStarts } from '../api-event.js';
import { eventFilterParams, formatParam, levelParam, pagingParams, pathParam, periodParam, upper } from '../filter-params.js';
import type { ParamSpec } from '../params.js';
import type { Route } from '../route.js';
import { filterFromParams } from './filter-from-params.js';

const withoutDyad = eventFilterParams.filter((s) => s.name !== 'dyad');
const dyadPath: ParamSpec = pathParam('dyad', 'Two country codes, either order', /^[A-Z0-9]{2,6}-[A-Z0-9]{2,6}$/, 'two codes joined by a hyphen, such as AZE-RUS', upper);

export const analysisRoutes: Route[] = [
  {
    path: '/api/dyads',
    tag: 'analysis',
    summary: 'Dyads (pairs of countries) by event count, each with mean Goldstein, net cooperation and events per year',
    params: pagingParams(100, 10_000),
    handle({ store, cache }, p) {
      // The whole list is one scan of every event; keep it once and serve every page from it.
      let all = cache.get('dyads:all') as ReturnType<typeof dyadList> | undefined;
      if (all === undefined) {
        all = dyadList(store, Number.MAX_SAFE_INTEGER, 0);
        cache.set('dyads:all', all);
      }
      const limit = p.limit as number;
      const offset = p.offset as number;
      return { total: all.total, limit, offset, items: all.items.slice(offset, offset + limit) };
    },
  },
  {
    path: '/api/dyads/:dyad',
    tag: 'analysis',
    summary: 'One dyad: events by quad class, mean Goldstein, net cooperation, negated events, date span',
    params: [dyadPath, ...withoutDyad],
    cacheable: true,
    handle({ store }, p) {
      const dyad = normalizeDyad(p.dyad as string);
      return { dyad, ...summarize(store, { ...filterFromParams({ ...p, dyad: undefined }), dyad }) };
    },
  },
  {
    path: '/api/summary',
    tag: 'analysis',
    summary: 'The same totals as a dyad summary, for any event filter (an actor, an issue, a period...)',
    params: eventFilterParams,
    cacheable: true,
    handle: ({ store }, p) => summarize(store, filterFromParams(p)),
  },
  {
    path: '/api/series',
    tag: 'analysis',
    summary: 'Events per year or month by quad class and CAMEO root, with mean Goldstein and net cooperation',
    params: [...eventFilterParams, periodParam, formatParam(['json', 'csv'])],
    produces: ['application/json', 'text/csv'],
    cacheable: true,
    handle({ store }, p, reply) {
      const series = timeSeries(store, filterFromParams(p), p.period as Period);
      if (p.format !== 'csv') return series;
      reply.type('text/csv; charset=utf-8');
      const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
      return toCsv(
        ['period', 'events', 'quad1', 'quad2', 'quad3', 'quad4', 'mean_goldstein', 'net_cooperation', ...roots.map((r) => `root${r}`)],
        series.rows.map((r) => [r.period, r.events, r.quad['1'], r.quad['2'], r.quad['3'], r.quad['4'], r.meanGoldstein, r.netCooperation, ...roots.map((k) => r.roots[k] ?? 0)]),
      );
    },
  },
  {
    path: '/api/network',
    tag: 'analysis',
    summary: 'Directed actor network: nodes are actors, edges carry event counts, mean Goldstein and quad split',
    params: [...eventFilterParams, levelParam, { name: 'limit', in: 'query', kind: 'integer', description: 'Keep the heaviest edges only', min: 1, max: 5000, default: 200 }, formatParam(['json', 'gexf'])],
    produces: ['application/json', 'application/gexf+xml'],
    cacheable: true,
    handle({ store }, p, reply) {
      const net = network(store, filterFromParams(p), p.level as NetworkLevel, p.limit as number);
      if (p.format !== 'gexf') return net;
      reply.type('application/gexf+xml; charset=utf-8').header('content-disposition', 'attachment; filename="network.gexf"');
      return toGexf(net);
    },
  },
  {
    path: '/api/issues',
    tag: 'analysis',
    summary: 'Events per issue tag with quad split and mean Goldstein',
    params: eventFilterParams,
    cacheable: true,
    handle: ({ store }, p) => issueBreakdown(store, filterFromParams(p)),
  },
  {
    path: '/api/search',
    tag: 'analysis',
    summary: 'Full-text search: matching sentences (best first) and the events coded from matching sentences',
    params: [
      { name: 'q', in: 'query', kind: 'string', description: 'Words that must all occur; "quoted phrases" and prefix* work', required: true, maxLength: 200 },
      ...pagingParams(20, 1000),
    ],
    async handle({ store }, p) {
      const q = p.q as string;
      const limit = p.limit as number;
      const offset = p.offset as number;
      const sentences = searchSentences(store, q, limit, offset);
      const [events, total] = await Promise.all([store.events({ q, limit, offset }), store.countEvents({ q })]);
      return {
        q,
        sentences: { ...sentences, limit, offset },
        events: { total, limit, offset, items: withSentenceStarts(store, events) },
      };
    },
  },
];
