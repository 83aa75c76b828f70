// Small helpers the bench scripts share.
import path from 'node:path';

/** mulberry32: a small seeded pseudo-random generator, so a generated corpus can be replayed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An importer of modules under a build folder (`dist/` by default, or another build for A/B runs). */
export function distLoader(dir) {
  const base = dir ? `file://${path.resolve(dir)}/` : new URL('../dist/', import.meta.url).href;
  return (p) => import(new URL(p, base).href);
}
