import { describe, expect, it } from 'vitest';
import { createCodebook, loadCodebook } from './codebook.js';

describe('codebook', () => {
  const cb = loadCodebook();
  it('holds every CAMEO code with weight, root, quad and PLOVER category', () => {
    expect(cb.lookup('0874')).toEqual({ code: '0874', name: 'Retreat or surrender militarily', goldstein: 10, root: '08', quad: 2, plover: 'RETREAT' });
    expect(cb.lookup('195')?.quad).toBe(4);
    expect(cb.lookup('111')?.quad).toBe(3);
    expect(cb.lookup('042')?.plover).toBe('CONSULT');
    expect(cb.codes.length).toBeGreaterThan(300);
  });
  it('derives quad from the root for every code', () => {
    for (const c of cb.codes) {
      const r = Number(c.root);
      expect(c.quad).toBe(r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
    }
  });
  it('rejects malformed entries naming the entry', () => {
    expect(() => createCodebook([{ code: '42', name: 'x', goldstein: 1, root: '42', quad: 1 }, { code: 42 }], 'f.json')).toThrow(/f\.json: codes\[1\]: "code"/);
    expect(() => createCodebook([{ code: '0874', name: 'x', goldstein: 12, root: '08', quad: 2 }], 'f.json')).toThrow(/goldstein/);
  });
});
