/** The OpenAPI document's response schemas describe what the routes really answer. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.js';
import { type FixtureStore, fixtureStore } from './fixture-store.js';

type Schema = Record<string, unknown>;
let fx: FixtureStore;
let app: FastifyInstance;
let components: Record<string, Schema>;

beforeAll(async () => {
  fx = await fixtureStore();
  app = buildServer(fx.store);
  components = (await app.inject('/api/openapi.json')).json().components.schemas;
});

afterAll(async () => {
  await app.close();
  await fx.cleanup();
});

/** Problems found checking `value` against a (small subset of) JSON Schema: types, required, items, refs. */
function check(schema: Schema, value: unknown, at: string): string[] {
  if (typeof schema.$ref === 'string') return check(components[schema.$ref.split('/').pop() as string], value, at);
  if (Array.isArray(schema.oneOf)) {
    const fits = (schema.oneOf as Schema[]).map((s) => check(s, value, at));
    return fits.some((f) => f.length === 0) ? [] : fits[0];
  }
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.length > 0 && !types.some((t) => typeOk(t as string, value))) return [`${at}: expected ${types.join('|')}, got ${JSON.stringify(value)}`];
  const out: string[] = [];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    for (const k of (schema.required as string[] | undefined) ?? []) if (!(k in o)) out.push(`${at}.${k}: missing`);
    for (const [k, s] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) if (k in o) out.push(...check(s, o[k], `${at}.${k}`));
  }
  if (Array.isArray(value) && schema.items) value.slice(0, 3).forEach((v, i) => out.push(...check(schema.items as Schema, v, `${at}[${i}]`)));
  return out;
}

function typeOk(t: string, v: unknown): boolean {
  if (t === 'null') return v === null;
  if (t === 'integer') return Number.isInteger(v);
  if (t === 'array') return Array.isArray(v);
  if (t === 'object') return v !== null && typeof v === 'object' && !Array.isArray(v);
  return typeof v === t;
}

describe('response schemas', () => {
  it.each([
    ['/api/events', '/api/events?dyad=AZE-RUS'],
    ['/api/dyads', '/api/dyads'],
    ['/api/dyads/{dyad}', '/api/dyads/AZE-RUS'],
    ['/api/summary', '/api/summary?actor=RUS'],
    ['/api/series', '/api/series?dyad=AZE-RUS'],
    ['/api/network', '/api/network?dyad=AZE-RUS&level=actor'],
    ['/api/issues', '/api/issues'],
    ['/api/search', '/api/search?q=Russia'],
  ])('%s answers as its schema says', async (path, url) => {
    const doc = (await app.inject('/api/openapi.json')).json();
    const schema = doc.paths[path].get.responses['200'].content['application/json'].schema;
    expect(schema).toBeDefined();
    const body = (await app.inject(url)).json();
    expect(check(schema, body, path)).toEqual([]);
  });
});

describe('the schema check itself', () => {
  it('reports missing fields and wrong types', () => {
    const problems = check({ $ref: '#/components/schemas/Event' }, { id: 'x', quad: 2 }, 'e');
    expect(problems).toContain('e.id: expected integer, got "x"');
    expect(problems).toContain('e.doc: missing');
  });
});
