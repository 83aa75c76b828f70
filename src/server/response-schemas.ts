/**
 * JSON Schemas of the API's answers, for the OpenAPI document's components. They describe what
 * the routes return; test/server/api.test.ts checks the required fields against real answers.
 */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({ type: 'object', required, properties });
const page = (item: string): Schema =>
  obj({ total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: ref(item) } });
const quadCounts = obj({ 1: { type: 'integer' }, 2: { type: 'integer' }, 3: { type: 'integer' }, 4: { type: 'integer' } });

const actor = obj({
  code: { type: 'string' }, country: nullable('string'), org: nullable('string'), sector: nullable('string'),
  name: { type: 'string' }, type: { type: 'string' }, entityId: nullable('string'),
}, ['code', 'country', 'org', 'sector', 'name', 'type']);

const event = obj({
  id: { type: 'integer' }, doc: { type: 'string' }, sentence: { type: 'integer' },
  text: { type: 'string', description: 'The sentence the event was coded from' },
  sentenceStart: { ...nullable('integer'), description: 'Offset of the sentence in the document text' },
  dyad: nullable('string'), source: actor, target: { oneOf: [actor, { type: 'null' }] },
  code: { type: 'string' }, root: { type: 'string' }, label: { type: 'string' },
  quad: { type: 'integer', minimum: 1, maximum: 4 }, goldstein: { type: 'number' }, plover: nullable('string'),
  date: { oneOf: [obj({ value: { type: 'string' }, granularity: { type: 'string' } }), { type: 'null' }] },
  negated: { type: 'boolean' }, modality: { type: 'string' }, issues: { type: 'array', items: { type: 'string' } },
  evidence: obj({ start: { type: 'integer' }, end: { type: 'integer' } }), confidence: { type: 'number' },
}, ['id', 'doc', 'sentence', 'text', 'sentenceStart', 'source', 'target', 'code', 'root', 'label', 'quad', 'goldstein', 'date', 'negated', 'modality', 'issues', 'evidence', 'confidence']);

const totals = {
  events: { type: 'integer' }, quad: quadCounts, meanGoldstein: nullable('number'), netCooperation: { type: 'integer' },
  negated: { type: 'integer' }, first: nullable('string'), last: nullable('string'), documents: { type: 'integer' },
};

const seriesRow = obj({
  period: { type: 'string' }, events: { type: 'integer' }, quad: quadCounts,
  roots: { type: 'object', additionalProperties: { type: 'integer' } }, meanGoldstein: nullable('number'), netCooperation: { type: 'integer' },
});

const dyadRow = obj({
  dyad: { type: 'string' }, events: { type: 'integer' }, first: nullable('string'), last: nullable('string'),
  meanGoldstein: nullable('number'), netCooperation: { type: 'integer' },
  spark: { type: 'array', items: obj({ period: { type: 'string' }, events: { type: 'integer' } }) },
});

const network = obj({
  level: { type: 'string', enum: ['country', 'actor'] },
  nodes: { type: 'array', items: obj({ id: { type: 'string' }, label: { type: 'string' }, country: nullable('string'), events: { type: 'integer' } }) },
  edges: { type: 'array', items: obj({ source: { type: 'string' }, target: { type: 'string' }, events: { type: 'integer' }, meanGoldstein: nullable('number'), quad: quadCounts }) },
});

const issueRow = obj({ issue: { type: 'string' }, events: { type: 'integer' }, meanGoldstein: nullable('number'), quad: quadCounts });

const sentenceHit = obj({
  doc: { type: 'string' }, title: nullable('string'), sentence: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' },
});

/** Reusable schemas, under components/schemas. */
export const COMPONENT_SCHEMAS: Record<string, Schema> = {
  Actor: actor,
  Event: event,
  EventPage: page('Event'),
  Summary: obj(totals),
  DyadSummary: obj({ dyad: { type: 'string' }, ...totals }),
  SeriesRow: seriesRow,
  Series: obj({ period: { type: 'string', enum: ['year', 'month'] }, rows: { type: 'array', items: ref('SeriesRow') }, undated: { type: 'integer' } }),
  DyadRow: dyadRow,
  DyadPage: page('DyadRow'),
  Network: network,
  IssueRow: issueRow,
  Issues: obj({ items: { type: 'array', items: ref('IssueRow') }, untagged: { type: 'integer' } }),
  SentenceHit: sentenceHit,
  Search: obj({ q: { type: 'string' }, sentences: page('SentenceHit'), events: ref('EventPage') }),
};

/** The JSON answer of each route, by path. Routes not listed answer objects described in docs/api.md. */
export const RESPONSE_SCHEMA: Record<string, string> = {
  '/api/events': 'EventPage',
  '/api/dyads': 'DyadPage',
  '/api/dyads/:dyad': 'DyadSummary',
  '/api/summary': 'Summary',
  '/api/series': 'Series',
  '/api/network': 'Network',
  '/api/issues': 'Issues',
  '/api/search': 'Search',
};
