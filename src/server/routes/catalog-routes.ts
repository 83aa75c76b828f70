import { sql } from 'kysely';
import { withSentenceStarts } from '../api-event.js';
import { pagingParams, pathParam } from '../filter-params.js';
import { ApiError } from '../params.js';
import type { Route } from '../route.js';

export const catalogRoutes: Route[] = [
  {
    path: '/api/stats',
    tag: 'catalog',
    summary: 'Counts of documents, sentences, mentions, actors and events; events by quad; top dyads',
    params: [],
    cacheable: true,
    handle: ({ store }) => store.stats(),
  },
  {
    path: '/api/documents',
    tag: 'catalog',
    summary: 'Stored documents, most recently ingested first',
    params: pagingParams(100, 10_000),
    async handle({ store }, p) {
      const [items, total] = await Promise.all([
        store.documents({ limit: p.limit as number, offset: p.offset as number }),
        store.db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { total: Number(total.n), limit: p.limit, offset: p.offset, items };
    },
  },
  {
    path: '/api/documents/:id',
    tag: 'catalog',
    summary: 'One document with its text, mentions, time expressions and events',
    params: [pathParam('id', 'Document id')],
    async handle({ store }, p) {
      const d = await store.document(p.id as string);
      if (d === undefined) throw new ApiError(404, 'not_found', `no document with id '${String(p.id)}'`, 'id');
      const { mentions, times, events, ...document } = d;
      return { document, mentions, times, events: withSentenceStarts(store, events) };
    },
  },
  {
    path: '/api/actors',
    tag: 'catalog',
    summary: 'Actors by mention count, with their event counts',
    params: [
      { name: 'country', in: 'query', kind: 'string', description: 'ISO 3166 alpha-3 country code', pattern: /^[A-Z]{3}$/, patternHint: 'three letters such as AZE', transform: (s) => s.toUpperCase(), maxLength: 3 },
      { name: 'q', in: 'query', kind: 'string', description: 'Part of the canonical name or entity id', maxLength: 100 },
      ...pagingParams(100, 10_000),
    ],
    async handle({ store }, p) {
      const items = await store.actors({
        country: p.country as string | undefined, q: p.q as string | undefined, limit: p.limit as number, offset: p.offset as number,
      });
      return { limit: p.limit, offset: p.offset, items };
    },
  },
];
