import { openApiParam } from './params.js';
import { COMPONENT_SCHEMAS, RESPONSE_SCHEMA } from './response-schemas.js';
import type { Route } from './route.js';

const errorSchema = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'Stable error code, e.g. invalid_parameter, not_found' },
    message: { type: 'string' },
    param: { type: 'string', description: 'The parameter at fault, when there is one' },
  },
};

/** The OpenAPI 3.1 document, built from the same route table the server runs. */
export function openApiDocument(routes: readonly Route[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const schema = RESPONSE_SCHEMA[r.path];
    const content = Object.fromEntries((r.produces ?? ['application/json']).map((t) =>
      [t, t === 'application/json' && schema ? { schema: { $ref: `#/components/schemas/${schema}` } } : {}]));
    paths[path] = {
      get: {
        summary: r.summary,
        tags: [r.tag],
        operationId: operationId(r.path),
        parameters: r.params.map(openApiParam),
        responses: {
          '200': { description: 'OK', content },
          '400': { description: 'A parameter is not valid; `param` names it', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          ...(r.path.includes(':') ? { '404': { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dyad API',
      version,
      description: 'Events, actors, dyads, time series, networks and full-text search over a Dyad database. Every endpoint is a GET; unknown or malformed parameters answer 400 naming the parameter.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: { schemas: { Error: errorSchema, ...COMPONENT_SCHEMAS } },
  };
}

function operationId(path: string): string {
  const parts = path.replace(/^\/api\//, '').split('/').map((s) => (s.startsWith(':') ? `by-${s.slice(1)}` : s));
  return parts.join('-').replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '');
}
