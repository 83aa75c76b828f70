import { toCsv } from '../../analysis/index.js';
import { toContractEvent } from '../../store/index.js';
import { EVENT_CSV_COLUMNS, eventCsvRow, withSentenceStarts } from '../api-event.js';
import { eventFilterParams, formatParam, pagingParams } from '../filter-params.js';
import type { Route } from '../route.js';
import { filterFromParams } from './filter-from-params.js';

export const eventRoutes: Route[] = [
  {
    path: '/api/events',
    tag: 'events',
    summary: 'Events matching a filter, in a stable order (date, undated last; document; sentence; id)',
    params: [...eventFilterParams, ...pagingParams(100, 10_000), formatParam(['json', 'csv', 'jsonl'])],
    produces: ['application/json', 'text/csv', 'application/x-ndjson'],
    async handle({ store }, p, reply) {
      const filter = filterFromParams(p);
      const page = { limit: p.limit as number, offset: p.offset as number };
      const [items, total] = await Promise.all([store.events({ ...filter, ...page }), store.countEvents(filter)]);
      reply.header('x-total-count', String(total));
      if (p.format === 'csv') {
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="events.csv"');
        return toCsv(EVENT_CSV_COLUMNS, items.map(eventCsvRow));
      }
      if (p.format === 'jsonl') {
        reply.type('application/x-ndjson; charset=utf-8');
        return items.map((e) => `${JSON.stringify(toContractEvent(e))}\n`).join('');
      }
      return { total, ...page, items: withSentenceStarts(store, items) };
    },
  },
];
