import { describe, expect, it } from 'vitest';
import { ApiError, isIsoPrefix, type ParamSpec, openApiParam, parseParams } from './params.js';

const specs: ParamSpec[] = [
  { name: 'n', in: 'query', kind: 'integer', description: 'n', min: 1, max: 9, default: 3 },
  { name: 'code', in: 'query', kind: 'string', description: 'c', pattern: /^[A-Z]{3}$/, transform: (s) => s.toUpperCase(), maxLength: 3 },
  { name: 'on', in: 'query', kind: 'boolean', description: 'b' },
  { name: 'id', in: 'path', kind: 'string', description: 'id', required: true },
];

const fails = (query: Record<string, unknown>, path: Record<string, unknown> = { id: 'x' }): ApiError => {
  try {
    parseParams(specs, query, path);
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected a 400');
};

describe('isIsoPrefix', () => {
  it('accepts real dates at any precision and rejects impossible ones', () => {
    for (const ok of ['2008', '2008-08', '2008-08-07', '2024-02-29']) expect(isIsoPrefix(ok)).toBe(true);
    for (const bad of ['2023-02-29', '2008-00', '2008-13', '2008-8', '08', '2008-08-07T00:00', 'summer']) expect(isIsoPrefix(bad)).toBe(false);
  });
});

describe('parseParams', () => {
  it('fills defaults, converts types and normalises strings', () => {
    expect(parseParams(specs, { code: 'aze', on: 'true' }, { id: 'doc-1' })).toEqual({ n: 3, code: 'AZE', on: true, id: 'doc-1' });
  });

  it('names the parameter at fault', () => {
    expect(fails({ n: '10' }).param).toBe('n');
    expect(fails({ n: '1.5' }).message).toContain('integer');
    expect(fails({ code: 'AZ1' }).param).toBe('code');
    expect(fails({ code: 'AZER' }).message).toContain('at most 3');
    expect(fails({ on: 'yes' }).param).toBe('on');
    expect(fails({ extra: '1' }).param).toBe('extra');
    expect(fails({ n: ['1', '2'] }).message).toContain('more than once');
    expect(fails({}, {}).param).toBe('id');
  });

  it('documents each parameter as OpenAPI does', () => {
    expect(openApiParam(specs[0])).toMatchObject({ name: 'n', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 9, default: 3 } });
    expect(openApiParam(specs[3])).toMatchObject({ in: 'path', required: true });
  });
});
