import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, apiMarkdown } from '../../src/server/index.js';

describe('docs/api.md', () => {
  it('carries the endpoint reference the routes generate (run test/server/write-api-doc.mjs when it drifts)', () => {
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    expect(doc).toContain(apiMarkdown(API_ROUTES));
  });
});
